//! The team record (team code format 2): the team view, its date and the
//! commitments, round trips, stays readable from format 1, refuses what
//! breaks the rules, and carries what next quarter's review needs.

mod common;

use std::sync::OnceLock;

use litmus_core::answers::Answers;
use litmus_core::calendar::calendar;
use litmus_core::compare::team_change;
use litmus_core::date::Date;
use litmus_core::instrument::Instrument;
use litmus_core::share::ShareError;
use litmus_core::summary::TeamWords;
use litmus_core::team::record::{
    commitment_events, commitments_markdown, decode_record, encode_record, record_file,
    statement_order, team_code_in_text, Commitment, CommitmentError, Status, TeamRecord, WHAT_MAX,
    WHO_MAX,
};
use litmus_core::team::{aggregate, encode_team};
use serde_json::Value;

fn lt() -> &'static Instrument {
    static I: OnceLock<Instrument> = OnceLock::new();
    I.get_or_init(common::leadership_trust)
}

fn case() -> Value {
    let all: Value = serde_json::from_str(&common::shared("compare-vectors.json")).unwrap();
    all["team"][0].clone()
}

fn team(side: &Value) -> Vec<Answers> {
    side.as_array()
        .unwrap()
        .iter()
        .map(|r| common::answers_from_json(lt(), r))
        .collect()
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn record() -> TeamRecord {
    let i = lt();
    let report = aggregate(i, &team(&case()["then"])).unwrap();
    let c = |what: &str, who: &str, due: &str, s: Option<usize>| {
        Commitment::new(i, what, who, day(due), s).unwrap()
    };
    TeamRecord {
        report,
        date: Some(day("2026-12-02")),
        commitments: vec![
            c(
                "Each of us tells one story that shaped them at the offsite",
                "CEO",
                "2027-01-15",
                Some(4),
            ),
            c(&"é".repeat(WHAT_MAX), "", "2027-02-01", None),
            c(
                "Review priorities, metrics and owners monthly",
                "COO",
                "2027-03-01",
                Some(12),
            ),
        ],
        reviewed: vec![(
            c("Weekly one-to-ones", "all", "2026-11-01", Some(0)),
            Status::Partly,
        )],
    }
}

#[test]
fn a_record_round_trips_and_a_format_1_team_link_reads_as_one_without_date() {
    let i = lt();
    let r = record();
    let code = encode_record(i, &r);
    assert!(code.starts_with("Ag"), "format 2");
    assert_eq!(decode_record(&code, &[i]), Ok((i, r.clone())));
    let old = encode_team(i, &r.report);
    let (_, read) = decode_record(&old, &[i]).unwrap();
    assert_eq!(
        read,
        TeamRecord {
            report: r.report,
            date: None,
            commitments: vec![],
            reviewed: vec![]
        }
    );
}

#[test]
fn commitments_are_refused_at_their_field_with_the_rule() {
    let i = lt();
    let d = day("2027-01-01");
    type Case<'a> = (&'a str, &'a str, Option<usize>, Result<(), CommitmentError>);
    let cases: &[Case] = &[
        ("  Publish our priorities  ", " AB ", None, Ok(())),
        (
            &"x".repeat(WHAT_MAX),
            &"y".repeat(WHO_MAX),
            Some(13),
            Ok(()),
        ),
        ("", "AB", None, Err(CommitmentError::Empty)),
        ("   ", "", None, Err(CommitmentError::Empty)),
        (
            &"x".repeat(WHAT_MAX + 1),
            "",
            None,
            Err(CommitmentError::WhatTooLong),
        ),
        (
            "ok",
            &"y".repeat(WHO_MAX + 1),
            None,
            Err(CommitmentError::WhoTooLong),
        ),
        ("ok", "", Some(14), Err(CommitmentError::NoSuchStatement)),
    ];
    for (what, who, s, expected) in cases {
        let got = Commitment::new(i, what, who, d, *s).map(|_| ());
        assert_eq!(&got, expected, "{what:?} / {who:?}");
    }
    let c = Commitment::new(i, "  Publish our priorities  ", " AB ", d, None).unwrap();
    assert_eq!(
        (c.what.as_str(), c.who.as_str()),
        ("Publish our priorities", "AB")
    );
    assert_eq!(
        CommitmentError::WhatTooLong.to_string(),
        "at most 120 characters"
    );
}

#[test]
fn a_damaged_record_is_refused_never_misread() {
    let i = lt();
    let code = encode_record(i, &record());
    let step = code.len() / 40 + 1;
    // Every position is changed; a sample of the replacements is enough.
    common::assert_changes_are_damaged(&code, step, |c| decode_record(c, &[i]));
    let cut = decode_record(&code[..code.len() - 6], &[i])
        .map(|_| ())
        .unwrap_err();
    assert!(
        matches!(cut, ShareError::Checksum | ShareError::Truncated),
        "cut off: {cut:?}"
    );
}

#[test]
fn next_quarter_the_record_gives_the_team_change_the_rules_give() {
    let i = lt();
    let case = case();
    let link = encode_record(i, &record());
    let (_, then) = decode_record(&link, &[i]).unwrap();
    let now = aggregate(i, &team(&case["now"])).unwrap();
    let change = team_change(&then.report, &now);
    let e = &case["expected"];
    assert_eq!(change.index.delta(), e["index"].as_i64().map(|d| d as i16));
    assert_eq!(
        (change.results.0 as u64, change.results.1 as u64),
        (e["n_then"].as_u64().unwrap(), e["n_now"].as_u64().unwrap())
    );
}

#[test]
fn commitments_export_as_markdown_and_one_event_per_due_date() {
    let i = lt();
    let r = record();
    let md = commitments_markdown(i, &r, &TeamWords::ENGLISH);
    assert!(md.starts_with("# Our commitments (2 December 2026)\n\n- **Each of us tells one story that shaped them at the offsite** (CEO): by 15 January 2027; answers \u{201c}Talking about our lives\u{201d}\n"), "{md}");
    assert!(md.contains("## Last quarter's, reviewed\n\n- **Weekly one-to-ones** (all): by 1 November 2026; answers \u{201c}One shared picture\u{201d} \u{2014} partly\n"), "{md}");
    let events = commitment_events(i, &r, &TeamWords::ENGLISH);
    assert_eq!(
        events
            .iter()
            .map(|e| e.date.to_string())
            .collect::<Vec<_>>(),
        ["2027-01-15", "2027-02-01", "2027-03-01"]
    );
    let ics = calendar(&events, day("2026-12-02"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert!(ics.contains("DTSTART;VALUE=DATE:20270115"));
}

#[test]
fn commitments_are_offered_splits_first_then_lowest_statements() {
    let i = lt();
    let report = aggregate(i, &team(&case()["then"])).unwrap();
    let order = statement_order(&report);
    assert_eq!(
        order.len(),
        i.item_count(),
        "every statement is offered once"
    );
    let mut seen = order.clone();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), order.len());
    assert_eq!(order[..report.splits.len()], report.splits[..]);
    let shown = |k: usize| {
        report.items[k]
            .mean_score
            .map_or(u16::MAX, |p| u16::from(p.shown()))
    };
    for pair in order[report.splits.len()..].windows(2) {
        assert!(
            (shown(pair[0]), pair[0]) < (shown(pair[1]), pair[1]),
            "lowest first, ties in instrument order: {pair:?}"
        );
    }
}

#[test]
fn a_team_record_file_opens_again_from_its_team_link() {
    let i = lt();
    let r = record();
    let code = encode_record(i, &r);
    let file = record_file(
        i,
        &r,
        &format!("https://example.org/workshop/#t={code}"),
        &TeamWords::ENGLISH,
    );
    assert!(
        file.starts_with("# Our commitments (2 December 2026)"),
        "{file}"
    );
    let found = team_code_in_text(&file).unwrap();
    assert_eq!(decode_record(&found, &[i]).unwrap().1, r);
    for (text, want) in [
        (
            "see https://x.org/workshop/%23t=AbC-_9 please",
            Some("AbC-_9"),
        ),
        ("https://x.org/workshop/%2523t=AbC", Some("AbC")),
        ("#t=", None),
        ("a result link #r=AbC", None),
        ("", None),
    ] {
        assert_eq!(team_code_in_text(text).as_deref(), want, "{text:?}");
    }
}

#[test]
fn the_team_texts_are_written_in_the_words_given() {
    let i = lt();
    let r = record();
    let german = TeamWords {
        commitments_dated: "Unsere Zusagen ({date})",
        commitment: "- **{what}**{who}, bis {due}{answers}",
        answers: "; zu \u{201e}{title}\u{201c}",
        reviewed: "Die Zusagen des letzten Quartals, ausgewertet",
        statuses: ["erledigt", "teilweise", "nicht erledigt", "verworfen"],
        event: "Zusage fällig: {what}",
        event_about_dated: "Eine Zusage aus dem Litmus-Workshop vom {date}.",
        owner: " Verantwortlich: {who}.",
        date: [
            "{day}. {month} {year}",
            "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
            "1",
        ],
        ..TeamWords::ENGLISH
    };
    let md = commitments_markdown(i, &r, &german);
    assert!(
        md.starts_with("# Unsere Zusagen (2. Dezember 2026)\n\n- **Each of us tells one story that shaped them at the offsite** (CEO), bis 15. Januar 2027; zu \u{201e}Talking about our lives\u{201c}\n"),
        "{md}"
    );
    assert!(md.contains("(all), bis 1. November 2026; zu \u{201e}One shared picture\u{201c} \u{2014} teilweise\n"), "{md}");
    let events = commitment_events(i, &r, &german);
    assert_eq!(
        events[0].summary,
        "Zusage fällig: Each of us tells one story that shaped them at the offsite"
    );
    assert!(events[0].description.starts_with(
        "Eine Zusage aus dem Litmus-Workshop vom 2. Dezember 2026. Verantwortlich: CEO."
    ));
    // The team code stays findable in a file in any language.
    let code = encode_record(i, &r);
    let file = record_file(
        i,
        &r,
        &format!("https://example.org/workshop/#t={code}"),
        &german,
    );
    assert_eq!(team_code_in_text(&file).as_deref(), Some(code.as_str()));
}
