//! Loading a consultant's instrument file: the one named by the page's
//! address (`?instrument=NAME` loads `NAME.json` from the page's own
//! folder), read with the browser's own JSON parser and checked by the
//! core's one validator ([`litmus_core::file::read_instrument`]).

use litmus_core::file::{self, Arg, Origin, Problem, Rule, Value};
use litmus_core::instrument::Instrument;
#[cfg(feature = "languages")]
use litmus_core::lang::Language;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The name the embed builder's preview asks for: its draft, kept in this
/// device's storage under [`DRAFT_KEY`], instead of a file.
pub const DRAFT: &str = "builder-preview";

/// Where the embed builder keeps its draft on this device.
pub const DRAFT_KEY: &str = "litmus.builder-draft";

/// Why the named file cannot be used: the file as the address names it,
/// and every problem found.
pub struct FileProblem {
    /// `NAME.json`, or the name as given when it is not a file name.
    pub file: String,
    /// What is wrong, each at its field (`file` for the file as a whole).
    pub problems: Vec<Problem>,
}

fn whole(rule: Rule) -> Vec<Problem> {
    vec![Problem {
        field: "file".into(),
        rule,
    }]
}

/// Loads and checks the instrument file `name` from `folder` (`./` for the
/// check, `../` for the workshop, relative to the page).
pub async fn load(
    name: &str,
    folder: &str,
    origin: Option<&str>,
) -> Result<Instrument, FileProblem> {
    let fail = |problems| FileProblem {
        file: if file::is_file_name(name) {
            [name, ".json"].concat()
        } else {
            name.to_string()
        },
        problems,
    };
    if !file::is_file_name(name) {
        return Err(fail(whole(Rule::NotAFileName)));
    }
    let text = if name == DRAFT {
        super::storage::read(DRAFT_KEY).ok_or_else(|| fail(whole(Rule::NoDraft)))?
    } else {
        fetch_text(&[folder, name, ".json"].concat())
            .await
            .map_err(|why| fail(whole(why)))?
    };
    if text.len() > file::MAX_FILE_BYTES {
        return Err(fail(vec![file::too_long(text.len())]));
    }
    let parsed = js_sys::JSON::parse(&text).map_err(|e| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        fail(whole(Rule::NotJson { detail: why }))
    })?;
    let root = value(&parsed);
    let instrument = file::read_instrument(&root, Origin::File).map_err(fail)?;
    // In the page's language, when the file carries it (texts it lacks stay
    // as the file writes them; ids, numbers and identity never change).
    #[cfg(feature = "languages")]
    {
        let translations = file::read_translations(&root, &instrument).unwrap_or_default();
        if let Some(origin) = origin {
            post_languages(origin, &instrument, &translations);
        }
        let language = crate::language::language();
        if let Some((_, translated)) = translations.into_iter().find(|(l, _)| *l == language) {
            return Ok(translated.instrument);
        }
    }
    #[cfg(not(feature = "languages"))]
    let _ = origin;
    Ok(instrument)
}

/// The text at `url`, or why it could not be fetched.
async fn fetch_text(url: &str) -> Result<String, Rule> {
    let window = web_sys::window().ok_or(Rule::Unreachable)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| Rule::Unreachable)?
        .unchecked_into();
    if !response.ok() {
        return Err(Rule::Http {
            status: response.status(),
        });
    }
    let text = response.text().map_err(|_| Rule::Unreadable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(Rule::Unreadable)
}

/// A parsed JSON value as the core's [`Value`].
fn value(v: &JsValue) -> Value {
    if let Some(s) = v.as_string() {
        Value::Text(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if js_sys::Array::is_array(v) {
        Value::List(js_sys::Array::from(v).iter().map(|x| value(&x)).collect())
    } else if let Some(object) = v.dyn_ref::<js_sys::Object>() {
        Value::Map(
            js_sys::Object::entries(object)
                .iter()
                .map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        value(&pair.get(1)),
                    )
                })
                .collect(),
        )
    } else {
        Value::Null
    }
}

/// Tells the embed builder (the frame's parent at `origin`) which texts
/// the file lacks in each language: per language code, the names of the
/// texts it lacks (every text when the file has no such translation).
#[cfg(feature = "languages")]
fn post_languages(
    origin: &str,
    instrument: &Instrument,
    translations: &[(Language, file::Translated)],
) {
    let all = file::text_paths(instrument);
    let missing = js_sys::Object::new();
    for language in Language::ALL.into_iter().skip(1) {
        let names = translations
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(&all, |(_, t)| &t.missing);
        let list: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
        let _ = js_sys::Reflect::set(&missing, &JsValue::from_str(language.code()), &list);
    }
    super::post_to_parent(origin, "litmus:languages", "missing", &missing);
}

/// Tells the host page (only if it is at `origin`) what is wrong with the
/// file, each problem as `[field, the rule in the page's words, the rule's
/// key, values]`
/// (values by placeholder name: a text, a number, or `{words: key}` for a
/// kind's message): the embed builder words each in its own language and
/// shows it at its field.
pub fn post_problems(origin: &str, problems: &[Problem]) {
    let list: js_sys::Array = problems
        .iter()
        .map(|p| {
            let values = js_sys::Object::new();
            for (name, arg) in p.rule.values() {
                let value = match arg {
                    Arg::Text(text) => JsValue::from_str(&text),
                    Arg::Number(n) => JsValue::from_f64(n as f64),
                    Arg::Words(key) => {
                        let words = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&words, &"words".into(), &key.into());
                        words.into()
                    }
                };
                let _ = js_sys::Reflect::set(&values, &name.into(), &value);
            }
            js_sys::Array::of4(
                &JsValue::from_str(&p.field),
                &JsValue::from_str(&crate::language::rule_words(&p.rule)),
                &JsValue::from_str(p.rule.key()),
                &values,
            )
        })
        .collect();
    super::post_to_parent(origin, "litmus:problems", "problems", &list);
}
