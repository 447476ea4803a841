//! Languages: which one a reader gets, and the rules that turn a language
//! file's templates into the words on screen (placeholders, plurals,
//! decimals, dates).
//!
//! The words themselves live in the app's language files (`lang/*.toml`);
//! this module holds only rules, so every function takes the template or
//! the pattern it applies.

use crate::date::Date;

/// A language Litmus is written in. English is the fallback for anything a
/// language file lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English, the language the app is written in.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 4] = [Language::En, Language::De, Language::Fr, Language::Es];

    /// Its code, as in the address (`?lang=de`), the page's `lang`
    /// attribute and the language file's name.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
        }
    }

    /// Its own name for itself, as the language picker lists it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
        }
    }

    /// The language a tag names (`de`, `de-AT`, `FR_ca`), when Litmus has
    /// it; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The plural category of the count `n` in this language (CLDR's rules
    /// for integers).
    pub fn plural(self, n: u64) -> Plural {
        let millions = n != 0 && n % 1_000_000 == 0;
        match self {
            Language::En | Language::De if n == 1 => Plural::One,
            Language::En | Language::De => Plural::Other,
            Language::Fr if n <= 1 => Plural::One,
            Language::Es if n == 1 => Plural::One,
            Language::Fr | Language::Es if millions => Plural::Many,
            Language::Fr | Language::Es => Plural::Other,
        }
    }
}

/// A plural category (CLDR), which picks one of a message's forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// One (English "1 colleague"; French also 0).
    One,
    /// Round millions in French and Spanish ("1 000 000 de …").
    Many,
    /// Everything else.
    Other,
}

/// Separates the forms of a plural message in a language file's compiled
/// form: `one`, `other`, then `many` when the language has it.
pub const FORMS: char = '\u{1f}';

/// The form of a plural message for `n`: `forms` holds `one`, `other` and
/// optionally `many`, separated by [`FORMS`]; a missing form falls back to
/// `other`, and a message with one form is used for every count.
pub fn pick(forms: &str, language: Language, n: u64) -> &str {
    let mut all = forms.split(FORMS);
    let one = all.next().unwrap_or_default();
    let other = all.next().unwrap_or(one);
    let many = all.next().filter(|m| !m.is_empty()).unwrap_or(other);
    match language.plural(n) {
        Plural::One => one,
        Plural::Many => many,
        Plural::Other => other,
    }
}

/// Fills a template's placeholders (`{name}`) from `args`; a brace that
/// opens no known placeholder is left as written. (Split on braces rather
/// than sliced by index: no slicing that could panic, whose message code
/// would cost the pages kilobytes.)
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut parts = template.split('{');
    let mut out = String::with_capacity(template.len() + 16);
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let value = part
            .split_once('}')
            .and_then(|(name, rest)| Some((args.iter().find(|(k, _)| *k == name)?.1, rest)));
        match value {
            Some((value, rest)) => {
                out.push_str(value);
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(part);
            }
        }
    }
    out
}

/// The placeholders a template uses, in order of first use (for checking
/// that every language file's message takes the same ones).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for part in template.split('{').skip(1) {
        if let Some((name, _)) = part.split_once('}') {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

/// `tenths` / 10 with one decimal, written with the language's decimal
/// mark (`3.4`, `3,4`).
pub fn decimal(tenths: i64, mark: &str) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}{mark}{}", t / 10, t % 10)
}

/// A date written by a language's pattern: `{day}`, `{month}` (its name,
/// from `months`, twelve names separated by `|`) and `{year}`; `first` is
/// how the first day of a month is written (French `1er`).
pub fn date(date: Date, pattern: &str, months: &str, first: &str) -> String {
    let (year, month, day) = date.ymd();
    let name = months
        .split('|')
        .nth(usize::from(month) - 1)
        .unwrap_or_default();
    let day = if day == 1 {
        first.to_owned()
    } else {
        day.to_string()
    };
    fill(
        pattern,
        &[("day", &day), ("month", name), ("year", &year.to_string())],
    )
}

/// What a translation gets wrong against English, one line per problem: a
/// message missing or not in English, or one that takes other placeholders
/// or other plural forms. Both lists are (key, text) pairs as a language
/// file is read.
pub fn differences(english: &[(String, String)], other: &[(String, String)]) -> Vec<String> {
    let find = |list: &'_ [(String, String)], key: &str| {
        list.iter().find(|(k, _)| k == key).map(|(_, t)| t.clone())
    };
    let mut found = Vec::new();
    for (key, text) in english {
        let Some(theirs) = find(other, key) else {
            found.push(format!("{key}: missing"));
            continue;
        };
        let mut ours = placeholders(text);
        let mut translated = placeholders(&theirs);
        ours.sort_unstable();
        translated.sort_unstable();
        if ours != translated {
            found.push(format!(
                "{key}: placeholders {translated:?}, English has {ours:?}"
            ));
        }
        if text.contains(FORMS) != theirs.contains(FORMS) {
            found.push(format!("{key}: plural in one language and not the other"));
        }
        if theirs.trim().is_empty() {
            found.push(format!("{key}: empty"));
        }
    }
    for (key, _) in other {
        if find(english, key).is_none() {
            found.push(format!("{key}: not in English"));
        }
    }
    found
}
