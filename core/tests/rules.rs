//! One test per rule of INSTRUMENT.md, plus property tests over random answers.

mod common;

use litmus_core::answers::{item_score, Answers, Response};
use litmus_core::percent::Percent;
use litmus_core::score::{score, score_litmus, Recommendation, Verdict};
use proptest::prelude::*;

/// Responses that give every item the same score (B6 is reverse-scored).
fn all_scoring(score: u8) -> Vec<Response> {
    let instrument = common::leadership_trust();
    instrument
        .items()
        .map(|(_, item)| {
            let x = score / 25;
            Response::Agree(if item.reverse { 5 - x } else { x + 1 })
        })
        .collect()
}

fn answers(litmus: &[u8], responses: Vec<Response>) -> Answers {
    Answers {
        role: None,
        parts: vec![true, true],
        litmus: litmus.to_vec(),
        responses,
    }
}

#[test]
fn item_score_is_x_minus_one_times_25_and_reverse_is_five_minus_x() {
    let forward: Vec<u8> = (1..=5).map(|x| item_score(x, false)).collect();
    let reverse: Vec<u8> = (1..=5).map(|x| item_score(x, true)).collect();
    assert_eq!(forward, [0, 25, 50, 75, 100]);
    assert_eq!(reverse, [100, 75, 50, 25, 0]);
}

#[test]
fn coverage_is_100_sum_over_5n() {
    let l = score_litmus(&[5, 3, 2, 5]).unwrap();
    assert_eq!(l.coverage, Percent::whole(75));
    assert_eq!(score_litmus(&[]), None);
}

#[test]
fn verdict_pass_close_not_yet() {
    assert_eq!(score_litmus(&[5, 5]).unwrap().verdict, Verdict::Pass);
    // L = 80 exactly, not everyone at 5: close.
    assert_eq!(score_litmus(&[4]).unwrap().verdict, Verdict::Close);
    assert_eq!(score_litmus(&[5, 5, 5, 1]).unwrap().verdict, Verdict::Close);
    // L = 79.99…: not yet. 5*7 + 4*... : 15 colleagues, sum 59 of 75 = 78.67.
    let mut k = vec![5u8; 11];
    k.extend([1, 1, 1, 1]);
    assert_eq!(score_litmus(&k).unwrap().verdict, Verdict::NotYet);
}

#[test]
fn fully_known_and_least_known_are_reported() {
    let l = score_litmus(&[5, 2, 4, 2]).unwrap();
    assert_eq!(l.fully_known, 1);
    assert_eq!(l.below_five, 3);
    assert_eq!(l.least_known, vec![1, 3]);
    assert!(score_litmus(&[5, 5]).unwrap().least_known.is_empty());
}

#[test]
fn prefer_not_and_unanswered_leave_every_mean() {
    let instrument = common::leadership_trust();
    let mut r = all_scoring(100);
    r[1] = Response::Agree(1); // B2 trust, scores 0
    let base = score(&instrument, &answers(&[5], r.clone()));
    r[1] = Response::PreferNot;
    let skipped = score(&instrument, &answers(&[5], r.clone()));
    r[1] = Response::Unanswered;
    let unanswered = score(&instrument, &answers(&[5], r));
    assert!(base.questions < skipped.questions);
    assert_eq!(skipped.questions, unanswered.questions);
    assert_eq!(skipped.items[1], None);
}

#[test]
fn a_part_under_half_answered_has_no_score_and_enters_nothing() {
    let instrument = common::leadership_trust();
    let mut r = all_scoring(100);
    // Part C has 8 items: answer 3 (under half) with the lowest value.
    for (i, slot) in r.iter_mut().enumerate().skip(6) {
        *slot = if i < 9 {
            Response::Agree(1)
        } else {
            Response::PreferNot
        };
    }
    let report = score(&instrument, &answers(&[5], r.clone()));
    assert_eq!(report.parts[1].score, None);
    assert_eq!(report.parts[1].answered, 3);
    assert_eq!(report.questions, Some(Percent::whole(100)));
    assert!(report.recommendations.is_empty());
    // Exactly half (4 of 8) has a score.
    r[9] = Response::Agree(1);
    let report = score(&instrument, &answers(&[5], r));
    assert!(report.parts[1].score.is_some());
}

#[test]
fn a_switched_off_part_is_not_scored() {
    let instrument = common::leadership_trust();
    let mut a = answers(&[5], all_scoring(0));
    a.parts = vec![true, false];
    let report = score(&instrument, &a);
    assert!(!report.parts[1].enabled);
    assert_eq!(report.parts[1].score, None);
    assert!(report.items[6..].iter().all(Option::is_none));
}

#[test]
fn index_is_mean_of_l_and_q_or_whichever_exists() {
    let instrument = common::leadership_trust();
    let report = score(&instrument, &answers(&[5, 5], all_scoring(50)));
    // L = 100, Q = 50: index 75.
    assert_eq!(report.index, Some(Percent::whole(75)));
    let none = vec![Response::PreferNot; 14];
    let report = score(&instrument, &answers(&[3], none));
    assert_eq!(report.questions, None);
    assert_eq!(report.index, Some(Percent::whole(60)));
}

#[test]
fn bands_follow_the_displayed_integer() {
    let instrument = common::leadership_trust();
    let band = |x: u8| instrument.band_for(x).unwrap().id.to_string();
    assert_eq!(band(0), "fragile");
    assert_eq!(band(39), "fragile");
    assert_eq!(band(40), "developing");
    assert_eq!(band(59), "developing");
    assert_eq!(band(60), "solid");
    assert_eq!(band(79), "solid");
    assert_eq!(band(80), "deep");
    assert_eq!(band(100), "deep");
    // 39.5 displays 40 and is developing.
    assert_eq!(Percent::new(79, 2).unwrap().shown(), 40);
}

#[test]
fn recommendations_litmus_first_then_lowest_items_at_most_three() {
    let instrument = common::leadership_trust();
    let mut r = all_scoring(75);
    r[4] = Response::Agree(1); // B5: 0
    r[2] = Response::Agree(3); // B3: 50
    r[7] = Response::Agree(2); // C2: 25
    r[10] = Response::Agree(3); // C5: 50
    let report = score(&instrument, &answers(&[5, 3], r.clone()));
    assert_eq!(
        report.recommendations,
        vec![
            Recommendation::Litmus { below_five: 1 },
            Recommendation::Item(4),
            Recommendation::Item(7)
        ]
    );
    // On a pass, three items; the tie at 50 goes to instrument order (B3).
    let report = score(&instrument, &answers(&[5], r));
    assert_eq!(
        report.recommendations,
        vec![
            Recommendation::Item(4),
            Recommendation::Item(7),
            Recommendation::Item(2)
        ]
    );
    // Items above 50 are never recommended.
    let report = score(&instrument, &answers(&[5], all_scoring(75)));
    assert!(report.recommendations.is_empty());
}

fn response() -> impl Strategy<Value = Response> {
    prop_oneof![
        Just(Response::Unanswered),
        Just(Response::PreferNot),
        (1u8..=5).prop_map(Response::Agree),
    ]
}

fn any_answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(0u8..=5, 1..=20),
        prop::collection::vec(response(), 14),
        any::<bool>(),
    )
        .prop_map(|(litmus, responses, c_on)| Answers {
            role: None,
            parts: vec![true, c_on],
            litmus,
            responses,
        })
}

proptest! {
    #[test]
    fn scores_stay_within_0_and_100(a in any_answers()) {
        let instrument = common::leadership_trust();
        let report = score(&instrument, &a);
        let hundred = Percent::whole(100);
        let all = [report.questions, report.index]
            .into_iter()
            .chain(report.themes.iter().copied())
            .chain(report.parts.iter().map(|p| p.score))
            .flatten();
        for p in all {
            prop_assert!(p <= hundred);
            prop_assert!(p.shown() <= 100);
        }
        prop_assert!(report.items.iter().flatten().all(|&s| s <= 100));
        prop_assert!(report.recommendations.len() <= 3);
        prop_assert!(report.index.is_some());
    }

    #[test]
    fn reverse_scoring_is_symmetric(x in 1u8..=5) {
        prop_assert_eq!(item_score(x, true), item_score(6 - x, false));
        prop_assert_eq!(item_score(x, true) + item_score(x, false), 100);
    }

    #[test]
    fn unanswered_items_never_change_a_mean(a in any_answers(), i in 0usize..14) {
        let instrument = common::leadership_trust();
        let before = score(&instrument, &a);
        // Turning an unanswered item into "prefer not" (or back) changes nothing.
        let mut b = a.clone();
        b.responses[i] = match a.responses[i] {
            Response::Unanswered => Response::PreferNot,
            Response::PreferNot => Response::Unanswered,
            other => other,
        };
        prop_assert_eq!(before, score(&instrument, &b));
    }

    #[test]
    fn shown_is_round_half_up(num in 0u64..=20_000, den in 1u64..=200) {
        let p = Percent::new(num, den).unwrap();
        let exact = num as f64 / den as f64;
        let shown = p.shown();
        // The shown integer is within half a point, and .5 goes up.
        prop_assert!((f64::from(shown) - exact) <= 0.5 + 1e-12 || shown == u8::MAX);
        prop_assert!((exact - f64::from(shown)) < 0.5 || shown == u8::MAX);
    }
}
