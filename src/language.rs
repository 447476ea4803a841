//! The words on screen. Every string a person reads is a message of
//! `lang/en.toml` (English, compiled in by `build.rs`, one table per page),
//! looked up by its key: `t(check::WELCOME_START)`. A page in another
//! language (`index.de.html`, ...) runs the build with the `languages`
//! feature (`dist/translated/`), which installs the language's words (which
//! the page's loader fetched and handed it) once, at start, before the
//! first render; whatever they lack stays English.
//! The English page's build has no such code: it costs English readers
//! nothing.

#[cfg(feature = "languages")]
use std::cell::Cell;
use std::marker::PhantomData;

use litmus_core::lang::{self, Language};

/// One page's table of messages.
pub trait Words: 'static {
    /// Its place among the tables.
    const SLOT: usize;
    /// Its English messages, in key order.
    const ENGLISH: &'static [&'static str];
}

/// A message's key in table `W`.
#[derive(Debug)]
pub struct Key<W>(u16, PhantomData<W>);

impl<W> Clone for Key<W> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<W> Copy for Key<W> {}
impl<W> PartialEq for Key<W> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<W> Key<W> {
    const fn new(index: u16) -> Self {
        Key(index, PhantomData)
    }
}

include!(concat!(env!("OUT_DIR"), "/language.rs"));

#[cfg(feature = "languages")]
type Tables = [Option<&'static [&'static str]>; TABLES];

#[cfg(feature = "languages")]
thread_local! {
    static CURRENT: Cell<(Language, Tables)> = const { Cell::new((Language::En, [None; TABLES])) };
}

/// The page's language.
pub fn language() -> Language {
    #[cfg(feature = "languages")]
    return CURRENT.with(Cell::get).0;
    #[cfg(not(feature = "languages"))]
    Language::En
}

/// Makes `language` the page's, with its tables (each in English's key
/// order; a table of the wrong length is ignored, so it stays English).
/// Called once, before the first render; the messages live for the page's
/// life.
#[cfg(feature = "languages")]
pub fn install(language: Language, tables: Vec<Option<Vec<String>>>) {
    let mut installed: Tables = [None; TABLES];
    for (slot, table) in tables.into_iter().enumerate().take(TABLES) {
        installed[slot] = table.map(|t| {
            let list: Vec<&'static str> = t.into_iter().map(|s| &*String::leak(s)).collect();
            &*Vec::leak(list)
        });
    }
    CURRENT.with(|c| c.set((language, installed)));
}

/// Installs the language of the page, when it is not English: its code
/// from the page's `lang` attribute, its tables from the words the loader
/// handed the page (`#name` lines open a table, then one message per line,
/// plural forms separated by tabs; `#instrument.<id>` a questionnaire's
/// texts). Unknown tables and damaged text leave English.
#[cfg(feature = "languages")]
pub fn install_page_language() {
    let (code, text) = crate::platform::page_language();
    let (Some(language), Some(text)) = (Language::from_tag(&code), text) else {
        return;
    };
    let mut tables: Vec<Option<Vec<String>>> = vec![None; TABLES];
    let mut instruments: Vec<(String, Vec<String>)> = Vec::new();
    let mut current: Option<&mut Vec<String>> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix('#') {
            current = match name.strip_prefix("instrument.") {
                Some(id) => {
                    instruments.push((id.to_string(), Vec::new()));
                    instruments.last_mut().map(|(_, list)| list)
                }
                None => TABLE_NAMES
                    .iter()
                    .position(|n| *n == name)
                    .map(|slot| tables[slot].insert(Vec::new())),
            };
        } else if let Some(list) = current.as_mut() {
            list.push(line.replace('\t', &lang::FORMS.to_string()));
        }
    }
    install(language, tables);
    crate::instruments::translate(&instruments);
}

/// The message `key` in the page's language, as text for the page (a
/// `&str` child would be copied through `Display` at every use).
#[inline(never)]
pub fn t<W: Words>(key: Key<W>) -> yew::AttrValue {
    yew::AttrValue::Static(message(key))
}

/// The message `key` in the page's language.
#[inline(never)]
pub fn message<W: Words>(key: Key<W>) -> &'static str {
    let i = usize::from(key.0);
    #[cfg(feature = "languages")]
    if let Some(text) = CURRENT.with(Cell::get).1[W::SLOT]
        .filter(|table| table.len() == W::ENGLISH.len())
        .and_then(|table| table.get(i).copied())
    {
        return text;
    }
    W::ENGLISH[i]
}

/// The message `key` with its placeholders filled.
#[inline(never)]
pub fn tf<W: Words>(key: Key<W>, args: &[(&str, &str)]) -> String {
    lang::fill(message(key), args)
}

/// The plural message `key` for the count `n` (its `{n}` filled), in the
/// form the page's language uses for it.
#[inline(never)]
pub fn tn<W: Words>(key: Key<W>, n: usize, args: &[(&str, &str)]) -> String {
    let count = n.to_string();
    let mut all = vec![("n", count.as_str())];
    all.extend_from_slice(args);
    lang::fill(lang::pick(message(key), language(), n as u64), &all)
}

/// A date as the page's language writes it ("2 December 2026",
/// "2. Dezember 2026", "1er décembre 2026", "2 de diciembre de 2026").
pub fn date(day: litmus_core::date::Date) -> String {
    lang::date(
        day,
        message(check::FORMAT_DATE),
        message(check::FORMAT_MONTHS),
        message(check::FORMAT_DAY_ONE),
    )
}

/// The technical detail of a damaged code or save (`why`, the core's
/// words) in the page's language: found among the `[damage]` table's
/// English messages, which are the core's words (a test keeps every
/// reason the core gives there); the core's own where not found.
#[cfg(feature = "languages")]
pub fn damage(why: &'static str) -> &'static str {
    <Damage as Words>::ENGLISH
        .iter()
        .position(|m| *m == why)
        .map_or(why, |i| message(Key::<Damage>::new(i as u16)))
}

/// The rule a questionnaire file breaks: the core's words on the English
/// page (its build carries no copy of them), the `[rules]` table's on a
/// page in another language.
#[cfg(not(feature = "languages"))]
pub fn rule_words(rule: &litmus_core::file::Rule) -> String {
    rule.to_string()
}

/// The rule a questionnaire file breaks, in the page's language.
#[cfg(feature = "languages")]
pub fn rule_words(rule: &litmus_core::file::Rule) -> String {
    rule.worded(
        |key| {
            RULES_KEYS
                .iter()
                .position(|k| *k == key)
                .map_or("", |i| message(Key::<Rules>::new(i as u16)))
        },
        |n| n.to_string(),
    )
}

/// Why a share code could not be opened: the core's words on the English
/// page (its build carries no copy of them), the page's language's on a
/// page in another.
#[cfg(not(feature = "languages"))]
pub fn share_reason(e: &litmus_core::share::ShareError) -> String {
    e.to_string()
}

/// Why a share code could not be opened, in the page's language.
#[cfg(feature = "languages")]
pub fn share_reason(e: &litmus_core::share::ShareError) -> String {
    use self::why as k;
    use litmus_core::share::ShareError as E;
    let n = |n: &u8| n.to_string();
    match e {
        E::Empty => message(k::EMPTY).into(),
        E::TooLong => message(k::TOO_LONG).into(),
        E::NotACode => message(k::NOT_A_CODE).into(),
        E::Truncated => message(k::TRUNCATED).into(),
        E::Checksum => message(k::CHECKSUM).into(),
        E::FutureFormat(v) => tf(k::FUTURE_FORMAT, &[("version", &n(v))]),
        E::UnknownInstrument(c) => tf(k::UNKNOWN_INSTRUMENT, &[("code", &n(c))]),
        E::OtherVersion { id, version, have } => tf(
            k::OTHER_VERSION,
            &[("id", id), ("version", &n(version)), ("have", &n(have))],
        ),
        E::UnknownFile(id, version) => tf(k::UNKNOWN_FILE, &[("id", id), ("version", &n(version))]),
        E::ChangedFile(id) => tf(k::CHANGED_FILE, &[("id", id)]),
        E::Invalid(why) => tf(k::DAMAGED, &[("why", damage(why))]),
    }
}

#[cfg(all(test, feature = "languages"))]
mod tests {
    use super::rule_words;
    use litmus_core::file::{Kind, Rule};

    /// Each rule found by its key in the page's `[rules]` table reads, in
    /// English, as the core words it (every message is found: none is
    /// empty).
    #[test]
    fn the_rules_read_in_english_as_the_core_gives_them() {
        let rules = [
            Rule::Empty,
            Rule::Wrong {
                expected: Kind::WholeNumber { min: 0, max: 100 },
                found: Kind::Text,
            },
            Rule::FileTooLong {
                bytes: 70_000,
                max: 65_536,
            },
            Rule::UnknownTheme {
                theme: "Trust".into(),
                known: "trust, direction".into(),
            },
            Rule::Http { status: 404 },
            Rule::Syntax {
                detail: "expected `=`".into(),
            },
        ];
        for rule in rules {
            assert_eq!(rule_words(&rule), rule.to_string());
        }
    }
}
