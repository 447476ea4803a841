//! The workshop's words for what the core reports (a rejected code, a
//! scanned one, a commitment refused, a record that cannot be compared, a
//! camera that cannot scan), in the page's language: messages of
//! `lang/*.toml`'s `[workshop]` table, never the core's English.

use litmus::language::{check, message, share_reason, t, tf, tn, workshop as w};
use litmus_core::compare::NotComparable;
use litmus_core::summary::TeamWords;
use litmus_core::team::combination::{PasteError, Rejection, Scanned};
use litmus_core::team::record::{CommitmentError, Status, WHAT_MAX, WHO_MAX};
use litmus_core::team::MAX_PASTE_BYTES;
use yew::AttrValue;

use crate::platform::scan::ScanProblem;

/// Why a code was not added.
pub fn rejection(why: &Rejection) -> String {
    match why {
        Rejection::Code(e) => share_reason(e),
        Rejection::OtherInstrument { found, expected } => tf(
            w::OTHER_INSTRUMENT,
            &[("found", found), ("expected", expected)],
        ),
        Rejection::SecondManager => message(w::SECOND_MANAGER).into(),
    }
}

/// What a scanned code did.
pub fn scanned(s: &Scanned) -> String {
    match s {
        Scanned::Added(n) => tn(w::SCANNED_ADDED, *n, &[]),
        Scanned::Duplicate => message(w::SCANNED_DUPLICATE).into(),
        Scanned::Rejected(why) => tf(w::SCANNED_REJECTED, &[("why", &rejection(why))]),
        Scanned::NotACode => message(w::SCANNED_NOT_A_CODE).into(),
    }
}

/// Why a paste was refused as a whole.
pub fn paste_error(e: &PasteError) -> String {
    match e {
        PasteError::TooLarge => tf(
            w::TOO_LARGE,
            &[("kb", &(MAX_PASTE_BYTES / 1024).to_string())],
        ),
    }
}

/// Why two records cannot be compared.
pub fn not_comparable(e: &NotComparable) -> String {
    match e {
        NotComparable::OtherInstrument { then, now } => {
            tf(w::OTHER_QUESTIONNAIRE, &[("then", then), ("now", now)])
        }
        NotComparable::OtherVersion { then, now } => tf(
            w::OTHER_EDITION,
            &[("then", &then.to_string()), ("now", &now.to_string())],
        ),
    }
}

/// Why a commitment was not recorded (after "Not recorded:").
pub fn commitment_error(e: &CommitmentError) -> String {
    let max = |m: usize| m.to_string();
    match e {
        CommitmentError::Empty => message(w::WHAT_EMPTY).into(),
        CommitmentError::WhatTooLong => tf(w::WHAT_LONG, &[("max", &max(WHAT_MAX))]),
        CommitmentError::WhoTooLong => tf(w::WHO_LONG, &[("max", &max(WHO_MAX))]),
        CommitmentError::NoSuchStatement => message(w::STATEMENT_UNKNOWN).into(),
    }
}

/// How a commitment went, as marked.
pub fn status(s: Status) -> AttrValue {
    t(match s {
        Status::Done => w::DONE,
        Status::Partly => w::PARTLY,
        Status::NotDone => w::NOT_DONE,
        Status::Dropped => w::DROPPED,
    })
}

/// What a facilitator reads when the camera or a photo cannot be read.
pub fn scan_problem(problem: ScanProblem) -> AttrValue {
    t(match problem {
        ScanProblem::NoCamera => w::NO_CAMERA,
        ScanProblem::Denied => w::CAMERA_DENIED,
        ScanProblem::InUse => w::CAMERA_IN_USE,
        ScanProblem::NotHere => w::CAMERA_NOT_HERE,
        ScanProblem::ReaderFailed => w::READER_FAILED,
        ScanProblem::NotAPicture => w::NOT_A_PICTURE,
    })
}

/// The words of the texts the workshop writes for the team (the team view
/// as text, the team record file, the calendar events), in the page's
/// language.
pub fn team_words() -> TeamWords<'static> {
    TeamWords {
        heading: message(w::TEXT_HEADING),
        index: message(w::TEXT_INDEX),
        coverage: message(w::TEXT_COVERAGE),
        percent: message(check::FORMAT_PERCENT),
        no_splits: message(w::TEXT_NO_SPLITS),
        splits: message(w::TEXT_SPLITS),
        split: message(w::TEXT_SPLIT),
        team_view: message(w::TEXT_TEAM_VIEW),
        commitments: message(w::RECORD_HEADING),
        commitments_dated: message(w::RECORD_HEADING_DATED),
        commitment: message(w::RECORD_COMMITMENT),
        answers: message(w::RECORD_ANSWERS),
        reviewed: message(w::RECORD_REVIEWED),
        statuses: [
            message(w::DONE),
            message(w::PARTLY),
            message(w::NOT_DONE),
            message(w::DROPPED),
        ],
        event: message(w::EVENT),
        event_about: message(w::EVENT_ABOUT),
        event_about_dated: message(w::EVENT_ABOUT_DATED),
        owner: message(w::EVENT_OWNER),
        event_answers: message(w::EVENT_ANSWERS),
        date: [
            message(check::FORMAT_DATE),
            message(check::FORMAT_MONTHS),
            message(check::FORMAT_DAY_ONE),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_team_texts_are_the_cores_own() {
        assert_eq!(team_words(), TeamWords::ENGLISH);
    }
}
