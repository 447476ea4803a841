//! Reproduces every worked case of `shared/scoring-vectors.json` exactly.

mod common;

use litmus_core::answers::{Answers, Response};
use litmus_core::score::{score, Recommendation};
use serde_json::Value;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9
}

fn opt_f64(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// The repository's copies of the worked cases equal `../shared/`'s, byte
/// for byte, whenever that folder exists (on a bare clone it does not, and
/// the copies alone are tested).
#[test]
fn shared_copies_match() {
    let names = [
        "scoring-vectors.json",
        "team-vectors.json",
        "compare-vectors.json",
    ];
    for name in names {
        if let Some(upstream) = common::upstream(name) {
            assert!(
                common::shared(name) == upstream,
                "core/tests/data/{name} differs from ../shared/{name}: copy the new cases in"
            );
        }
    }
    let listed: Vec<String> = std::fs::read_dir(common::root().join("../shared"))
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with("-vectors.json"))
                .collect()
        })
        .unwrap_or_default();
    for name in listed {
        assert!(
            names.contains(&name.as_str()),
            "../shared/{name} is new: copy it to core/tests/data/ and test it"
        );
    }
}

#[test]
fn every_scoring_vector_is_reproduced() {
    reproduce_scoring_vectors(&common::leadership_trust());
}

/// The property the embed builder relies on: the built-in instrument
/// written out as an instrument file (JSON) and read back as a consultant's
/// file is the same questionnaire, and scores every worked case the same.
#[test]
fn the_built_in_instrument_as_a_file_reproduces_every_scoring_vector() {
    let built_in = common::leadership_trust();
    let file = litmus_core::parse::to_json(&built_in);
    let read = litmus_core::parse::read_file(&file).expect("the written file reads back");
    assert_eq!((read.code, read.address.clone()), (0, None));
    let mut same = read.clone();
    same.code = built_in.code;
    same.fingerprint = 0;
    assert_eq!(same, built_in);
    assert_eq!(read.fingerprint, read.content_hash());
    assert_eq!(read.content_hash(), built_in.content_hash());
    reproduce_scoring_vectors(&read);
}

/// A result made in one language is the same result in every other: each
/// translation of the built-in instrument keeps every id and number, so it
/// scores every worked case the same.
#[test]
fn every_translation_reproduces_every_scoring_vector() {
    let text =
        std::fs::read_to_string(common::root().join("instruments/leadership-trust.toml")).unwrap();
    let value = litmus_core::parse::toml_value(&text).unwrap();
    let english = common::leadership_trust();
    let translations =
        litmus_core::file::read_translations(&value, &english).expect("translations read");
    let codes: Vec<_> = translations.iter().map(|(l, _)| l.code()).collect();
    assert_eq!(codes, ["de", "es", "fr"]);
    for (language, t) in translations {
        assert!(
            t.missing.is_empty(),
            "{}: lacks {:?}",
            language.code(),
            t.missing
        );
        assert_ne!(t.instrument.title, english.title);
        let ids = |i: &litmus_core::instrument::Instrument| {
            let items: Vec<_> = i
                .items()
                .map(|(_, item)| (item.id.clone(), item.theme, item.reverse))
                .collect();
            (i.id.clone(), i.version, i.code, i.fingerprint, items)
        };
        assert_eq!(
            ids(&t.instrument),
            ids(&english),
            "{} keeps every id and number",
            language.code()
        );
        reproduce_scoring_vectors(&t.instrument);
    }
}

fn reproduce_scoring_vectors(instrument: &litmus_core::instrument::Instrument) {
    let doc: Value = serde_json::from_str(&common::shared("scoring-vectors.json")).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 10, "expected the full set of worked cases");
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input = &case["input"];
        let exp = &case["expected"];
        assert_eq!(input["instrument"], "leadership-trust", "{name}");
        assert_eq!(
            input["version"].as_u64(),
            Some(u64::from(instrument.version))
        );

        let enabled: Vec<&str> = input["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        let parts = instrument
            .parts
            .iter()
            .map(|p| enabled.contains(&&*p.id))
            .collect();
        let litmus = input["litmus"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_u64().unwrap() as u8)
            .collect();
        let responses = instrument
            .items()
            .map(|(_, item)| match input["answers"].get(&*item.id) {
                None => Response::Unanswered,
                Some(Value::Null) => Response::PreferNot,
                Some(v) => Response::Agree(v.as_u64().unwrap() as u8),
            })
            .collect();
        let answers = Answers {
            role: None,
            parts,
            litmus,
            responses,
        };
        let report = score(instrument, &answers);

        let l = report.litmus.as_ref().unwrap();
        assert!(
            close(l.coverage.to_f64(), exp["coverage"].as_f64().unwrap()),
            "{name}: coverage"
        );
        assert_eq!(
            l.verdict.as_str(),
            exp["verdict"].as_str().unwrap(),
            "{name}: verdict"
        );
        assert_eq!(
            l.fully_known as u64,
            exp["fully_known"].as_u64().unwrap(),
            "{name}: fully known"
        );

        let expected_items = exp["item_scores"].as_object().unwrap();
        for (r, item) in instrument.items() {
            let want = expected_items
                .get(&*item.id)
                .map(|v| v.as_u64().unwrap() as u8);
            assert_eq!(report.items[r.flat], want, "{name}: item {}", item.id);
        }

        let pairs = [
            ("questions", report.questions),
            ("trust", report.themes[0]),
            ("alignment", report.themes[1]),
            ("index", report.index),
        ];
        assert_eq!(instrument.themes[0].id, "trust");
        assert_eq!(instrument.themes[1].id, "alignment");
        for (key, got) in pairs {
            match (opt_f64(&exp[key]), got) {
                (None, None) => {}
                (Some(want), Some(got)) => {
                    assert!(
                        close(got.to_f64(), want),
                        "{name}: {key} {} != {want}",
                        got.to_f64()
                    )
                }
                (want, got) => panic!("{name}: {key} expected {want:?}, got {got:?}"),
            }
        }
        let shown = report.index_shown().unwrap();
        assert_eq!(
            u64::from(shown),
            exp["index_shown"].as_u64().unwrap(),
            "{name}: shown"
        );
        let band = instrument.band_for(shown).unwrap();
        assert_eq!(band.id, exp["band"].as_str().unwrap(), "{name}: band");

        let recs: Vec<String> = report
            .recommendations
            .iter()
            .map(|r| match r {
                Recommendation::Litmus { .. } => "litmus".to_string(),
                Recommendation::Item(i) => instrument.item(*i).unwrap().1.id.to_string(),
            })
            .collect();
        let want: Vec<String> = exp["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(recs, want, "{name}: recommendations");
    }
}
