//! The app's one state and its reducer. `reduce` only calls the core; the
//! storage reads in [`AppState::load`] run once, in `use_reducer`'s
//! initialiser, and every write happens in effects or event handlers.

use std::rc::Rc;

use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::{Action, Session};
use yew::prelude::*;

use crate::storage::{self, StorageProblem, SESSION_KEY, UNREADABLE_KEY};

/// A message shown once at the top of the page, until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A saved session was restored.
    Resumed,
    /// The saved session could not be read; why, in plain words.
    Unreadable(AttrValue),
    /// Start over erased everything stored.
    Erased,
}

/// Everything the UI shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The instrument being taken.
    pub instrument: &'static Instrument,
    /// The user's assessment.
    pub session: Session,
    /// A one-off message.
    pub notice: Option<Notice>,
    /// Why progress does not survive a reload, if it does not.
    pub storage_problem: Option<StorageProblem>,
    /// Whether "Start over" is waiting for confirmation.
    pub confirming_start_over: bool,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// Something the user did in the assessment.
    Session(Action),
    /// The user asked to start over; ask for confirmation.
    AskStartOver,
    /// The user cancelled starting over.
    CancelStartOver,
    /// Stored data was erased; begin a fresh session.
    StartedOver,
    /// Saving to the device failed.
    StorageFailed(StorageProblem),
    /// The user dismissed the notice.
    DismissNotice,
}

impl AppState {
    /// Loads the saved session, if any. An unreadable save is set aside under
    /// its own key (so nothing is lost) and the user starts fresh, told why.
    pub fn load(instrument: &'static Instrument) -> AppState {
        let mut notice = None;
        let session = match storage::read(SESSION_KEY) {
            None => Session::new(instrument),
            Some(text) => match save::decode(instrument, &text) {
                Ok(session) => {
                    notice = Some(Notice::Resumed);
                    session
                }
                Err(e) => {
                    let kept = storage::write(UNREADABLE_KEY, &text).is_ok();
                    storage::remove(SESSION_KEY);
                    let mut why = format!("Your saved progress could not be restored: {e}.");
                    if kept {
                        why.push_str(" It was set aside on this device, not deleted.");
                    }
                    why.push_str(" You can start a fresh check now.");
                    notice = Some(Notice::Unreadable(why.into()));
                    Session::new(instrument)
                }
            },
        };
        AppState {
            instrument,
            session,
            notice,
            storage_problem: storage::status().err(),
            confirming_start_over: false,
        }
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Session(a) => {
                next.session = next.session.apply(self.instrument, a);
                next.confirming_start_over = false;
            }
            AppAction::AskStartOver => next.confirming_start_over = true,
            AppAction::CancelStartOver => next.confirming_start_over = false,
            AppAction::StartedOver => {
                next.session = Session::new(self.instrument);
                next.confirming_start_over = false;
                next.notice = Some(Notice::Erased);
            }
            AppAction::StorageFailed(p) => next.storage_problem = Some(p),
            AppAction::DismissNotice => next.notice = None,
        }
        next.into()
    }
}
