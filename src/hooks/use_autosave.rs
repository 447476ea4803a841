use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::Session;
use yew::prelude::*;

use crate::platform::storage::{self, StorageProblem, CURRENT_KEY};

/// Saves `session` on the device whenever it changes; a pristine session
/// leaves nothing stored. When the device refuses, `on_problem` hears why,
/// once per new problem (`known` is the problem already reported).
#[hook]
pub fn use_autosave(
    instrument: &'static Instrument,
    session: &Session,
    known: Option<StorageProblem>,
    on_problem: Callback<StorageProblem>,
) {
    use_effect_with((instrument.code, session.clone()), move |(_, session)| {
        let key = storage::session_key(instrument);
        let result = if *session == Session::new(instrument) {
            storage::remove(&key);
            Ok(())
        } else {
            storage::write(&key, &save::encode(instrument, session))
                .and_then(|()| storage::write(CURRENT_KEY, &instrument.id))
        };
        if let Err(p) = result {
            if known != Some(p) {
                on_problem.emit(p);
            }
        }
    });
}
