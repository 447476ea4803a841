//! Kept results and the history file: keeping a result again replaces it,
//! reading sorts by completion date, a newer or damaged history is refused
//! whole, and merging the same file twice changes nothing.

mod common;

use std::sync::OnceLock;

use litmus_core::answers::Response;
use litmus_core::date::Date;
use litmus_core::history::{keep, merge, read, write, HistoryError, HISTORY_MAGIC};
use litmus_core::instrument::Instrument;
use litmus_core::save;
use litmus_core::session::{Action, Session};
use proptest::prelude::*;

fn lt() -> &'static Instrument {
    static I: OnceLock<Instrument> = OnceLock::new();
    I.get_or_init(common::leadership_trust)
}

/// The save of a completed check answering `agree` everywhere, with the
/// share nonce `nonce`, completed on `day` (if any).
fn completed(agree: u8, nonce: u32, day: Option<&str>) -> String {
    let i = lt();
    let mut s = Session::new(i);
    s.responses = vec![Response::Agree(agree); i.item_count()];
    let s = s.apply(i, Action::Complete(nonce, day.and_then(Date::parse)));
    save::encode(i, &s)
}

fn history(saves: &[String]) -> String {
    saves
        .iter()
        .try_fold(None, |h: Option<String>, s| keep(h.as_deref(), s).map(Some))
        .unwrap()
        .unwrap()
}

#[test]
fn keeping_adds_each_result_once_and_replaces_the_same_one() {
    let a = completed(4, 1, Some("2026-09-01"));
    let b = completed(2, 2, Some("2026-12-02"));
    let text = history(&[a.clone(), b.clone()]);
    assert!(
        text.starts_with(&format!("{HISTORY_MAGIC} 1\nlitmus-save 2\n")),
        "{text}"
    );
    let kept = read(&text, &[lt()]).unwrap();
    assert_eq!(kept.len(), 2);
    // The same result again, its answers edited: replaced, not added.
    let a_edited = completed(5, 1, Some("2026-09-01"));
    let again = keep(Some(&text), &a_edited).unwrap();
    let kept = read(&again, &[lt()]).unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].session.responses[0], Response::Agree(5));
    assert_eq!(kept[0].completed(), Date::parse("2026-09-01"));
}

#[test]
fn reading_sorts_by_completion_date_with_undated_results_first() {
    let text = history(&[
        completed(4, 1, Some("2026-12-02")),
        completed(3, 2, None),
        completed(2, 3, Some("2026-03-01")),
    ]);
    let days: Vec<_> = read(&text, &[lt()])
        .unwrap()
        .iter()
        .map(|k| k.completed().map(|d| d.to_string()))
        .collect();
    assert_eq!(
        days,
        [None, Some("2026-03-01".into()), Some("2026-12-02".into())]
    );
}

/// A named damaged history and what its refusal must be.
type Case = (&'static str, String, fn(&HistoryError) -> bool);

#[test]
fn a_newer_unknown_or_damaged_history_is_refused_whole_and_never_overwritten() {
    let good = history(&[
        completed(4, 1, Some("2026-09-01")),
        completed(3, 2, Some("2026-10-01")),
    ]);
    let cases: [Case; 4] = [
        (
            "a newer version",
            good.replacen("litmus-history 1", "litmus-history 2", 1),
            |e| matches!(e, HistoryError::FutureVersion(2)),
        ),
        ("not a history", "hello\nworld".to_string(), |e| {
            *e == HistoryError::NotAHistory
        }),
        (
            "a damaged second result",
            good.replacen("answers 3", "answers 7", 1),
            |e| matches!(e, HistoryError::Damaged(2, _)),
        ),
        (
            "an unknown questionnaire",
            good.replacen("instrument leadership-trust", "instrument acme", 1),
            |e| matches!(e, HistoryError::Damaged(1, _)),
        ),
    ];
    for (name, text, expected) in cases {
        let e = read(&text, &[lt()]).unwrap_err();
        assert!(expected(&e), "{name}: {e:?}");
        assert!(!e.to_string().is_empty());
    }
    // Keeping never writes over a history this version cannot read.
    let newer = good.replacen("litmus-history 1", "litmus-history 2", 1);
    assert_eq!(keep(Some(&newer), &completed(5, 9, None)), None);
    assert_eq!(keep(Some("not a history"), &completed(5, 9, None)), None);
}

proptest! {
    #[test]
    fn merging_a_history_file_twice_changes_nothing(
        mine in proptest::collection::vec((1u8..=5, 0u32..6, 0u32..400), 0..6),
        theirs in proptest::collection::vec((1u8..=5, 0u32..6, 0u32..400), 0..6),
    ) {
        let make = |list: &[(u8, u32, u32)]| -> String {
            let saves: Vec<String> = list.iter().map(|&(a, n, d)| {
                let day = Date::from_days(9000 + d).map(|d| d.to_string());
                completed(a, n, day.as_deref())
            }).collect();
            if saves.is_empty() { format!("{HISTORY_MAGIC} 1\n") } else { history(&saves) }
        };
        let (mine, theirs) = (make(&mine), make(&theirs));
        let mut kept = read(&mine, &[lt()]).unwrap();
        merge(&mut kept, read(&theirs, &[lt()]).unwrap());
        let once = write(&kept);
        let added = merge(&mut kept, read(&theirs, &[lt()]).unwrap());
        prop_assert_eq!(added, 0);
        prop_assert_eq!(write(&kept), once.clone());
        // And the merged file reads back as what was merged.
        prop_assert_eq!(write(&read(&once, &[lt()]).unwrap()), once);
    }
}
