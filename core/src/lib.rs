//! The pure core of Litmus, a leadership-team trust self-assessment.
//!
//! Everything here is plain data in, plain data out: no UI framework, no
//! browser API, no I/O. The app (and its tests) build on it:
//!
//! - [`instrument`]: what is asked, as data compiled in from `instruments/`.
//! - [`file`]: reading and checking an instrument file, the one validator.
//! - [`embed`]: a consultant's branding options, validated from the URL.
//! - [`answers`]: what a respondent answered, and the item score rule.
//! - [`score`]: the scoring rules of `INSTRUMENT.md`, into a [`score::Report`].
//! - [`calendar`]: reminder and commitment calendar files (iCalendar).
//! - [`compare`]: a result against an earlier one, and a team view against
//!   an earlier team's.
//! - [`date`]: calendar dates at day precision.
//! - [`lang`]: which language a reader gets, and the rules that fill a
//!   language file's templates (placeholders, plurals, decimals, dates).
//! - [`percent`]: exact fractions, so "62.5 shows 63" always holds.
//! - [`session`]: the assessment flow as a pure state machine.
//! - [`save`]: the versioned on-device save format, with migration.
//! - [`share`]: the share code (link fragment, QR code, file).
//! - `qr_read` (feature `scan`): reading QR codes from camera frames and photos.
//! - [`summary`]: a result as Markdown text and as a JSON file.
//! - `parse` (feature `parse`): reading and validating instrument files.
#![deny(missing_docs)]

pub mod answers;
pub mod calendar;
pub mod compare;
pub mod date;
pub mod embed;
pub mod file;
pub mod history;
pub mod instrument;
pub mod lang;
#[cfg(feature = "parse")]
pub mod parse;
pub mod percent;
pub mod qr;
#[cfg(feature = "scan")]
pub mod qr_read;
pub mod save;
pub mod score;
pub mod session;
pub mod share;
pub mod summary;
pub mod team;
