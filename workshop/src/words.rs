//! The workshop's words for what the core reports (a rejected code, a
//! scanned one, a commitment refused, a record that cannot be compared, a
//! camera that cannot scan), in the page's language: messages of
//! `lang/*.toml`'s `[workshop]` table, never the core's English.

use litmus::language::{message, share_reason, t, tf, tn, workshop as w};
use litmus_core::compare::NotComparable;
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
