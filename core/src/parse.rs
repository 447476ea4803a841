//! Parsing and validating instrument files (feature `parse`).
//!
//! Used by the app's build script, which turns each file in `instruments/`
//! into a `static` [`Instrument`] with [`rust_source`], and by tests. The app
//! itself never parses at run time.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;

use crate::instrument::{Band, Instrument, Item, Litmus, Part, Role, Theme};

/// Why an instrument file was rejected: the field and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstrumentError {
    /// The path of the offending field, e.g. `parts[1].items[3].theme`.
    pub field: String,
    /// What is wrong with it.
    pub problem: String,
}

impl fmt::Display for InstrumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl std::error::Error for InstrumentError {}

fn err(field: impl Into<String>, problem: impl Into<String>) -> InstrumentError {
    InstrumentError {
        field: field.into(),
        problem: problem.into(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    id: String,
    version: u8,
    code: u8,
    title: String,
    #[serde(default)]
    address: Option<String>,
    intro: String,
    index_name: String,
    scale: Vec<String>,
    prefer_not: String,
    litmus: Option<RawLitmus>,
    themes: Vec<RawTheme>,
    bands: Vec<RawBand>,
    parts: Vec<RawPart>,
    #[serde(default)]
    roles: Vec<RawRole>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    id: String,
    title: String,
    stem: String,
    #[serde(default)]
    single: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLitmus {
    question: String,
    hint: String,
    min_colleagues: u8,
    max_colleagues: u8,
    label_max: u8,
    title: String,
    next_step: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    id: String,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    id: String,
    min: u8,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    id: String,
    title: String,
    optional: bool,
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    title: String,
    text: String,
    theme: String,
    reverse: bool,
    next_step: String,
}

fn text(field: &str, value: String) -> Result<Cow<'static, str>, InstrumentError> {
    if value.trim().is_empty() {
        return Err(err(field, "must not be empty"));
    }
    Ok(Cow::Owned(value))
}

/// The longest short title of a statement, in characters: it is shown
/// beside a score, on one line on a phone.
pub const TITLE_MAX: usize = 40;

fn short_title(field: &str, value: String) -> Result<Cow<'static, str>, InstrumentError> {
    let n = value.chars().count();
    if n > TITLE_MAX {
        return Err(err(
            field,
            format!("is {n} characters; a short title has at most {TITLE_MAX}"),
        ));
    }
    text(field, value)
}

fn identifier(field: &str, value: String) -> Result<Cow<'static, str>, InstrumentError> {
    let ok = !value.is_empty()
        && value.len() <= 32
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        return Err(err(
            field,
            format!("\"{value}\" is not an identifier (1-32 of A-Z, a-z, 0-9, - and _)"),
        ));
    }
    Ok(Cow::Owned(value))
}

/// Parses and validates an instrument file.
///
/// Errors name the field and the problem, for example
/// `parts[0].items[2].theme: unknown theme "trusst" (known: trust, alignment)`.
pub fn parse_instrument(source: &str) -> Result<Instrument, InstrumentError> {
    let raw: RawInstrument = toml::from_str(source).map_err(|e| {
        // serde names the field in the message ("missing field `id`"); the
        // span points at the offending key or value, so show its line too.
        let field = match e.span() {
            Some(span) => {
                let start = span.start.min(source.len());
                let line_no = source[..start].matches('\n').count() + 1;
                let line = source.lines().nth(line_no - 1).unwrap_or("").trim();
                format!("line {line_no} `{line}`")
            }
            None => "file".to_string(),
        };
        err(field, e.message().to_string())
    })?;
    validate(raw)
}

fn validate(raw: RawInstrument) -> Result<Instrument, InstrumentError> {
    let id = identifier("id", raw.id)?;
    if raw.version == 0 {
        return Err(err("version", "must be 1 or more"));
    }
    if raw.code == 0 {
        return Err(err("code", "must be 1 or more"));
    }
    if raw.scale.len() != 5 {
        return Err(err(
            "scale",
            format!("needs exactly 5 labels, found {}", raw.scale.len()),
        ));
    }
    let scale = raw
        .scale
        .into_iter()
        .enumerate()
        .map(|(i, s)| text(&format!("scale[{i}]"), s))
        .collect::<Result<Vec<_>, _>>()?;

    let litmus = match raw.litmus {
        None => None,
        Some(l) => {
            if l.min_colleagues == 0 || l.min_colleagues > l.max_colleagues {
                return Err(err(
                    "litmus.min_colleagues",
                    "must be at least 1 and at most litmus.max_colleagues",
                ));
            }
            if l.label_max == 0 {
                return Err(err("litmus.label_max", "must be at least 1"));
            }
            Some(Litmus {
                question: text("litmus.question", l.question)?,
                hint: text("litmus.hint", l.hint)?,
                min_colleagues: l.min_colleagues,
                max_colleagues: l.max_colleagues,
                label_max: l.label_max,
                title: short_title("litmus.title", l.title)?,
                next_step: text("litmus.next_step", l.next_step)?,
            })
        }
    };

    let mut themes = Vec::new();
    for (i, t) in raw.themes.into_iter().enumerate() {
        let field = format!("themes[{i}]");
        let tid = identifier(&format!("{field}.id"), t.id)?;
        if themes.iter().any(|x: &Theme| x.id == tid) {
            return Err(err(
                format!("{field}.id"),
                format!("duplicate theme \"{tid}\""),
            ));
        }
        themes.push(Theme {
            id: tid,
            title: text(&format!("{field}.title"), t.title)?,
        });
    }
    if themes.is_empty() || themes.len() > usize::from(u8::MAX) {
        return Err(err("themes", "needs at least one theme"));
    }

    let mut bands = Vec::new();
    for (i, b) in raw.bands.into_iter().enumerate() {
        let field = format!("bands[{i}]");
        let expected_first = i == 0 && b.min != 0;
        let not_rising = bands.last().is_some_and(|p: &Band| p.min >= b.min);
        if expected_first || not_rising || b.min > 100 {
            return Err(err(
                format!("{field}.min"),
                "bands must start at 0 and rise strictly, up to 100",
            ));
        }
        bands.push(Band {
            id: identifier(&format!("{field}.id"), b.id)?,
            min: b.min,
            summary: text(&format!("{field}.summary"), b.summary)?,
        });
    }
    if bands.is_empty() {
        return Err(err("bands", "needs at least one band"));
    }

    let mut parts = Vec::new();
    let mut seen_items: Vec<String> = Vec::new();
    for (p, part) in raw.parts.into_iter().enumerate() {
        let field = format!("parts[{p}]");
        let pid = identifier(&format!("{field}.id"), part.id)?;
        if parts.iter().any(|x: &Part| x.id == pid) {
            return Err(err(
                format!("{field}.id"),
                format!("duplicate part \"{pid}\""),
            ));
        }
        if part.items.is_empty() {
            return Err(err(
                format!("{field}.items"),
                "a part needs at least one item",
            ));
        }
        let mut items = Vec::new();
        for (i, item) in part.items.into_iter().enumerate() {
            let field = format!("{field}.items[{i}]");
            let iid = identifier(&format!("{field}.id"), item.id)?;
            if seen_items.iter().any(|s| *s == *iid) {
                return Err(err(
                    format!("{field}.id"),
                    format!("duplicate item \"{iid}\""),
                ));
            }
            seen_items.push(iid.to_string());
            let theme = themes
                .iter()
                .position(|t| *t.id == *item.theme)
                .ok_or_else(|| {
                    let known: Vec<&str> = themes.iter().map(|t| &*t.id).collect();
                    err(
                        format!("{field}.theme"),
                        format!(
                            "unknown theme \"{}\" (known: {})",
                            item.theme,
                            known.join(", ")
                        ),
                    )
                })?;
            items.push(Item {
                id: iid,
                title: short_title(&format!("{field}.title"), item.title)?,
                text: text(&format!("{field}.text"), item.text)?,
                // `themes.len()` fits in a u8, checked above.
                theme: theme as u8,
                reverse: item.reverse,
                next_step: text(&format!("{field}.next_step"), item.next_step)?,
            });
        }
        parts.push(Part {
            id: pid,
            title: text(&format!("{field}.title"), part.title)?,
            optional: part.optional,
            items: Cow::Owned(items),
        });
    }
    if parts.is_empty() {
        return Err(err("parts", "needs at least one part"));
    }
    if parts.len() > 4 {
        return Err(err("parts", "at most 4 parts fit a share code"));
    }
    let mut roles = Vec::new();
    for (i, r) in raw.roles.into_iter().enumerate() {
        let field = format!("roles[{i}]");
        if !r.stem.contains("{item}") {
            return Err(err(format!("{field}.stem"), "must contain {item}"));
        }
        roles.push(Role {
            id: identifier(&format!("{field}.id"), r.id)?,
            title: text(&format!("{field}.title"), r.title)?,
            stem: text(&format!("{field}.stem"), r.stem)?,
            single: r.single,
        });
    }
    if roles.len() > 7 {
        return Err(err("roles", "at most 7 roles fit a share code"));
    }

    if let Some(a) = &raw.address {
        let reserved = ["combine", "r", "t"];
        if a.is_empty()
            || a.len() > 20
            || !a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || reserved.contains(&a.as_str())
        {
            return Err(err(
                "address",
                "1 to 20 lowercase letters or dashes, and not combine, r or t",
            ));
        }
    }

    Ok(Instrument {
        id,
        address: raw.address.map(Cow::Owned),
        version: raw.version,
        code: raw.code,
        title: text("title", raw.title)?,
        intro: text("intro", raw.intro)?,
        index_name: text("index_name", raw.index_name)?,
        scale: Cow::Owned(scale),
        prefer_not: text("prefer_not", raw.prefer_not)?,
        litmus,
        themes: Cow::Owned(themes),
        parts: Cow::Owned(parts),
        bands: Cow::Owned(bands),
        roles: Cow::Owned(roles),
    })
}

/// Rust source for a `static` holding `instrument`, named `name`.
///
/// The output is an expression of the types in [`crate::instrument`] built
/// only from borrowed data, so it compiles to read-only data.
pub fn rust_source(name: &str, instrument: &Instrument) -> String {
    fn s(t: &str) -> String {
        format!("::std::borrow::Cow::Borrowed({t:?})")
    }
    fn list(items: Vec<String>) -> String {
        format!("::std::borrow::Cow::Borrowed(&[{}])", items.join(", "))
    }
    let p = "::litmus_core::instrument";
    let litmus = match &instrument.litmus {
        None => "None".to_string(),
        Some(l) => format!(
            "Some({p}::Litmus {{ question: {}, hint: {}, min_colleagues: {}, max_colleagues: {}, label_max: {}, title: {}, next_step: {} }})",
            s(&l.question),
            s(&l.hint),
            l.min_colleagues,
            l.max_colleagues,
            l.label_max,
            s(&l.title),
            s(&l.next_step)
        ),
    };
    let themes = instrument
        .themes
        .iter()
        .map(|t| format!("{p}::Theme {{ id: {}, title: {} }}", s(&t.id), s(&t.title)))
        .collect();
    let bands = instrument
        .bands
        .iter()
        .map(|b| {
            format!(
                "{p}::Band {{ id: {}, min: {}, summary: {} }}",
                s(&b.id),
                b.min,
                s(&b.summary)
            )
        })
        .collect();
    let parts = instrument
        .parts
        .iter()
        .map(|part| {
            let items = part
                .items
                .iter()
                .map(|i| {
                    format!(
                        "{p}::Item {{ id: {}, title: {}, text: {}, theme: {}, reverse: {}, next_step: {} }}",
                        s(&i.id),
                        s(&i.title),
                        s(&i.text),
                        i.theme,
                        i.reverse,
                        s(&i.next_step)
                    )
                })
                .collect();
            format!(
                "{p}::Part {{ id: {}, title: {}, optional: {}, items: {} }}",
                s(&part.id),
                s(&part.title),
                part.optional,
                list(items)
            )
        })
        .collect();
    let roles = instrument
        .roles
        .iter()
        .map(|r| {
            format!(
                "{p}::Role {{ id: {}, title: {}, stem: {}, single: {} }}",
                s(&r.id),
                s(&r.title),
                s(&r.stem),
                r.single
            )
        })
        .collect();
    format!(
        "/// The `{id}` instrument, version {v}, generated from its file.\npub static {name}: {p}::Instrument = {p}::Instrument {{ id: {}, version: {v}, code: {code}, title: {}, address: {}, intro: {}, index_name: {}, scale: {}, prefer_not: {}, litmus: {litmus}, themes: {}, parts: {}, bands: {}, roles: {} }};\n",
        s(&instrument.id),
        s(&instrument.title),
        instrument
            .address
            .as_ref()
            .map_or_else(|| "None".to_string(), |a| format!("Some({})", s(a))),
        s(&instrument.intro),
        s(&instrument.index_name),
        list(instrument.scale.iter().map(|t| s(t)).collect()),
        s(&instrument.prefer_not),
        list(themes),
        list(parts),
        list(bands),
        list(roles),
        id = instrument.id,
        v = instrument.version,
        code = instrument.code,
    )
}
