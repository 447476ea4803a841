//! The compare page's one state and its reducer.
//!
//! The results kept on this device are read once, at load. The [`Screen`] is
//! either the list of them over time (with the trend, the history file and
//! the ways to bring an earlier result) or one comparison. Actions are
//! grouped by what they concern ([`CompareAction`]), each reduced by its own
//! function that only calls the core; writing the history back and every
//! download happen in hooks and handlers.

use std::rc::Rc;

use litmus::language::{compare as w, message, t, tf, tn};
use litmus_core::answers::Answers;
use litmus_core::compare::{compare, Comparison};
use litmus_core::date::Date;
use litmus_core::embed::{parse_query, EmbedOptions};
use litmus_core::history::{self, Kept};
use litmus_core::instrument::Instrument;
use litmus_core::share;
use litmus_core::summary::code_from_file;
use litmus_core::team::candidates;
use yew::prelude::*;

use litmus::instruments::all;
use litmus::platform::storage::StorageProblem;

/// One result on one side of a comparison.
#[derive(Clone, PartialEq)]
pub struct Side {
    /// The instrument that made it.
    pub instrument: &'static Instrument,
    /// Its answers.
    pub answers: Rc<Answers>,
    /// The day it was completed, if known.
    pub completed: Option<Date>,
    /// Where it came from, as the user reads it.
    pub source: AttrValue,
}

impl Side {
    fn kept(k: &Kept<'static>) -> Side {
        Side {
            instrument: k.instrument,
            answers: Rc::new(k.session.answers()),
            completed: k.completed(),
            source: t(w::KEPT_HERE),
        }
    }
}

/// Two results compared: "then" is the earlier (by completion date; one
/// without a date is "then"), and the comparison or why there is none.
#[derive(Clone, PartialEq)]
pub struct Compared {
    /// The earlier result.
    pub then: Side,
    /// The later result.
    pub now: Side,
    /// The comparison, or why nothing is compared.
    pub comparison: Result<Rc<Comparison>, AttrValue>,
}

/// Orders two results by INSTRUMENT.md's rule and compares them.
fn compared(a: Side, b: Side) -> Compared {
    // `b` is "now" unless it is dated and `a` is dated later (an undated
    // result is "then" when it is the one brought to compare).
    let b_is_later = match (a.completed, b.completed) {
        (Some(x), Some(y)) => y >= x,
        (None, _) => true,
        (Some(_), None) => false,
    };
    let (then, now) = if b_is_later { (a, b) } else { (b, a) };
    let comparison = compare(
        (then.instrument, &then.answers),
        (now.instrument, &now.answers),
    )
    .map(Rc::new)
    .map_err(|why| AttrValue::from(tf(w::NOTHING_COMPARED, &[("why", &why.to_string())])));
    Compared {
        then,
        now,
        comparison,
    }
}

/// What the page shows.
#[derive(Clone, PartialEq)]
pub enum Screen {
    /// The kept results over time, and the ways to compare.
    OverTime,
    /// One comparison.
    Comparing(Compared),
}

/// Everything the compare page shows.
#[derive(Clone, PartialEq)]
pub struct CompareState {
    /// The results kept on this device, oldest first.
    pub kept: Rc<Vec<Kept<'static>>>,
    /// Why the kept history could not be read (it is then left untouched).
    pub unreadable: Option<AttrValue>,
    /// A result brought from a link or file while nothing is kept to
    /// compare it with: waiting for a second one.
    pub pending: Option<Side>,
    /// What the last link or file did, or why it was refused.
    pub message: Option<(bool, AttrValue)>,
    /// What is on screen.
    pub screen: Screen,
    /// The host's branding and options, when embedded.
    pub embed: Rc<EmbedOptions>,
    /// The options that were ignored, and why.
    pub embed_warnings: Rc<[String]>,
}

/// What can happen on the compare page, grouped by what it concerns.
#[derive(Clone, PartialEq)]
pub enum CompareAction {
    /// The kept results.
    Kept(KeptAction),
    /// Bringing an earlier result and comparing.
    Compare(Bring),
}

/// The kept results.
#[derive(Clone, PartialEq)]
pub enum KeptAction {
    /// Remove the kept result at this index.
    Remove(usize),
    /// A history file's text to merge (`None`: the file could not be read).
    Merge(Option<String>),
    /// The device did not keep the latest change.
    NotSaved(StorageProblem),
}

/// Bringing an earlier result and comparing.
#[derive(Clone, PartialEq)]
pub enum Bring {
    /// Compare the kept result at this index with the latest one.
    Kept(usize),
    /// Text holding a result link or code.
    Pasted(String),
    /// A file's text: a result file or a history file (`None`: unreadable).
    File(Option<String>),
    /// Back to the results over time.
    Back,
}

impl CompareState {
    /// The state for the page's `query` and the history text kept on the
    /// device (`None`: none yet).
    pub fn new(query: &str, stored: Option<&str>) -> CompareState {
        let (embed, warnings) = parse_query(query);
        let (kept, unreadable) = match stored.map(|t| history::read(t, all())) {
            None => (Vec::new(), None),
            Some(Ok(kept)) => (kept, None),
            Some(Err(e)) => (
                Vec::new(),
                Some(tf(w::UNREADABLE, &[("why", &e.to_string())]).into()),
            ),
        };
        CompareState {
            kept: Rc::new(kept),
            unreadable,
            pending: None,
            message: None,
            screen: Screen::OverTime,
            embed: Rc::new(embed),
            embed_warnings: warnings.iter().map(ToString::to_string).collect(),
        }
    }

    /// Loads the state from the page's address and device storage.
    pub fn load() -> CompareState {
        let stored = litmus::platform::storage::read(&litmus::platform::storage::history_key());
        CompareState::new(&litmus::platform::query(), stored.as_deref())
    }

    fn kept_action(&mut self, action: KeptAction) {
        match action {
            KeptAction::Remove(i) => {
                if i < self.kept.len() {
                    Rc::make_mut(&mut self.kept).remove(i);
                }
            }
            KeptAction::Merge(text) => self.merge(text.as_deref().unwrap_or("")),
            KeptAction::NotSaved(problem) => {
                self.message = Some((
                    false,
                    match problem {
                        StorageProblem::Unavailable => message(w::STORAGE_DENIED),
                        StorageProblem::Full => message(w::STORAGE_FULL),
                    }
                    .into(),
                ))
            }
        }
    }

    fn merge(&mut self, text: &str) {
        self.message = Some(match history::read(text, all()) {
            Ok(theirs) => {
                let added = history::merge(Rc::make_mut(&mut self.kept), theirs);
                (
                    true,
                    match added {
                        0 => t(w::MERGED_NONE),
                        n => tn(w::MERGED, n, &[]).into(),
                    },
                )
            }
            Err(e) => (
                false,
                tf(w::HISTORY_REFUSED, &[("why", &e.to_string())]).into(),
            ),
        });
    }

    /// A result brought from a link or file: compared with the latest kept
    /// one, else with the one brought before it, else kept waiting.
    fn brought(&mut self, side: Side) {
        self.message = None;
        let other = self
            .kept
            .last()
            .map(Side::kept)
            .or_else(|| self.pending.take());
        match other {
            Some(other) => self.screen = Screen::Comparing(compared(side, other)),
            None => {
                self.message = Some((true, message(w::OPENED_ALONE).into()));
                self.pending = Some(side);
            }
        }
    }

    fn bring(&mut self, action: Bring) {
        match action {
            Bring::Kept(i) => {
                if let (Some(k), Some(latest)) = (self.kept.get(i), self.kept.last()) {
                    self.screen = Screen::Comparing(compared(Side::kept(k), Side::kept(latest)));
                }
            }
            Bring::Pasted(text) => match side_from_text(&text) {
                Ok(side) => self.brought(side),
                Err(why) => self.message = Some((false, why)),
            },
            Bring::File(text) => {
                let text = text.unwrap_or_default();
                if text.starts_with(history::HISTORY_MAGIC) {
                    self.merge(&text);
                } else {
                    match code_from_file(&text) {
                        Some(code) => match side_from_code(code, message(w::FROM_FILE)) {
                            Ok(side) => self.brought(side),
                            Err(why) => self.message = Some((false, why)),
                        },
                        None => self.message = Some((false, message(w::NOT_A_FILE).into())),
                    }
                }
            }
            Bring::Back => self.screen = Screen::OverTime,
        }
    }
}

/// A result from a share code, or why it cannot be opened.
fn side_from_code(code: &str, source: &str) -> Result<Side, AttrValue> {
    share::decode(code, all())
        .map(|s| Side {
            instrument: s.instrument,
            answers: Rc::new(s.answers),
            completed: s.completed,
            source: AttrValue::from(source.to_string()),
        })
        .map_err(|e| tf(w::LINK_FAILED, &[("why", &e.to_string())]).into())
}

/// A result from pasted text holding a link or code.
fn side_from_text(text: &str) -> Result<Side, AttrValue> {
    let code = text
        .lines()
        .flat_map(candidates)
        .next()
        .ok_or_else(|| AttrValue::from(message(w::NO_LINK)))?;
    side_from_code(&code, message(w::FROM_LINK))
}

impl Reducible for CompareState {
    type Action = CompareAction;

    fn reduce(self: Rc<Self>, action: CompareAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CompareAction::Kept(a) => next.kept_action(a),
            CompareAction::Compare(a) => next.bring(a),
        }
        next.into()
    }
}
