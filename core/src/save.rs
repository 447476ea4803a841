//! The on-device save format: a small, versioned, line-based text.
//!
//! Version 2 (written now) keeps everything a session holds, private labels
//! and keywords included, because it never leaves the device:
//!
//! ```text
//! litmus-save 2
//! instrument leadership-trust 1
//! step question 3
//! parts 1 1
//! team 3
//! colleague 0 11010 CFO
//! keyword 0 1 grew up on a farm
//! answers 4 2 - . 5 1 . . . . . . . .
//! nonce 3735928559
//! completed 2026-12-02
//! ```
//!
//! `colleague` gives the index, the five slots as `1`/`0`, and the label;
//! `answers` gives each item as `1`-`5`, `-` (prefer not) or `.` (unanswered);
//! `nonce` (optional) is the share nonce, once the result has been shared;
//! `role` (optional) the role answered in, for instruments with roles;
//! `completed` (optional) the day the result was first complete.
//! Text is escaped so that it never spans lines (`\\`, `\n`, `\r`).
//!
//! Version 1 is the earlier, counts-only layout (`litmus 5,3,2` and
//! `answers 4,2,-,,5`, with the instrument on the second line). It is still
//! read and migrated by [`migrate_v1`], so that a save from it resumes rather
//! than being thrown away; nothing writes it any more.

use std::fmt;

use crate::answers::Response;
use crate::date::Date;
use crate::instrument::Instrument;
use crate::session::{Colleague, Session, Step, SLOTS};

/// The first word of every save.
pub const MAGIC: &str = "litmus-save";

/// The version [`encode`] writes.
pub const VERSION: u32 = 2;

/// Why a save could not be read. The session it came from is never changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The text is not a Litmus save at all.
    NotASave,
    /// A newer version of Litmus wrote it.
    FutureVersion(u32),
    /// It belongs to another instrument or instrument version.
    OtherInstrument {
        /// The instrument id in the save.
        id: String,
        /// The instrument version in the save.
        version: String,
    },
    /// A line is damaged.
    Corrupt {
        /// The 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::NotASave => f.write_str("the saved data is not a Litmus save"),
            SaveError::FutureVersion(v) => write!(
                f,
                "it was saved by a newer version of Litmus (format {v}); reload to get the newest version"
            ),
            SaveError::OtherInstrument { id, version } => write!(
                f,
                "it belongs to another questionnaire ({id} version {version})"
            ),
            SaveError::Corrupt { line, reason } => {
                write!(f, "the saved data is damaged (line {line}: {reason})")
            }
        }
    }
}

impl std::error::Error for SaveError {}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

fn response_token(r: Response) -> char {
    match r {
        Response::Agree(x @ 1..=5) => char::from(b'0' + x),
        Response::PreferNot => '-',
        _ => '.',
    }
}

fn parse_response(token: &str) -> Option<Response> {
    match token {
        "." | "" => Some(Response::Unanswered),
        "-" => Some(Response::PreferNot),
        _ => match token.parse::<u8>() {
            Ok(x @ 1..=5) => Some(Response::Agree(x)),
            _ => None,
        },
    }
}

/// Writes a session in the current format.
pub fn encode(instrument: &Instrument, session: &Session) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&format!("{MAGIC} {VERSION}"));
    line(&format!(
        "instrument {} {}",
        instrument.id, instrument.version
    ));
    line(&match session.step {
        Step::Welcome => "step welcome".to_string(),
        Step::Team => "step team".to_string(),
        Step::Role => "step role".to_string(),
        Step::Colleague(i) => format!("step colleague {i}"),
        Step::Question(i) => format!("step question {i}"),
        Step::Results => "step results".to_string(),
    });
    let parts: Vec<&str> = session
        .parts
        .iter()
        .map(|&on| if on { "1" } else { "0" })
        .collect();
    line(&format!("parts {}", parts.join(" ")));
    line(&format!("team {}", session.team_size));
    for (i, c) in session.colleagues().iter().enumerate() {
        let slots: String = c
            .slots
            .iter()
            .map(|s| if s.known { '1' } else { '0' })
            .collect();
        line(&format!("colleague {i} {slots} {}", escape(&c.label)));
        for (j, s) in c.slots.iter().enumerate() {
            if !s.keyword.is_empty() {
                line(&format!("keyword {i} {j} {}", escape(&s.keyword)));
            }
        }
    }
    let answers: Vec<String> = session
        .responses
        .iter()
        .map(|&r| response_token(r).to_string())
        .collect();
    line(&format!("answers {}", answers.join(" ")));
    if let Some(n) = session.nonce {
        line(&format!("nonce {n}"));
    }
    if let Some(r) = session.role {
        line(&format!("role {r}"));
    }
    if let Some(d) = session.completed {
        line(&format!("completed {d}"));
    }
    out
}

fn corrupt(line: usize, reason: &'static str) -> SaveError {
    SaveError::Corrupt { line, reason }
}

fn check_instrument(instrument: &Instrument, id: &str, version: &str) -> Result<(), SaveError> {
    if id != instrument.id || version.parse::<u8>().ok() != Some(instrument.version) {
        return Err(SaveError::OtherInstrument {
            id: id.chars().take(40).collect(),
            version: version.chars().take(10).collect(),
        });
    }
    Ok(())
}

/// Reads a save of any known version, migrating older ones, and returns a
/// session consistent with `instrument`.
pub fn decode(instrument: &Instrument, text: &str) -> Result<Session, SaveError> {
    let header = text.lines().next().ok_or(SaveError::NotASave)?;
    let version = header
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|v| v.trim().parse::<u32>().ok())
        .ok_or(SaveError::NotASave)?;
    match version {
        1 => migrate_v1(instrument, text),
        2 => decode_v2(instrument, text),
        v => Err(SaveError::FutureVersion(v)),
    }
}

fn decode_v2(instrument: &Instrument, text: &str) -> Result<Session, SaveError> {
    let mut session = Session::new(instrument);
    // A save lists its own colleagues.
    session.team.clear();
    let mut seen_instrument = false;
    let mut seen_answers = false;
    for (n, raw) in text.lines().enumerate().skip(1) {
        let line = n + 1;
        if raw.is_empty() {
            continue;
        }
        let (key, rest) = raw.split_once(' ').unwrap_or((raw, ""));
        match key {
            "instrument" => {
                let (id, version) = rest
                    .split_once(' ')
                    .ok_or(corrupt(line, "instrument needs an id and a version"))?;
                check_instrument(instrument, id, version)?;
                seen_instrument = true;
            }
            "step" => {
                let mut words = rest.split(' ');
                let index = |w: Option<&str>| -> Result<usize, SaveError> {
                    w.and_then(|x| x.parse().ok())
                        .ok_or(corrupt(line, "step index is not a number"))
                };
                session.step = match words.next() {
                    Some("welcome") => Step::Welcome,
                    Some("team") => Step::Team,
                    Some("role") => Step::Role,
                    Some("colleague") => Step::Colleague(index(words.next())?),
                    Some("question") => Step::Question(index(words.next())?),
                    Some("results") => Step::Results,
                    _ => return Err(corrupt(line, "unknown step")),
                };
            }
            "parts" => {
                session.parts = rest
                    .split(' ')
                    .map(|w| match w {
                        "1" => Ok(true),
                        "0" => Ok(false),
                        _ => Err(corrupt(line, "a part must be 0 or 1")),
                    })
                    .collect::<Result<_, _>>()?;
            }
            "team" => {
                session.team_size = rest
                    .parse()
                    .map_err(|_| corrupt(line, "team size is not a number"))?;
            }
            "colleague" => {
                let mut words = rest.splitn(3, ' ');
                let i: usize = words
                    .next()
                    .and_then(|w| w.parse().ok())
                    .ok_or(corrupt(line, "colleague index is not a number"))?;
                let slots = words
                    .next()
                    .filter(|w| w.len() == SLOTS && w.bytes().all(|b| b == b'0' || b == b'1'))
                    .ok_or(corrupt(line, "slots must be five 0s and 1s"))?;
                let label = unescape(words.next().unwrap_or(""))
                    .ok_or(corrupt(line, "label has a bad escape"))?;
                if i != session.team.len() || i >= 255 {
                    return Err(corrupt(line, "colleagues out of order"));
                }
                let mut c = Colleague {
                    label,
                    ..Colleague::default()
                };
                for (slot, b) in c.slots.iter_mut().zip(slots.bytes()) {
                    slot.known = b == b'1';
                }
                session.team.push(c);
            }
            "keyword" => {
                let mut words = rest.splitn(3, ' ');
                let mut num = || -> Option<usize> { words.next()?.parse().ok() };
                let (i, j) = num()
                    .zip(num())
                    .ok_or(corrupt(line, "keyword needs a colleague and a slot"))?;
                let keyword = unescape(words.next().unwrap_or(""))
                    .ok_or(corrupt(line, "keyword has a bad escape"))?;
                let slot = session
                    .team
                    .get_mut(i)
                    .and_then(|c| c.slots.get_mut(j))
                    .ok_or(corrupt(line, "keyword for a missing slot"))?;
                slot.keyword = keyword;
            }
            "answers" => {
                session.responses = rest
                    .split(' ')
                    .map(|w| parse_response(w).ok_or(corrupt(line, "an answer is not 1-5, - or .")))
                    .collect::<Result<_, _>>()?;
                if session.responses.len() != instrument.item_count() {
                    return Err(corrupt(line, "wrong number of answers"));
                }
                seen_answers = true;
            }
            "role" => {
                session.role = Some(
                    rest.parse()
                        .map_err(|_| corrupt(line, "role is not a number"))?,
                );
            }
            "nonce" => {
                session.nonce = Some(
                    rest.parse()
                        .map_err(|_| corrupt(line, "nonce is not a number"))?,
                );
            }
            "completed" => {
                session.completed =
                    Some(Date::parse(rest).ok_or(corrupt(line, "completed is not a date"))?);
            }
            _ => return Err(corrupt(line, "unknown entry")),
        }
    }
    if !seen_instrument || !seen_answers {
        return Err(corrupt(text.lines().count(), "the save is incomplete"));
    }
    Ok(session.normalized(instrument))
}

/// Reads a version 1 save (counts only) into a current session: each
/// colleague's count becomes that many known slots, every part is on, and the
/// user resumes at the team step.
pub fn migrate_v1(instrument: &Instrument, text: &str) -> Result<Session, SaveError> {
    let mut session = Session::new(instrument);
    session.team.clear();
    session.step = Step::Team;
    let mut lines = text.lines().enumerate().skip(1);
    let (_, ident) = lines
        .next()
        .ok_or(corrupt(2, "the instrument is missing"))?;
    let (id, version) = ident
        .split_once(' ')
        .ok_or(corrupt(2, "instrument needs an id and a version"))?;
    check_instrument(instrument, id, version)?;
    let mut seen_answers = false;
    for (n, raw) in lines {
        let line = n + 1;
        let (key, rest) = raw.split_once(' ').unwrap_or((raw, ""));
        match key {
            "litmus" => {
                for w in rest.split(',') {
                    let k: usize = w
                        .parse()
                        .ok()
                        .filter(|&k| k <= SLOTS)
                        .ok_or(corrupt(line, "a litmus count is not 0-5"))?;
                    let mut c = Colleague::default();
                    for s in c.slots.iter_mut().take(k) {
                        s.known = true;
                    }
                    session.team.push(c);
                }
                session.team_size = u8::try_from(session.team.len())
                    .map_err(|_| corrupt(line, "too many colleagues"))?;
            }
            "answers" => {
                session.responses = rest
                    .split(',')
                    .map(|w| {
                        parse_response(w).ok_or(corrupt(line, "an answer is not 1-5, - or empty"))
                    })
                    .collect::<Result<_, _>>()?;
                if session.responses.len() != instrument.item_count() {
                    return Err(corrupt(line, "wrong number of answers"));
                }
                seen_answers = true;
            }
            "" => {}
            _ => return Err(corrupt(line, "unknown entry")),
        }
    }
    if session.team.is_empty() || !seen_answers {
        return Err(corrupt(text.lines().count(), "the save is incomplete"));
    }
    Ok(session.normalized(instrument))
}
