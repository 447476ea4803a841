//! The language files in `lang/`: every language holds every English key
//! with the same placeholders and plural forms, and nothing is left in
//! English except what the allow-list names (words that are the same in
//! both languages).

use litmus_core::lang::{self, Language};
use litmus_core::parse::language;

fn read(code: &str) -> Vec<(String, String)> {
    let path = format!("{}/../lang/{code}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    language(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Messages that may read as in English: names, numbers, and words the
/// language shares with English.
const SAME_AS_ENGLISH: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "check.page.brand",
            "check.results.of_100",
            "check.format.day_one",
            "check.share.link",
            "summary.index",
            "workshop.eyebrow",
            "builder.theme_name",
            "builder.version",
            "rules.syntax",
        ],
    ),
    (
        "fr",
        &[
            "check.page.brand",
            "check.results.of_100",
            "check.format.date",
            "check.results.verdict",
            "workshop.manager",
            "builder.version",
            "builder.tab_questions",
            "rules.syntax",
        ],
    ),
    (
        "es",
        &[
            "check.page.brand",
            "check.results.of_100",
            "check.format.day_one",
            "summary.index",
            "rules.syntax",
        ],
    ),
];

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let english = read("en");
    assert!(
        english.len() > 100,
        "the English file holds the pages' words"
    );
    for l in Language::ALL.into_iter().skip(1) {
        let problems = lang::differences(&english, &read(l.code()));
        assert!(
            problems.is_empty(),
            "lang/{}.toml:\n{}",
            l.code(),
            problems.join("\n")
        );
    }
}

#[test]
fn nothing_is_left_in_english_but_the_allowed() {
    let english = read("en");
    for (code, allowed) in SAME_AS_ENGLISH {
        let same: Vec<_> = read(code)
            .into_iter()
            .filter(|(k, text)| english.iter().any(|(ek, et)| ek == k && et == text))
            .map(|(k, _)| k)
            .filter(|k| !allowed.contains(&k.as_str()))
            .collect();
        assert!(same.is_empty(), "lang/{code}.toml still English: {same:?}");
    }
}

#[test]
fn a_translation_that_drops_a_placeholder_or_a_key_is_caught() {
    let english = vec![
        ("a.b".to_string(), "{n} of {total}".to_string()),
        ("a.c".to_string(), "Back".to_string()),
    ];
    let broken = vec![
        ("a.b".to_string(), "{n} von".to_string()),
        ("a.d".to_string(), "Extra".to_string()),
    ];
    assert_eq!(
        lang::differences(&english, &broken),
        [
            "a.b: placeholders [\"n\"], English has [\"n\", \"total\"]",
            "a.c: missing",
            "a.d: not in English"
        ]
    );
}

#[test]
fn a_plural_message_is_read_as_its_forms() {
    let read = language("[x]\nn = { one = \"{n} file\", other = \"{n} files\" }\n").unwrap();
    assert_eq!(
        read,
        [(
            "x.n".to_string(),
            format!("{{n}} file{}{{n}} files", lang::FORMS)
        )]
    );
    assert!(language("[x]\nn = 3\n").is_err(), "a message must be text");
    assert!(
        language("[x]\nn = { one = \"a\" }\n").is_err(),
        "a plural needs other"
    );
}

#[test]
fn a_translation_is_checked_at_its_fields_and_says_what_it_lacks() {
    use litmus_core::file::{read_translations, translate, Value};
    use litmus_core::parse::{json_value, parse_instrument};
    let path = format!(
        "{}/../instruments/manager-value.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let english = parse_instrument(&std::fs::read_to_string(path).unwrap()).unwrap();
    let translation = json_value(
        r#"{"title": "Die Frage", "items": {"talent": {"text": ""}, "nobody": {"text": "x"}}, "colour": "rot"}"#,
    )
    .unwrap();
    let t = translate(&english, &translation, "translations.de");
    let problems: Vec<_> = t.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "translations.de.items.talent.text: must not be empty",
            "translations.de.items.nobody.text: not a text of this questionnaire",
            "translations.de.colour: not a text of this questionnaire",
        ]
    );
    assert_eq!(t.instrument.title, "Die Frage");
    assert!(t.missing.contains(&"intro".to_string()));
    assert!(t.missing.contains(&"items.clarity.next_step".to_string()));
    assert!(!t.missing.contains(&"title".to_string()));

    let file =
        |translations: &str| json_value(&format!(r#"{{"translations": {translations}}}"#)).unwrap();
    let unknown = read_translations(&file(r#"{"xx": {}}"#), &english).unwrap_err();
    assert_eq!(
        unknown[0].to_string(),
        "translations.xx: not a language code Litmus has (de, fr, es)"
    );
    assert!(
        read_translations(&file(r#"{"en": {}}"#), &english).is_err(),
        "English is the file itself"
    );
    assert!(matches!(read_translations(&Value::Map(vec![]), &english), Ok(v) if v.is_empty()));
}

/// One of every rule a questionnaire file can break, with values.
fn every_rule() -> Vec<litmus_core::file::Rule> {
    use litmus_core::file::{Kind, Rule as R};
    let s = |t: &str| t.to_string();
    vec![
        R::UnknownField {
            key: s("colour"),
            known: s("id, title"),
        },
        R::MissingField { key: s("title") },
        R::Wrong {
            expected: Kind::WholeNumber { min: 1, max: 255 },
            found: Kind::Text,
        },
        R::Wrong {
            expected: Kind::Text,
            found: Kind::Nothing,
        },
        R::Wrong {
            expected: Kind::Flag,
            found: Kind::Number,
        },
        R::Wrong {
            expected: Kind::List,
            found: Kind::Group,
        },
        R::Wrong {
            expected: Kind::Object,
            found: Kind::List,
        },
        R::Wrong {
            expected: Kind::Languages,
            found: Kind::Flag,
        },
        R::Empty,
        R::TooLong { n: 412, max: 400 },
        R::Control,
        R::NotIdentifier { id: s("a b") },
        R::NotWholeNumber { min: 0, max: 100 },
        R::DuplicateTheme { id: s("trust") },
        R::DuplicatePart { id: s("B") },
        R::DuplicateItem { id: s("B1") },
        R::FileId,
        R::FileCode,
        R::FileAddress,
        R::Address,
        R::ScaleLabels { found: 4 },
        R::Colleagues,
        R::NoThemes,
        R::TooMany { n: 9, max: 8 },
        R::BandsRise,
        R::NoBands,
        R::NoParts,
        R::EmptyPart,
        R::UnknownTheme {
            theme: s("Trust"),
            known: s("trust, direction"),
        },
        R::TooManyItems { n: 41, max: 40 },
        R::Stem,
        R::TooManyRoles,
        R::NotAText,
        R::NotALanguage,
        R::FileTooLong {
            bytes: 70_000,
            max: 65_536,
        },
        R::NotJson {
            detail: s("Unexpected token"),
        },
        R::NotAFileName,
        R::NoDraft,
        R::Unreachable,
        R::Http { status: 404 },
        R::Unreadable,
        R::Syntax {
            detail: s("expected `=`"),
        },
    ]
}

/// The `[rules]` messages of a language, by key.
fn rules(code: &str) -> Vec<(String, String)> {
    read(code)
        .into_iter()
        .filter_map(|(k, m)| Some((k.strip_prefix("rules.")?.to_string(), m)))
        .collect()
}

/// The message of `key` among `rules` (failing the test when it lacks one).
fn message_of<'m>(rules: &'m [(String, String)], key: &str) -> &'m str {
    rules
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, m)| m.as_str())
        .unwrap_or_else(|| panic!("no rules.{key}"))
}

#[test]
fn every_rule_reads_in_english_as_the_core_words_it() {
    let english = rules("en");
    let message = |key: &str| message_of(&english, key);
    let all = every_rule();
    for rule in &all {
        assert_eq!(
            rule.worded(message, |n| n.to_string()),
            rule.to_string(),
            "{}",
            rule.key()
        );
    }
    // Every message of the table is some rule's or kind's.
    for (key, _) in &english {
        let used = all.iter().any(|r| r.key() == key)
            || all.iter().any(|r| {
                r.values()
                    .iter()
                    .any(|(_, a)| *a == litmus_core::file::Arg::Words(leak(key)))
            });
        assert!(used, "rules.{key} is no rule's");
    }
}

fn leak(key: &str) -> &'static str {
    Box::leak(key.to_string().into_boxed_str())
}

#[test]
fn a_rule_in_another_language_names_its_values_and_kinds_in_that_language() {
    use litmus_core::file::{Kind, Rule};
    let german = rules("de");
    let message = |key: &str| message_of(&german, key);
    let dotted = |n: usize| {
        let digits = n.to_string();
        let cut = digits.len().saturating_sub(3);
        if cut == 0 {
            digits
        } else {
            format!("{}.{}", &digits[..cut], &digits[cut..])
        }
    };
    let wrong = Rule::Wrong {
        expected: Kind::WholeNumber { min: 1, max: 255 },
        found: Kind::Text,
    };
    assert_eq!(
        wrong.worded(message, dotted),
        "erwartet: eine ganze Zahl von 1 bis 255, vorhanden: Text"
    );
    let long = Rule::FileTooLong {
        bytes: 70_000,
        max: 65_536,
    };
    assert_eq!(
        long.worded(message, dotted),
        "hat 70.000 Bytes; eine Fragebogen-Datei hat höchstens 65.536"
    );
    assert_eq!(Rule::Stem.worded(message, dotted), "muss {item} enthalten");
}

/// Every technical reason the core gives for a damaged code or save (the
/// detail in parentheses: `ShareError::Invalid`, `SaveError::Corrupt`), as
/// its sources write it.
fn reasons_in_the_sources() -> Vec<String> {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("core/src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        for opening in ["Invalid(", "corrupt("] {
            for (at, _) in text.match_indices(opening) {
                // The reason is the call's string literal outside any
                // nested call (`corrupt(text.lines().count(), "...")`).
                let mut depth = 0;
                let mut literal = None;
                let mut chars = text[at + opening.len()..].char_indices();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '(' => depth += 1,
                        ')' if depth == 0 => break,
                        ')' => depth -= 1,
                        '"' if depth == 0 => {
                            literal = Some(
                                chars
                                    .by_ref()
                                    .take_while(|(_, c)| *c != '"')
                                    .map(|(_, c)| c)
                                    .collect::<String>(),
                            );
                        }
                        _ => {}
                    }
                }
                found.extend(literal);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn every_reason_for_a_damaged_code_or_save_is_a_message_in_every_language() {
    let reasons = reasons_in_the_sources();
    assert!(
        reasons.len() > 40,
        "the scan found {} reasons",
        reasons.len()
    );
    let english: Vec<String> = read("en")
        .into_iter()
        .filter(|(k, _)| k.starts_with("damage."))
        .map(|(_, m)| m)
        .collect();
    for reason in &reasons {
        assert!(
            english.contains(reason),
            "lang/en.toml's [damage] lacks the core's \"{reason}\""
        );
    }
    for message in &english {
        assert!(
            reasons.contains(message),
            "[damage] \"{message}\" is no reason the core gives"
        );
    }
}
