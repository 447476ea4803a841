//! The share code: golden vectors per format, round trips, damaged codes, and
//! arbitrary input to the decoder.

mod common;

use litmus_core::answers::{Answers, Response};
use litmus_core::date::Date;
use litmus_core::instrument::Instrument;
use litmus_core::share::{code_in_fragment, decode, encode, encode_dated, fragment, ShareError};
use litmus_core::summary::{code_from_file, result_json, summary_text, SummaryWords};
use proptest::prelude::*;

fn responses(s: &str) -> Vec<Response> {
    s.split(' ')
        .map(|t| match t {
            "." => Response::Unanswered,
            "-" => Response::PreferNot,
            x => Response::Agree(x.parse().unwrap()),
        })
        .collect()
}

/// Every code format 1 ever produced must keep decoding to the same result.
/// Never edit these; add a new table for a new format.
#[allow(clippy::type_complexity)]
const GOLDEN_V1: &[(&str, [bool; 2], &[u8], &str, u32, Option<&[&str]>)] = &[
    (
        "AQEBAQAAAAMNttpttttAGK0VSQ",
        [true, true],
        &[5],
        "5 5 5 5 5 1 5 5 5 5 5 5 5 5",
        1,
        None,
    ),
    (
        "AQEB776t3gMlasTpjbbbYPEj3vA",
        [true, true],
        &[5, 3, 2, 5],
        "4 2 3 5 1 4 3 3 3 3 3 3 3 3",
        0xDEAD_BEEF,
        None,
    ),
    (
        "AQEBKgAAAAEoKcOYqAAAAEftHnY",
        [true, false],
        &[0, 1, 2, 3, 4],
        "1 - 3 . 5 2 . . . . . . . .",
        42,
        None,
    ),
    (
        "AQEB_____wOltttttttttskkUkkkgEyrUhc",
        [true, true],
        &[5; 20],
        "4 4 4 4 4 2 4 4 4 4 4 4 4 4",
        u32::MAX,
        None,
    ),
    (
        "AQEBBwAAAIMUSjVZJ22wA0NGTwRab8Orowz7nQ",
        [true, true],
        &[4, 2],
        "2 4 3 2 5 3 1 1 1 - - - - -",
        7,
        Some(&["CFO", "Zoë"]),
    ),
];

/// A golden table row's result: its answers and its labels.
fn golden(
    parts: [bool; 2],
    litmus: &[u8],
    resp: &str,
    labels: Option<&[&str]>,
) -> (Answers, Option<Vec<String>>) {
    let answers = Answers {
        role: None,
        parts: parts.to_vec(),
        litmus: litmus.to_vec(),
        responses: responses(resp),
    };
    (
        answers,
        labels.map(|l| l.iter().map(|s| s.to_string()).collect()),
    )
}

#[test]
fn golden_codes_of_format_1_decode_and_encode_exactly() {
    let i = common::leadership_trust();
    for &(code, parts, litmus, resp, nonce, labels) in GOLDEN_V1 {
        let (answers, labels) = golden(parts, litmus, resp, labels);
        let shared = decode(code, &[&i]).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(shared.answers, answers, "{code}");
        assert_eq!(shared.nonce, nonce, "{code}");
        assert_eq!(shared.labels, labels, "{code}");
        assert_eq!(encode(&i, &answers, nonce, labels.as_deref()), code);
    }
}

/// Every code format 2 ever produced (format 1 with the completion date)
/// must keep decoding to the same result and date. Never edit these.
#[allow(clippy::type_complexity)]
const GOLDEN_V2: &[(&str, &str, [bool; 2], &[u8], &str, u32, Option<&[&str]>)] = &[
    (
        "AgEBAQAAAANoJg222m2220BzP1TW",
        "2026-12-02",
        [true, true],
        &[5],
        "5 5 5 5 5 1 5 5 5 5 5 5 5 5",
        1,
        None,
    ),
    (
        "AgEBKgAAAAEAACgpw5ioAAAA2VYm6w",
        "2000-01-01",
        [true, false],
        &[0, 1, 2, 3, 4],
        "1 - 3 . 5 2 . . . . . . . .",
        42,
        None,
    ),
    (
        "AgEB_____wPCJqW222222222ySRSSSSAl6e4Ig",
        "2027-03-02",
        [true, true],
        &[5; 20],
        "4 4 4 4 4 2 4 4 4 4 4 4 4 4",
        u32::MAX,
        None,
    ),
    (
        "AgEBBwAAAIP__xRKNVknbbADQ0ZPBFpvw6tIHYXr",
        "2179-06-06",
        [true, true],
        &[4, 2],
        "2 4 3 2 5 3 1 1 1 - - - - -",
        7,
        Some(&["CFO", "Zoë"]),
    ),
];

#[test]
fn golden_codes_of_format_2_decode_and_encode_exactly_with_their_date() {
    let i = common::leadership_trust();
    for &(code, day, parts, litmus, resp, nonce, labels) in GOLDEN_V2 {
        let (answers, labels) = golden(parts, litmus, resp, labels);
        let day = Date::parse(day).unwrap();
        let shared = decode(code, &[&i]).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(
            (&shared.answers, shared.nonce, &shared.labels),
            (&answers, nonce, &labels),
            "{code}"
        );
        assert_eq!(shared.completed, Some(day), "{code}");
        assert_eq!(
            encode_dated(&i, &answers, nonce, labels.as_deref(), day),
            code
        );
        // The same result without a date is its format 1 code.
        assert_eq!(
            decode(&encode(&i, &answers, nonce, labels.as_deref()), &[&i])
                .unwrap()
                .completed,
            None
        );
    }
    for &(code, ..) in GOLDEN_V1 {
        assert_eq!(
            decode(code, &[&i]).unwrap().completed,
            None,
            "format 1: date unknown"
        );
    }
    // A dated 20-colleague link stays far under 100 characters.
    assert_eq!(fragment(GOLDEN_V2[2].0).len(), 41);
    for (good, ..) in GOLDEN_V2 {
        common::assert_changes_are_damaged(good, 1, |c| decode(c, &[&i]));
    }
}

#[test]
fn a_full_result_with_20_colleagues_fits_a_100_character_fragment() {
    let i = common::leadership_trust();
    let answers = Answers {
        role: None,
        parts: vec![true, true],
        litmus: vec![5; 20],
        responses: vec![Response::PreferNot; 14],
    };
    let code = encode(&i, &answers, u32::MAX, None);
    let f = fragment(&code);
    assert_eq!(f.len(), 38);
    assert!(f.len() <= 100);
    // The fragment (with "#r=") for 1, 5 and 20 colleagues, as documented.
    let len = |n: usize| {
        let a = Answers {
            role: None,
            litmus: vec![3; n],
            ..answers.clone()
        };
        fragment(&encode(&i, &a, 1, None)).len()
    };
    assert_eq!([len(1), len(5), len(20)], [29, 30, 38]);
    assert_eq!(code_in_fragment(&f), Some(code.as_str()));
    assert_eq!(code_in_fragment("#other"), None);
}

fn with_checksum(body: &[u8]) -> String {
    use base64::Engine as _;
    let crc = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC).checksum(body);
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&crc.to_le_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn body_of(code: &str) -> Vec<u8> {
    use base64::Engine as _;
    let mut b = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(code)
        .unwrap();
    b.truncate(b.len() - 4);
    b
}

#[test]
fn damaged_codes_get_typed_errors() {
    let i = common::leadership_trust();
    let good = GOLDEN_V1[1].0;
    let d = |c: &str| decode(c, &[&i]).map(|_| ()).unwrap_err();
    assert_eq!(d(""), ShareError::Empty);
    assert_eq!(d("   "), ShareError::Empty);
    assert_eq!(d(&"A".repeat(5000)), ShareError::TooLong);
    assert_eq!(d("not a code!"), ShareError::NotACode);
    // Cut short: either the text cannot be whole base64 ("cut off"), or it
    // decodes but its checksum cannot match.
    assert_eq!(d(&good[..good.len() - 5]), ShareError::Truncated);
    assert_eq!(d(&good[..good.len() - 6]), ShareError::Truncated);
    assert_eq!(d(&good[..good.len() - 3]), ShareError::Checksum);
    assert_eq!(d(&good[..10]), ShareError::Truncated);
    assert_eq!(d("AQEB"), ShareError::Truncated);
    // One character changed.
    let mut altered = good.to_string();
    altered.replace_range(12..13, if &good[12..13] == "A" { "B" } else { "A" });
    assert_eq!(d(&altered), ShareError::Checksum);
    // A newer format, a foreign instrument, another instrument version.
    let mut body = body_of(good);
    body[0] = 3;
    assert_eq!(d(&with_checksum(&body)), ShareError::FutureFormat(3));
    let mut body = body_of(good);
    body[1] = 9;
    assert_eq!(d(&with_checksum(&body)), ShareError::UnknownInstrument(9));
    let mut body = body_of(good);
    body[2] = 2;
    assert_eq!(
        d(&with_checksum(&body)),
        ShareError::OtherVersion {
            id: "leadership-trust".into(),
            version: 2,
            have: 1
        }
    );
    // Valid checksum, broken content.
    let mut body = body_of(good);
    body[7] = 0b10; // part B off
    assert!(matches!(d(&with_checksum(&body)), ShareError::Invalid(_)));
    let mut body = body_of(good);
    body.push(0);
    assert!(matches!(d(&with_checksum(&body)), ShareError::Invalid(_)));
    let mut body = body_of(good);
    body[8] = 0; // zero colleagues
    assert!(matches!(d(&with_checksum(&body)), ShareError::Invalid(_)));
    // Every message is plain words.
    assert!(ShareError::Checksum
        .to_string()
        .contains("changed or mistyped"));
    assert!(ShareError::FutureFormat(2)
        .to_string()
        .contains("newer version"));
}

#[test]
fn every_single_character_change_is_damaged_or_not_a_code_never_newer() {
    let i = common::leadership_trust();
    for (good, ..) in GOLDEN_V1 {
        common::assert_changes_are_damaged(good, 1, |c| decode(c, &[&i]));
    }
    // The first character (the format byte) changed: damaged, not newer.
    let good = GOLDEN_V1[0].0;
    let changed = format!("B{}", &good[1..]);
    assert_eq!(decode(&changed, &[&i]).unwrap_err(), ShareError::Checksum);
    // A result file whose code was changed says the same.
    let file = result_json(
        &i,
        &litmus_core::score::score(&i, &decode(good, &[&i]).unwrap().answers),
        &changed,
    );
    let code = code_from_file(&file).unwrap();
    assert_eq!(decode(code, &[&i]).unwrap_err(), ShareError::Checksum);
}

fn any_answers() -> impl Strategy<Value = (Answers, u32, Option<Vec<String>>)> {
    let response = prop_oneof![
        Just(Response::Unanswered),
        Just(Response::PreferNot),
        (1u8..=5).prop_map(Response::Agree),
    ];
    (1usize..=20)
        .prop_flat_map(move |n| {
            (
                any::<bool>(),
                prop::collection::vec(0u8..=5, n),
                prop::collection::vec(response.clone(), 14),
                any::<u32>(),
                prop::option::of(prop::collection::vec("[^\\p{Cc}]{0,40}", n)),
            )
        })
        .prop_map(|(c_on, litmus, responses, nonce, labels)| {
            (
                Answers {
                    role: None,
                    parts: vec![true, c_on],
                    litmus,
                    responses,
                },
                nonce,
                labels,
            )
        })
}

fn instrument() -> &'static Instrument {
    use std::sync::OnceLock;
    static I: OnceLock<Instrument> = OnceLock::new();
    I.get_or_init(common::leadership_trust)
}

proptest! {
    #[test]
    fn every_result_round_trips((answers, nonce, labels) in any_answers(), day in prop::option::of(0u32..65_536)) {
        let i = instrument();
        let day = day.and_then(Date::from_days);
        let code = match day {
            Some(d) => encode_dated(i, &answers, nonce, labels.as_deref(), d),
            None => encode(i, &answers, nonce, labels.as_deref()),
        };
        let shared = decode(&code, &[i]).unwrap();
        // Answers in a switched-off part are not shared.
        let mut expected = answers.clone();
        for (r, _) in i.items() {
            if !expected.parts[r.part] {
                expected.responses[r.flat] = Response::Unanswered;
            }
        }
        prop_assert_eq!(&shared.answers, &expected);
        prop_assert_eq!(shared.nonce, nonce);
        prop_assert_eq!(shared.labels, labels);
        prop_assert_eq!(shared.completed, day);
        if shared_labels_absent(&code) {
            prop_assert!(code.len() <= 97);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decode(&text, &[instrument()]);
    }

    #[test]
    fn arbitrary_bytes_with_a_valid_checksum_are_rejected_or_canonical(
        body in prop::collection::vec(any::<u8>(), 0..40),
        force_header in any::<bool>(),
        dated in any::<bool>(),
    ) {
        let i = instrument();
        let mut body = body;
        if force_header && body.len() >= 3 {
            body[0] = if dated { 2 } else { 1 };
            body[1] = 1;
            body[2] = 1;
        }
        let code = with_checksum(&body);
        match decode(&code, &[i]) {
            // Anything accepted is exactly what encode would write.
            Ok(s) => prop_assert_eq!(
                match s.completed {
                    Some(d) => encode_dated(i, &s.answers, s.nonce, s.labels.as_deref(), d),
                    None => encode(i, &s.answers, s.nonce, s.labels.as_deref()),
                },
                code
            ),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

fn shared_labels_absent(code: &str) -> bool {
    body_of(code)[7] & 0x80 == 0
}

#[test]
fn text_summary_and_file_say_what_a_user_expects() {
    let i = common::leadership_trust();
    let answers = Answers {
        role: None,
        parts: vec![true, true],
        litmus: vec![5, 3, 2, 5],
        responses: responses("4 2 3 5 1 4 3 3 3 3 3 3 3 3"),
    };
    let report = litmus_core::score::score(&i, &answers);
    let text = summary_text(
        &i,
        &report,
        None,
        Some("https://example.test/#r=X"),
        &SummaryWords::ENGLISH,
    );
    assert!(text.contains("Trust Index: **62/100** (Solid)"), "{text}");
    assert!(text.contains("not yet, coverage 75%, 2 of 4 colleagues fully known"));
    assert!(text.contains("Least known: Colleague 3"));
    assert!(text.contains("- Trust: 38\n- Alignment: 63\n"));
    assert!(text.contains("1. **Know each other's stories.** Hold a story-sharing session"));
    // Statements are named by their short title and score, never by an id.
    assert!(
        text.contains("2. **Talking about our lives (0/100).** "),
        "{text}"
    );
    assert!(!text.contains("B5"), "{text}");
    assert!(text.contains("fewer than five: 2 on your team"), "{text}");
    assert!(text.contains("Full result: https://example.test/#r=X"));
    let labels = vec!["CEO".to_string(), "CFO".into(), "CTO".into(), "COO".into()];
    assert!(
        summary_text(&i, &report, Some(&labels), None, &SummaryWords::ENGLISH)
            .contains("Least known: CTO")
    );

    let code = encode(&i, &answers, 5, None);
    let file = result_json(&i, &report, &code);
    assert!(file.contains("\"trust_index\": 62,"));
    assert!(file.contains("\"band\": \"solid\","));
    assert!(file.contains("{ \"id\": \"B5\", \"heading\": \"Talking about our lives (0/100)\", "));
    assert_eq!(code_from_file(&file), Some(code.as_str()));
    assert_eq!(code_from_file("{\"code\": \"x\"}"), None);
}

/// A consultant's questionnaire as the pages load it: the shipped one as a
/// file, with six parts (the last four optional, the sixth starting off).
fn six_part_file(text_of_b1: &str) -> Instrument {
    let mut v: serde_json::Value =
        serde_json::from_str(&litmus_core::parse::to_json(&common::leadership_trust())).unwrap();
    v["id"] = "acme-trust".into();
    v["parts"][0]["items"][0]["text"] = text_of_b1.into();
    let extra = v["parts"][1].clone();
    for n in 0..4 {
        let mut p = extra.clone();
        p["id"] = format!("P{n}").into();
        p["on"] = (n != 3).into();
        p["items"] = serde_json::json!([{"id": format!("P{n}a"), "title": "Extra", "text": "An extra statement.", "theme": "trust", "reverse": n == 1, "next_step": "Do it."}]);
        v["parts"].as_array_mut().unwrap().push(p);
    }
    v["parts"][0]["items"].as_array_mut().unwrap().truncate(2);
    v["parts"][1]["items"].as_array_mut().unwrap().truncate(2);
    litmus_core::parse::read_file(&v.to_string()).expect("a valid file")
}

#[test]
fn a_files_result_carries_its_identity_and_every_part_switch() {
    let acme = six_part_file("We share one picture.");
    assert_eq!(acme.parts.len(), 6);
    let mut answers = litmus_core::session::Session::new(&acme).answers();
    answers.litmus = vec![5, 3];
    answers.parts = vec![true, true, false, true, true, false];
    for (r, _) in acme.items() {
        if answers.parts[r.part] {
            answers.responses[r.flat] = Response::Agree(1 + (r.flat % 5) as u8);
        }
    }
    let code = encode_dated(&acme, &answers, 7, None, Date::new(2026, 12, 2).unwrap());
    let back = decode(&code, &[&acme]).expect("decodes with its file loaded");
    assert_eq!(back.answers, answers);
    assert_eq!(back.instrument.id, "acme-trust");
    // The identity makes the code longer by the id, one byte and four.
    let builtin = common::leadership_trust();
    assert!(code.len() < 60, "{code}");

    // Another page: the built-in only, another file, a changed file.
    assert_eq!(
        decode(&code, &[&builtin]).unwrap_err(),
        ShareError::UnknownFile("acme-trust".into(), 1)
    );
    let changed = six_part_file("We share one picture of where we go.");
    assert_eq!(
        decode(&code, &[&changed]).unwrap_err(),
        ShareError::ChangedFile("acme-trust".into())
    );
    assert!(decode(&code, &[&changed])
        .unwrap_err()
        .to_string()
        .contains("its file has changed since"));
    // A result of the built-in is refused where only the file is loaded.
    let ours = encode(
        &builtin,
        &litmus_core::session::Session::new(&builtin).answers(),
        1,
        None,
    );
    assert_eq!(
        decode(&ours, &[&acme]).unwrap_err(),
        ShareError::UnknownInstrument(1)
    );
    common::assert_changes_are_damaged(&code, 3, |c| decode(c, &[&acme]));
}
