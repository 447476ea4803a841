//! Turns every instrument file in `instruments/` into a `static` Instrument,
//! so the app carries the data but no parser. An invalid file fails the build
//! with the file, the field and the problem.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("instruments");
    println!("cargo:rerun-if-changed=instruments");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("instruments/ must exist")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = String::new();
    let mut names = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("readable instrument file");
        let instrument = match litmus_core::parse::parse_instrument(&text) {
            Ok(i) => i,
            Err(e) => panic!("invalid instrument file {}: {e}", path.display()),
        };
        let name = instrument.id.to_uppercase().replace('-', "_");
        names.push(format!("&{name}"));
        let _ = writeln!(
            out,
            "{}",
            litmus_core::parse::rust_source(&name, &instrument)
        );
    }
    let _ = writeln!(
        out,
        "/// Every instrument, for decoding share codes.\npub static ALL: &[&::litmus_core::instrument::Instrument] = &[{}];",
        names.join(", ")
    );
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("instruments.rs");
    std::fs::write(dest, out).expect("write generated instruments");
    language();
}

/// Turns `lang/en.toml` into one table of English messages per page
/// (its first key: `check`, `workshop`, `compare`) and a constant per
/// message (`check.welcome.start` → `check::WELCOME_START`), so a missing
/// key is a compile error and each page carries only its own words.
fn language() {
    println!("cargo:rerun-if-changed=lang");
    let text = std::fs::read_to_string("lang/en.toml").expect("lang/en.toml must exist");
    let messages = match litmus_core::parse::language(&text) {
        Ok(m) => m,
        Err(e) => panic!("invalid language file lang/en.toml: {e}"),
    };
    let tables: Vec<_> = litmus_core::parse::language_tables(messages)
        .into_iter()
        .map(|(table, list)| {
            let named = list
                .into_iter()
                .map(|(key, message)| (key.to_uppercase().replace(['.', '-'], "_"), message, key))
                .collect::<Vec<_>>();
            (table, named)
        })
        .collect();
    let mut out = String::new();
    for (slot, (table, list)) in tables.iter().enumerate() {
        let words = format!("{}{}", table[..1].to_uppercase(), &table[1..]);
        let upper = table.to_uppercase();
        let _ = writeln!(out, "/// The `{table}` table's messages.\n#[derive(Clone, Copy, Debug, PartialEq)]\npub struct {words};");
        let _ = writeln!(out, "impl Words for {words} {{ const SLOT: usize = {slot}; const ENGLISH: &'static [&'static str] = &{upper}; }}");
        let _ = writeln!(out, "static {upper}: [&str; {}] = [", list.len());
        for (_, message, _) in list {
            let _ = writeln!(out, "    {message:?},");
        }
        let _ = writeln!(out, "];\n/// The `{table}` table's keys as `lang/en.toml` names them, in its order.\n#[allow(dead_code)]\npub const {upper}_KEYS: [&str; {}] = [", list.len());
        for (_, _, key) in list {
            let _ = writeln!(out, "    {key:?},");
        }
        let _ = writeln!(out, "];\n/// Keys of `lang/en.toml`'s `[{table}]`.\npub mod {table} {{\n    use super::{{Key, {words}}};");
        for (i, (name, message, _)) in list.iter().enumerate() {
            let doc: String = message
                .chars()
                .take(80)
                .filter(|c| *c != '\u{1f}')
                .collect();
            let _ = writeln!(
                out,
                "    /// {doc:?}\n    pub const {name}: Key<{words}> = Key::new({i});"
            );
        }
        let _ = writeln!(out, "}}");
    }
    let _ = writeln!(
        out,
        "/// How many tables there are.\npub const TABLES: usize = {};",
        tables.len()
    );
    let names: Vec<_> = tables.iter().map(|(t, _)| format!("{t:?}")).collect();
    let _ = writeln!(
        out,
        "/// The tables' names, as a page's text names them.\npub const TABLE_NAMES: [&str; TABLES] = [{}];",
        names.join(", ")
    );
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("language.rs");
    std::fs::write(dest, out).expect("write generated language tables");
}
