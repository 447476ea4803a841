//! The language rules: language tags, plurals, placeholders, decimals and
//! dates, table-driven. (Which language a reader gets is decided by each
//! page's first inline script, before any paint: `e2e/tests/languages.test.js`.)

use litmus_core::date::Date;
use litmus_core::lang::{self, Language, Plural, FORMS};

#[test]
fn codes_round_trip_and_each_language_names_itself() {
    for l in Language::ALL {
        assert_eq!(Language::from_tag(l.code()), Some(l));
    }
    let tags: &[(&str, Option<Language>)] = &[
        ("de-AT", Some(Language::De)),
        ("FR_ca", Some(Language::Fr)),
        ("es-419", Some(Language::Es)),
        ("en-GB", Some(Language::En)),
        ("deu", None),
        ("", None),
        ("<b>", None),
    ];
    for (tag, want) in tags {
        assert_eq!(Language::from_tag(tag), *want, "{tag}");
    }
    let names: Vec<_> = Language::ALL.iter().map(|l| l.name()).collect();
    assert_eq!(names, ["English", "Deutsch", "Français", "Español"]);
}

#[test]
fn plurals_follow_each_languages_rule() {
    use Language::*;
    use Plural::*;
    let cases: &[(Language, u64, Plural)] = &[
        (En, 0, Other),
        (En, 1, One),
        (En, 2, Other),
        (En, 21, Other),
        (De, 0, Other),
        (De, 1, One),
        (De, 5, Other),
        (Fr, 0, One),
        (Fr, 1, One),
        (Fr, 2, Other),
        (Fr, 1_000_000, Many),
        (Fr, 1_000_001, Other),
        (Es, 0, Other),
        (Es, 1, One),
        (Es, 2, Other),
        (Es, 2_000_000, Many),
    ];
    for &(language, n, want) in cases {
        assert_eq!(language.plural(n), want, "{language:?} {n}");
    }
}

#[test]
fn a_plural_message_picks_its_form_and_falls_back_to_other() {
    let two = format!("{{n}} colleague{FORMS}{{n}} colleagues");
    assert_eq!(lang::pick(&two, Language::En, 1), "{n} colleague");
    assert_eq!(lang::pick(&two, Language::En, 0), "{n} colleagues");
    assert_eq!(
        lang::pick(&two, Language::Fr, 0),
        "{n} colleague",
        "French 0 is singular"
    );
    assert_eq!(
        lang::pick(&two, Language::Es, 1_000_000),
        "{n} colleagues",
        "no many form: other"
    );
    let three = format!("un{FORMS}des{FORMS}de");
    assert_eq!(lang::pick(&three, Language::Fr, 3_000_000), "de");
    assert_eq!(
        lang::pick("only one form", Language::De, 7),
        "only one form"
    );
}

#[test]
fn placeholders_are_filled_and_the_rest_left_as_written() {
    /// A template, its values, and what it reads filled.
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        ("{n} of {total}", &[("n", "3"), ("total", "7")], "3 of 7"),
        ("Trust Index {index}", &[("index", "71")], "Trust Index 71"),
        ("unknown {name} stays", &[], "unknown {name} stays"),
        (
            "a {{brace}} of no placeholder",
            &[],
            "a {{brace}} of no placeholder",
        ),
        ("unclosed {n", &[("n", "1")], "unclosed {n"),
        ("twice {n} and {n}", &[("n", "2")], "twice 2 and 2"),
        ("Ä {x} é", &[("x", "ß")], "Ä ß é"),
    ];
    for (template, args, want) in cases {
        assert_eq!(lang::fill(template, args), *want, "{template}");
    }
    assert_eq!(lang::placeholders("{n} of {total}, {n}"), ["n", "total"]);
    assert_eq!(lang::placeholders("x {{y}} {z"), ["y"]);
}

#[test]
fn decimals_and_dates_follow_the_language_files_patterns() {
    assert_eq!(lang::decimal(34, "."), "3.4");
    assert_eq!(lang::decimal(34, ","), "3,4");
    assert_eq!(lang::decimal(-5, ","), "-0,5");
    assert_eq!(lang::decimal(40, "."), "4.0");
    let months =
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    let d = |y, m, day| Date::new(y, m, day).unwrap();
    assert_eq!(
        lang::date(d(2026, 12, 2), "{day} {month} {year}", months, "1er"),
        "2 décembre 2026"
    );
    assert_eq!(
        lang::date(d(2026, 12, 1), "{day} {month} {year}", months, "1er"),
        "1er décembre 2026"
    );
    assert_eq!(
        lang::date(
            d(2027, 3, 9),
            "{day}. {month} {year}",
            "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
            "1"
        ),
        "9. März 2027"
    );
    assert_eq!(
        lang::date(d(2027, 3, 9), "{month} {day}, {year}", "", "1"),
        " 9, 2027",
        "missing month names leave the rest"
    );
}
