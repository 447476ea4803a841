//! The set of results being combined, before the reveal: what was added,
//! what was a duplicate, and what was rejected and why.

use std::fmt;

use super::extract::candidates;
use super::{MAX_PASTE_BYTES, MIN_RESULTS};
use crate::answers::Answers;
use crate::instrument::Instrument;
use crate::share::{decode, ShareError};

/// One line of a paste that held a code which could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The 1-based line number in the paste.
    pub line: usize,
    /// Why.
    pub reason: Rejection,
}

/// Why a code was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// The code itself is damaged, foreign or from another version.
    Code(ShareError),
    /// A valid result of another questionnaire than the rest.
    OtherInstrument {
        /// The code's instrument.
        found: String,
        /// The combination's instrument.
        expected: String,
    },
    /// The combination already holds a manager's result.
    SecondManager,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Code(e) => e.fmt(f),
            Rejection::OtherInstrument { found, expected } => write!(
                f,
                "it is a {found} result, but this combination holds {expected} results"
            ),
            Rejection::SecondManager => {
                f.write_str("a combination can hold only one manager's result")
            }
        }
    }
}

/// One person's result in a combination.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The canonical code (the same result always has the same code).
    pub code: String,
    /// The answers.
    pub answers: Answers,
    /// The answering role, for instruments with roles.
    pub role: Option<u8>,
}

/// A set of results being combined, before the reveal.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Combination {
    /// The instrument all entries share (the first valid code's).
    pub instrument: Option<&'static Instrument>,
    /// The distinct results.
    pub entries: Vec<Entry>,
    /// How many pasted codes were already in the set.
    pub duplicates: usize,
    /// The codes that could not be used, by line of the last paste.
    pub rejected: Vec<Rejected>,
}

/// Why a paste was refused as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteError {
    /// Larger than [`MAX_PASTE_BYTES`].
    TooLarge,
}

impl fmt::Display for PasteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasteError::TooLarge => write!(
                f,
                "that is too much text to hold result codes (over {} KB); paste the codes only",
                MAX_PASTE_BYTES / 1024
            ),
        }
    }
}

impl Combination {
    /// Adds every code in `text` (links, codes, chat text, one or many per
    /// line). Rejections replace those of the previous paste.
    pub fn add_text(
        &mut self,
        text: &str,
        instruments: &[&'static Instrument],
    ) -> Result<(), PasteError> {
        if text.len() > MAX_PASTE_BYTES {
            return Err(PasteError::TooLarge);
        }
        self.rejected.clear();
        for (n, line) in text.lines().enumerate() {
            for code in candidates(line) {
                if let Err(reason) = self.add_code(&code, instruments) {
                    self.rejected.push(Rejected {
                        line: n + 1,
                        reason,
                    });
                }
            }
        }
        Ok(())
    }

    /// Adds one code. A code already in the set counts as a duplicate.
    pub fn add_code(
        &mut self,
        code: &str,
        instruments: &[&'static Instrument],
    ) -> Result<(), Rejection> {
        let shared = decode(code, instruments).map_err(Rejection::Code)?;
        if let Some(expected) = self.instrument {
            if !std::ptr::eq(expected, shared.instrument) {
                return Err(Rejection::OtherInstrument {
                    found: shared.instrument.id.to_string(),
                    expected: expected.id.to_string(),
                });
            }
        }
        if self.entries.iter().any(|e| e.code == code) {
            self.duplicates += 1;
            return Ok(());
        }
        let single = |role: Option<u8>| {
            role.and_then(|r| shared.instrument.roles.get(usize::from(r)))
                .is_some_and(|r| r.single)
        };
        if single(shared.role) && self.entries.iter().any(|e| e.role == shared.role) {
            return Err(Rejection::SecondManager);
        }
        self.instrument = Some(shared.instrument);
        self.entries.push(Entry {
            code: code.to_string(),
            answers: shared.answers,
            role: shared.role,
        });
        Ok(())
    }
}

/// What one scanned QR code did to a combination, for the facilitator to
/// see the moment it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scanned {
    /// A new result: the combination now holds this many.
    Added(usize),
    /// A result already in the combination: ignored.
    Duplicate,
    /// A code that could not be used, and why.
    Rejected(Rejection),
    /// A QR code holding no Litmus link or code at all.
    NotACode,
}

impl Combination {
    /// Adds the text of one scanned QR code (a link or a code), as a paste
    /// of one line would, and says what it did. The rejected list then
    /// holds this code's rejection alone, if any.
    pub fn add_scanned(&mut self, text: &str, instruments: &[&'static Instrument]) -> Scanned {
        let (entries, duplicates) = (self.entries.len(), self.duplicates);
        if self.add_text(text, instruments).is_err() {
            return Scanned::NotACode;
        }
        if let Some(r) = self.rejected.first() {
            Scanned::Rejected(r.reason.clone())
        } else if self.entries.len() > entries {
            Scanned::Added(self.entries.len())
        } else if self.duplicates > duplicates {
            Scanned::Duplicate
        } else {
            Scanned::NotACode
        }
    }
}

impl fmt::Display for Scanned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scanned::Added(1) => f.write_str("Added: 1 result so far."),
            Scanned::Added(n) => write!(f, "Added: {n} results so far."),
            Scanned::Duplicate => f.write_str("Already added: this duplicate is ignored."),
            Scanned::Rejected(why) => write!(f, "Rejected: {why}."),
            Scanned::NotACode => f.write_str("That QR code holds no Litmus result."),
        }
    }
}

impl Combination {
    /// The entries answering in a role that many may take (team members),
    /// or every entry for instruments without roles.
    pub fn members(&self) -> Vec<&Answers> {
        let roles = self.instrument.map_or(&[][..], |i| &i.roles[..]);
        self.entries
            .iter()
            .filter(|e| match e.role {
                Some(r) => roles.get(usize::from(r)).is_some_and(|role| !role.single),
                None => roles.is_empty(),
            })
            .map(|e| &e.answers)
            .collect()
    }

    /// The entry in a single-person role (the manager), if any.
    pub fn single(&self) -> Option<&Answers> {
        let roles = self.instrument.map_or(&[][..], |i| &i.roles[..]);
        self.entries
            .iter()
            .find(|e| {
                e.role
                    .and_then(|r| roles.get(usize::from(r)))
                    .is_some_and(|r| r.single)
            })
            .map(|e| &e.answers)
    }

    /// Whether there are enough results to reveal anything: at least
    /// [`MIN_RESULTS`] (team members, for instruments with roles).
    pub fn can_reveal(&self) -> bool {
        self.members().len() >= MIN_RESULTS
    }
}
