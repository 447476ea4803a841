//! A team record: what a team link holds from the quarterly review on. The
//! team view (aggregates only, as the team link always held), the day of the
//! workshop, up to three commitments, and last quarter's commitments as the
//! team reviewed them. Nothing per person, ever.
//!
//! Team code format 2 is format 1 (the team view, see [`super::code`])
//! followed by the date (days since 2000-01-01, 2 bytes little-endian), the
//! commitments (a count byte, then each: what and who as a length byte and
//! UTF-8, the due day in 2 bytes, the statement as a byte, 0 for none or its
//! flat index plus one) and the reviewed commitments (a count byte, then each
//! as a commitment and a status byte, 1 done to 4 dropped); then the CRC-32.
//! Every format 1 team code still decodes, as a record with no date and no
//! commitments.

use std::fmt;

use super::aggregation::TeamReport;
use super::code::{team_body, team_view, TEAM_FORMAT};
use crate::date::Date;
use crate::instrument::Instrument;
use crate::lang::fill;
use crate::share::ShareError;
use crate::summary::TeamWords;

/// The team code format [`encode_record`] writes.
pub const RECORD_FORMAT: u8 = 2;
/// The most commitments a workshop records.
pub const MAX_COMMITMENTS: usize = 3;
/// The longest "what", in characters.
pub const WHAT_MAX: usize = 120;
/// The longest "who", in characters.
pub const WHO_MAX: usize = 40;

/// What a team commits to, by when, and who owns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    /// What (1 to [`WHAT_MAX`] characters).
    pub what: String,
    /// Who: initials or a role, never required (at most [`WHO_MAX`]).
    pub who: String,
    /// By when.
    pub due: Date,
    /// The statement it answers (a flat item index), if any.
    pub statement: Option<usize>,
}

/// How a commitment went, marked at the next review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Done.
    Done,
    /// Partly done.
    Partly,
    /// Not done.
    NotDone,
    /// Dropped on purpose.
    Dropped,
}

impl Status {
    /// Every status, in the order offered.
    pub const ALL: [Status; 4] = [
        Status::Done,
        Status::Partly,
        Status::NotDone,
        Status::Dropped,
    ];

    /// As shown: "done", "partly", "not done", "dropped".
    pub fn label(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Partly => "partly",
            Status::NotDone => "not done",
            Status::Dropped => "dropped",
        }
    }
}

/// A team record (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamRecord {
    /// The team view.
    pub report: TeamReport,
    /// The day of the workshop; `None` for a format 1 team link.
    pub date: Option<Date>,
    /// This quarter's commitments, at most [`MAX_COMMITMENTS`].
    pub commitments: Vec<Commitment>,
    /// Last quarter's commitments, as reviewed.
    pub reviewed: Vec<(Commitment, Status)>,
}

/// Why a commitment was refused at its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitmentError {
    /// "What" is empty.
    Empty,
    /// "What" is over [`WHAT_MAX`] characters.
    WhatTooLong,
    /// "Who" is over [`WHO_MAX`] characters.
    WhoTooLong,
    /// The statement does not exist.
    NoSuchStatement,
}

impl fmt::Display for CommitmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommitmentError::Empty => f.write_str("say what the team commits to"),
            CommitmentError::WhatTooLong => write!(f, "at most {WHAT_MAX} characters"),
            CommitmentError::WhoTooLong => {
                write!(f, "at most {WHO_MAX} characters: initials or a role")
            }
            CommitmentError::NoSuchStatement => {
                f.write_str("that statement is not in this questionnaire")
            }
        }
    }
}

impl Commitment {
    /// A commitment as typed: texts trimmed, control characters removed,
    /// over-long texts refused (never cut).
    pub fn new(
        instrument: &Instrument,
        what: &str,
        who: &str,
        due: Date,
        statement: Option<usize>,
    ) -> Result<Commitment, CommitmentError> {
        let clean = |t: &str| {
            t.trim()
                .chars()
                .filter(|c| !c.is_control())
                .collect::<String>()
        };
        let (what, who) = (clean(what), clean(who));
        if what.is_empty() {
            return Err(CommitmentError::Empty);
        }
        if what.chars().count() > WHAT_MAX {
            return Err(CommitmentError::WhatTooLong);
        }
        if who.chars().count() > WHO_MAX {
            return Err(CommitmentError::WhoTooLong);
        }
        if statement.is_some_and(|s| s >= instrument.item_count()) {
            return Err(CommitmentError::NoSuchStatement);
        }
        Ok(Commitment {
            what,
            who,
            due,
            statement,
        })
    }
}

fn push_text(out: &mut Vec<u8>, text: &str) {
    // At most 120 characters of at most 4 bytes: under 256 bytes, but cut
    // at a character boundary all the same.
    let mut end = text.len().min(255);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    out.push(end as u8);
    out.extend_from_slice(&text.as_bytes()[..end]);
}

fn push_commitment(out: &mut Vec<u8>, c: &Commitment) {
    push_text(out, &c.what);
    push_text(out, &c.who);
    out.extend_from_slice(&(c.due.days().min(u32::from(u16::MAX)) as u16).to_le_bytes());
    out.push(c.statement.map_or(0, |s| (s + 1).min(255) as u8));
}

/// Encodes a team record as a format 2 team code.
pub fn encode_record(instrument: &Instrument, record: &TeamRecord) -> String {
    let mut bytes = team_body(RECORD_FORMAT, instrument, &record.report);
    let date = record
        .date
        .map_or(0, |d| d.days().min(u32::from(u16::MAX)) as u16);
    bytes.extend_from_slice(&date.to_le_bytes());
    let commitments = &record.commitments[..record.commitments.len().min(MAX_COMMITMENTS)];
    bytes.push(commitments.len() as u8);
    for c in commitments {
        push_commitment(&mut bytes, c);
    }
    let reviewed = &record.reviewed[..record.reviewed.len().min(MAX_COMMITMENTS)];
    bytes.push(reviewed.len() as u8);
    for (c, status) in reviewed {
        push_commitment(&mut bytes, c);
        bytes.push(match status {
            Status::Done => 1,
            Status::Partly => 2,
            Status::NotDone => 3,
            Status::Dropped => 4,
        });
    }
    crate::share::seal_for(instrument, bytes)
}

struct Reader<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, ShareError> {
        let b = *self.bytes.get(self.pos).ok_or(ShareError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn day(&mut self) -> Result<Date, ShareError> {
        let (a, b) = (self.byte()?, self.byte()?);
        Date::from_days(u32::from(u16::from_le_bytes([a, b])))
            .ok_or(ShareError::Invalid("a date does not exist"))
    }

    fn text(&mut self, max: usize) -> Result<String, ShareError> {
        let len = usize::from(self.byte()?);
        let raw = self
            .bytes
            .get(self.pos..self.pos + len)
            .ok_or(ShareError::Truncated)?;
        self.pos += len;
        let text = std::str::from_utf8(raw)
            .map_err(|_| ShareError::Invalid("a commitment is not text"))?;
        if text.chars().count() > max || text.chars().any(char::is_control) {
            return Err(ShareError::Invalid("a commitment's text breaks the rules"));
        }
        Ok(text.to_string())
    }

    fn commitment(&mut self, items: usize) -> Result<Commitment, ShareError> {
        let what = self.text(WHAT_MAX)?;
        if what.is_empty() {
            return Err(ShareError::Invalid("a commitment says nothing"));
        }
        let who = self.text(WHO_MAX)?;
        let due = self.day()?;
        let statement = match self.byte()? {
            0 => None,
            s if usize::from(s) <= items => Some(usize::from(s) - 1),
            _ => {
                return Err(ShareError::Invalid(
                    "a commitment's statement does not exist",
                ))
            }
        };
        Ok(Commitment {
            what,
            who,
            due,
            statement,
        })
    }

    fn count(&mut self) -> Result<usize, ShareError> {
        let n = usize::from(self.byte()?);
        if n > MAX_COMMITMENTS {
            return Err(ShareError::Invalid("too many commitments"));
        }
        Ok(n)
    }
}

/// Decodes a team code of either format made with any of `instruments`: a
/// format 1 team link is a record with no date and no commitments.
pub fn decode_record<'a>(
    code: &str,
    instruments: &[&'a Instrument],
) -> Result<(&'a Instrument, TeamRecord), ShareError> {
    let (instrument, body) = crate::share::open(code, TEAM_FORMAT..=RECORD_FORMAT, 3, instruments)?;
    let (report, pos) = team_view(instrument, &body)?;
    let mut r = Reader { bytes: &body, pos };
    let mut record = TeamRecord {
        report,
        date: None,
        commitments: Vec::new(),
        reviewed: Vec::new(),
    };
    if body[0] == RECORD_FORMAT {
        let items = instrument.item_count();
        record.date = Some(r.day()?);
        for _ in 0..r.count()? {
            record.commitments.push(r.commitment(items)?);
        }
        for _ in 0..r.count()? {
            let c = r.commitment(items)?;
            let status = match r.byte()? {
                1 => Status::Done,
                2 => Status::Partly,
                3 => Status::NotDone,
                4 => Status::Dropped,
                _ => return Err(ShareError::Invalid("a review's status does not exist")),
            };
            record.reviewed.push((c, status));
        }
    }
    if r.pos != body.len() {
        return Err(ShareError::Invalid("there are extra bytes at the end"));
    }
    Ok((instrument, record))
}

/// The commitments as Markdown in `words`' language: what, who, by when,
/// the statement answered, and last quarter's as reviewed.
pub fn commitments_markdown(
    instrument: &Instrument,
    record: &TeamRecord,
    words: &TeamWords,
) -> String {
    let titles: Vec<&str> = instrument.items().map(|(_, item)| &*item.title).collect();
    let line = |c: &Commitment| {
        let who = if c.who.is_empty() {
            String::new()
        } else {
            [" (", &c.who, ")"].concat()
        };
        let answers = c
            .statement
            .and_then(|s| titles.get(s))
            .map(|t| fill(words.answers, &[("title", t)]))
            .unwrap_or_default();
        fill(
            words.commitment,
            &[
                ("what", &c.what),
                ("who", &who),
                ("due", &words.day(c.due)),
                ("answers", &answers),
            ],
        )
    };
    let mut out = String::from("# ");
    out.push_str(&match record.date {
        Some(d) => fill(words.commitments_dated, &[("date", &words.day(d))]),
        None => words.commitments.to_string(),
    });
    out.push_str("\n\n");
    for c in &record.commitments {
        out.push_str(&line(c));
        out.push('\n');
    }
    if !record.reviewed.is_empty() {
        out.push_str(&["\n## ", words.reviewed, "\n\n"].concat());
        for (c, status) in &record.reviewed {
            let label = Status::ALL
                .iter()
                .position(|s| s == status)
                .and_then(|i| words.statuses.get(i).copied())
                .unwrap_or_default();
            out.push_str(&[&line(c), " \u{2014} ", label, "\n"].concat());
        }
    }
    out
}

/// The commitments as calendar events in `words`' language, one per due
/// date.
pub fn commitment_events(
    instrument: &Instrument,
    record: &TeamRecord,
    words: &TeamWords,
) -> Vec<crate::calendar::Event> {
    let titles: Vec<&str> = instrument.items().map(|(_, item)| &*item.title).collect();
    record
        .commitments
        .iter()
        .map(|c| crate::calendar::Event {
            date: c.due,
            summary: fill(words.event, &[("what", &c.what)]),
            description: {
                let mut d = match record.date {
                    Some(day) => fill(words.event_about_dated, &[("date", &words.day(day))]),
                    None => words.event_about.to_string(),
                };
                if !c.who.is_empty() {
                    d.push_str(&fill(words.owner, &[("who", &c.who)]));
                }
                if let Some(t) = c.statement.and_then(|s| titles.get(s)) {
                    d.push_str(&fill(words.event_answers, &[("title", t)]));
                }
                d
            },
            url: None,
        })
        .collect()
}

/// The statements a commitment may answer, in the order they are offered:
/// the splits first, then the rest lowest mean item score first (ties in
/// instrument order), those no one answered last. Flat item indexes.
pub fn statement_order(report: &TeamReport) -> Vec<usize> {
    let mut rest: Vec<usize> = (0..report.items.len())
        .filter(|i| !report.splits.contains(i))
        .collect();
    // `None` sorts after every score; the index breaks ties, so an unstable
    // sort (smaller than the stable one) gives instrument order among them.
    rest.sort_unstable_by_key(|&i| {
        let score = report.items[i]
            .mean_score
            .map_or(u16::MAX, |p| u16::from(p.shown()));
        (score, i)
    });
    report.splits.iter().copied().chain(rest).collect()
}

/// The team code of the first team link (`#t=CODE`, also `%23t=`) in any
/// text: a pasted link, a chat message, a team record file.
pub fn team_code_in_text(text: &str) -> Option<String> {
    let text = text.replace("%2523", "#").replace("%23", "#");
    let (_, after) = text.split_once("#t=")?;
    let code: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!code.is_empty()).then_some(code)
}

/// The team record file in `words`' language: the commitments as Markdown,
/// then the team view's summary ending with its team link, from which the workshop opens it
/// again next quarter.
pub fn record_file(
    instrument: &Instrument,
    record: &TeamRecord,
    link: &str,
    words: &TeamWords,
) -> String {
    [
        commitments_markdown(instrument, record, words),
        "\n".into(),
        crate::summary::team_summary_text(instrument, &record.report, Some(link), words),
    ]
    .concat()
}
