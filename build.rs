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
}
