//! Writes each language's tables as the pages carry them:
//! `litmus-lang LANG_DIR INSTRUMENTS_DIR OUT_DIR` reads `LANG_DIR/<code>.toml`
//! for every language, checks each against English (same keys,
//! placeholders and plural forms) and the built-in instruments'
//! translations (complete, valid), and writes `OUT_DIR/<code>.txt` (see
//! `litmus_core::parse::page_tables`), English included, for
//! `scripts/languages.mjs` to write each page in each language, and
//! `OUT_DIR/keys.txt`: the same tables with each message's key in its place
//! (the embed builder's script reads its words by key), and each built-in
//! instrument in each language but English as an instrument file,
//! `OUT_DIR/<id>.<code>.json`.

use std::path::Path;

use litmus_core::file::{read_instrument, read_translations, Origin};
use litmus_core::lang::{differences, Language};
use litmus_core::parse::{language, language_tables, page_tables, to_json, toml_value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lang_dir, instruments_dir, out_dir] = args.as_slice() else {
        eprintln!("usage: litmus-lang LANG_DIR INSTRUMENTS_DIR OUT_DIR");
        std::process::exit(2);
    };
    let read = |code: &str| {
        let path = Path::new(lang_dir).join(format!("{code}.toml"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        language(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
    };
    let english = read("en");
    let instruments = built_in(instruments_dir);
    let instruments_english: Vec<_> = instruments.iter().map(|(_, _, e)| e.clone()).collect();
    let instruments: Vec<_> = instruments.into_iter().map(|(id, t, _)| (id, t)).collect();
    std::fs::create_dir_all(out_dir).unwrap_or_else(|e| fail(&format!("{out_dir}: {e}")));
    let mut keys = String::new();
    for (table, list) in language_tables(english.clone()) {
        keys.push_str(&format!("#{table}\n"));
        for (key, _) in list {
            keys.push_str(&key);
            keys.push('\n');
        }
    }
    let path = Path::new(out_dir).join("keys.txt");
    std::fs::write(&path, keys).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    for l in Language::ALL {
        let other = read(l.code());
        let problems = differences(&english, &other);
        if !problems.is_empty() {
            fail(&format!("lang/{}.toml:\n{}", l.code(), problems.join("\n")));
        }
        let mut tables = page_tables(&english, &other).unwrap_or_else(|e| fail(&e));
        for (id, translations) in &instruments {
            let mut instrument = match translations.iter().find(|(lang, _)| *lang == l) {
                Some((_, translated)) => translated.instrument.clone(),
                None if l == Language::En => english_of(&instruments_english, id),
                None => continue,
            };
            if l != Language::En {
                // The questionnaire in this language as a file of its own
                // (the embed builder in this language starts from it).
                let path = Path::new(out_dir).join(format!("{id}.{}.json", l.code()));
                std::fs::write(&path, to_json(&instrument))
                    .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            }
            tables.push_str(&format!("#instrument.{id}\n"));
            for text in instrument.texts_mut() {
                if text.contains(['\n', '\r', '\t']) || text.contains("</") {
                    fail(&format!(
                        "{id}: a text must be one line, with no tab and no `</`"
                    ));
                }
                tables.push_str(text);
                tables.push('\n');
            }
        }
        let path = Path::new(out_dir).join(format!("{}.txt", l.code()));
        std::fs::write(&path, tables).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    }
}

fn english_of(
    all: &[litmus_core::instrument::Instrument],
    id: &str,
) -> litmus_core::instrument::Instrument {
    all.iter()
        .find(|i| i.id == id)
        .cloned()
        .unwrap_or_else(|| fail(id))
}

type Translations = Vec<(Language, litmus_core::file::Translated)>;

/// Each built-in instrument's id, its translations and itself, in file
/// order.
fn built_in(dir: &str) -> Vec<(String, Translations, litmus_core::instrument::Instrument)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("{dir}: {e}")))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            let value =
                toml_value(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            let problems = |p: Vec<litmus_core::file::Problem>| -> ! {
                let lines: Vec<_> = p.iter().map(ToString::to_string).collect();
                fail(&format!("{}:\n{}", path.display(), lines.join("\n")))
            };
            let english = read_instrument(&value, Origin::BuiltIn).unwrap_or_else(|p| problems(p));
            let translations = read_translations(&value, &english).unwrap_or_else(|p| problems(p));
            for (language, t) in &translations {
                if !t.missing.is_empty() {
                    fail(&format!(
                        "{}: {} lacks {}",
                        path.display(),
                        language.code(),
                        t.missing.join(", ")
                    ));
                }
            }
            (english.id.to_string(), translations, english)
        })
        .collect()
}

fn fail(why: &str) -> ! {
    eprintln!("litmus-lang: {why}");
    std::process::exit(1)
}
