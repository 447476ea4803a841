//! The workshop page's one state and its reducer.
//!
//! The [`Screen`] is either collecting codes, a revealed (and so frozen)
//! view, or a team view opened from a team link: one value, so a revealed
//! set can never take another code. Actions are grouped by what they
//! concern ([`WorkshopAction`]), each reduced by its own function that only
//! calls the core.

use std::rc::Rc;

use litmus_core::embed::{parse_query, EmbedOptions};
use litmus_core::instrument::Instrument;
use litmus_core::team::{
    aggregate, decode_team, team_code_in_fragment, value_gaps, Combination, Scanned, TeamReport,
    ValueGap,
};
use yew::prelude::*;

use crate::instruments::ALL;

/// Codes being collected, before the reveal.
#[derive(Clone, Default, PartialEq)]
pub struct Collecting {
    /// The results collected so far.
    pub combination: Combination,
    /// Why the last paste was refused as a whole.
    pub paste_error: Option<AttrValue>,
    /// What the last scanned QR code did.
    pub last_scan: Option<Scanned>,
}

/// A team view opened from a team link.
#[derive(Clone, PartialEq)]
pub enum TeamLink {
    /// The team view it holds.
    Opened(&'static Instrument, Rc<TeamReport>),
    /// Why it could not be opened.
    Error(AttrValue),
}

impl TeamLink {
    /// Decodes a bare team code.
    pub fn from_code(code: &str) -> TeamLink {
        match decode_team(code, ALL) {
            Ok((instrument, report)) => TeamLink::Opened(instrument, Rc::new(report)),
            Err(e) => TeamLink::Error(format!("This team view could not be opened: {e}.").into()),
        }
    }
}

/// What the page shows.
#[derive(Clone, PartialEq)]
pub enum Screen {
    /// Collecting codes: paste, file or camera.
    Collecting(Collecting),
    /// The revealed team view: the set is frozen.
    Team(&'static Instrument, Rc<TeamReport>),
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
    /// Reveal the view, when there are enough results; the set is frozen
    /// from then on.
    Reveal,
    /// Begin again with no codes.
    NewCombination,
}

/// The screen a fragment asks for: a team link's view, else collecting.
fn screen_for(fragment: &str) -> Screen {
    match team_code_in_fragment(fragment) {
        Some(code) => Screen::TeamLink(TeamLink::from_code(code)),
        None => Screen::Collecting(Collecting::default()),
    }
}

/// The view a combination reveals, or `None` while it cannot reveal.
fn reveal(c: &Combination) -> Option<Screen> {
    let instrument = c.instrument.filter(|_| c.can_reveal())?;
    let members: Vec<_> = c.members().into_iter().cloned().collect();
    let report = aggregate(instrument, &members)?;
    if instrument.roles.is_empty() {
        return Some(Screen::Team(instrument, Rc::new(report)));
    }
    let means = report
        .items
        .iter()
        .map(|s| s.mean_answer_tenths())
        .collect::<Rc<[_]>>();
    let gaps = c
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
        WorkshopState::new(&crate::platform::query(), &crate::platform::fragment())
    }

    fn combine(&mut self, action: Combine) {
        match action {
            Combine::Paste(text) => {
                if let Screen::Collecting(c) = &mut self.screen {
                    c.paste_error = c
                        .combination
                        .add_text(&text, ALL)
                        .err()
                        .map(|e| AttrValue::from(e.to_string()));
                }
            }
            Combine::Scanned(text) => {
                if let Screen::Collecting(c) = &mut self.screen {
                    c.paste_error = None;
                    c.last_scan = Some(c.combination.add_scanned(&text, ALL));
                }
            }
            Combine::Reveal => {
                if let Screen::Collecting(c) = &self.screen {
                    if let Some(revealed) = reveal(&c.combination) {
                        self.screen = revealed;
                    }
                }
            }
            Combine::NewCombination => self.screen = Screen::Collecting(Collecting::default()),
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
            WorkshopAction::Navigate(fragment) => next.navigate(&fragment),
        }
        next.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    const REVEAL: WorkshopAction = WorkshopAction::Workshop(Combine::Reveal);

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
        let Screen::Team(_, report) = &after.screen else {
            panic!("three scanned results reveal the team view");
        };
        assert_eq!(
            report.n, 3,
            "a code scanned after the reveal changes nothing"
        );
    }

    #[test]
    fn a_revealed_team_view_is_frozen() {
        let three = [1, 2, 3].map(|n| code(0, 4, None, n)).join("\n");
        let s = run(vec![paste(three), REVEAL, paste(code(0, 1, None, 9))]);
        let Screen::Team(_, report) = &s.screen else {
            panic!("three results reveal the team view");
        };
        assert_eq!(report.n, 3, "a paste after the reveal changes nothing");
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
}
