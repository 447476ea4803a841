//! The assessment flow and the on-device save format.

mod common;

use litmus_core::answers::Response;
use litmus_core::save::{decode, encode, SaveError};
use litmus_core::session::{Action, Session, Step};
use proptest::prelude::*;

fn run(actions: Vec<Action>) -> Session {
    let i = common::leadership_trust();
    actions
        .into_iter()
        .fold(Session::new(&i), |s, a| s.apply(&i, a))
}

#[test]
fn flow_goes_welcome_team_colleagues_questions_results() {
    let i = common::leadership_trust();
    let s = run(vec![Action::SetTeamSize(2)]);
    let steps = s.steps(&i);
    assert_eq!(steps.len(), 2 + 2 + 14 + 1);
    assert_eq!(steps[0], Step::Welcome);
    assert_eq!(steps[2], Step::Colleague(0));
    assert_eq!(steps[4], Step::Question(0));
    assert_eq!(*steps.last().unwrap(), Step::Results);
    // Switching part C off removes its eight questions.
    let s = s.apply(&i, Action::SetPart(1, false));
    assert_eq!(s.steps(&i).len(), 2 + 2 + 6 + 1);
    // Part B is not optional and cannot be switched off.
    let s = s.apply(&i, Action::SetPart(0, false));
    assert!(s.parts[0]);
}

#[test]
fn back_and_next_keep_answers() {
    let s = run(vec![
        Action::Next,
        Action::SetTeamSize(1),
        Action::Next,
        Action::SetKnown {
            colleague: 0,
            slot: 0,
            known: true,
        },
        Action::Next,
        Action::Answer {
            item: 0,
            response: Response::Agree(4),
        },
        Action::Back,
        Action::Back,
        Action::Next,
        Action::Next,
    ]);
    assert_eq!(s.step, Step::Question(0));
    assert_eq!(s.responses[0], Response::Agree(4));
    assert_eq!(s.team[0].known(), 1);
}

#[test]
fn team_size_is_clamped_and_editing_it_loses_nothing() {
    let i = common::leadership_trust();
    let s = run(vec![Action::SetTeamSize(0)]);
    assert_eq!(s.team_size, 1);
    let s = s.apply(&i, Action::SetTeamSize(99));
    assert_eq!(s.team_size, 20);
    let s = run(vec![
        Action::SetTeamSize(12),
        Action::SetLabel(11, "CFO".into()),
        Action::SetTeamSize(1),
        Action::SetTeamSize(12),
    ]);
    assert_eq!(s.team[11].label, "CFO");
}

#[test]
fn labels_and_keywords_are_trimmed_and_a_keyword_ticks_its_slot() {
    let s = run(vec![
        Action::SetLabel(0, "x".repeat(60)),
        Action::SetKeyword {
            colleague: 0,
            slot: 2,
            keyword: "farm\nchildhood".into(),
        },
        Action::SetKeyword {
            colleague: 9,
            slot: 9,
            keyword: "ignored".into(),
        },
    ]);
    assert_eq!(s.team[0].label.chars().count(), 40);
    assert_eq!(s.team[0].slots[2].keyword, "farmchildhood");
    assert!(s.team[0].slots[2].known);
}

#[test]
fn invalid_answers_are_ignored() {
    let s = run(vec![Action::Answer {
        item: 0,
        response: Response::Agree(9),
    }]);
    assert_eq!(s.responses[0], Response::Unanswered);
    let s = run(vec![Action::Answer {
        item: 99,
        response: Response::Agree(3),
    }]);
    assert_eq!(s, run(vec![]));
}

fn sample() -> Session {
    run(vec![
        Action::SetTeamSize(3),
        Action::SetLabel(0, "CFO \\ \"quoted\" é".into()),
        Action::SetKnown {
            colleague: 0,
            slot: 0,
            known: true,
        },
        Action::SetKeyword {
            colleague: 1,
            slot: 4,
            keyword: "army, then law".into(),
        },
        Action::SetPart(1, false),
        Action::Answer {
            item: 0,
            response: Response::Agree(5),
        },
        Action::Answer {
            item: 1,
            response: Response::PreferNot,
        },
        Action::GoTo(Step::Question(1)),
    ])
}

#[test]
fn save_round_trips_everything() {
    let i = common::leadership_trust();
    let mut s = sample();
    let text = encode(&i, &s);
    assert!(text.starts_with("litmus-save 2\ninstrument leadership-trust 1\n"));
    // The two colleagues beyond the team size of 3 are not saved.
    s.team.truncate(3);
    assert_eq!(decode(&i, &text), Ok(s));
}

#[test]
fn version_1_saves_migrate() {
    let i = common::leadership_trust();
    let v1 = "litmus-save 1\nleadership-trust 1\nlitmus 5,3,0\nanswers 4,2,-,,5,1,,,,,,,,\n";
    let s = decode(&i, v1).unwrap();
    assert_eq!(s.team_size, 3);
    let k: Vec<u8> = s.colleagues().iter().map(|c| c.known()).collect();
    assert_eq!(k, [5, 3, 0]);
    assert_eq!(s.responses[0], Response::Agree(4));
    assert_eq!(s.responses[2], Response::PreferNot);
    assert_eq!(s.responses[3], Response::Unanswered);
    assert_eq!(s.parts, [true, true]);
    assert_eq!(s.step, Step::Team);
    // Re-saving writes the current version.
    assert!(encode(&i, &s).starts_with("litmus-save 2\n"));
}

#[test]
fn bad_saves_give_typed_errors() {
    let i = common::leadership_trust();
    let good = encode(&i, &sample());
    assert_eq!(decode(&i, ""), Err(SaveError::NotASave));
    assert_eq!(decode(&i, "{\"json\": true}"), Err(SaveError::NotASave));
    assert_eq!(
        decode(&i, "litmus-save 7\n"),
        Err(SaveError::FutureVersion(7))
    );
    let other = good.replace("leadership-trust 1", "manager-value 1");
    assert!(matches!(
        decode(&i, &other),
        Err(SaveError::OtherInstrument { .. })
    ));
    let damaged = good.replace("answers 5 -", "answers 9 -");
    let line = good.lines().position(|l| l.starts_with("answers")).unwrap() + 1;
    assert_eq!(
        decode(&i, &damaged),
        Err(SaveError::Corrupt {
            line,
            reason: "an answer is not 1-5, - or ."
        })
    );
    let truncated = &good[..good.len() / 2];
    assert!(matches!(
        decode(&i, truncated),
        Err(SaveError::Corrupt { .. })
    ));
    let msg = SaveError::FutureVersion(7).to_string();
    assert!(msg.contains("newer version"));
}

proptest! {
    #[test]
    fn decoding_arbitrary_text_never_panics(text in ".{0,400}") {
        let i = common::leadership_trust();
        let _ = decode(&i, &text);
        let _ = decode(&i, &format!("litmus-save 2\n{text}"));
        let _ = decode(&i, &format!("litmus-save 1\nleadership-trust 1\n{text}"));
    }

    #[test]
    fn any_sequence_of_actions_round_trips_through_a_save(
        ops in prop::collection::vec((0u8..8, 0usize..25, 0usize..6, 0u8..7, ".{0,50}"), 0..40)
    ) {
        let i = common::leadership_trust();
        let mut s = Session::new(&i);
        for (kind, a, b, v, text) in ops {
            let action = match kind {
                0 => Action::Next,
                1 => Action::Back,
                2 => Action::SetTeamSize(v * 3),
                3 => Action::SetLabel(a, text),
                4 => Action::SetPart(b % 2, v % 2 == 0),
                5 => Action::SetKnown { colleague: a, slot: b, known: v % 2 == 0 },
                6 => Action::SetKeyword { colleague: a, slot: b, keyword: text },
                7 if v == 6 => Action::Complete(a as u32 * 7919, litmus_core::date::Date::from_days(a as u32 * 97)),
                _ => Action::Answer { item: a, response: if v == 0 { Response::PreferNot } else { Response::Agree(v) } },
            };
            s = s.apply(&i, action);
        }
        // Only the counted colleagues are saved.
        let mut expected = s.clone();
        expected.team.truncate(usize::from(s.team_size));
        prop_assert_eq!(decode(&i, &encode(&i, &s)), Ok(expected));
    }
}

#[test]
fn a_role_instrument_asks_the_role_first_and_keeps_it() {
    let i = common::manager_value();
    let s = Session::new(&i);
    assert_eq!(
        s.steps(&i),
        vec![
            Step::Welcome,
            Step::Role,
            Step::Question(0),
            Step::Question(1),
            Step::Question(2),
            Step::Question(3),
            Step::Results
        ]
    );
    let s = s.apply(&i, Action::Next).apply(&i, Action::Next);
    assert_eq!(s.step, Step::Role, "no role chosen: stays");
    let s = s
        .apply(&i, Action::SetRole(9))
        .apply(&i, Action::SetRole(1))
        .apply(&i, Action::Next);
    assert_eq!((s.role, s.step), (Some(1), Step::Question(0)));
    assert_eq!(s.answers().role, Some(1));
    assert_eq!(decode(&i, &encode(&i, &s)), Ok(s));
}

#[test]
fn question_number_counts_only_the_questions_asked() {
    let i = common::leadership_trust();
    let s = run(vec![Action::SetTeamSize(2)]);
    assert_eq!(s.question_number(&i), None, "the welcome is not a question");
    let s = Session {
        step: Step::Question(0),
        ..s
    };
    assert_eq!(s.question_number(&i), Some((1, 14)));
    // With part C off, the last of part B is the last of six.
    let s = s.apply(&i, Action::SetPart(1, false));
    let s = Session {
        step: Step::Question(5),
        ..s
    };
    assert_eq!(s.question_number(&i), Some((6, 6)));
}

#[test]
fn a_statement_is_asked_in_the_role_chosen() {
    let i = common::manager_value();
    assert_eq!(
        i.statement(Some(0), "direction"),
        "I bring real value to my team in direction."
    );
    assert_eq!(
        i.statement(Some(1), "direction"),
        "My manager brings real value to our team in direction."
    );
    assert_eq!(i.statement(None, "direction"), "direction");
    let trust = common::leadership_trust();
    assert_eq!(trust.statement(Some(0), "We argue well."), "We argue well.");
}

#[test]
fn a_result_keeps_the_day_it_was_first_complete_through_its_save() {
    let i = common::leadership_trust();
    let day = |t: &str| litmus_core::date::Date::parse(t);
    let s = Session::new(&i)
        .apply(&i, Action::Complete(7, day("2026-09-01")))
        .apply(&i, Action::Complete(8, day("2026-12-02")));
    assert_eq!((s.nonce, s.completed), (Some(7), day("2026-09-01")));
    let text = encode(&i, &s);
    assert!(text.contains("\ncompleted 2026-09-01\n"), "{text}");
    assert_eq!(decode(&i, &text).unwrap().completed, day("2026-09-01"));
    let damaged = text.replace("completed 2026-09-01", "completed 2026-02-30");
    assert!(matches!(
        decode(&i, &damaged),
        Err(SaveError::Corrupt {
            reason: "completed is not a date",
            ..
        })
    ));
}
