//! The workshop page's one state and its reducer.
//!
//! The [`Screen`] is either collecting codes, a revealed (and so frozen)
//! view, or a team view opened from a team link: one value, so a revealed
//! set can never take another code. Actions are grouped by what they
//! concern ([`WorkshopAction`]), each reduced by its own function that only
//! calls the core.

use std::rc::Rc;

use litmus_core::compare::{comparable, team_change, TeamChange};
use litmus_core::date::Date;
use litmus_core::embed::{parse_query, EmbedOptions};
use litmus_core::instrument::Instrument;
use litmus_core::team::record::{
    decode_record, team_code_in_text, Commitment, CommitmentError, Status, TeamRecord,
    MAX_COMMITMENTS,
};
use litmus_core::team::{
    aggregate, team_code_in_fragment, value_gaps, Combination, Scanned, ValueGap,
};
use yew::prelude::*;

use litmus::instruments::accepted;
use litmus::language::{message, share_reason, tf, workshop as w};

use crate::words;

/// Codes being collected, before the reveal.
#[derive(Clone, Default, PartialEq)]
pub struct Collecting {
    /// The results collected so far.
    pub combination: Combination,
    /// Why the last paste was refused as a whole.
    pub paste_error: Option<AttrValue>,
    /// What the last scanned QR code did.
    pub last_scan: Option<Scanned>,
    /// Last quarter's team record, opened to review it after the reveal.
    pub last: Option<LastQuarter>,
    /// Why the last team link or record file given could not be opened.
    pub last_error: Option<AttrValue>,
}

/// Last quarter's team record and the instrument that made it.
#[derive(Clone, PartialEq)]
pub struct LastQuarter {
    /// The instrument of its results.
    pub instrument: &'static Instrument,
    /// The record: team view, date, commitments.
    pub record: Rc<TeamRecord>,
}

/// A revealed team view and what the facilitator records with it.
#[derive(Clone, PartialEq)]
pub struct Revealed {
    /// The instrument of the combined results.
    pub instrument: &'static Instrument,
    /// Today's record: the team view, today's date, the commitments made and
    /// last quarter's as marked so far.
    pub record: Rc<TeamRecord>,
    /// Last quarter's record, when one was opened and is comparable.
    pub last: Option<Rc<TeamRecord>>,
    /// The team change since last quarter, with `last`.
    pub change: Option<Rc<TeamChange>>,
    /// Per last-quarter commitment, how it went, once marked.
    pub marks: Rc<[Option<Status>]>,
    /// Why last quarter's record could not be compared, when it was refused.
    pub last_refused: Option<AttrValue>,
    /// The last commitment refused: its field and why.
    pub draft_error: Option<(DraftField, AttrValue)>,
}

/// A commitment's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// What the team commits to.
    pub what: String,
    /// Who owns it (optional).
    pub who: String,
    /// By when, as the date field gives it (`YYYY-MM-DD`).
    pub due: String,
    /// The statement it answers, a flat item index.
    pub statement: Option<usize>,
}

/// The field of a commitment a refusal is shown at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftField {
    /// What.
    What,
    /// Who.
    Who,
    /// By when.
    Due,
    /// The statement.
    Statement,
}

/// A team view opened from a team link.
#[derive(Clone, PartialEq)]
pub enum TeamLink {
    /// The record it holds: team view, date, commitments.
    Opened(&'static Instrument, Rc<TeamRecord>),
    /// Why it could not be opened.
    Error(AttrValue),
}

impl TeamLink {
    /// Decodes a bare team code (either format).
    pub fn from_code(code: &str) -> TeamLink {
        match decode_record(code, accepted()) {
            Ok((instrument, record)) => TeamLink::Opened(instrument, Rc::new(record)),
            Err(e) => {
                TeamLink::Error(tf(w::TEAM_LINK_FAILED, &[("why", &share_reason(&e))]).into())
            }
        }
    }
}

/// What the page shows.
#[derive(Clone, PartialEq)]
pub enum Screen {
    /// Collecting codes: paste, file or camera.
    Collecting(Collecting),
    /// The revealed team view: the set is frozen.
    Team(Revealed),
    /// The revealed value question: the team members' means and, with a
    /// manager's result, the perception gaps.
    ValueGaps {
        /// The instrument (one with roles).
        instrument: &'static Instrument,
        /// How many team members' results are combined.
        members: usize,
        /// Per item, the members' mean in tenths of a scale point.
        means: Rc<[Option<u32>]>,
        /// Per item, the gap to the manager, when a manager's result is in.
        gaps: Option<Rc<[Option<ValueGap>]>>,
    },
    /// A team view opened from a team link, read-only.
    TeamLink(TeamLink),
}

/// Everything the workshop page shows.
#[derive(Clone, PartialEq)]
pub struct WorkshopState {
    /// What is on screen.
    pub screen: Screen,
    /// The host's branding and options, when embedded.
    pub embed: Rc<EmbedOptions>,
    /// The options that were ignored, and why.
    pub embed_warnings: Rc<[String]>,
}

/// What can happen on the workshop page, grouped by what it concerns.
#[derive(Clone, PartialEq)]
pub enum WorkshopAction {
    /// Collecting and revealing.
    Workshop(Combine),
    /// Last quarter's commitments and this quarter's.
    Review(Review),
    /// The address's fragment changed (a team link opened in this tab).
    Navigate(String),
}

/// Collecting and revealing.
#[derive(Clone, PartialEq)]
pub enum Combine {
    /// Pasted, scanned or loaded text holding codes.
    Paste(String),
    /// The text of one QR code read by the camera or in a photo.
    Scanned(String),
    /// Reveal the view, when there are enough results, dated today; the
    /// set is frozen from then on.
    Reveal(Option<Date>),
    /// Begin again with no codes.
    NewCombination,
}

/// The quarterly review: last quarter's record and this quarter's
/// commitments.
#[derive(Clone, PartialEq)]
pub enum Review {
    /// Text holding last quarter's team link (pasted, or a record file's),
    /// while collecting.
    OpenLast(String),
    /// Put last quarter's record away again, while collecting.
    ForgetLast,
    /// From an opened team link: collect this quarter's results to review it.
    NextQuarter,
    /// How a last-quarter commitment went (its index).
    Mark(usize, Status),
    /// Record a commitment.
    Commit(Draft),
    /// Take back a recorded commitment (its index).
    Withdraw(usize),
}

/// The screen a fragment asks for: a team link's view, else collecting.
fn screen_for(fragment: &str) -> Screen {
    match team_code_in_fragment(fragment) {
        Some(code) => Screen::TeamLink(TeamLink::from_code(code)),
        None => Screen::Collecting(Collecting::default()),
    }
}

/// The view a combination reveals on `today`, or `None` while it cannot
/// reveal; with last quarter's record when it is comparable, else why not.
fn reveal(c: &Collecting, today: Option<Date>) -> Option<Screen> {
    let instrument = c
        .combination
        .instrument
        .filter(|_| c.combination.can_reveal())?;
    let members: Vec<_> = c.combination.members().into_iter().cloned().collect();
    let report = aggregate(instrument, &members)?;
    if instrument.roles.is_empty() {
        let (last, last_refused) = match &c.last {
            None => (None, None),
            Some(l) => match comparable(l.instrument, instrument) {
                Ok(()) => (Some(l.record.clone()), None),
                Err(why) => (
                    None,
                    Some(tf(w::LAST_REFUSED, &[("why", &words::not_comparable(&why))]).into()),
                ),
            },
        };
        let change = last
            .as_ref()
            .map(|l| Rc::new(team_change(&l.report, &report)));
        let marks = last.as_ref().map_or(0, |l| l.commitments.len());
        return Some(Screen::Team(Revealed {
            instrument,
            record: Rc::new(TeamRecord {
                report,
                date: today,
                commitments: Vec::new(),
                reviewed: Vec::new(),
            }),
            last,
            change,
            marks: vec![None; marks].into(),
            last_refused,
            draft_error: None,
        }));
    }
    let means = report
        .items
        .iter()
        .map(|s| s.mean_answer_tenths())
        .collect::<Rc<[_]>>();
    let gaps = c
        .combination
        .single()
        .and_then(|m| value_gaps(instrument, m, &members))
        .map(Rc::from);
    Some(Screen::ValueGaps {
        instrument,
        members: members.len(),
        means,
        gaps,
    })
}

/// Last quarter's record from text holding its team link, refused (with the
/// reason) when it is damaged or of another instrument or version than the
/// results collected so far.
fn open_last(text: &str, collected: Option<&Instrument>) -> Result<LastQuarter, String> {
    let code = team_code_in_text(text).ok_or_else(|| message(w::NO_TEAM_LINK).to_string())?;
    let (instrument, record) = decode_record(&code, accepted())
        .map_err(|e| tf(w::LAST_FAILED, &[("why", &share_reason(&e))]))?;
    if let Some(now) = collected {
        comparable(instrument, now).map_err(|why| {
            tf(
                w::LAST_NOT_COMPARABLE,
                &[("why", &words::not_comparable(&why))],
            )
        })?;
    }
    Ok(LastQuarter {
        instrument,
        record: Rc::new(record),
    })
}

/// A draft as a commitment of the revealed view, or the field that refuses
/// it and why.
fn commitment(r: &Revealed, draft: Draft) -> Result<Commitment, (DraftField, String)> {
    let due =
        Date::parse(&draft.due).ok_or((DraftField::Due, message(w::DUE_MISSING).to_string()))?;
    Commitment::new(r.instrument, &draft.what, &draft.who, due, draft.statement).map_err(|e| {
        let field = match e {
            CommitmentError::Empty | CommitmentError::WhatTooLong => DraftField::What,
            CommitmentError::WhoTooLong => DraftField::Who,
            CommitmentError::NoSuchStatement => DraftField::Statement,
        };
        (field, words::commitment_error(&e))
    })
}

impl WorkshopState {
    /// The state for an address: its embedding options (`query`) and the
    /// screen its fragment asks for.
    pub fn new(query: &str, fragment: &str) -> WorkshopState {
        let (embed, warnings) = parse_query(query);
        WorkshopState {
            screen: screen_for(fragment),
            embed: Rc::new(embed),
            embed_warnings: warnings.iter().map(ToString::to_string).collect(),
        }
    }

    /// Loads the state from the page's address.
    pub fn load() -> WorkshopState {
        WorkshopState::new(&litmus::platform::query(), &litmus::platform::fragment())
    }

    fn combine(&mut self, action: Combine) {
        match action {
            Combine::Paste(text) => {
                if let Screen::Collecting(c) = &mut self.screen {
                    c.paste_error = c
                        .combination
                        .add_text(&text, accepted())
                        .err()
                        .map(|e| AttrValue::from(words::paste_error(&e)));
                }
            }
            Combine::Scanned(text) => {
                if let Screen::Collecting(c) = &mut self.screen {
                    c.paste_error = None;
                    c.last_scan = Some(c.combination.add_scanned(&text, accepted()));
                }
            }
            Combine::Reveal(today) => {
                if let Screen::Collecting(c) = &self.screen {
                    if let Some(revealed) = reveal(c, today) {
                        self.screen = revealed;
                    }
                }
            }
            Combine::NewCombination => self.screen = Screen::Collecting(Collecting::default()),
        }
    }

    fn review(&mut self, action: Review) {
        match (&mut self.screen, action) {
            (Screen::Collecting(c), Review::OpenLast(text)) => {
                match open_last(&text, c.combination.instrument) {
                    Ok(last) => {
                        c.last = Some(last);
                        c.last_error = None;
                    }
                    Err(why) => c.last_error = Some(why.into()),
                }
            }
            (Screen::Collecting(c), Review::ForgetLast) => {
                c.last = None;
                c.last_error = None;
            }
            (Screen::TeamLink(TeamLink::Opened(instrument, record)), Review::NextQuarter) => {
                let last = LastQuarter {
                    instrument,
                    record: record.clone(),
                };
                self.screen = Screen::Collecting(Collecting {
                    last: Some(last),
                    ..Collecting::default()
                });
            }
            (Screen::Team(r), Review::Mark(i, status)) => {
                if let (Some(last), Some(mark)) = (&r.last, Rc::make_mut(&mut r.marks).get_mut(i)) {
                    *mark = Some(status);
                    let reviewed = last
                        .commitments
                        .iter()
                        .zip(r.marks.iter())
                        .filter_map(|(c, m)| Some((c.clone(), (*m)?)))
                        .collect();
                    Rc::make_mut(&mut r.record).reviewed = reviewed;
                }
            }
            (Screen::Team(r), Review::Commit(draft)) => match commitment(r, draft) {
                Ok(c) => {
                    let record = Rc::make_mut(&mut r.record);
                    if record.commitments.len() < MAX_COMMITMENTS {
                        record.commitments.push(c);
                    }
                    r.draft_error = None;
                }
                Err((field, why)) => r.draft_error = Some((field, why.into())),
            },
            (Screen::Team(r), Review::Withdraw(i)) => {
                let record = Rc::make_mut(&mut r.record);
                if i < record.commitments.len() {
                    record.commitments.remove(i);
                }
            }
            _ => {}
        }
    }

    fn navigate(&mut self, fragment: &str) {
        if team_code_in_fragment(fragment).is_some() {
            self.screen = screen_for(fragment);
        }
    }
}

impl Reducible for WorkshopState {
    type Action = WorkshopAction;

    fn reduce(self: Rc<Self>, action: WorkshopAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            WorkshopAction::Workshop(a) => next.combine(a),
            WorkshopAction::Review(a) => next.review(a),
            WorkshopAction::Navigate(fragment) => next.navigate(&fragment),
        }
        next.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use litmus::instruments::ALL;
    use litmus_core::answers::Response;
    use litmus_core::session::Session;
    use litmus_core::share;
    use litmus_core::team::encode_team;

    /// A result code of the instrument at `ALL[k]`, with `agree` to every
    /// item, in `role`, told apart by `nonce`.
    fn code(k: usize, agree: u8, role: Option<u8>, nonce: u32) -> String {
        let inst = ALL[k];
        let mut answers = Session::new(inst).answers();
        if inst.litmus.is_some() {
            answers.litmus = vec![4, 5];
        }
        answers.role = role;
        answers.responses = vec![Response::Agree(agree); inst.item_count()];
        share::encode(inst, &answers, nonce, None)
    }

    fn run(actions: Vec<WorkshopAction>) -> Rc<WorkshopState> {
        actions.into_iter().fold(
            Rc::new(WorkshopState::new("", "#combine")),
            Reducible::reduce,
        )
    }

    fn paste(text: String) -> WorkshopAction {
        WorkshopAction::Workshop(Combine::Paste(text))
    }

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a valid date")
    }

    fn reveal_on(text: &str) -> WorkshopAction {
        WorkshopAction::Workshop(Combine::Reveal(Some(day(text))))
    }

    const REVEAL: WorkshopAction = WorkshopAction::Workshop(Combine::Reveal(None));

    fn review(action: Review) -> WorkshopAction {
        WorkshopAction::Review(action)
    }

    fn revealed(s: &WorkshopState) -> &Revealed {
        match &s.screen {
            Screen::Team(r) => r,
            _ => panic!("expected a revealed team view"),
        }
    }

    fn commit(what: &str, who: &str, due: &str, statement: Option<usize>) -> WorkshopAction {
        review(Review::Commit(Draft {
            what: what.into(),
            who: who.into(),
            due: due.into(),
            statement,
        }))
    }

    /// Three commitments, two of them answering a statement.
    fn three_commitments() -> [WorkshopAction; 3] {
        [
            commit(
                "One story each at the offsite",
                "CEO",
                "2026-10-15",
                Some(4),
            ),
            commit("Monthly priorities review", "", "2026-11-01", None),
            commit("Name an owner per metric", "COO", "2026-11-30", Some(12)),
        ]
    }

    /// Three results of the leadership check answering `agree` to every
    /// item, told apart by their nonces from `first`.
    fn three(agree: [u8; 3], first: u32) -> WorkshopAction {
        paste(
            (0..3)
                .map(|k| code(0, agree[k], None, first + k as u32))
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }

    fn collecting(s: &WorkshopState) -> &Collecting {
        match &s.screen {
            Screen::Collecting(c) => c,
            _ => panic!("expected to be collecting"),
        }
    }

    #[test]
    fn nothing_is_revealed_below_three_results() {
        let s = run(vec![
            paste(format!("{}\n{}", code(0, 4, None, 1), code(0, 2, None, 2))),
            REVEAL,
        ]);
        assert_eq!(collecting(&s).combination.entries.len(), 2);
    }

    #[test]
    fn scanned_codes_are_added_one_by_one_and_never_reveal() {
        let scan = |text: String| WorkshopAction::Workshop(Combine::Scanned(text));
        let s = run(vec![
            scan(code(0, 4, None, 1)),
            scan(code(0, 2, None, 2)),
            scan(code(0, 2, None, 2)),
            scan(code(0, 5, None, 3)),
        ]);
        let c = collecting(&s);
        assert_eq!(
            (c.combination.entries.len(), c.combination.duplicates),
            (3, 1)
        );
        assert_eq!(c.last_scan, Some(Scanned::Added(3)));
        assert!(
            c.combination.can_reveal(),
            "ready, but the reveal stays a step of its own"
        );
        let after = run(vec![
            scan(code(0, 4, None, 1)),
            scan(code(0, 2, None, 2)),
            scan(code(0, 5, None, 3)),
            REVEAL,
            scan(code(0, 1, None, 9)),
        ]);
        assert_eq!(
            revealed(&after).record.report.n,
            3,
            "a code scanned after the reveal changes nothing"
        );
    }

    #[test]
    fn a_revealed_team_view_is_frozen() {
        let three = [1, 2, 3].map(|n| code(0, 4, None, n)).join("\n");
        let s = run(vec![paste(three), REVEAL, paste(code(0, 1, None, 9))]);
        assert_eq!(
            revealed(&s).record.report.n,
            3,
            "a paste after the reveal changes nothing"
        );
        let again = run(vec![
            paste([1, 2, 3].map(|n| code(0, 4, None, n)).join("\n")),
            REVEAL,
            WorkshopAction::Workshop(Combine::NewCombination),
        ]);
        assert!(collecting(&again).combination.entries.is_empty());
    }

    #[test]
    fn the_value_question_reveals_means_and_gaps_with_a_manager() {
        let members = [1, 2, 3].map(|n| code(1, 4, Some(1), n)).join("\n");
        let s = run(vec![
            paste(members.clone()),
            paste(code(1, 2, Some(0), 7)),
            REVEAL,
        ]);
        match &s.screen {
            Screen::ValueGaps {
                members,
                means,
                gaps,
                ..
            } => {
                assert_eq!(*members, 3);
                assert!(means.iter().all(|m| *m == Some(40)));
                assert!(gaps.is_some());
            }
            _ => panic!("one manager and three members reveal the value gaps"),
        }
        let without = run(vec![paste(members), REVEAL]);
        assert!(matches!(
            &without.screen,
            Screen::ValueGaps { gaps: None, .. }
        ));
    }

    #[test]
    fn a_team_link_opens_its_view_and_a_damaged_one_says_why() {
        let inst = ALL[0];
        let members: Vec<_> = (1..=3)
            .map(|n| {
                let c = code(0, 3, None, n);
                share::decode(&c, ALL).map(|s| s.answers)
            })
            .collect::<Result<_, _>>()
            .expect("codes made here decode");
        let report = aggregate(inst, &members).expect("three results aggregate");
        let link = format!("#t={}", encode_team(inst, &report));
        let s = WorkshopState::new("", &link);
        assert!(matches!(&s.screen, Screen::TeamLink(TeamLink::Opened(..))));
        let damaged = WorkshopState::new("", &link.replace("#t=", "#t=x"));
        assert!(matches!(
            &damaged.screen,
            Screen::TeamLink(TeamLink::Error(_))
        ));
        // Opening a team link while collecting replaces the screen; any
        // other fragment changes nothing.
        let opened = run(vec![WorkshopAction::Navigate(link)]);
        assert!(matches!(&opened.screen, Screen::TeamLink(_)));
        let same = run(vec![WorkshopAction::Navigate("#elsewhere".into())]);
        assert!(matches!(&same.screen, Screen::Collecting(_)));
    }

    #[test]
    fn an_oversized_paste_is_refused_whole_with_a_reason() {
        let s = run(vec![paste("x".repeat(1 << 20))]);
        let c = collecting(&s);
        assert!(c.paste_error.is_some());
        assert!(c.combination.entries.is_empty());
    }

    #[test]
    fn commitments_are_recorded_up_to_three_and_refused_at_their_field() {
        let s = run(vec![
            three([4, 4, 2], 1),
            reveal_on("2026-09-01"),
            commit(&"x".repeat(121), "", "2026-12-01", None),
        ]);
        let r = revealed(&s);
        assert_eq!(r.record.date, Some(day("2026-09-01")));
        assert!(r.record.commitments.is_empty());
        assert_eq!(
            r.draft_error,
            Some((DraftField::What, "at most 120 characters".into()))
        );
        let s = run(vec![
            three([4, 4, 2], 1),
            reveal_on("2026-09-01"),
            commit("One story each", &"y".repeat(41), "2026-12-01", None),
            commit("One story each", "CEO", "", None),
        ]);
        assert_eq!(
            revealed(&s).draft_error.as_ref().map(|e| e.0),
            Some(DraftField::Due)
        );
        let mut actions = vec![three([4, 4, 2], 1), reveal_on("2026-09-01")];
        actions.extend(three_commitments());
        actions.extend([
            commit("A fourth one", "", "2026-12-01", None),
            review(Review::Withdraw(1)),
        ]);
        let s = run(actions);
        let r = revealed(&s);
        assert_eq!(r.draft_error, None);
        let whats: Vec<_> = r
            .record
            .commitments
            .iter()
            .map(|c| c.what.as_str())
            .collect();
        assert_eq!(
            whats,
            ["One story each at the offsite", "Name an owner per metric"],
            "at most three are recorded, and one can be taken back"
        );
    }

    #[test]
    fn next_quarter_reviews_the_commitments_and_shows_the_team_change() {
        let mut actions = vec![three([4, 4, 2], 1), reveal_on("2026-09-01")];
        actions.extend(three_commitments());
        let first = run(actions);
        let then = revealed(&first);
        let link = format!(
            "#t={}",
            litmus_core::team::record::encode_record(then.instrument, &then.record)
        );
        let s = run(vec![
            WorkshopAction::Navigate(link),
            review(Review::NextQuarter),
            paste(
                [(5, 21), (5, 22), (4, 23), (1, 24)]
                    .map(|(a, nonce)| code(0, a, None, nonce))
                    .join("\n"),
            ),
            reveal_on("2026-12-02"),
            review(Review::Mark(0, Status::Done)),
            review(Review::Mark(2, Status::Partly)),
            review(Review::Mark(2, Status::Dropped)),
            review(Review::Mark(7, Status::Done)),
        ]);
        let r = revealed(&s);
        let last = r.last.as_ref().expect("last quarter's record is kept");
        assert_eq!(last.commitments.len(), 3);
        let change = r.change.as_ref().expect("the team change is shown");
        let shown = |rec: &TeamRecord| rec.report.index_mean.map(|p| i16::from(p.shown()));
        assert_eq!(
            change.index.delta(),
            Some(shown(&r.record).unwrap() - shown(last).unwrap())
        );
        assert_eq!(change.results, (3, 4));
        let reviewed: Vec<_> = r
            .record
            .reviewed
            .iter()
            .map(|(c, st)| (c.what.as_str(), *st))
            .collect();
        assert_eq!(
            reviewed,
            [
                ("One story each at the offsite", Status::Done),
                ("Name an owner per metric", Status::Dropped)
            ],
            "the marks are kept in today's record, the last mark of each counting"
        );
        let code = litmus_core::team::record::encode_record(r.instrument, &r.record);
        let (_, back) = decode_record(&code, ALL).expect("today's record decodes");
        assert_eq!(back, *r.record);
    }

    #[test]
    fn a_last_quarter_that_cannot_be_compared_is_refused_with_the_reason() {
        let value_members: Vec<_> = (1..=3)
            .map(|n| share::decode(&code(1, 4, Some(1), n), ALL).map(|s| s.answers))
            .collect::<Result<_, _>>()
            .expect("codes made here decode");
        let value_record = TeamRecord {
            report: aggregate(ALL[1], &value_members).expect("three results aggregate"),
            date: Some(day("2026-09-01")),
            commitments: Vec::new(),
            reviewed: Vec::new(),
        };
        let value_link = format!(
            "https://x.org/workshop/#t={}",
            litmus_core::team::record::encode_record(ALL[1], &value_record)
        );
        // Refused at once when results are already in.
        let s = run(vec![
            paste(code(0, 4, None, 1)),
            review(Review::OpenLast(value_link.clone())),
        ]);
        let c = collecting(&s);
        assert!(c.last.is_none());
        let why = c.last_error.as_deref().unwrap_or_default();
        assert!(why.contains("cannot be compared"), "{why}");
        // Opened first, refused at the reveal, with the reason, comparing
        // nothing.
        let s = run(vec![
            review(Review::OpenLast(value_link.clone())),
            three([4, 4, 2], 1),
            reveal_on("2026-12-02"),
        ]);
        let r = revealed(&s);
        assert!(r.last.is_none() && r.change.is_none());
        assert!(r.last_refused.is_some());
        // A damaged link or a file with no team link says why and changes
        // nothing already opened.
        let s = run(vec![
            review(Review::OpenLast(value_link.clone())),
            review(Review::OpenLast(value_link.replace("#t=", "#t=x"))),
            review(Review::OpenLast("no link here".into())),
        ]);
        let c = collecting(&s);
        assert!(c.last.is_some(), "what was opened stays");
        assert!(c
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("No team link"));
    }
}
