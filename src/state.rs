//! The app's one state and its reducer. `reduce` only calls the core; the
//! storage reads in [`AppState::load`] run once, at start ([`preload`]),
//! and `use_reducer`'s initialiser takes that state; every write happens in
//! effects or event handlers.

use std::rc::Rc;

use litmus_core::answers::Answers;
use litmus_core::embed::{parse_query, EmbedOptions};
use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::{Action, Session};
use litmus_core::share;
use litmus_core::summary::code_from_file;
use litmus_core::team::{self, team_code_in_fragment, Combination, TeamReport};
use yew::prelude::*;

use crate::instruments::ALL;
use crate::platform;
use crate::platform::storage::{self, StorageProblem, CURRENT_KEY, UNREADABLE_KEY};

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
        /// The instrument it was made with.
        instrument: &'static Instrument,
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
    pub fn from_code(code: &str) -> SharedView {
        match share::decode(code, ALL) {
            Ok(s) => SharedView::Result {
                instrument: s.instrument,
                answers: s.answers,
                labels: s.labels,
            },
            Err(e) => SharedView::Error(format!("This result could not be opened: {e}.").into()),
        }
    }
}

/// The fragment that opens workshop mode.
pub const COMBINE_FRAGMENT: &str = "#combine";

/// A facilitator combining a room's results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CombineState {
    /// The results collected so far.
    pub combination: Combination,
    /// Whether the team view was revealed; the set is frozen from then on.
    pub revealed: bool,
    /// Why the last paste was refused as a whole.
    pub paste_error: Option<AttrValue>,
    /// Whether the camera is scanning QR codes.
    pub scanning: bool,
    /// Why the camera could not scan.
    pub scan_error: Option<AttrValue>,
}

/// A team view opened from a team link.
#[derive(Clone, Debug, PartialEq)]
pub enum TeamLinkView {
    /// The team view.
    Team(&'static Instrument, Rc<TeamReport>),
    /// Why it could not be opened.
    Error(AttrValue),
}

impl TeamLinkView {
    fn from_code(code: &str) -> TeamLinkView {
        match team::decode_team(code, ALL) {
            Ok((instrument, report)) => TeamLinkView::Team(instrument, Rc::new(report)),
            Err(e) => {
                TeamLinkView::Error(format!("This team view could not be opened: {e}.").into())
            }
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
    /// Workshop mode, when open.
    pub combine: Option<CombineState>,
    /// A team view opened from a link.
    pub team_link: Option<TeamLinkView>,
    /// Large type for projectors.
    pub large_type: bool,
    /// The host's branding and options, when embedded.
    pub embed: Rc<EmbedOptions>,
    /// The options that were ignored, and why.
    pub embed_warnings: Rc<[String]>,
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
    /// Open workshop mode with an empty combination.
    OpenCombine,
    /// Leave workshop mode (or a team link) for the user's own check.
    CloseCombine,
    /// Pasted or loaded text holding codes.
    PasteCodes(String),
    /// Reveal the team view; the set is frozen from then on.
    RevealTeam,
    /// Start or stop scanning QR codes with the camera.
    ToggleScan,
    /// The camera could not start.
    ScanFailed,
    /// Switch large type on or off.
    ToggleLargeType,
    /// Work on another instrument, with its saved session (loaded by the
    /// event handler) and what to tell the user about it.
    SwitchInstrument(&'static Instrument, Session, Option<Notice>),
}

/// The fragment that opens the value question directly.
pub const VALUE_FRAGMENT: &str = "#value";

/// Loads an instrument's saved session, if any. An unreadable save is set
/// aside under its own key (so nothing is lost) and the user starts fresh,
/// told why.
pub fn load_session(instrument: &'static Instrument) -> (Session, Option<Notice>) {
    let key = storage::session_key(&instrument.id);
    match storage::read(&key) {
        None => (Session::new(instrument), None),
        Some(text) => match save::decode(instrument, &text) {
            Ok(session) => (session, Some(Notice::Resumed)),
            Err(e) => {
                let kept = storage::write(UNREADABLE_KEY, &text).is_ok();
                storage::remove(&key);
                let mut why = format!("Your saved progress could not be restored: {e}.");
                if kept {
                    why.push_str(" It was set aside on this device, not deleted.");
                }
                why.push_str(" You can start a fresh check now.");
                (
                    Session::new(instrument),
                    Some(Notice::Unreadable(why.into())),
                )
            }
        },
    }
}

impl AppState {
    /// The state [`preload`] prepared, or else a fresh [`AppState::load`]:
    /// the root reducer's initialiser.
    pub fn preloaded() -> AppState {
        PRELOADED.with(|p| p.take()).unwrap_or_else(AppState::load)
    }

    /// Loads the state: the instrument the address asks for or the user
    /// last worked on, its saved session, and any shared result or team view
    /// in the address.
    pub fn load() -> AppState {
        let fragment = platform::fragment();
        let wanted = if fragment == VALUE_FRAGMENT {
            Some("manager-value".to_string())
        } else {
            storage::read(CURRENT_KEY)
        };
        let instrument = wanted
            .and_then(|id| ALL.iter().copied().find(|i| i.id == id))
            .unwrap_or(ALL[0]);
        let (mut session, notice) = load_session(instrument);
        let (embed, warnings) = parse_query(&platform::query());
        // The host decides whether the extended part starts on.
        if let (Some(on), true) = (embed.extended, session == Session::new(instrument)) {
            for (i, part) in instrument.parts.iter().enumerate() {
                if part.optional {
                    session = session.apply(instrument, Action::SetPart(i, on));
                }
            }
        }
        let fragment = platform::fragment();
        let shared = share::code_in_fragment(&fragment).map(SharedView::from_code);
        let team_link = team_code_in_fragment(&fragment).map(TeamLinkView::from_code);
        let combine = (fragment == COMBINE_FRAGMENT).then(CombineState::default);
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
            combine,
            team_link,
            large_type: false,
            embed: Rc::new(embed),
            embed_warnings: warnings.iter().map(ToString::to_string).collect(),
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
                    next.shared = Some(SharedView::from_code(code));
                } else if let Some(code) = team_code_in_fragment(&fragment) {
                    next.team_link = Some(TeamLinkView::from_code(code));
                } else if fragment == COMBINE_FRAGMENT && self.combine.is_none() {
                    next.combine = Some(CombineState::default());
                }
            }
            AppAction::OpenCombine => next.combine = Some(CombineState::default()),
            AppAction::CloseCombine => {
                next.combine = None;
                next.team_link = None;
            }
            AppAction::PasteCodes(text) => {
                if let Some(c) = next.combine.as_mut().filter(|c| !c.revealed) {
                    c.paste_error = c
                        .combination
                        .add_text(&text, ALL)
                        .err()
                        .map(|e| AttrValue::from(e.to_string()));
                }
            }
            AppAction::RevealTeam => {
                if let Some(c) = next.combine.as_mut() {
                    c.revealed = c.combination.can_reveal();
                    c.scanning &= !c.revealed;
                }
            }
            AppAction::ToggleScan => {
                if let Some(c) = next.combine.as_mut().filter(|c| !c.revealed) {
                    c.scanning = !c.scanning;
                    c.scan_error = None;
                }
            }
            AppAction::ScanFailed => {
                if let Some(c) = next.combine.as_mut() {
                    c.scanning = false;
                    c.scan_error = Some(
                        "The camera could not start (no camera, or permission denied). Paste the links instead.".into(),
                    );
                }
            }
            AppAction::ToggleLargeType => next.large_type = !self.large_type,
            AppAction::SwitchInstrument(instrument, session, notice) => {
                next.instrument = instrument;
                next.session = session;
                next.notice = notice;
                next.share_open = false;
                next.share_labels = false;
                next.share_status = None;
            }
            AppAction::FileOpened(text) => {
                next.shared = Some(match text.as_deref().and_then(code_from_file) {
                    Some(code) => SharedView::from_code(code),
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

thread_local! {
    static PRELOADED: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
}

/// Loads the state ahead of the first render, in a task of its own (see
/// `main.rs`): storage and the address are read once, at start.
pub fn preload() {
    PRELOADED.with(|p| p.set(Some(AppState::load())));
}
