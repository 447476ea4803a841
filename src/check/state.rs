//! The check page's one state and its reducer.
//!
//! What the page shows is the [`Screen`]: the user's own check (at the
//! session's step) or someone else's result opened from a link or a file.
//! Actions are grouped by what they concern ([`CheckAction`]), each group
//! reduced by its own function that only calls the core. Storage and the
//! address are read once, in [`CheckState::load`] (see [`preload`]); every
//! write happens in hooks or event handlers.

use std::rc::Rc;

use crate::language::{check as k, share_reason, t, tf};
use litmus_core::answers::Answers;
use litmus_core::embed::{parse_query, EmbedOptions};
use litmus_core::history;
use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::{Action, Session};
use litmus_core::share;
use litmus_core::summary::code_from_file;
use yew::prelude::*;

use crate::components::kept_list::{kept_line, KeptLine};
use crate::instruments;
use crate::platform;
use crate::platform::storage::{self, StorageProblem, CURRENT_KEY, UNREADABLE_KEY};

/// A message shown once at the top of the page, until dismissed.
#[derive(Clone, PartialEq)]
pub enum Notice {
    /// A saved session was restored.
    Resumed,
    /// The saved session could not be read; why, in plain words.
    Unreadable(AttrValue),
    /// Start over erased everything stored.
    Erased,
}

/// Someone's result opened from a link or a file: read-only.
#[derive(Clone, PartialEq)]
pub enum SharedResult {
    /// A valid result, to be scored on this device.
    Opened {
        /// The instrument it was made with.
        instrument: &'static Instrument,
        /// The answers in the code.
        answers: Rc<Answers>,
        /// The colleague labels, if the sender included them.
        labels: Option<Rc<[String]>>,
        /// The day it was completed, if its code carries it (format 2).
        completed: Option<litmus_core::date::Date>,
    },
    /// The code could not be opened; why, in plain words.
    Error(AttrValue),
}

/// Why a save could not be restored (as [`share_reason`]).
#[cfg(not(feature = "languages"))]
fn save_reason(e: &save::SaveError) -> String {
    e.to_string()
}

/// Why a save could not be restored, in the page's language.
#[cfg(feature = "languages")]
fn save_reason(e: &save::SaveError) -> String {
    use crate::language::{damage, message, why as k};
    use save::SaveError as E;
    match e {
        E::NotASave => message(k::NOT_A_SAVE).into(),
        E::FutureVersion(v) => tf(k::FUTURE_SAVE, &[("version", &v.to_string())]),
        E::OtherInstrument { id, version } => {
            tf(k::OTHER_SAVE, &[("id", id), ("version", version)])
        }
        E::Corrupt { line, reason } => tf(
            k::DAMAGED_SAVE,
            &[("line", &line.to_string()), ("why", damage(reason))],
        ),
    }
}

impl SharedResult {
    /// Decodes a bare share code.
    pub fn from_code(code: &str) -> SharedResult {
        match share::decode(code, instruments::all()) {
            Ok(s) => SharedResult::Opened {
                instrument: s.instrument,
                answers: Rc::new(s.answers),
                labels: s.labels.map(Rc::from),
                completed: s.completed,
            },
            Err(e) => SharedResult::Error(tf(k::SHARED_WHY, &[("why", &share_reason(&e))]).into()),
        }
    }

    /// Reads a result file's text (`None`: the file could not be read).
    pub fn from_file(text: Option<&str>) -> SharedResult {
        match text.and_then(code_from_file) {
            Some(code) => SharedResult::from_code(code),
            None => SharedResult::Error(t(k::SHARED_NOT_A_FILE)),
        }
    }
}

/// What the page shows. One value, so two screens can never be open at once.
#[derive(Clone, PartialEq)]
pub enum Screen {
    /// The user's own check, at the session's current step.
    Check,
    /// Someone else's result, opened from a link or a file.
    Shared(SharedResult),
}

/// Everything the check page shows.
#[derive(Clone, PartialEq)]
pub struct CheckState {
    /// The instrument being taken.
    pub instrument: &'static Instrument,
    /// The user's own check.
    pub session: Session,
    /// What is on screen.
    pub screen: Screen,
    /// A one-off message.
    pub notice: Option<Notice>,
    /// Why progress does not survive a reload, if it does not.
    pub storage_problem: Option<StorageProblem>,
    /// The host's branding and options, when embedded.
    pub embed: Rc<EmbedOptions>,
    /// The options that were ignored, and why.
    pub embed_warnings: Rc<[String]>,
    /// The results kept on this device, oldest first, as listed.
    pub kept: Rc<[KeptLine]>,
}

/// What can happen on the check page, grouped by what it concerns.
#[derive(Clone, PartialEq)]
pub enum CheckAction {
    /// The user's own check: the core's flow actions.
    Session(Action),
    /// Start over erased everything stored (the handler did the erasing).
    StartedOver,
    /// Messages at the top of the page.
    Notice(NoticeAction),
    /// Moving between screens and instruments.
    Navigate(Navigate),
}

/// Messages at the top of the page.
#[derive(Clone, PartialEq)]
pub enum NoticeAction {
    /// The user dismissed the notice.
    Dismiss,
    /// Saving to the device failed.
    StorageFailed(StorageProblem),
}

/// Moving between screens and instruments.
#[derive(Clone, PartialEq)]
pub enum Navigate {
    /// The address's fragment changed (a share link opened in this tab).
    Fragment(String),
    /// The user picked a result file: its text, or `None` if unreadable.
    FileOpened(Option<String>),
    /// Back from someone's result to the user's own check.
    CloseShared,
    /// Work on another instrument, with its saved session (loaded by the
    /// event handler) and what to tell the user about it.
    SwitchInstrument(&'static Instrument, Session, Option<Notice>),
    /// Take the check again from the start, the completed result kept
    /// among the earlier results.
    Again,
    /// The kept results changed (one kept or removed), as read back by the
    /// hook or handler that changed them.
    Kept(Rc<[KeptLine]>),
}

/// Loads an instrument's saved session, if any. An unreadable save is set
/// aside under its own key (so nothing is lost) and the user starts fresh,
/// told why.
pub fn load_session(instrument: &'static Instrument) -> (Session, Option<Notice>) {
    let key = storage::session_key(instrument);
    match storage::read(&key) {
        None => (Session::new(instrument), None),
        Some(text) => match save::decode(instrument, &text) {
            Ok(session) => (session, Some(Notice::Resumed)),
            Err(e) => {
                let kept = storage::write(UNREADABLE_KEY, &text).is_ok();
                storage::remove(&key);
                let why = tf(
                    if kept {
                        k::NOTICE_SET_ASIDE
                    } else {
                        k::NOTICE_UNREADABLE
                    },
                    &[("why", &save_reason(&e))],
                );
                (
                    Session::new(instrument),
                    Some(Notice::Unreadable(why.into())),
                )
            }
        },
    }
}

/// The results a history's text keeps, as listed; none when it cannot be
/// read here (the compare page says why).
pub fn kept_lines(text: Option<&str>) -> Rc<[KeptLine]> {
    text.and_then(|text| history::read(text, instruments::all()).ok())
        .map_or_else(|| Rc::from([]), |kept| kept.iter().map(kept_line).collect())
}

/// Removes the kept result at `index` (oldest first) from the device, and
/// returns what is kept then.
pub fn remove_kept(index: usize) -> Rc<[KeptLine]> {
    let key = storage::history_key();
    let Some(mut kept) =
        storage::read(&key).and_then(|t| history::read(&t, instruments::all()).ok())
    else {
        return Rc::from([]);
    };
    if index < kept.len() {
        kept.remove(index);
        if kept.is_empty() {
            storage::remove(&key);
        } else {
            let _ = storage::write(&key, &history::write(&kept));
        }
    }
    kept.iter().map(kept_line).collect()
}

/// The instrument a fragment asks for by its address (`#value`), if any.
fn instrument_at(fragment: &str) -> Option<&'static Instrument> {
    let address = fragment.strip_prefix('#')?;
    instruments::built_in()
        .iter()
        .copied()
        .find(|i| i.address.as_deref() == Some(address))
}

impl CheckState {
    /// A state with `instrument`'s `session`, the options of `query` and the
    /// screen that `fragment` asks for: what [`CheckState::load`] builds
    /// from the page, and what native tests build directly.
    pub fn new(
        instrument: &'static Instrument,
        mut session: Session,
        query: &str,
        fragment: &str,
    ) -> CheckState {
        let (embed, warnings) = parse_query(query);
        // The host decides whether the optional parts start on.
        if let (Some(on), true) = (embed.extended, session == Session::new(instrument)) {
            for (i, part) in instrument.parts.iter().enumerate() {
                if part.optional {
                    session = session.apply(instrument, Action::SetPart(i, on));
                }
            }
        }
        let screen = match share::code_in_fragment(fragment) {
            Some(code) => Screen::Shared(SharedResult::from_code(code)),
            None => Screen::Check,
        };
        CheckState {
            instrument,
            session,
            screen,
            notice: None,
            storage_problem: None,
            embed: Rc::new(embed),
            embed_warnings: warnings.iter().map(ToString::to_string).collect(),
            kept: Rc::from([]),
        }
    }

    /// Loads the state from the page: the instrument the address asks for
    /// or the user last worked on, its saved session, the embedding options
    /// and any shared result in the address.
    pub fn load() -> CheckState {
        let fragment = platform::fragment();
        let instrument = instruments::file()
            .or_else(|| instrument_at(&fragment))
            .or_else(|| {
                let id = storage::read(CURRENT_KEY)?;
                instruments::built_in().iter().copied().find(|i| i.id == id)
            })
            .unwrap_or(instruments::built_in()[0]);
        let (session, notice) = load_session(instrument);
        let mut state = CheckState::new(instrument, session, &platform::query(), &fragment);
        state.notice = notice;
        state.storage_problem = storage::status().err();
        state.kept = kept_lines(storage::read(&storage::history_key()).as_deref());
        state
    }

    /// The state [`preload`] prepared, or else a fresh [`CheckState::load`]:
    /// the page's reducer's initialiser.
    pub fn preloaded() -> CheckState {
        PRELOADED
            .with(|p| p.take())
            .unwrap_or_else(CheckState::load)
    }

    /// Whether the user's own check has anything worth keeping.
    pub fn has_progress(&self) -> bool {
        self.session != Session::new(self.instrument)
    }

    fn session(&mut self, action: Action) {
        self.session = self.session.clone().apply(self.instrument, action);
    }

    fn started_over(&mut self) {
        self.session = Session::new(self.instrument);
        self.screen = Screen::Check;
        self.notice = Some(Notice::Erased);
        self.kept = Rc::from([]);
    }

    fn notice(&mut self, action: NoticeAction) {
        match action {
            NoticeAction::Dismiss => self.notice = None,
            NoticeAction::StorageFailed(p) => self.storage_problem = Some(p),
        }
    }

    fn navigate(&mut self, action: Navigate) {
        match action {
            Navigate::Fragment(fragment) => {
                if let Some(code) = share::code_in_fragment(&fragment) {
                    self.screen = Screen::Shared(SharedResult::from_code(code));
                }
            }
            Navigate::FileOpened(text) => {
                self.screen = Screen::Shared(SharedResult::from_file(text.as_deref()));
            }
            Navigate::CloseShared => self.screen = Screen::Check,
            Navigate::SwitchInstrument(instrument, session, notice) => {
                self.instrument = instrument;
                self.session = session;
                self.notice = notice;
                self.screen = Screen::Check;
            }
            Navigate::Again => {
                self.session = Session::new(self.instrument);
                self.notice = None;
            }
            Navigate::Kept(kept) => self.kept = kept,
        }
    }
}

impl Reducible for CheckState {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: CheckAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CheckAction::Session(a) => next.session(a),
            CheckAction::StartedOver => next.started_over(),
            CheckAction::Notice(a) => next.notice(a),
            CheckAction::Navigate(a) => next.navigate(a),
        }
        next.into()
    }
}

thread_local! {
    static PRELOADED: std::cell::Cell<Option<CheckState>> = const { std::cell::Cell::new(None) };
}

/// Loads the state ahead of the first render, in a task of its own (see
/// `main.rs`): storage and the address are read once, at start.
pub fn preload() {
    PRELOADED.with(|p| p.set(Some(CheckState::load())));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instruments::ALL;
    use litmus_core::answers::Response;
    use litmus_core::session::Step;

    fn state(fragment: &str) -> Rc<CheckState> {
        let inst = ALL[0];
        Rc::new(CheckState::new(inst, Session::new(inst), "", fragment))
    }

    fn run(start: Rc<CheckState>, actions: Vec<CheckAction>) -> Rc<CheckState> {
        actions.into_iter().fold(start, Reducible::reduce)
    }

    /// A finished check of the first instrument, as its share code.
    fn shared_code() -> String {
        let inst = ALL[0];
        let mut answers = Session::new(inst).answers();
        answers.litmus = vec![5, 3];
        answers.responses = vec![Response::Agree(4); inst.item_count()];
        share::encode(inst, &answers, 7, None)
    }

    /// The check's words for why a link or a save fails are the core's,
    /// in English: the same sentence in the language files.
    #[cfg(feature = "languages")]
    #[test]
    fn the_reasons_read_in_english_as_the_core_gives_them() {
        use share::ShareError as S;
        let shares = [
            S::Empty,
            S::TooLong,
            S::NotACode,
            S::Truncated,
            S::Checksum,
            S::FutureFormat(9),
            S::UnknownInstrument(7),
            S::OtherVersion {
                id: "leadership-trust".into(),
                version: 2,
                have: 1,
            },
            S::UnknownFile("acme-trust".into(), 3),
            S::ChangedFile("acme-trust".into()),
            S::Invalid("a part switch is out of range"),
        ];
        for e in shares {
            assert_eq!(share_reason(&e), e.to_string());
        }
        use save::SaveError as V;
        let saves = [
            V::NotASave,
            V::FutureVersion(4),
            V::OtherInstrument {
                id: "manager-value".into(),
                version: "1".into(),
            },
            V::Corrupt {
                line: 3,
                reason: "an answer is out of range",
            },
        ];
        for e in saves {
            assert_eq!(save_reason(&e), e.to_string());
        }
    }

    #[test]
    fn a_share_link_opens_someone_elses_result_and_never_changes_the_own_session() {
        let before = run(
            state(""),
            vec![
                CheckAction::Session(Action::Next),
                CheckAction::Session(Action::SetTeamSize(3)),
            ],
        );
        let fragment = share::fragment(&shared_code());
        let after = run(
            before.clone(),
            vec![CheckAction::Navigate(Navigate::Fragment(fragment))],
        );
        assert!(matches!(
            after.screen,
            Screen::Shared(SharedResult::Opened { .. })
        ));
        assert_eq!(after.session, before.session);
        let back = run(after, vec![CheckAction::Navigate(Navigate::CloseShared)]);
        assert!(back.screen == Screen::Check);
        assert_eq!(back.session, before.session);
    }

    #[test]
    fn taking_the_check_again_starts_fresh_and_the_kept_results_are_listed() {
        let inst = ALL[0];
        let done = run(
            state(""),
            vec![
                CheckAction::Session(Action::GoTo(Step::Results)),
                CheckAction::Session(Action::Complete(
                    9,
                    litmus_core::date::Date::parse("2026-09-01"),
                )),
            ],
        );
        assert_eq!(
            done.session.completed,
            litmus_core::date::Date::parse("2026-09-01")
        );
        let again = run(done, vec![CheckAction::Navigate(Navigate::Again)]);
        assert_eq!(again.session, Session::new(inst));
        assert!(again.screen == Screen::Check);
        let line = KeptLine {
            day: "2026-09-01".into(),
            title: "Leadership trust check".into(),
            index: Some(62),
            band: Some("Solid".into()),
        };
        let listed = run(
            again,
            vec![CheckAction::Navigate(Navigate::Kept(Rc::from([line])))],
        );
        assert_eq!(listed.kept.len(), 1);
        let erased = run(listed, vec![CheckAction::StartedOver]);
        assert!(
            erased.kept.is_empty(),
            "start over erases the kept results too"
        );
    }

    #[test]
    fn a_share_link_in_the_address_opens_first() {
        let s = state(&share::fragment(&shared_code()));
        assert!(matches!(
            s.screen,
            Screen::Shared(SharedResult::Opened { .. })
        ));
        assert_eq!(s.session, Session::new(ALL[0]));
    }

    #[test]
    fn a_damaged_link_or_a_foreign_file_says_why_and_keeps_the_session() {
        let mut code = shared_code();
        code.replace_range(10..11, if &code[10..11] == "A" { "B" } else { "A" });
        let begun = run(state(""), vec![CheckAction::Session(Action::Next)]);
        for action in [
            Navigate::Fragment(share::fragment(&code)),
            Navigate::FileOpened(Some("{\"hello\": 1}".into())),
            Navigate::FileOpened(None),
        ] {
            let s = run(begun.clone(), vec![CheckAction::Navigate(action)]);
            match &s.screen {
                Screen::Shared(SharedResult::Error(why)) => assert!(!why.is_empty()),
                _ => panic!("a bad code or file must show why"),
            }
            assert_eq!(s.session, begun.session);
        }
    }

    #[test]
    fn a_fragment_that_is_not_a_result_changes_nothing() {
        let s = state("");
        let after = run(
            s.clone(),
            vec![CheckAction::Navigate(Navigate::Fragment("#nothing".into()))],
        );
        assert!(after == s);
    }

    #[test]
    fn starting_over_erases_the_session_closes_any_shared_result_and_says_so() {
        let s = run(
            state(&share::fragment(&shared_code())),
            vec![CheckAction::Session(Action::Next), CheckAction::StartedOver],
        );
        assert_eq!(s.session, Session::new(ALL[0]));
        assert!(s.screen == Screen::Check);
        assert!(s.notice == Some(Notice::Erased));
    }

    #[test]
    fn notices_are_dismissed_and_storage_problems_are_kept() {
        let s = run(
            state(""),
            vec![
                CheckAction::StartedOver,
                CheckAction::Notice(NoticeAction::StorageFailed(StorageProblem::Full)),
                CheckAction::Notice(NoticeAction::Dismiss),
            ],
        );
        assert!(s.notice.is_none());
        assert_eq!(s.storage_problem, Some(StorageProblem::Full));
    }

    #[test]
    fn switching_instrument_brings_its_own_session_and_leaves_a_shared_result() {
        let other = ALL[1];
        let theirs = Session::new(other).apply(other, Action::Next);
        let s = run(
            state(&share::fragment(&shared_code())),
            vec![CheckAction::Navigate(Navigate::SwitchInstrument(
                other,
                theirs.clone(),
                Some(Notice::Resumed),
            ))],
        );
        assert_eq!(s.instrument.id, other.id);
        assert_eq!(s.session, theirs);
        assert!(s.screen == Screen::Check);
        assert_eq!(s.session.step, Step::Role);
    }

    #[test]
    fn the_host_decides_whether_optional_parts_start_on_but_never_overrides_answers() {
        let inst = ALL[0];
        let off = CheckState::new(inst, Session::new(inst), "?extended=0", "");
        let on = CheckState::new(inst, Session::new(inst), "?extended=1", "");
        let optional: Vec<usize> = (0..inst.parts.len())
            .filter(|&i| inst.parts[i].optional)
            .collect();
        assert!(!optional.is_empty());
        for &i in &optional {
            assert!(!off.session.parts[i]);
            assert!(on.session.parts[i]);
        }
        // A session in progress keeps its own choice.
        let begun = Session::new(inst).apply(inst, Action::Next);
        let kept = CheckState::new(inst, begun.clone(), "?extended=0", "");
        assert_eq!(kept.session, begun);
    }
}
