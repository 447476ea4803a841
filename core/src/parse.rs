//! Parsing and validating instrument files (feature `parse`).
//!
//! Used by the app's build script, which turns each file in `instruments/`
//! into a `static` [`Instrument`] with [`rust_source`], and by tests. The app
//! itself never parses at run time.

use crate::file::{read_instrument, Origin, Problem, Rule, Value};
use crate::instrument::Instrument;

/// Why an instrument file was rejected: the field and the problem.
pub type InstrumentError = Problem;

/// The longest short title of a statement, in characters.
pub use crate::file::TITLE_MAX;

fn from_toml(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::Text(s),
        toml::Value::Integer(n) => Value::Number(n as f64),
        toml::Value::Float(n) => Value::Number(n),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Array(a) => Value::List(a.into_iter().map(from_toml).collect()),
        toml::Value::Table(t) => {
            Value::Map(t.into_iter().map(|(k, v)| (k, from_toml(v))).collect())
        }
        toml::Value::Datetime(_) => Value::Null,
    }
}

/// Reads a TOML text into a [`Value`]; a syntax error names its line.
pub fn toml_value(source: &str) -> Result<Value, Problem> {
    source
        .parse::<toml::Table>()
        .map(|t| from_toml(toml::Value::Table(t)))
        .map_err(|e| {
            let field = match e.span() {
                Some(span) => {
                    let start = span.start.min(source.len());
                    let line_no = source[..start].matches('\n').count() + 1;
                    let line = source.lines().nth(line_no - 1).unwrap_or("").trim();
                    format!("line {line_no} `{line}`")
                }
                None => "file".to_string(),
            };
            Problem {
                field,
                rule: Rule::Syntax {
                    detail: e.message().to_string(),
                },
            }
        })
}

/// Reads a JSON text into a [`Value`] (natively; the pages use the
/// browser's own parser).
pub fn json_value(source: &str) -> Result<Value, Problem> {
    fn from_json(v: serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::Text(s),
            serde_json::Value::Array(a) => Value::List(a.into_iter().map(from_json).collect()),
            serde_json::Value::Object(o) => {
                Value::Map(o.into_iter().map(|(k, v)| (k, from_json(v))).collect())
            }
        }
    }
    serde_json::from_str(source)
        .map(from_json)
        .map_err(|e| Problem {
            field: "file".into(),
            rule: Rule::NotJson {
                detail: e.to_string(),
            },
        })
}

/// Parses and validates a built-in instrument file (TOML), returning
/// every problem.
pub fn parse_instrument_all(source: &str) -> Result<Instrument, Vec<Problem>> {
    read_instrument(&toml_value(source).map_err(|e| vec![e])?, Origin::BuiltIn)
}

/// Parses and validates a built-in instrument file (TOML).
///
/// Errors name the field and the problem (the first of them), for example
/// `parts[0].items[2].theme: unknown theme "trusst" (known: trust, alignment)`.
pub fn parse_instrument(source: &str) -> Result<Instrument, InstrumentError> {
    parse_instrument_all(source).map_err(|mut all| all.swap_remove(0))
}

/// Reads a consultant's instrument file (JSON), as the pages do.
pub fn read_file(source: &str) -> Result<Instrument, Vec<Problem>> {
    if source.len() > crate::file::MAX_FILE_BYTES {
        return Err(vec![crate::file::too_long(source.len())]);
    }
    read_instrument(&json_value(source).map_err(|e| vec![e])?, Origin::File)
}

/// `instrument` as an instrument file (JSON, two-space indented): what the
/// embed builder starts from and what a consultant hosts. Its `code` and
/// `address` are left out (a file's instrument has neither).
pub fn to_json(instrument: &Instrument) -> String {
    use serde_json::json;
    let mut root = json!({
        "id": instrument.id,
        "version": instrument.version,
        "title": instrument.title,
        "intro": instrument.intro,
        "index_name": instrument.index_name,
        "scale": instrument.scale.iter().map(|s| s.as_ref()).collect::<Vec<_>>(),
        "prefer_not": instrument.prefer_not,
    });
    if let Some(l) = &instrument.litmus {
        root["litmus"] = json!({
            "question": l.question,
            "hint": l.hint,
            "min_colleagues": l.min_colleagues,
            "max_colleagues": l.max_colleagues,
            "label_max": l.label_max,
            "title": l.title,
            "next_step": l.next_step,
        });
    }
    root["themes"] = instrument
        .themes
        .iter()
        .map(|t| json!({"id": t.id, "title": t.title}))
        .collect();
    root["bands"] = instrument
        .bands
        .iter()
        .map(|b| json!({"id": b.id, "title": b.title, "min": b.min, "summary": b.summary}))
        .collect();
    root["parts"] = instrument
        .parts
        .iter()
        .map(|p| {
            let items: Vec<_> = p
                .items
                .iter()
                .map(|i| {
                    json!({
                        "id": i.id,
                        "title": i.title,
                        "text": i.text,
                        "theme": instrument.themes[usize::from(i.theme)].id,
                        "reverse": i.reverse,
                        "next_step": i.next_step,
                    })
                })
                .collect();
            json!({"id": p.id, "title": p.title, "optional": p.optional, "on": p.on, "items": items})
        })
        .collect();
    if !instrument.roles.is_empty() {
        root["roles"] = instrument
            .roles
            .iter()
            .map(|r| json!({"id": r.id, "title": r.title, "stem": r.stem, "single": r.single}))
            .collect();
    }
    let mut out = serde_json::to_string_pretty(&root).unwrap_or_default();
    out.push('\n');
    out
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
                "{p}::Band {{ id: {}, title: {}, min: {}, summary: {} }}",
                s(&b.id),
                s(&b.title),
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
                "{p}::Part {{ id: {}, title: {}, optional: {}, on: {}, items: {} }}",
                s(&part.id),
                s(&part.title),
                part.optional,
                part.on,
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
        "/// The `{id}` instrument, version {v}, generated from its file.\npub static {name}: {p}::Instrument = {p}::Instrument {{ id: {}, version: {v}, code: {code}, fingerprint: 0, title: {}, address: {}, intro: {}, index_name: {}, scale: {}, prefer_not: {}, litmus: {litmus}, themes: {}, parts: {}, bands: {}, roles: {} }};\n",
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

/// Reads a language file (`lang/*.toml`) into its messages, each as its
/// dotted key and its text, in key order. A table holding only `one`,
/// `other` and `many` (with `other`) is one plural message, its forms
/// joined by [`crate::lang::FORMS`]; anything but text is a problem at its
/// key.
pub fn language(source: &str) -> Result<Vec<(String, String)>, Problem> {
    fn walk(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) -> Result<(), Problem> {
        let problem = |problem: &str| Problem {
            field: prefix.to_string(),
            rule: Rule::Syntax {
                detail: problem.to_string(),
            },
        };
        match value {
            Value::Text(text) => out.push((prefix.to_string(), text.clone())),
            Value::Map(fields) => {
                let form = |name: &str| {
                    fields
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| match v {
                            Value::Text(t) => Ok(t.clone()),
                            _ => Err(problem("a plural form must be text")),
                        })
                        .transpose()
                };
                let plural = !fields.is_empty()
                    && fields
                        .iter()
                        .all(|(k, _)| matches!(k.as_str(), "one" | "other" | "many"));
                if plural {
                    let other = form("other")?
                        .ok_or_else(|| problem("a plural message needs its `other` form"))?;
                    let mut forms = vec![form("one")?.unwrap_or_else(|| other.clone()), other];
                    forms.extend(form("many")?);
                    out.push((
                        prefix.to_string(),
                        forms.join(&crate::lang::FORMS.to_string()),
                    ));
                } else {
                    for (key, v) in fields {
                        let path = if prefix.is_empty() {
                            key.clone()
                        } else {
                            format!("{prefix}.{key}")
                        };
                        walk(&path, v, out)?;
                    }
                }
            }
            _ => return Err(problem("a message must be text")),
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk("", &toml_value(source)?, &mut out)?;
    Ok(out)
}

/// A language file's messages grouped into the pages' tables by their
/// first key (`check.welcome.start` → table `check`, key `welcome.start`),
/// in order of first appearance.
pub fn language_tables(messages: Vec<(String, String)>) -> Vec<(String, Vec<(String, String)>)> {
    let mut tables: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (key, message) in messages {
        let (table, rest) = key.split_once('.').unwrap_or(("", &key));
        let entry = (rest.to_string(), message);
        match tables.iter_mut().find(|(t, _)| t == table) {
            Some((_, list)) => list.push(entry),
            None => tables.push((table.to_string(), vec![entry])),
        }
    }
    tables
}

/// A language's tables as a page carries them (see `scripts/languages.mjs`
/// and the app's `language` module): for each of English's tables a line
/// `#name`, then its messages in English's key order, one per line (plural
/// forms separated by a tab); a message the language lacks is English's.
/// Fails on a message that holds a line break, a tab or `</`.
pub fn page_tables(
    english: &[(String, String)],
    other: &[(String, String)],
) -> Result<String, String> {
    let mut out = String::new();
    for (table, list) in language_tables(english.to_vec()) {
        out.push('#');
        out.push_str(&table);
        out.push('\n');
        for (key, text) in list {
            let full = format!("{table}.{key}");
            let message = other
                .iter()
                .find(|(k, _)| *k == full)
                .map_or(&text, |(_, t)| t);
            if message.contains(['\n', '\r', '\t'])
                || message.contains("</")
                || message.starts_with('#')
            {
                return Err(format!(
                    "{full}: a message must be one line, with no tab and no `</`, not starting with `#`"
                ));
            }
            out.push_str(&message.replace(crate::lang::FORMS, "\t"));
            out.push('\n');
        }
    }
    Ok(out)
}
