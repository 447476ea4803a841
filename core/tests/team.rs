//! Workshop mode: extraction, combination, aggregation and the value gap,
//! reproducing shared/team-vectors.json exactly.

mod common;

use std::sync::OnceLock;

use litmus_core::answers::{Answers, Response};
use litmus_core::instrument::Instrument;
use litmus_core::share::{encode, ShareError};
use litmus_core::team::{
    aggregate, candidates, value_gaps, Combination, Rejection, Scanned, ValueGap,
};
use proptest::prelude::*;
use serde_json::Value;

fn lt() -> &'static Instrument {
    static I: OnceLock<Instrument> = OnceLock::new();
    I.get_or_init(common::leadership_trust)
}

fn answers_from(i: &Instrument, v: &Value) -> Answers {
    common::answers_from_json(i, v)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9
}

#[test]
fn every_team_vector_is_reproduced() {
    let i = lt();
    let doc: Value = serde_json::from_str(&common::shared("team-vectors.json")).unwrap();
    let cases = doc["team"].as_array().unwrap();
    assert!(cases.len() >= 5);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let results: Vec<Answers> = case["input"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| answers_from(i, v))
            .collect();
        let report = aggregate(i, &results);
        let exp = &case["expected"];
        if exp.is_null() {
            assert_eq!(report, None, "{name}: nothing below three");
            continue;
        }
        let r = report.unwrap_or_else(|| panic!("{name}: expected a team view"));
        assert_eq!(r.n as u64, exp["n"].as_u64().unwrap(), "{name}");
        for (ir, item) in i.items() {
            let s = &r.items[ir.flat];
            let id = &item.id;
            let Some(e) = exp["items"].get(&**id) else {
                // An item nobody answered has nothing to show.
                assert_eq!(
                    (s.answered, s.mean_score, s.split),
                    (0, None, false),
                    "{name} {id}"
                );
                continue;
            };
            assert_eq!(
                s.answered as u64,
                e["answered"].as_u64().unwrap(),
                "{name} {id} answered"
            );
            assert_eq!(s.split, e["split"].as_bool().unwrap(), "{name} {id} split");
            assert_eq!(
                s.lowest.map(u64::from),
                e["lowest"].as_u64(),
                "{name} {id} lowest"
            );
            assert_eq!(
                s.highest.map(u64::from),
                e["highest"].as_u64(),
                "{name} {id} highest"
            );
            match (s.mean_score, e["mean_score"].as_f64()) {
                (Some(m), Some(want)) => assert!(close(m.to_f64(), want), "{name} {id} mean"),
                (None, None) => {}
                (got, want) => panic!("{name} {id} mean: {got:?} vs {want:?}"),
            }
        }
        let f = |p: Option<litmus_core::percent::Percent>| p.unwrap().to_f64();
        assert!(
            close(f(r.coverage_mean), exp["coverage_mean"].as_f64().unwrap()),
            "{name} coverage mean"
        );
        assert!(
            close(
                f(r.coverage_lowest),
                exp["coverage_lowest"].as_f64().unwrap()
            ),
            "{name} lowest"
        );
        assert_eq!(
            r.passed as u64,
            exp["passed"].as_u64().unwrap(),
            "{name} passed"
        );
        assert!(
            close(f(r.index_mean), exp["index_mean"].as_f64().unwrap()),
            "{name} index mean"
        );
        let splits: Vec<String> = r
            .splits
            .iter()
            .map(|&s| i.item(s).unwrap().1.id.to_string())
            .collect();
        let want: Vec<String> = exp["splits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(splits, want, "{name} splits");
    }
}

#[test]
fn every_manager_value_vector_is_reproduced() {
    let doc: Value = serde_json::from_str(&common::shared("team-vectors.json")).unwrap();
    let keys = ["talent", "clarity", "trust", "performance"];
    let answers = |v: &Value| Answers {
        role: None,
        parts: vec![true],
        litmus: vec![],
        responses: keys
            .iter()
            .map(|k| Response::Agree(v[k].as_u64().unwrap() as u8))
            .collect(),
    };
    for case in doc["manager_value"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let manager = answers(&case["input"]["manager"]);
        let members: Vec<Answers> = case["input"]["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(answers)
            .collect();
        let instrument = common::manager_value();
        let gaps = value_gaps(&instrument, &manager, &members);
        let exp = &case["expected"];
        if exp.is_null() {
            assert_eq!(gaps, None, "{name}");
            continue;
        }
        let gaps = gaps.unwrap();
        for (k, key) in keys.iter().enumerate() {
            assert_eq!(&*instrument.item(k).unwrap().1.id, *key);
            let g: ValueGap = gaps[k].unwrap();
            let e = &exp[key];
            assert_eq!(
                u64::from(g.manager),
                e["manager"].as_u64().unwrap(),
                "{name} {key}"
            );
            assert!(
                close(g.team_mean(), e["team_mean"].as_f64().unwrap()),
                "{name} {key} mean"
            );
            assert!(
                close(g.gap(), e["gap"].as_f64().unwrap()),
                "{name} {key} gap"
            );
            assert_eq!(
                g.flagged(),
                e["flag"].as_bool().unwrap(),
                "{name} {key} flag"
            );
        }
        assert_eq!(gaps[0].unwrap().gap_tenths(), 17);
        assert_eq!(gaps[0].unwrap().team_mean_tenths(), 33);
    }
}

fn code(litmus: &[u8], value: u8, nonce: u32) -> String {
    let answers = Answers {
        role: None,
        parts: vec![true, true],
        litmus: litmus.to_vec(),
        responses: vec![Response::Agree(value); 14],
    };
    encode(lt(), &answers, nonce, None)
}

#[test]
fn codes_are_found_in_every_wrapping() {
    let c = code(&[5, 3], 4, 1);
    let wrapped = [
        format!("https://litmus.example/app/#r={c}"),
        format!("<https://litmus.example/#r={c}>"),
        format!("Here's mine: https://litmus.example/#r={c}."),
        format!("https://litmus.example/?utm_source=mail#r={c}&utm_medium=x"),
        format!("https://litmus.example/%23r={c}"),
        format!("https://litmus.example/%2523r={c}"),
        format!("({c})"),
        c.clone(),
        format!("  {c}  "),
    ];
    for w in wrapped {
        assert_eq!(candidates(&w), vec![c.clone()], "{w}");
    }
    assert!(candidates("see you at 10, thanks!").is_empty());
}

#[test]
fn a_paste_is_counted_valid_duplicate_and_rejected_by_line() {
    let a = code(&[5, 3], 4, 1);
    let b = code(&[5, 3], 4, 2); // same answers, another person
    let c = code(&[2], 2, 3);
    let paste = format!(
        "Anna: https://x.example/#r={a}\nBen: <https://x.example/#r={b}>\nnoise line\nAnna again #r={a}\nbroken: #r={}\n{c}",
        &c[..c.len() - 4]
    );
    let mut combo = Combination::default();
    combo.add_text(&paste, &[lt()]).unwrap();
    assert_eq!(
        combo.entries.len(),
        3,
        "identical answers from two people count twice"
    );
    assert_eq!(combo.duplicates, 1, "the same code twice counts once");
    assert_eq!(combo.rejected.len(), 1);
    assert_eq!(combo.rejected[0].line, 5);
    assert!(matches!(
        combo.rejected[0].reason,
        Rejection::Code(ShareError::Checksum | ShareError::Truncated)
    ));
    assert!(
        combo.add_text(&"x".repeat(300 * 1024), &[lt()]).is_err(),
        "oversized paste refused"
    );
}

proptest! {
    #[test]
    fn the_team_view_never_depends_on_the_order_of_codes(
        people in prop::collection::vec((prop::collection::vec(0u8..=5, 1..6), prop::collection::vec(0u8..=6, 14)), 3..8),
        seed in any::<u64>(),
    ) {
        let results: Vec<Answers> = people
            .iter()
            .map(|(litmus, resp)| Answers {
                role: None,
                parts: vec![true, true],
                litmus: litmus.clone(),
                responses: resp.iter().map(|&x| match x { 0 => Response::Unanswered, 6 => Response::PreferNot, x => Response::Agree(x) }).collect(),
            })
            .collect();
        let mut shuffled = results.clone();
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(aggregate(lt(), &results), aggregate(lt(), &shuffled));
    }
}

#[test]
fn the_team_link_holds_the_team_view_and_nothing_per_person() {
    use litmus_core::team::{decode_team, encode_team};
    let doc: Value = serde_json::from_str(&common::shared("team-vectors.json")).unwrap();
    for case in doc["team"].as_array().unwrap() {
        let results: Vec<Answers> = case["input"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| answers_from(lt(), v))
            .collect();
        let Some(report) = aggregate(lt(), &results) else {
            continue;
        };
        let code = encode_team(lt(), &report);
        let (i, back) = decode_team(&code, &[lt()]).unwrap();
        assert!(std::ptr::eq(i, lt()));
        assert_eq!(back, report, "{}", case["name"]);
    }
    // Damage is detected.
    let results: Vec<Answers> = (0..3)
        .map(|k| Answers {
            role: None,
            parts: vec![true, true],
            litmus: vec![k],
            responses: vec![Response::Agree(3); 14],
        })
        .collect();
    let code = encode_team(lt(), &aggregate(lt(), &results).unwrap());
    // Cut short (the last symbol's spare bits are not zero): "cut off".
    assert_eq!(
        decode_team(&code[..code.len() - 3], &[lt()]).unwrap_err(),
        ShareError::Truncated
    );
    // One character changed in the middle: the checksum catches it.
    let mut altered = code.clone();
    let c = if &code[20..21] == "A" { "B" } else { "A" };
    altered.replace_range(20..21, c);
    assert_eq!(
        decode_team(&altered, &[lt()]).unwrap_err(),
        ShareError::Checksum
    );
    // Every single-character change: damaged or not a code, never "newer",
    // never other numbers.
    common::assert_changes_are_damaged(&code, 1, |c| decode_team(c, &[lt()]));
}

#[test]
fn team_link_lengths_for_3_10_and_30_results() {
    use litmus_core::team::encode_team;
    let len = |n: usize| {
        let results: Vec<Answers> = (0..n)
            .map(|p| Answers {
                role: None,
                parts: vec![true, true],
                litmus: (0..((p % 20) + 1)).map(|k| ((p + k) % 6) as u8).collect(),
                responses: (0..14)
                    .map(|i| Response::Agree(((p + i) % 5 + 1) as u8))
                    .collect(),
            })
            .collect();
        // "#t=" and the code.
        3 + encode_team(lt(), &aggregate(lt(), &results).unwrap()).len()
    };
    let lengths = [len(3), len(10), len(30)];
    println!("team fragment lengths for 3, 10, 30 results: {lengths:?}");
    assert!(lengths.iter().all(|&l| l <= 140), "{lengths:?}");
}

#[test]
fn each_scanned_code_says_what_it_did() {
    let a = code(&[5, 3], 4, 1);
    let b = code(&[2], 2, 3);
    let damaged = format!("{}A", &b[..b.len() - 1]);
    let manager = value_code(0, [5, 4, 5, 3], 1);
    let mut combo = Combination::default();
    let all = [lt(), mv()];
    let cases: Vec<(&str, String, Scanned, &str)> = vec![
        ("a first link", format!("https://x.example/#r={a}"), Scanned::Added(1), "Added: 1 result so far."),
        ("the same link again", format!("https://x.example/#r={a}"), Scanned::Duplicate, "Already added: this duplicate is ignored."),
        ("a bare code", b.clone(), Scanned::Added(2), "Added: 2 results so far."),
        ("a damaged code", damaged, Scanned::Rejected(Rejection::Code(ShareError::Checksum)),
            "Rejected: the code was changed or mistyped (its checksum does not match)."),
        ("another questionnaire", manager, Scanned::Rejected(Rejection::OtherInstrument {
            found: "manager-value".into(), expected: "leadership-trust".into() }),
            "Rejected: it is a manager-value result, but this combination holds leadership-trust results."),
        ("a QR code of something else", "https://example.com/menu".into(), Scanned::NotACode,
            "That QR code holds no Litmus result."),
    ];
    for (name, text, expected, says) in cases {
        let outcome = combo.add_scanned(&text, &all);
        assert_eq!(outcome, expected, "{name}");
        assert_eq!(outcome.to_string(), says, "{name}");
    }
    assert_eq!((combo.entries.len(), combo.duplicates), (2, 1));
}

fn mv() -> &'static Instrument {
    static I: OnceLock<Instrument> = OnceLock::new();
    I.get_or_init(common::manager_value)
}

fn value_code(role: u8, values: [u8; 4], nonce: u32) -> String {
    let answers = Answers {
        role: Some(role),
        parts: vec![true],
        litmus: vec![],
        responses: values.iter().map(|&x| Response::Agree(x)).collect(),
    };
    encode(mv(), &answers, nonce, None)
}

#[test]
fn a_manager_and_three_members_reveal_the_gaps_and_a_second_manager_is_rejected() {
    let all = [lt(), mv()];
    let mut combo = Combination::default();
    combo
        .add_code(&value_code(0, [5, 4, 5, 3], 1), &all)
        .unwrap();
    combo
        .add_code(&value_code(1, [3, 4, 4, 3], 2), &all)
        .unwrap();
    combo
        .add_code(&value_code(1, [4, 3, 3, 4], 3), &all)
        .unwrap();
    assert!(
        !combo.can_reveal(),
        "the manager does not count towards three members"
    );
    combo
        .add_code(&value_code(1, [3, 5, 4, 2], 4), &all)
        .unwrap();
    assert!(combo.can_reveal());
    assert_eq!(
        combo.add_code(&value_code(0, [1, 1, 1, 1], 5), &all),
        Err(Rejection::SecondManager)
    );
    let other = code(&[5], 4, 9);
    assert!(matches!(
        combo.add_code(&other, &all),
        Err(Rejection::OtherInstrument { .. })
    ));
    let members: Vec<Answers> = combo.members().into_iter().cloned().collect();
    let gaps = value_gaps(mv(), combo.single().unwrap(), &members).unwrap();
    let flags: Vec<bool> = gaps.iter().map(|g| g.unwrap().flagged()).collect();
    assert_eq!(flags, [true, false, true, false]);
    // The members' mean from the team view agrees with the gap's: 3.3, 4.0.
    let stats = aggregate(mv(), &members).unwrap();
    let tenths: Vec<Option<u32>> = stats.items.iter().map(|s| s.mean_answer_tenths()).collect();
    assert_eq!(tenths, [Some(33), Some(40), Some(37), Some(30)]);
    assert_eq!(tenths[0], Some(gaps[0].unwrap().team_mean_tenths()));
}
