use std::rc::Rc;

use litmus::platform::storage::{self, StorageProblem};
use litmus_core::history::{self, Kept};
use yew::prelude::*;

/// Writes the kept results back to the device whenever they change (a
/// removal or a merged file), never at load and never over a history that
/// could not be read (`writable` false); with none left, nothing stays
/// stored. `on_problem` hears when the device refuses.
#[hook]
pub fn use_history_kept(
    kept: Rc<Vec<Kept<'static>>>,
    writable: bool,
    on_problem: Callback<StorageProblem>,
) {
    let first = use_mut_ref(|| true);
    use_effect_with(kept, move |kept| {
        if std::mem::replace(&mut *first.borrow_mut(), false) || !writable {
            return;
        }
        if kept.is_empty() {
            storage::remove(&storage::history_key());
        } else if let Err(p) = storage::write(&storage::history_key(), &history::write(kept)) {
            on_problem.emit(p);
        }
    });
}
