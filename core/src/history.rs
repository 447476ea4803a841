//! The results a leader keeps on their device, and the history file that
//! carries them to another browser or back after the browser erased them.
//!
//! A history is a small versioned text: a header line, then one save (see
//! [`crate::save`]) per kept result, each starting with its own
//! `litmus-save` line and holding its completion date (`completed`):
//!
//! ```text
//! litmus-history 1
//! litmus-save 2
//! instrument leadership-trust 1
//! ...
//! nonce 3735928559
//! completed 2026-09-01
//! litmus-save 2
//! ...
//! ```
//!
//! A kept result is told apart by its instrument and nonce, so keeping the
//! same result again replaces it (answers edited after the results) and
//! merging a history file twice changes nothing. The same text is stored on
//! the device (`litmus.history`) and downloaded as the history file.

use std::fmt;

use crate::date::Date;
use crate::instrument::Instrument;
use crate::save::{self, SaveError};
use crate::session::Session;

/// The first word of every history.
pub const HISTORY_MAGIC: &str = "litmus-history";
/// The version this code writes and reads.
pub const HISTORY_VERSION: u32 = 1;
/// The most results kept; keeping one more drops the oldest.
pub const MAX_KEPT: usize = 200;

/// Why a history could not be read; nothing is merged from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryError {
    /// The text is not a Litmus history file.
    NotAHistory,
    /// A newer version of Litmus wrote it.
    FutureVersion(u32),
    /// A kept result in it is damaged (its 1-based position, and why).
    Damaged(usize, SaveError),
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::NotAHistory => f.write_str("this is not a Litmus history file"),
            HistoryError::FutureVersion(v) => write!(
                f,
                "a newer version of Litmus wrote it (history version {v}); open it there, nothing was merged"
            ),
            HistoryError::Damaged(n, e) => {
                write!(f, "result {n} in it is damaged ({e}); nothing was merged")
            }
        }
    }
}

/// The start of each line of `text` that begins a save.
fn save_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .filter(|(_, line)| line.starts_with(save::MAGIC))
        .map(|(start, _)| start)
}

/// The saves in a history's text after its header, each from its
/// `litmus-save` line to the next.
fn saves(body: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = save_starts(body).collect();
    starts.push(body.len());
    starts
        .windows(2)
        .filter_map(|w| body.get(w[0]..w[1]))
        .collect()
}

/// The lines that tell a kept result apart: its instrument and its nonce.
fn identity(save: &str) -> (Option<&str>, Option<&str>) {
    let find = |key: &str| save.lines().find(|l| l.starts_with(key));
    (find("instrument "), find("nonce "))
}

/// The header and the saves of a history's text, if it is one this version
/// can read.
fn split(text: &str) -> Result<Vec<&str>, HistoryError> {
    let (header, body) = text.split_once('\n').unwrap_or((text, ""));
    let version = header
        .trim_end()
        .strip_prefix(HISTORY_MAGIC)
        .and_then(|v| v.strip_prefix(' '))
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or(HistoryError::NotAHistory)?;
    if version > HISTORY_VERSION {
        return Err(HistoryError::FutureVersion(version));
    }
    Ok(saves(body))
}

fn join(saves: &[&str]) -> String {
    let mut out = format!("{HISTORY_MAGIC} {HISTORY_VERSION}\n");
    for s in saves {
        out.push_str(s);
        if !s.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The history text `stored` (none yet when `None`) with the completed
/// result `save` kept: replacing the same result, else added last. `None`
/// when `stored` cannot be read here (a newer version wrote it, or it is
/// not a history), so that it is left as it is rather than lost.
pub fn keep(stored: Option<&str>, save: &str) -> Option<String> {
    let mut kept = match stored {
        Some(text) => split(text).ok()?,
        None => Vec::new(),
    };
    let id = identity(save);
    match kept.iter().position(|s| identity(s) == id) {
        Some(i) => kept[i] = save,
        None => kept.push(save),
    }
    let drop = kept.len().saturating_sub(MAX_KEPT);
    Some(join(&kept[drop..]))
}

/// One kept result, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept<'a> {
    /// The instrument that made it.
    pub instrument: &'a Instrument,
    /// The session, complete.
    pub session: Session,
    /// Its save, as kept.
    pub save: String,
}

impl Kept<'_> {
    /// The day it was completed, if known.
    pub fn completed(&self) -> Option<Date> {
        self.session.completed
    }
}

/// Reads a history: every kept result, oldest first (those with no date
/// first), each checked against the instrument it names among
/// `instruments`. One damaged result refuses the whole text.
pub fn read<'a>(text: &str, instruments: &[&'a Instrument]) -> Result<Vec<Kept<'a>>, HistoryError> {
    let mut kept = Vec::new();
    for (n, save) in split(text)?.into_iter().enumerate() {
        let damaged = |e| HistoryError::Damaged(n + 1, e);
        let named = identity(save)
            .0
            .and_then(|l| l.split(' ').nth(1))
            .unwrap_or("");
        let instrument = instruments
            .iter()
            .copied()
            .find(|i| i.id == named)
            .ok_or_else(|| {
                damaged(SaveError::OtherInstrument {
                    id: named.chars().take(40).collect(),
                    version: String::new(),
                })
            })?;
        let session = save::decode(instrument, save).map_err(damaged)?;
        kept.push(Kept {
            instrument,
            session,
            save: save.to_string(),
        });
    }
    oldest_first(&mut kept);
    Ok(kept)
}

/// Sorts by completion day, undated first; results of the same day keep the
/// order they were kept in. An insertion sort: stable, nearly free on a
/// history kept in order (at most [`MAX_KEPT`] results), and far less code
/// on the pages than the standard library's sorts.
fn oldest_first(kept: &mut [Kept<'_>]) {
    for i in 1..kept.len() {
        let mut j = i;
        while j > 0 && kept[j - 1].completed() > kept[j].completed() {
            kept.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Writes kept results as a history's text (on the device, or the file).
pub fn write(kept: &[Kept<'_>]) -> String {
    join(&kept.iter().map(|k| k.save.as_str()).collect::<Vec<_>>())
}

/// `mine` with every result of `theirs` that it does not hold yet, oldest
/// first; how many were added. Merging the same results again adds none.
pub fn merge<'a>(mine: &mut Vec<Kept<'a>>, theirs: Vec<Kept<'a>>) -> usize {
    let before = mine.len();
    for k in theirs {
        let id = identity(&k.save);
        if !mine.iter().any(|m| identity(&m.save) == id) {
            mine.push(k);
        }
    }
    oldest_first(mine);
    mine.len() - before
}
