//! The instrument file parses, matches INSTRUMENT.md, and a broken file fails
//! with a message that names the field and the problem.

mod common;

use litmus_core::parse::{parse_instrument, rust_source};

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
    assert!(e.contains("version = \"one\""), "{e}");
    assert!(e.contains("line"), "{e}");
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
    assert_eq!(
        e,
        "parts[1].items[2].title: is 41 characters; a short title has at most 40"
    );
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
