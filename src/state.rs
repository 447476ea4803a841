//! The app's one state and its reducer. `reduce` only calls the core; the
//! storage reads in [`AppState::load`] run once, in `use_reducer`'s
//! initialiser, and every write happens in effects or event handlers.

use std::rc::Rc;

use litmus_core::answers::Answers;
use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::{Action, Session};
use litmus_core::share;
use litmus_core::summary::code_from_file;
use yew::prelude::*;

use crate::platform;
use crate::platform::storage::{self, StorageProblem, SESSION_KEY, UNREADABLE_KEY};

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

/// Someone's result opened from a link or a file: read-only.
#[derive(Clone, Debug, PartialEq)]
pub enum SharedView {
    /// A valid result, to be scored on this device.
    Result {
        /// The answers in the code.
        answers: Answers,
        /// The colleague labels, if the sender included them.
        labels: Option<Vec<String>>,
    },
    /// The code could not be opened; why, in plain words.
    Error(AttrValue),
}

impl SharedView {
    /// Decodes a link fragment (`#r=CODE`) or a bare code.
    pub fn from_code(instrument: &'static Instrument, code: &str) -> SharedView {
        match share::decode(code, &[instrument]) {
            Ok(s) => SharedView::Result {
                answers: s.answers,
                labels: s.labels,
            },
            Err(e) => SharedView::Error(format!("This result could not be opened: {e}.").into()),
        }
    }
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
    /// A shared result being viewed instead of the user's own check.
    pub shared: Option<SharedView>,
    /// Whether the share sheet is open.
    pub share_open: bool,
    /// Whether the user opted in to sharing colleague labels.
    pub share_labels: bool,
    /// What the last share action did ("Link copied").
    pub share_status: Option<AttrValue>,
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
    /// The address's fragment changed (a share link was opened or pasted).
    FragmentChanged(String),
    /// The user picked a result file; its text, or `None` if unreadable.
    FileOpened(Option<String>),
    /// Back from a shared result to the user's own check.
    CloseShared,
    /// Open or close the share sheet.
    ToggleShareSheet,
    /// Opt in or out of sharing colleague labels.
    ShareLabels(bool),
    /// Report what a share action did.
    ShareStatus(AttrValue),
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
        let shared = share::code_in_fragment(&platform::fragment())
            .map(|code| SharedView::from_code(instrument, code));
        AppState {
            instrument,
            session,
            notice,
            storage_problem: storage::status().err(),
            confirming_start_over: false,
            shared,
            share_open: false,
            share_labels: false,
            share_status: None,
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
            AppAction::FragmentChanged(fragment) => {
                if let Some(code) = share::code_in_fragment(&fragment) {
                    next.shared = Some(SharedView::from_code(self.instrument, code));
                }
            }
            AppAction::FileOpened(text) => {
                next.shared = Some(match text.as_deref().and_then(code_from_file) {
                    Some(code) => SharedView::from_code(self.instrument, code),
                    None => SharedView::Error(
                        "This file is not a Litmus result file (download one from a result's share options)."
                            .into(),
                    ),
                });
            }
            AppAction::CloseShared => next.shared = None,
            AppAction::ToggleShareSheet => {
                next.share_open = !self.share_open;
                next.share_status = None;
            }
            AppAction::ShareLabels(on) => next.share_labels = on,
            AppAction::ShareStatus(text) => next.share_status = Some(text),
        }
        next.into()
    }
}
