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

/// A worked-cases file, from the repository's copy in `core/tests/data/`
/// (so a bare clone tests). `shared_copies_match` in `vectors.rs` fails
/// whenever that copy differs from the product's `../shared/` folder.
pub fn shared(name: &str) -> String {
    let path = root().join("core/tests/data").join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} must exist in the repository: {e}", path.display()))
}

/// The product's own copy of a worked-cases file in `../shared/`, when that
/// folder exists beside the repository.
pub fn upstream(name: &str) -> Option<String> {
    std::fs::read_to_string(root().join("../shared").join(name)).ok()
}

/// The shipped `manager-value` instrument, parsed from its file.
pub fn manager_value() -> Instrument {
    let path = root().join("instruments/manager-value.toml");
    let text = std::fs::read_to_string(&path).expect("instrument file");
    parse_instrument(&text).expect("valid instrument")
}

/// Asserts that `decode` rejects single-character changes of the valid
/// `code` (every `every`-th of them; 1 for all) as damaged, cut off or not
/// a code: never a result, never "made by a newer version".
pub fn assert_changes_are_damaged<T: std::fmt::Debug>(
    code: &str,
    every: usize,
    decode: impl Fn(&str) -> Result<T, litmus_core::share::ShareError>,
) {
    use litmus_core::share::ShareError;
    for changed in single_character_changes(code).into_iter().step_by(every) {
        let err = decode(&changed).unwrap_err();
        assert!(
            matches!(
                err,
                ShareError::Checksum | ShareError::NotACode | ShareError::Truncated
            ),
            "{changed}: {err:?}"
        );
        let said = err.to_string();
        assert!(!said.contains("newer"), "{changed}: {said}");
    }
}

/// Every single-character change of a valid code: the alphabet's other 63
/// characters and a few a result never has, at every position.
pub fn single_character_changes(code: &str) -> Vec<String> {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = Vec::new();
    for (at, old) in code.char_indices() {
        for new in ALPHABET.chars().chain(['=', '+', '/', '.', ' ', '\u{e9}']) {
            if new != old {
                let mut changed = code.to_string();
                changed.replace_range(at..at + old.len_utf8(), new.encode_utf8(&mut [0; 4]));
                out.push(changed);
            }
        }
    }
    out
}

/// A result of a worked-cases file (`litmus`, `answers` by item id with
/// `null` for "prefer not", and optionally `parts` by id) as answers to
/// `instrument`. Without `parts`, every part is on.
pub fn answers_from_json(
    instrument: &Instrument,
    v: &serde_json::Value,
) -> litmus_core::answers::Answers {
    use litmus_core::answers::{Answers, Response};
    use serde_json::Value;
    Answers {
        role: None,
        parts: instrument
            .parts
            .iter()
            .map(|p| {
                v["parts"]
                    .as_array()
                    .is_none_or(|on| on.iter().any(|id| id.as_str() == Some(&*p.id)))
            })
            .collect(),
        litmus: v["litmus"].as_array().map_or(Vec::new(), |l| {
            l.iter().map(|k| k.as_u64().unwrap() as u8).collect()
        }),
        responses: instrument
            .items()
            .map(|(_, item)| match v["answers"].get(&*item.id) {
                None => Response::Unanswered,
                Some(Value::Null) => Response::PreferNot,
                Some(x) => Response::Agree(x.as_u64().unwrap() as u8),
            })
            .collect(),
    }
}
