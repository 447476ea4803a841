//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use litmus_core::instrument::Instrument;
use litmus_core::parse::parse_instrument;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shipped `leadership-trust` instrument, parsed from its file.
pub fn leadership_trust() -> Instrument {
    let path = root().join("instruments/leadership-trust.toml");
    let text = std::fs::read_to_string(&path).expect("instrument file");
    parse_instrument(&text).expect("valid instrument")
}

/// A file from the product's shared folder beside the repository.
pub fn shared(name: &str) -> String {
    let path = root().join("../shared").join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} must exist beside the repository: {e}", path.display()))
}

/// The shipped `manager-value` instrument, parsed from its file.
pub fn manager_value() -> Instrument {
    let path = root().join("instruments/manager-value.toml");
    let text = std::fs::read_to_string(&path).expect("instrument file");
    parse_instrument(&text).expect("valid instrument")
}
