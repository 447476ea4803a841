//! Instrument files: the one reader and validator of what an instrument
//! says, whatever it was written in.
//!
//! A file is first read into a [`Value`] tree by whatever parser the caller
//! has: the build script reads the TOML files of `instruments/` with the
//! `toml` crate (feature `parse`), the pages read a consultant's JSON file
//! with the browser's own `JSON.parse`, and tests use `serde_json`. Then
//! [`read_instrument`] checks every rule and returns the instrument, or
//! every problem it found, each naming its field (`parts[0].items[2].theme`)
//! and the rule. The build, the widget and the embed builder's preview all
//! report through this one function, so a file is judged the same way
//! everywhere.
//!
//! The rules, beyond each field's type: identifiers are 1-32 of A-Z, a-z,
//! 0-9, `-` and `_`, unique among their kind; texts are not empty and at
//! most their field's length ([`limit`]); exactly five scale labels; bands
//! start at 0 and rise strictly up to 100; every item names a known theme;
//! every part has items; at most [`MAX_ITEMS`] items, [`MAX_PARTS`] parts,
//! [`MAX_THEMES`] themes; and a file is at most [`MAX_FILE_BYTES`] long.

use std::borrow::Cow;
use std::fmt;

use crate::instrument::{Band, Instrument, Item, Litmus, Part, Role, Text, Theme};
use crate::lang::Language;

/// A parsed file, before its meaning is checked: JSON's data model, which
/// TOML's fits into.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null` (or a TOML value JSON has no word for).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// An array.
    List(Vec<Value>),
    /// An object (a TOML table), its keys in file order.
    Map(Vec<(String, Value)>),
}

impl Value {
    fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Nothing,
            Value::Bool(_) => Kind::Flag,
            Value::Number(_) => Kind::Number,
            Value::Text(_) => Kind::Text,
            Value::List(_) => Kind::List,
            Value::Map(_) => Kind::Group,
        }
    }
}

/// One thing wrong with an instrument file: the field and the rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The path of the offending field, e.g. `parts[1].items[3].theme`
    /// (`file` for the file as a whole).
    pub field: String,
    /// The rule it breaks, as a person can act on it.
    pub rule: Rule,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.rule)
    }
}

/// What kind of value a field holds, or should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `null`.
    Nothing,
    /// `true` or `false`.
    Flag,
    /// A number.
    Number,
    /// A whole number in a range.
    WholeNumber {
        /// The least allowed.
        min: u8,
        /// The most allowed.
        max: u8,
    },
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Group,
    /// The file as a whole: a JSON object.
    Object,
    /// A file's `translations`: languages, each a group of texts.
    Languages,
}

impl Kind {
    /// Its message's key in `lang/*.toml`'s `[rules]`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Nothing => "kind_nothing",
            Kind::Flag => "kind_flag",
            Kind::Number => "kind_number",
            Kind::WholeNumber { .. } => "kind_whole_number",
            Kind::Text => "kind_text",
            Kind::List => "kind_list",
            Kind::Group => "kind_group",
            Kind::Object => "kind_object",
            Kind::Languages => "kind_languages",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::Nothing => f.write_str("nothing"),
            Kind::Flag => f.write_str("true or false"),
            Kind::Number => f.write_str("a number"),
            Kind::WholeNumber { min, max } => write!(f, "a whole number from {min} to {max}"),
            Kind::Text => f.write_str("text"),
            Kind::List => f.write_str("a list"),
            Kind::Group => f.write_str("a group of fields"),
            Kind::Object => f.write_str("a group of fields (a JSON object)"),
            Kind::Languages => f.write_str("a group of languages"),
        }
    }
}

/// A rule an instrument file (or the loading of one) breaks. `Display`
/// words it in English; a page in another language words it by its
/// [`key`](Rule::key) in `lang/*.toml`'s `[rules]` table, filled with its
/// [`values`](Rule::values) (a test keeps the two English wordings equal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A field the format does not have (`known`: the ones it has there).
    UnknownField {
        /// The field's name.
        key: String,
        /// The fields allowed there, comma-separated.
        known: String,
    },
    /// A field that must be there.
    MissingField {
        /// The field's name.
        key: String,
    },
    /// A value of the wrong kind.
    Wrong {
        /// What the field holds.
        expected: Kind,
        /// What the file gives.
        found: Kind,
    },
    /// A blank text.
    Empty,
    /// A text over its field's limit.
    TooLong {
        /// Its length, in characters.
        n: usize,
        /// The field's limit.
        max: usize,
    },
    /// A text with control characters other than line breaks.
    Control,
    /// Not 1-32 of A-Z, a-z, 0-9, `-` and `_`.
    NotIdentifier {
        /// The id as given.
        id: String,
    },
    /// A number out of its range or not whole.
    NotWholeNumber {
        /// The least allowed.
        min: u8,
        /// The most allowed.
        max: u8,
    },
    /// A theme id used twice.
    DuplicateTheme {
        /// The id.
        id: String,
    },
    /// A part id used twice.
    DuplicatePart {
        /// The id.
        id: String,
    },
    /// An item id used twice.
    DuplicateItem {
        /// The id.
        id: String,
    },
    /// A file's id is not a file name.
    FileId,
    /// A file's questionnaire has a share code number.
    FileCode,
    /// A file's questionnaire has an address.
    FileAddress,
    /// A built-in instrument's address is not one.
    Address,
    /// The scale has other than five labels.
    ScaleLabels {
        /// How many it has.
        found: usize,
    },
    /// The litmus part's fewest colleagues exceed its most.
    Colleagues,
    /// No theme.
    NoThemes,
    /// More themes or parts than allowed.
    TooMany {
        /// How many there are.
        n: usize,
        /// The most allowed.
        max: usize,
    },
    /// Bands not starting at 0 or not rising.
    BandsRise,
    /// No band.
    NoBands,
    /// No part.
    NoParts,
    /// A part without items.
    EmptyPart,
    /// An item's theme is not one of the themes.
    UnknownTheme {
        /// The theme as given.
        theme: String,
        /// The themes' ids, comma-separated.
        known: String,
    },
    /// More statements than allowed.
    TooManyItems {
        /// How many there are.
        n: usize,
        /// The most allowed.
        max: usize,
    },
    /// A role's stem without `{item}`.
    Stem,
    /// More roles than a share code holds.
    TooManyRoles,
    /// A translation names a text the questionnaire does not have.
    NotAText,
    /// A translation's language is not one Litmus has.
    NotALanguage,
    /// The file is longer than [`MAX_FILE_BYTES`].
    FileTooLong {
        /// Its length.
        bytes: usize,
        /// [`MAX_FILE_BYTES`].
        max: usize,
    },
    /// The file is not JSON (`detail`: the parser's words).
    NotJson {
        /// The parser's words.
        detail: String,
    },
    /// An address names something other than a file beside the page.
    NotAFileName,
    /// The builder's draft was asked for and this browser holds none.
    NoDraft,
    /// The file could not be fetched.
    Unreachable,
    /// The server answered with an error.
    Http {
        /// Its HTTP status.
        status: u16,
    },
    /// The file's bytes could not be read.
    Unreadable,
    /// A syntax error of a build-time file (TOML), in the parser's words.
    Syntax {
        /// The parser's words.
        detail: String,
    },
}

/// A value a rule's message names: data, a count, or another message of
/// `[rules]` (a [`Kind`]'s, filled with the same values).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Data as the file gives it (an id, a field's name).
    Text(String),
    /// A number, written as the page's language writes numbers.
    Number(usize),
    /// The message of this key.
    Words(&'static str),
}

impl Rule {
    /// Its message's key in `lang/*.toml`'s `[rules]` table.
    pub fn key(&self) -> &'static str {
        match self {
            Rule::UnknownField { .. } => "unknown_field",
            Rule::MissingField { .. } => "missing_field",
            Rule::Wrong { .. } => "wrong",
            Rule::Empty => "empty",
            Rule::TooLong { .. } => "too_long",
            Rule::Control => "control",
            Rule::NotIdentifier { .. } => "not_identifier",
            Rule::NotWholeNumber { .. } => "not_whole_number",
            Rule::DuplicateTheme { .. } => "duplicate_theme",
            Rule::DuplicatePart { .. } => "duplicate_part",
            Rule::DuplicateItem { .. } => "duplicate_item",
            Rule::FileId => "file_id",
            Rule::FileCode => "file_code",
            Rule::FileAddress => "file_address",
            Rule::Address => "address",
            Rule::ScaleLabels { .. } => "scale_labels",
            Rule::Colleagues => "colleagues",
            Rule::NoThemes => "no_themes",
            Rule::TooMany { .. } => "too_many",
            Rule::BandsRise => "bands_rise",
            Rule::NoBands => "no_bands",
            Rule::NoParts => "no_parts",
            Rule::EmptyPart => "empty_part",
            Rule::UnknownTheme { .. } => "unknown_theme",
            Rule::TooManyItems { .. } => "too_many_items",
            Rule::Stem => "stem",
            Rule::TooManyRoles => "too_many_roles",
            Rule::NotAText => "not_a_text",
            Rule::NotALanguage => "not_a_language",
            Rule::FileTooLong { .. } => "file_too_long",
            Rule::NotJson { .. } => "not_json",
            Rule::NotAFileName => "not_a_file_name",
            Rule::NoDraft => "no_draft",
            Rule::Unreachable => "unreachable",
            Rule::Http { .. } => "http",
            Rule::Unreadable => "unreadable",
            Rule::Syntax { .. } => "syntax",
        }
    }

    /// The values its message's placeholders name.
    pub fn values(&self) -> Vec<(&'static str, Arg)> {
        let text = |s: &String| Arg::Text(s.clone());
        let range = |min: u8, max: u8| {
            [
                ("min", Arg::Number(min.into())),
                ("max", Arg::Number(max.into())),
            ]
        };
        match self {
            Rule::UnknownField { key, known } => vec![("key", text(key)), ("known", text(known))],
            Rule::MissingField { key } => vec![("key", text(key))],
            Rule::Wrong { expected, found } => {
                let mut v = vec![
                    ("expected", Arg::Words(expected.key())),
                    ("found", Arg::Words(found.key())),
                ];
                if let Kind::WholeNumber { min, max } = expected {
                    v.extend(range(*min, *max));
                }
                v
            }
            Rule::TooLong { n, max } | Rule::TooMany { n, max } | Rule::TooManyItems { n, max } => {
                vec![("n", Arg::Number(*n)), ("max", Arg::Number(*max))]
            }
            Rule::NotIdentifier { id }
            | Rule::DuplicateTheme { id }
            | Rule::DuplicatePart { id }
            | Rule::DuplicateItem { id } => vec![("id", text(id))],
            Rule::NotWholeNumber { min, max } => range(*min, *max).to_vec(),
            Rule::ScaleLabels { found } => vec![("n", Arg::Number(*found))],
            Rule::UnknownTheme { theme, known } => {
                vec![("theme", text(theme)), ("known", text(known))]
            }
            Rule::FileTooLong { bytes, max } => {
                vec![("bytes", Arg::Number(*bytes)), ("max", Arg::Number(*max))]
            }
            Rule::NotJson { detail } | Rule::Syntax { detail } => vec![("detail", text(detail))],
            Rule::Http { status } => vec![("status", Arg::Text(status.to_string()))],
            _ => Vec::new(),
        }
    }
}

impl Rule {
    /// The rule in other words: `message` gives the message of a `[rules]`
    /// key (a page's language), `number` writes a number as that language
    /// does. A [`Kind`] a message names is worded the same way, with the
    /// same values.
    pub fn worded<'w>(
        &self,
        message: impl Fn(&str) -> &'w str,
        number: impl Fn(usize) -> String,
    ) -> String {
        let values = self.values();
        let mut plain: Vec<(&str, String)> = Vec::new();
        for (name, arg) in &values {
            match arg {
                Arg::Text(text) => plain.push((name, text.clone())),
                Arg::Number(n) => plain.push((name, number(*n))),
                Arg::Words(_) => {}
            }
        }
        let mut all = plain.clone();
        for (name, arg) in &values {
            if let Arg::Words(key) = arg {
                all.push((name, crate::lang::fill(message(key), &borrowed(&plain))));
            }
        }
        crate::lang::fill(message(self.key()), &borrowed(&all))
    }
}

fn borrowed<'a>(values: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    values.iter().map(|(n, v)| (*n, v.as_str())).collect()
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::UnknownField { key, known } => {
                write!(f, "unknown field `{key}`, expected one of {known}")
            }
            Rule::MissingField { key } => write!(f, "missing field `{key}`"),
            Rule::Wrong { expected, found } => write!(f, "expected {expected}, found {found}"),
            Rule::Empty => f.write_str("must not be empty"),
            Rule::TooLong { n, max } => write!(f, "is {n} characters; at most {max}"),
            Rule::Control => f.write_str("must not contain control characters"),
            Rule::NotIdentifier { id } => write!(
                f,
                "\"{id}\" is not an identifier (1-32 of A-Z, a-z, 0-9, - and _)"
            ),
            Rule::NotWholeNumber { min, max } => {
                write!(f, "must be a whole number from {min} to {max}")
            }
            Rule::DuplicateTheme { id } => write!(f, "duplicate theme \"{id}\""),
            Rule::DuplicatePart { id } => write!(f, "duplicate part \"{id}\""),
            Rule::DuplicateItem { id } => write!(f, "duplicate item \"{id}\""),
            Rule::FileId => f.write_str(
                "a file's id is its file name too (acme-trust is acme-trust.json): 1-40 lower-case letters, digits and dashes",
            ),
            Rule::FileCode => f.write_str("a file's questionnaire has no code number; remove it"),
            Rule::FileAddress => f.write_str("a file's questionnaire has no address; remove it"),
            Rule::Address => {
                f.write_str("1 to 20 lowercase letters or dashes, and not combine, r or t")
            }
            Rule::ScaleLabels { found } => write!(f, "needs exactly 5 labels, found {found}"),
            Rule::Colleagues => {
                f.write_str("must be at least 1 and at most litmus.max_colleagues")
            }
            Rule::NoThemes => f.write_str("needs at least one theme"),
            Rule::TooMany { n, max } => write!(f, "has {n}; at most {max}"),
            Rule::BandsRise => f.write_str("bands must start at 0 and rise strictly, up to 100"),
            Rule::NoBands => f.write_str("needs at least one band"),
            Rule::NoParts => f.write_str("needs at least one part"),
            Rule::EmptyPart => f.write_str("a part needs at least one item"),
            Rule::UnknownTheme { theme, known } => {
                write!(f, "unknown theme \"{theme}\" (known: {known})")
            }
            Rule::TooManyItems { n, max } => write!(f, "has {n} statements; at most {max}"),
            Rule::Stem => f.write_str("must contain {item}"),
            Rule::TooManyRoles => f.write_str("at most 7 roles fit a share code"),
            Rule::NotAText => f.write_str("not a text of this questionnaire"),
            Rule::NotALanguage => f.write_str("not a language code Litmus has (de, fr, es)"),
            Rule::FileTooLong { bytes, max } => {
                write!(f, "is {bytes} bytes; an instrument file has at most {max}")
            }
            Rule::NotJson { detail } => write!(f, "is not JSON ({detail})"),
            Rule::NotAFileName => f.write_str(
                "is not the name of a file beside this page: only lower-case letters, digits and dashes (instrument=acme-trust loads acme-trust.json from this page's folder)",
            ),
            Rule::NoDraft => f.write_str(
                "holds no draft: open the embed builder in this browser and write one",
            ),
            Rule::Unreachable => f.write_str(
                "could not be loaded: the connection failed or the file is not on this site",
            ),
            Rule::Http { status } => write!(
                f,
                "could not be loaded (HTTP {status}): put it in the widget's folder, beside index.html"
            ),
            Rule::Unreadable => f.write_str("could not be read"),
            Rule::Syntax { detail } => f.write_str(detail),
        }
    }
}

/// The longest instrument file read, in bytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024;
/// The most statements over all parts.
pub const MAX_ITEMS: usize = 40;
/// The most parts. A result code carries which parts were on, so an
/// instrument compiled in with a code number has at most 4 (see
/// [`crate::share`]); a file's may have 6.
pub const MAX_PARTS: usize = 6;
/// The most themes.
pub const MAX_THEMES: usize = 8;
/// The longest short title, in characters: shown beside a score, on one
/// line on a phone.
pub const TITLE_MAX: usize = 40;

/// The longest text a field may hold, in characters, by the field's last
/// name: short names and labels 40 (a phone's line), titles 80, statements,
/// summaries and questions 300, guidance and next steps 400.
pub fn limit(key: &str) -> usize {
    match key {
        "title" => 80,
        "intro" | "hint" | "next_step" => 400,
        "text" | "summary" | "question" | "stem" => 300,
        _ => TITLE_MAX,
    }
}

/// Where the instrument comes from: the rules differ in two places.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the app from `instruments/`: it has a share code
    /// number (`code`), may have an `address`, and at most 4 parts.
    BuiltIn,
    /// A consultant's file loaded at run time: no `code` or `address` (its
    /// results carry its id and fingerprint instead), up to 6 parts.
    File,
}

/// The fields an instrument may have, in the order the file format lists
/// them.
const TOP: [&str; 15] = [
    "id",
    "version",
    "code",
    "title",
    "address",
    "intro",
    "index_name",
    "scale",
    "prefer_not",
    "litmus",
    "themes",
    "bands",
    "parts",
    "roles",
    "translations",
];

struct Reader {
    problems: Vec<Problem>,
}

fn path(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        [at, ".", key].concat()
    }
}

impl Reader {
    fn problem(&mut self, field: String, rule: Rule) {
        self.problems.push(Problem { field, rule });
    }

    /// Reports every key of `map` that is not one of `known`.
    fn known(&mut self, map: &Value, at: &str, known: &[&str]) {
        if let Value::Map(entries) = map {
            for (key, _) in entries {
                if !known.contains(&key.as_str()) {
                    self.problem(
                        path(at, key),
                        Rule::UnknownField {
                            key: key.clone(),
                            known: known.join(", "),
                        },
                    );
                }
            }
        }
    }

    fn field<'v>(&mut self, map: &'v Value, at: &str, key: &str) -> Option<&'v Value> {
        let found = map.get(key);
        if found.is_none() {
            self.problem(path(at, key), Rule::MissingField { key: key.into() });
        }
        found
    }

    fn wrong(&mut self, at: String, expected: Kind, found: &Value) {
        self.problem(
            at,
            Rule::Wrong {
                expected,
                found: found.kind(),
            },
        );
    }

    /// A text of at most `limit(key)` characters, not blank.
    fn text(&mut self, map: &Value, at: &str, key: &str) -> Text {
        let Some(v) = self.field(map, at, key) else {
            return Cow::Borrowed("");
        };
        self.text_value(v, path(at, key), limit(key))
    }

    fn text_value(&mut self, v: &Value, at: String, max: usize) -> Text {
        let Value::Text(s) = v else {
            self.wrong(at, Kind::Text, v);
            return Cow::Borrowed("");
        };
        let n = s.chars().count();
        if s.trim().is_empty() {
            self.problem(at, Rule::Empty);
        } else if n > max {
            self.problem(at, Rule::TooLong { n, max });
        } else if s.chars().any(|c| c.is_control() && c != '\n') {
            self.problem(at, Rule::Control);
        }
        Cow::Owned(s.clone())
    }

    /// An identifier: 1-32 of A-Z, a-z, 0-9, `-` and `_`.
    fn identifier(&mut self, map: &Value, at: &str, key: &str) -> Text {
        let Some(v) = self.field(map, at, key) else {
            return Cow::Borrowed("");
        };
        let at = path(at, key);
        let Value::Text(s) = v else {
            self.wrong(at, Kind::Text, v);
            return Cow::Borrowed("");
        };
        let ok = !s.is_empty()
            && s.len() <= 32
            && s.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
        if !ok {
            self.problem(at, Rule::NotIdentifier { id: s.clone() });
        }
        Cow::Owned(s.clone())
    }

    /// A whole number from `min` to `max` (`min` when it is not one).
    fn number(&mut self, map: &Value, at: &str, key: &str, min: u8, max: u8) -> u8 {
        let Some(v) = self.field(map, at, key) else {
            return min;
        };
        let at = path(at, key);
        match v {
            Value::Number(n)
                if n.fract() == 0.0 && *n >= f64::from(min) && *n <= f64::from(max) =>
            {
                *n as u8
            }
            Value::Number(_) => {
                self.problem(at, Rule::NotWholeNumber { min, max });
                min
            }
            other => {
                self.wrong(at, Kind::WholeNumber { min, max }, other);
                min
            }
        }
    }

    fn flag(&mut self, map: &Value, at: &str, key: &str, default: Option<bool>) -> bool {
        match (map.get(key), default) {
            (Some(Value::Bool(b)), _) => *b,
            (None, Some(d)) => d,
            (None, None) => {
                self.field(map, at, key);
                false
            }
            (Some(other), _) => {
                self.wrong(path(at, key), Kind::Flag, other);
                false
            }
        }
    }

    fn list<'v>(&mut self, map: &'v Value, at: &str, key: &str, required: bool) -> &'v [Value] {
        match map.get(key) {
            Some(Value::List(items)) => items,
            None if !required => &[],
            None => {
                self.field(map, at, key);
                &[]
            }
            Some(other) => {
                self.wrong(path(at, key), Kind::List, other);
                &[]
            }
        }
    }

    fn unique(&mut self, seen: &mut Vec<Text>, id: &Text, at: String, rule: fn(String) -> Rule) {
        if seen.iter().any(|s| s == id) && !id.is_empty() {
            self.problem(at, rule(id.to_string()));
        }
        seen.push(id.clone());
    }
}

/// Reads and checks an instrument from a parsed file.
///
/// Returns the instrument, or every problem found, in file order. A file's
/// instrument (`Origin::File`) gets share code number 0 and its
/// [`Instrument::fingerprint`]: its results carry its id and fingerprint.
pub fn read_instrument(root: &Value, origin: Origin) -> Result<Instrument, Vec<Problem>> {
    let mut r = Reader {
        problems: Vec::new(),
    };
    if !matches!(root, Value::Map(_)) {
        r.wrong("file".into(), Kind::Object, root);
        return Err(r.problems);
    }
    let file = origin == Origin::File;
    r.known(root, "", &TOP);
    let before = r.problems.len();
    let id = r.identifier(root, "", "id");
    if file && r.problems.len() == before && !is_file_name(&id) {
        r.problem("id".into(), Rule::FileId);
    }
    let version = r.number(root, "", "version", 1, 255);
    let code = if file {
        if root.get("code").is_some() {
            r.problem("code".into(), Rule::FileCode);
        }
        0
    } else {
        r.number(root, "", "code", 1, 255)
    };
    let address = match (root.get("address"), file) {
        (None, _) => None,
        (Some(_), true) => {
            r.problem("address".into(), Rule::FileAddress);
            None
        }
        (Some(Value::Text(a)), false) => {
            let reserved = ["combine", "r", "t"];
            if a.is_empty()
                || a.len() > 20
                || !a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                || reserved.contains(&a.as_str())
            {
                r.problem("address".into(), Rule::Address);
            }
            Some(Cow::Owned(a.clone()))
        }
        (Some(other), false) => {
            r.wrong("address".into(), Kind::Text, other);
            None
        }
    };
    let title = r.text(root, "", "title");
    let intro = r.text(root, "", "intro");
    let index_name = r.text(root, "", "index_name");
    let scale_values = r.list(root, "", "scale", true);
    if scale_values.len() != 5 && root.get("scale").is_some() {
        r.problem(
            "scale".into(),
            Rule::ScaleLabels {
                found: scale_values.len(),
            },
        );
    }
    let scale: Vec<Text> = scale_values
        .iter()
        .enumerate()
        .map(|(i, v)| r.text_value(v, format!("scale[{i}]"), TITLE_MAX))
        .collect();
    let prefer_not = r.text(root, "", "prefer_not");

    let litmus = match root.get("litmus") {
        None | Some(Value::Null) => None,
        Some(l) if !matches!(l, Value::Map(_)) => {
            r.wrong("litmus".into(), Kind::Group, l);
            None
        }
        Some(l) => {
            let at = "litmus";
            r.known(
                l,
                at,
                &[
                    "question",
                    "hint",
                    "min_colleagues",
                    "max_colleagues",
                    "label_max",
                    "title",
                    "next_step",
                ],
            );
            let min_colleagues = r.number(l, at, "min_colleagues", 1, 31);
            let max_colleagues = r.number(l, at, "max_colleagues", 1, 31);
            if min_colleagues > max_colleagues {
                r.problem("litmus.min_colleagues".into(), Rule::Colleagues);
            }
            let question = r.text(l, at, "question");
            let hint = r.text(l, at, "hint");
            let label_max = r.number(l, at, "label_max", 1, 200);
            let title = short(&mut r, l, at);
            let next_step = r.text(l, at, "next_step");
            Some(Litmus {
                question,
                hint,
                min_colleagues,
                max_colleagues,
                label_max,
                title,
                next_step,
            })
        }
    };

    let mut themes = Vec::new();
    let mut seen = Vec::new();
    for (i, t) in r.list(root, "", "themes", true).iter().enumerate() {
        let at = format!("themes[{i}]");
        r.known(t, &at, &["id", "title"]);
        let id = r.identifier(t, &at, "id");
        r.unique(&mut seen, &id, path(&at, "id"), |id| Rule::DuplicateTheme {
            id,
        });
        themes.push(Theme {
            id,
            title: short(&mut r, t, &at),
        });
    }
    if themes.is_empty() && root.get("themes").is_some() {
        r.problem("themes".into(), Rule::NoThemes);
    }
    if themes.len() > MAX_THEMES {
        r.problem(
            "themes".into(),
            Rule::TooMany {
                n: themes.len(),
                max: MAX_THEMES,
            },
        );
    }

    let mut bands: Vec<Band> = Vec::new();
    for (i, b) in r.list(root, "", "bands", true).iter().enumerate() {
        let at = format!("bands[{i}]");
        r.known(b, &at, &["id", "title", "min", "summary"]);
        let id = r.identifier(b, &at, "id");
        let min = r.number(b, &at, "min", 0, 100);
        let first_not_zero = i == 0 && min != 0;
        if first_not_zero || bands.last().is_some_and(|p| p.min >= min) {
            r.problem(path(&at, "min"), Rule::BandsRise);
        }
        let title = match b.get("title") {
            None => Cow::Owned(capitalised(&id)),
            Some(_) => short(&mut r, b, &at),
        };
        bands.push(Band {
            title,
            min,
            summary: r.text(b, &at, "summary"),
            id,
        });
    }
    if bands.is_empty() && root.get("bands").is_some() {
        r.problem("bands".into(), Rule::NoBands);
    }

    let mut parts = Vec::new();
    let mut part_ids = Vec::new();
    let mut item_ids = Vec::new();
    let mut count = 0;
    for (p, part) in r.list(root, "", "parts", true).iter().enumerate() {
        let at = format!("parts[{p}]");
        r.known(part, &at, &["id", "title", "optional", "on", "items"]);
        let id = r.identifier(part, &at, "id");
        r.unique(&mut part_ids, &id, path(&at, "id"), |id| {
            Rule::DuplicatePart { id }
        });
        let title = r.text(part, &at, "title");
        let optional = r.flag(part, &at, "optional", None);
        let on = r.flag(part, &at, "on", Some(true));
        let mut items = Vec::new();
        for (i, item) in r.list(part, &at, "items", true).iter().enumerate() {
            let at = format!("{at}.items[{i}]");
            r.known(
                item,
                &at,
                &["id", "title", "text", "theme", "reverse", "next_step"],
            );
            let id = r.identifier(item, &at, "id");
            r.unique(&mut item_ids, &id, path(&at, "id"), |id| {
                Rule::DuplicateItem { id }
            });
            let title = short(&mut r, item, &at);
            let text = r.text(item, &at, "text");
            let named = r.identifier(item, &at, "theme");
            let theme = match themes.iter().position(|t| t.id == named) {
                Some(t) => t as u8,
                None => {
                    if !named.is_empty() {
                        let known: Vec<&str> = themes.iter().map(|t| &*t.id).collect();
                        r.problem(
                            path(&at, "theme"),
                            Rule::UnknownTheme {
                                theme: named.to_string(),
                                known: known.join(", "),
                            },
                        );
                    }
                    0
                }
            };
            items.push(Item {
                id,
                title,
                text,
                theme,
                reverse: r.flag(item, &at, "reverse", None),
                next_step: r.text(item, &at, "next_step"),
            });
        }
        if items.is_empty() && part.get("items").is_some() {
            r.problem(path(&at, "items"), Rule::EmptyPart);
        }
        count += items.len();
        parts.push(Part {
            id,
            title,
            optional,
            on: on || !optional,
            items: Cow::Owned(items),
        });
    }
    let most_parts = if file { MAX_PARTS } else { 4 };
    if parts.is_empty() && root.get("parts").is_some() {
        r.problem("parts".into(), Rule::NoParts);
    } else if parts.len() > most_parts {
        r.problem(
            "parts".into(),
            Rule::TooMany {
                n: parts.len(),
                max: most_parts,
            },
        );
    }
    if count > MAX_ITEMS {
        r.problem(
            "parts".into(),
            Rule::TooManyItems {
                n: count,
                max: MAX_ITEMS,
            },
        );
    }

    let mut roles = Vec::new();
    for (i, role) in r.list(root, "", "roles", false).iter().enumerate() {
        let at = format!("roles[{i}]");
        r.known(role, &at, &["id", "title", "stem", "single"]);
        let stem = r.text(role, &at, "stem");
        if crate::instrument::find(&stem, "{item}").is_none() && !stem.is_empty() {
            r.problem(path(&at, "stem"), Rule::Stem);
        }
        roles.push(Role {
            id: r.identifier(role, &at, "id"),
            title: short(&mut r, role, &at),
            stem,
            single: r.flag(role, &at, "single", Some(false)),
        });
    }
    if roles.len() > 7 {
        r.problem("roles".into(), Rule::TooManyRoles);
    }

    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    let mut instrument = Instrument {
        id,
        version,
        code,
        fingerprint: 0,
        title,
        address,
        intro,
        index_name,
        scale: Cow::Owned(scale),
        prefer_not,
        litmus,
        themes: Cow::Owned(themes),
        parts: Cow::Owned(parts),
        bands: Cow::Owned(bands),
        roles: Cow::Owned(roles),
    };
    if file {
        instrument.fingerprint = instrument.content_hash();
    }
    // Translations change no number and no identity: they are checked
    // here, and read by `read_translations` where a page needs one.
    read_translations(root, &instrument)?;
    Ok(instrument)
}

/// A short title (`title`, at most [`TITLE_MAX`] characters).
fn short(r: &mut Reader, map: &Value, at: &str) -> Text {
    match r.field(map, at, "title") {
        Some(v) => r.text_value(v, path(at, "title"), TITLE_MAX),
        None => Cow::Borrowed(""),
    }
}

/// `text` with its first letter upper-case: a band's name when its file
/// gives only its id.
pub fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Whether `name` may name an instrument file beside the page
/// (`?instrument=NAME` loads `NAME.json` from the page's own folder): 1-40
/// lower-case letters, digits and dashes, not starting with a dash. Nothing
/// else, so an address can never reach another folder or origin.
pub fn is_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && !name.starts_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The problem of a file longer than [`MAX_FILE_BYTES`].
pub fn too_long(bytes: usize) -> Problem {
    Problem {
        field: "file".into(),
        rule: Rule::FileTooLong {
            bytes,
            max: MAX_FILE_BYTES,
        },
    }
}

/// The name of every text [`Instrument::texts_mut`] lists, in its order, as
/// a translation names it: `title`, `scale[0]`, `litmus.question`,
/// `themes.<id>`, `parts.<id>`, `items.<id>.text`, `bands.<id>.summary`,
/// `roles.<id>.stem`.
pub fn text_paths(instrument: &Instrument) -> Vec<String> {
    let mut out: Vec<String> = ["title", "intro", "index_name"].map(String::from).to_vec();
    out.extend((0..instrument.scale.len()).map(|i| format!("scale[{i}]")));
    out.push("prefer_not".into());
    if instrument.litmus.is_some() {
        out.extend(["question", "hint", "title", "next_step"].map(|k| format!("litmus.{k}")));
    }
    out.extend(instrument.themes.iter().map(|t| format!("themes.{}", t.id)));
    for part in instrument.parts.iter() {
        out.push(format!("parts.{}", part.id));
        for item in part.items.iter() {
            out.extend(["text", "title", "next_step"].map(|k| format!("items.{}.{k}", item.id)));
        }
    }
    for band in instrument.bands.iter() {
        out.extend(["title", "summary"].map(|k| format!("bands.{}.{k}", band.id)));
    }
    for role in instrument.roles.iter() {
        out.extend(["title", "stem"].map(|k| format!("roles.{}.{k}", role.id)));
    }
    out
}

/// An instrument in another language: its texts from `translation` (one
/// language's entry of a file's `translations`, named as [`text_paths`]
/// names them), its ids, numbers and identity unchanged, so its results are
/// the same results.
#[derive(Clone, Debug, PartialEq)]
pub struct Translated {
    /// The instrument with every text the translation gives.
    pub instrument: Instrument,
    /// The texts it lacks (left in the instrument's own language).
    pub missing: Vec<String>,
    /// What is wrong in it, each at its field under `at`.
    pub problems: Vec<Problem>,
}

/// Translates `english` by `translation`, reporting problems under `at`
/// (for example `translations.de`).
pub fn translate(english: &Instrument, translation: &Value, at: &str) -> Translated {
    let mut r = Reader {
        problems: Vec::new(),
    };
    let paths = text_paths(english);
    let mut instrument = english.clone();
    let mut missing = Vec::new();
    for (name, text) in paths.iter().zip(instrument.texts_mut()) {
        match lookup(translation, name) {
            Some(v) => {
                let key = name.rsplit(['.', '[']).next().unwrap_or(name);
                let key = if name.starts_with("themes.") || name.starts_with("parts.") {
                    "title"
                } else {
                    key
                };
                *text = r.text_value(v, path(at, name), limit(key));
            }
            None => missing.push(name.clone()),
        }
    }
    let mut leaves = Vec::new();
    leaf_paths(translation, "", &mut leaves);
    for leaf in leaves {
        if !paths.contains(&leaf) {
            r.problem(path(at, &leaf), Rule::NotAText);
        }
    }
    Translated {
        instrument,
        missing,
        problems: r.problems,
    }
}

fn lookup<'v>(root: &'v Value, name: &str) -> Option<&'v Value> {
    name.split('.')
        .try_fold(root, |v, segment| match segment.split_once('[') {
            Some((key, index)) => match v.get(key)? {
                Value::List(list) => list.get(index.trim_end_matches(']').parse::<usize>().ok()?),
                _ => None,
            },
            None => v.get(segment),
        })
}

fn leaf_paths(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Map(entries) => entries
            .iter()
            .for_each(|(k, v)| leaf_paths(v, &path(at, k), out)),
        Value::List(list) => list
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaf_paths(v, &format!("{at}[{i}]"), out)),
        _ => out.push(at.to_string()),
    }
}

/// Reads a file's `translations` (language code → translation): each
/// language Litmus has, translated, or the problems, with what each lacks.
pub fn read_translations(
    root: &Value,
    english: &Instrument,
) -> Result<Vec<(Language, Translated)>, Vec<Problem>> {
    let Some(all) = root.get("translations") else {
        return Ok(Vec::new());
    };
    let mut r = Reader {
        problems: Vec::new(),
    };
    let Value::Map(entries) = all else {
        r.wrong("translations".into(), Kind::Languages, all);
        return Err(r.problems);
    };
    let mut out = Vec::new();
    for (code, translation) in entries {
        let at = path("translations", code);
        match Language::from_tag(code).filter(|l| l.code() == code && *l != Language::En) {
            Some(language) => {
                let translated = translate(english, translation, &at);
                r.problems.extend(translated.problems.iter().cloned());
                out.push((language, translated));
            }
            None => r.problem(at, Rule::NotALanguage),
        }
    }
    if r.problems.is_empty() {
        Ok(out)
    } else {
        Err(r.problems)
    }
}
