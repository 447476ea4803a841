//! Comparing over time: every case of `compare-vectors.json` (a leader's
//! retest and a team's quarterly review) reproduced exactly, and the rules
//! that hold for any two results.

mod common;

use std::sync::OnceLock;

use litmus_core::answers::{Answers, Response};
use litmus_core::compare::{comparable, compare, team_change, NotComparable};
use litmus_core::instrument::Instrument;
use litmus_core::team::aggregate;
use proptest::prelude::*;
use serde_json::Value;

fn lt() -> &'static Instrument {
    static I: OnceLock<Instrument> = OnceLock::new();
    I.get_or_init(common::leadership_trust)
}

fn vectors() -> Value {
    serde_json::from_str(&common::shared("compare-vectors.json")).unwrap()
}

/// The expected change of each item the case lists; any item it leaves
/// out has no change (it is scored on one side at most).
fn expected_items(i: &Instrument, expected: &Value) -> Vec<Option<i16>> {
    i.items()
        .map(|(_, item)| {
            expected["items"]
                .get(&*item.id)
                .and_then(Value::as_i64)
                .map(|d| d as i16)
        })
        .collect()
}

fn ids(i: &Instrument, flat: &[usize]) -> Vec<String> {
    let all: Vec<String> = i.items().map(|(_, item)| item.id.to_string()).collect();
    flat.iter().map(|&k| all[k].clone()).collect()
}

fn id_list(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_personal_case_is_reproduced() {
    let i = lt();
    for case in vectors()["personal"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let (then, now) = (
            common::answers_from_json(i, &case["then"]),
            common::answers_from_json(i, &case["now"]),
        );
        let c = compare((i, &then), (i, &now)).unwrap();
        let e = &case["expected"];
        let delta = |v: &Value| v.as_i64().map(|d| d as i16);
        assert_eq!(c.index.delta(), delta(&e["index"]), "{name}: index");
        assert_eq!(
            c.coverage.delta(),
            delta(&e["coverage"]),
            "{name}: coverage"
        );
        assert_eq!(
            c.questions.delta(),
            delta(&e["questions"]),
            "{name}: questions"
        );
        for (t, theme) in i.themes.iter().enumerate() {
            assert_eq!(
                c.themes[t].delta(),
                delta(&e[&*theme.id]),
                "{name}: theme {}",
                theme.id
            );
        }
        let band = c
            .band_change
            .map(|(t, n)| vec![i.bands[t].id.to_string(), i.bands[n].id.to_string()]);
        let expected_band = e["band_change"]
            .as_array()
            .map(|b| b.iter().map(|x| x.as_str().unwrap().to_string()).collect());
        assert_eq!(band, expected_band, "{name}: band change");
        let items: Vec<Option<i16>> = c.items.iter().map(|x| x.delta()).collect();
        assert_eq!(items, expected_items(i, e), "{name}: items");
        assert_eq!(ids(i, &c.gains), id_list(&e["gains"]), "{name}: gains");
        assert_eq!(ids(i, &c.drops), id_list(&e["drops"]), "{name}: drops");
        // Every change matches the two numbers shown.
        for x in std::iter::once(&c.index).chain(&c.items).chain(&c.themes) {
            if let (Some(t), Some(n)) = (x.then, x.now) {
                assert_eq!(x.delta(), Some(i16::from(n) - i16::from(t)), "{name}");
            }
        }
    }
}

#[test]
fn notes_say_when_the_team_or_the_parts_changed() {
    let i = lt();
    let cases = vectors();
    let find = |name: &str| {
        let case = cases["personal"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap();
        let (t, n) = (
            common::answers_from_json(i, &case["then"]),
            common::answers_from_json(i, &case["now"]),
        );
        compare((i, &t), (i, &n)).unwrap()
    };
    let team = find("colleague count changed");
    assert_eq!((team.colleagues, team.parts_differ), ((4, 2), false));
    let parts = find("extended part only in the later result: its items compare to nothing");
    assert!(parts.parts_differ);
    assert_eq!(parts.colleagues, (2, 2));
}

#[test]
fn results_of_another_instrument_or_version_are_refused() {
    let i = lt();
    let value = common::manager_value();
    let mut newer = lt().clone();
    newer.version += 1;
    assert_eq!(
        comparable(i, &value),
        Err(NotComparable::OtherInstrument {
            then: "leadership-trust".into(),
            now: "manager-value".into()
        })
    );
    assert_eq!(
        comparable(i, &newer),
        Err(NotComparable::OtherVersion { then: 1, now: 2 })
    );
    let a = Answers {
        role: None,
        parts: vec![true, true],
        litmus: vec![5],
        responses: vec![Response::Agree(4); 14],
    };
    assert!(
        compare((i, &a), (&newer, &a)).is_err(),
        "nothing is compared"
    );
    assert_eq!(
        NotComparable::OtherVersion { then: 1, now: 2 }.to_string(),
        "these results come from different versions of the questionnaire (1 and 2), so nothing is compared"
    );
}

#[test]
fn every_team_case_is_reproduced() {
    let i = lt();
    for case in vectors()["team"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let side = |k: &str| -> Vec<Answers> {
            case[k]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| common::answers_from_json(i, r))
                .collect()
        };
        let (then, now) = (
            aggregate(i, &side("then")).unwrap(),
            aggregate(i, &side("now")).unwrap(),
        );
        let c = team_change(&then, &now);
        let e = &case["expected"];
        assert_eq!(
            c.index.delta(),
            e["index"].as_i64().map(|d| d as i16),
            "{name}: index"
        );
        let items: Vec<Option<i16>> = c.items.iter().map(|x| x.delta()).collect();
        assert_eq!(items, expected_items(i, e), "{name}: items");
        assert_eq!(
            ids(i, &c.new_splits),
            id_list(&e["new_splits"]),
            "{name}: new splits"
        );
        assert_eq!(
            ids(i, &c.resolved_splits),
            id_list(&e["resolved_splits"]),
            "{name}: resolved splits"
        );
        assert_eq!(
            c.results.0 as u64,
            e["n_then"].as_u64().unwrap(),
            "{name}: results then"
        );
        assert_eq!(
            c.results.1 as u64,
            e["n_now"].as_u64().unwrap(),
            "{name}: results now"
        );
    }
}

fn any_result() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(0u8..=5, 1..=20),
        any::<bool>(),
        prop::collection::vec(0u8..=6, 14),
    )
        .prop_map(|(litmus, extended, raw)| Answers {
            role: None,
            parts: vec![true, extended],
            litmus,
            responses: raw
                .into_iter()
                .map(|x| match x {
                    0 => Response::Unanswered,
                    6 => Response::PreferNot,
                    x => Response::Agree(x),
                })
                .collect(),
        })
}

proptest! {
    #[test]
    fn swapping_then_and_now_negates_every_change(a in any_result(), b in any_result()) {
        let i = lt();
        let forward = compare((i, &a), (i, &b)).unwrap();
        let back = compare((i, &b), (i, &a)).unwrap();
        let neg = |x: Option<i16>| x.map(|d| -d);
        prop_assert_eq!(back.index.delta(), neg(forward.index.delta()));
        prop_assert_eq!(back.coverage.delta(), neg(forward.coverage.delta()));
        prop_assert_eq!(back.questions.delta(), neg(forward.questions.delta()));
        for (f, b) in forward.items.iter().zip(&back.items).chain(forward.themes.iter().zip(&back.themes)) {
            prop_assert_eq!(b.delta(), neg(f.delta()));
        }
        prop_assert_eq!(&back.gains, &forward.drops, "a gain one way is a drop the other");
        prop_assert_eq!(&back.drops, &forward.gains);
        prop_assert_eq!(back.band_change, forward.band_change.map(|(t, n)| (n, t)));
    }
}
