//! The instrument file parses, matches INSTRUMENT.md, and a broken file fails
//! with a message that names the field and the problem.

mod common;

use litmus_core::file::{is_file_name, Problem};
use litmus_core::instrument::Instrument;
use litmus_core::parse::{parse_instrument, read_file, rust_source, to_json};

fn shipped() -> String {
    std::fs::read_to_string(common::root().join("instruments/leadership-trust.toml")).unwrap()
}

fn error_for(from: &str, to: &str) -> String {
    let text = shipped();
    assert!(text.contains(from), "fixture must contain {from:?}");
    parse_instrument(&text.replacen(from, to, 1))
        .expect_err("must be rejected")
        .to_string()
}

#[test]
fn shipped_instrument_matches_instrument_md() {
    let i = common::leadership_trust();
    assert_eq!((&*i.id, i.version), ("leadership-trust", 1));
    let ids: Vec<&str> = i.items().map(|(_, it)| &*it.id).collect();
    assert_eq!(
        ids,
        ["B1", "B2", "B3", "B4", "B5", "B6", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"]
    );
    let reverse: Vec<&str> = i
        .items()
        .filter(|(_, it)| it.reverse)
        .map(|(_, it)| &*it.id)
        .collect();
    assert_eq!(reverse, ["B6"]);
    let theme = |id: &str| {
        let (_, it) = i.items().find(|(_, it)| it.id == id).unwrap();
        i.themes[usize::from(it.theme)].id.to_string()
    };
    for id in ["B1", "B3", "B4", "C6", "C7", "C8"] {
        assert_eq!(theme(id), "alignment", "{id}");
    }
    for id in ["B2", "B5", "B6", "C1", "C2", "C3", "C4", "C5"] {
        assert_eq!(theme(id), "trust", "{id}");
    }
    assert!(!i.parts[0].optional);
    assert!(i.parts[1].optional);
    let l = i.litmus.as_ref().unwrap();
    assert_eq!(
        (l.min_colleagues, l.max_colleagues, l.label_max),
        (1, 20, 40)
    );
    assert!(l.next_step.contains("{n}"));
    assert_eq!(i.scale.len(), 5);
}

#[test]
fn unknown_theme_names_field_and_problem() {
    let e = error_for("theme = \"trust\"", "theme = \"trusst\"");
    assert_eq!(
        e,
        "parts[0].items[1].theme: unknown theme \"trusst\" (known: trust, alignment)"
    );
}

#[test]
fn missing_field_is_named() {
    let e = error_for("title = \"Leadership trust check\"\n", "");
    assert!(e.contains("missing field `title`"), "{e}");
}

#[test]
fn wrong_type_names_the_line() {
    let e = error_for("version = 1", "version = \"one\"");
    assert_eq!(
        e,
        "version: expected a whole number from 1 to 255, found text"
    );
    let e = error_for("version = 1", "version = = 1");
    assert!(e.starts_with("line 7 `version = = 1`"), "{e}");
}

#[test]
fn unknown_field_is_rejected() {
    let e = error_for("reverse = true", "reverse = true\nreversed = true");
    assert!(e.contains("unknown field `reversed`"), "{e}");
}

#[test]
fn semantic_problems_name_the_field() {
    assert!(
        error_for("id = \"B2\"", "id = \"B1\"").starts_with("parts[0].items[1].id: duplicate item")
    );
    assert!(error_for("min = 40", "min = 0").starts_with("bands[1].min:"));
    assert!(
        error_for("min_colleagues = 1", "min_colleagues = 0").starts_with("litmus.min_colleagues:")
    );
    assert!(error_for(
        "prefer_not = \"Prefer not to answer\"",
        "prefer_not = \"  \""
    )
    .starts_with("prefer_not: must not be empty"));
    assert!(
        error_for("\"Strongly agree\"]", "]").starts_with("scale: needs exactly 5 labels, found 4")
    );
}

#[test]
fn every_statement_has_a_short_title_a_user_sees() {
    let i = common::leadership_trust();
    let titles: Vec<&str> = i.items().map(|(_, it)| &*it.title).collect();
    assert_eq!(titles.len(), 14);
    assert_eq!(titles[0], "One shared picture");
    assert_eq!(titles[8], "Commitments kept");
    assert!(titles
        .iter()
        .all(|t| !t.is_empty() && t.chars().count() <= 40));
    let e = error_for("title = \"Commitments kept\"", "title = \"\"");
    assert_eq!(e, "parts[1].items[2].title: must not be empty");
    let long = "x".repeat(41);
    let e = error_for(
        "title = \"Commitments kept\"",
        &format!("title = \"{long}\""),
    );
    assert_eq!(e, "parts[1].items[2].title: is 41 characters; at most 40");
    let e = error_for("title = \"Commitments kept\"\n", "");
    assert!(e.contains("missing field `title`"), "{e}");
}

#[test]
fn an_address_is_short_lowercase_and_not_one_the_app_uses() {
    let cases = [
        ("value", true),
        ("team-trust", true),
        ("", false),
        ("Value", false),
        ("a b", false),
        ("combine", false),
        ("r", false),
        ("t", false),
        ("abcdefghijklmnopqrstu", false),
    ];
    let text = shipped();
    for (address, ok) in cases {
        let file = text.replacen("intro = ", &format!("address = {address:?}\nintro = "), 1);
        match parse_instrument(&file) {
            Ok(i) => {
                assert!(ok, "{address:?} must be refused");
                assert_eq!(i.address.as_deref(), Some(address));
            }
            Err(e) => {
                assert!(!ok, "{address:?} must be accepted: {e}");
                assert!(e.to_string().starts_with("address:"), "{e}");
            }
        }
    }
    assert_eq!(common::leadership_trust().address, None);
    assert_eq!(common::manager_value().address.as_deref(), Some("value"));
}

#[test]
fn generated_source_is_borrowed_data() {
    let src = rust_source("LEADERSHIP_TRUST", &common::leadership_trust());
    assert!(src.starts_with("/// The `leadership-trust` instrument"));
    assert!(src.contains("pub static LEADERSHIP_TRUST: ::litmus_core::instrument::Instrument"));
    assert!(!src.contains("Owned"));
    assert!(src.contains("\"B6\""));
}

/// A consultant's file as the embed builder writes it: the shipped
/// instrument in JSON, changed by `edit`.
fn file_with(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Instrument, Vec<Problem>> {
    let mut v: serde_json::Value =
        serde_json::from_str(&to_json(&common::leadership_trust())).unwrap();
    edit(&mut v);
    read_file(&v.to_string())
}

fn problems(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    file_with(edit)
        .expect_err("must be refused")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_file_reports_every_problem_at_its_field() {
    let found = problems(|v| {
        v["parts"][0]["items"][1]["id"] = "B1".into();
        v["parts"][0]["items"][2]["theme"] = "trusst".into();
        v["parts"][1]["items"][0]["text"] = " ".into();
        v["bands"][2]["min"] = 30.into();
        v["themes"][1]["title"] = serde_json::Value::Null;
    });
    assert_eq!(
        found,
        [
            "themes[1].title: expected text, found nothing",
            "bands[2].min: bands must start at 0 and rise strictly, up to 100",
            "parts[0].items[1].id: duplicate item \"B1\"",
            "parts[0].items[2].theme: unknown theme \"trusst\" (known: trust, alignment)",
            "parts[1].items[0].text: must not be empty",
        ]
    );
}

#[test]
fn a_file_keeps_to_the_limits() {
    type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;
    let cases: [(&str, Edit, &str); 10] = [
        (
            "an id that cannot name its file",
            Box::new(|v| v["id"] = "Acme_Trust".into()),
            "id: a file's id is its file name too (acme-trust is acme-trust.json): 1-40 lower-case letters, digits and dashes",
        ),
        (
            "an unknown field before the id",
            Box::new(|v| {
                let mut m = serde_json::Map::new();
                m.insert("colour".into(), "red".into());
                for (k, x) in v.as_object().unwrap() {
                    m.insert(k.clone(), x.clone());
                }
                m["id"] = "Acme".into();
                *v = serde_json::Value::Object(m);
            }),
            "colour: unknown field `colour`, expected one of id, version, code, title, address, intro, index_name, scale, prefer_not, litmus, themes, bands, parts, roles, translations\nid: a file's id is its file name too (acme-trust is acme-trust.json): 1-40 lower-case letters, digits and dashes",
        ),
        (
            "a part with no items",
            Box::new(|v| v["parts"][1]["items"] = serde_json::json!([])),
            "parts[1].items: a part needs at least one item",
        ),
        (
            "41 statements",
            Box::new(|v| {
                let item = v["parts"][1]["items"][0].clone();
                let items = v["parts"][1]["items"].as_array_mut().unwrap();
                for n in 0..33 {
                    let mut i = item.clone();
                    i["id"] = format!("X{n}").into();
                    items.push(i);
                }
            }),
            "parts: has 47 statements; at most 40",
        ),
        (
            "7 parts",
            Box::new(|v| {
                let part = v["parts"][1].clone();
                let parts = v["parts"].as_array_mut().unwrap();
                for n in 0..5 {
                    let mut p = part.clone();
                    p["id"] = format!("P{n}").into();
                    p["items"] = serde_json::json!([{"id": format!("P{n}1"), "title": "t", "text": "t", "theme": "trust", "reverse": false, "next_step": "s"}]);
                    parts.push(p);
                }
            }),
            "parts: has 7; at most 6",
        ),
        (
            "9 themes",
            Box::new(|v| {
                let themes = v["themes"].as_array_mut().unwrap();
                for n in 0..7 {
                    themes.push(serde_json::json!({"id": format!("t{n}"), "title": "T"}));
                }
            }),
            "themes: has 9; at most 8",
        ),
        (
            "an over-long statement",
            Box::new(|v| v["parts"][0]["items"][0]["text"] = "x".repeat(301).into()),
            "parts[0].items[0].text: is 301 characters; at most 300",
        ),
        (
            "a code number",
            Box::new(|v| v["code"] = 3.into()),
            "code: a file's questionnaire has no code number; remove it",
        ),
        (
            "a misspelt field",
            Box::new(|v| v["parts"][0]["items"][0]["reversed"] = true.into()),
            "parts[0].items[0].reversed: unknown field `reversed`, expected one of id, title, text, theme, reverse, next_step",
        ),
        (
            "four scale labels",
            Box::new(|v| {
                v["scale"].as_array_mut().unwrap().pop();
            }),
            "scale: needs exactly 5 labels, found 4",
        ),
    ];
    for (name, edit, expected) in cases {
        assert_eq!(problems(edit).join("\n"), expected, "{name}");
    }
    let big = format!("{{\"id\": \"{}\"}}", "x".repeat(70_000));
    assert_eq!(
        read_file(&big).unwrap_err()[0].to_string(),
        "file: is 70010 bytes; an instrument file has at most 65536"
    );
    assert!(read_file("{\"id\": ").unwrap_err()[0]
        .to_string()
        .starts_with("file: is not JSON"));
    assert_eq!(
        read_file("[1, 2]").unwrap_err()[0].to_string(),
        "file: expected a group of fields (a JSON object), found a list"
    );
}

#[test]
fn a_file_has_its_own_band_names_and_parts_that_start_off() {
    let i = file_with(|v| {
        v["bands"][0]["title"] = "Needs work".into();
        v["parts"][1]["on"] = false.into();
    })
    .unwrap();
    assert_eq!(i.bands[0].title, "Needs work");
    assert_eq!(i.bands[1].title, "Developing");
    assert!(!i.parts[1].on);
    let session = litmus_core::session::Session::new(&i);
    assert_eq!(session.parts, [true, false]);
}

#[test]
fn the_builders_starting_file_is_the_shipped_instrument() {
    let path = common::root().join("embed/leadership-trust.json");
    let expected = to_json(&common::leadership_trust());
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    if found != expected && std::env::var_os("LITMUS_WRITE").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    assert!(
        found == expected,
        "embed/leadership-trust.json is not instruments/leadership-trust.toml as a file: run LITMUS_WRITE=1 cargo test -p litmus-core --test instrument_file"
    );
}

#[test]
fn only_plain_names_reach_a_file_beside_the_page() {
    for ok in ["acme-trust", "a", "trust-2027", &"x".repeat(40)] {
        assert!(is_file_name(ok), "{ok}");
    }
    for bad in [
        "",
        "../acme",
        "acme/trust",
        "https://evil.example/x",
        "acme.json",
        "Acme",
        "-acme",
        "acme%2F",
        "a b",
        &"x".repeat(41),
        "//evil.example",
    ] {
        assert!(!is_file_name(bad), "{bad}");
    }
}
