use litmus_core::history;
use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::{Session, Step};
use yew::prelude::*;

use std::rc::Rc;

use crate::check::state::kept_lines;
use crate::components::kept_list::KeptLine;
use crate::platform::storage::{self, StorageProblem, CURRENT_KEY};

/// Saves `session` on the device whenever it changes; a pristine session
/// leaves nothing stored. A complete one (at the results, with its nonce)
/// is kept among the earlier results too, replacing itself when edited. When
/// the device refuses, `on_problem` hears why, once per new problem (`known`
/// is the problem already reported).
#[hook]
pub fn use_autosave(
    instrument: &'static Instrument,
    session: &Session,
    known: Option<StorageProblem>,
    on_problem: Callback<StorageProblem>,
    on_kept: Callback<Rc<[KeptLine]>>,
) {
    use_effect_with((instrument.code, session.clone()), move |(_, session)| {
        let key = storage::session_key(instrument);
        let result = if *session == Session::new(instrument) {
            storage::remove(&key);
            Ok(())
        } else {
            let text = save::encode(instrument, session);
            let kept = (session.step == Step::Results && session.nonce.is_some())
                .then(|| history::keep(storage::read(&storage::history_key()).as_deref(), &text))
                .flatten();
            let saved = storage::write(&key, &text)
                .and_then(|()| storage::write(CURRENT_KEY, &instrument.id));
            match (saved, kept) {
                (Ok(()), Some(h)) => {
                    on_kept.emit(kept_lines(Some(&h)));
                    storage::write(&storage::history_key(), &h)
                }
                (saved, _) => saved,
            }
        };
        if let Err(p) = result {
            if known != Some(p) {
                on_problem.emit(p);
            }
        }
    });
}
