//! Workshop mode: combining several people's share codes into a team view,
//! with no server.
//!
//! Extraction is lenient (codes inside links, chat text, `<...>`, with
//! tracking parameters, with `#` re-encoded as `%23` or `%2523`); validation
//! is strict (every rejection is reported with its line and reason). Nothing
//! is computed below [`MIN_RESULTS`] results, and nothing per person.

use std::fmt;

use crate::answers::{item_score, Answers};
use crate::instrument::Instrument;
use crate::percent::Percent;
use crate::score::{score, Verdict};
use crate::share::{decode, ShareError};

/// The fewest results a team view shows anything for.
pub const MIN_RESULTS: usize = 3;

/// The largest paste accepted, in bytes; larger ones are refused at once.
pub const MAX_PASTE_BYTES: usize = 256 * 1024;

/// The shortest run of code characters taken for a bare code.
const MIN_BARE_CODE: usize = 20;

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Undoes the re-encodings mail and chat tools apply to `#`: `%2523` and
/// `%23` both become `#`.
fn decode_hash(line: &str) -> String {
    let mut text = line.to_string();
    for _ in 0..3 {
        let next = text.replace("%25", "%").replace("%23", "#");
        if next == text {
            break;
        }
        text = next;
    }
    text
}

/// The candidate codes in one line of pasted text: after each `#r=` (in a
/// link or not), or else any long run of code characters.
pub fn candidates(line: &str) -> Vec<String> {
    let text = decode_hash(line);
    let mut found: Vec<String> = text
        .match_indices("#r=")
        .map(|(i, m)| {
            text[i + m.len()..]
                .chars()
                .take_while(|&c| is_code_char(c))
                .collect()
        })
        .collect();
    if found.is_empty() {
        found = text
            .split(|c: char| !is_code_char(c))
            .filter(|w| w.len() >= MIN_BARE_CODE)
            .map(str::to_string)
            .collect();
    }
    found
}

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

/// One item across the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemStats {
    /// How many people answered it on the scale.
    pub answered: usize,
    /// The mean item score over those answers.
    pub mean_score: Option<Percent>,
    /// The lowest answer after reverse scoring (1-5).
    pub lowest: Option<u8>,
    /// The highest answer after reverse scoring (1-5).
    pub highest: Option<u8>,
    /// Someone agrees (4-5) while someone else disagrees (1-2).
    pub split: bool,
}

impl ItemStats {
    /// The mean answer (1-5) in tenths, rounded half up (3.3 is 33): the
    /// mean score is `(answer - 1) * 25`, so the answer is `1 + score / 25`.
    pub fn mean_answer_tenths(&self) -> Option<u32> {
        let (num, den) = self.mean_score?.parts();
        let (num, den) = (10 * num + 250 * den, 25 * den);
        u32::try_from((2 * num + den) / (2 * den)).ok()
    }
}

/// The team view: aggregates only, never anything per person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamReport {
    /// How many results.
    pub n: usize,
    /// Per item in instrument order.
    pub items: Vec<ItemStats>,
    /// The mean litmus coverage.
    pub coverage_mean: Option<Percent>,
    /// The lowest litmus coverage.
    pub coverage_lowest: Option<Percent>,
    /// How many passed the litmus test.
    pub passed: usize,
    /// The mean of the individual (unrounded) Trust Indexes.
    pub index_mean: Option<Percent>,
    /// The flat indexes of the split items, in instrument order.
    pub splits: Vec<usize>,
}

/// Combines results into the team view; `None` below [`MIN_RESULTS`].
/// The output never depends on the order of `results`.
pub fn aggregate(instrument: &Instrument, results: &[Answers]) -> Option<TeamReport> {
    if results.len() < MIN_RESULTS {
        return None;
    }
    let items: Vec<ItemStats> = instrument
        .items()
        .map(|(r, item)| {
            // The answer after reverse scoring, on the 1-5 scale.
            let answers: Vec<u8> = results
                .iter()
                .filter(|a| a.parts.get(r.part).copied().unwrap_or(false))
                .filter_map(|a| a.responses.get(r.flat)?.value())
                .map(|x| if item.reverse { 6 - x } else { x })
                .collect();
            ItemStats {
                answered: answers.len(),
                mean_score: Percent::mean_of(answers.iter().map(|&x| item_score(x, false))),
                lowest: answers.iter().copied().min(),
                highest: answers.iter().copied().max(),
                split: answers.iter().any(|&x| x >= 4) && answers.iter().any(|&x| x <= 2),
            }
        })
        .collect();
    let reports: Vec<_> = results.iter().map(|a| score(instrument, a)).collect();
    let coverages: Vec<Percent> = reports
        .iter()
        .filter_map(|r| r.litmus.as_ref().map(|l| l.coverage))
        .collect();
    let splits = (0..items.len()).filter(|&i| items[i].split).collect();
    Some(TeamReport {
        n: results.len(),
        coverage_mean: Percent::mean(coverages.iter().copied()),
        coverage_lowest: coverages.iter().copied().min(),
        passed: reports
            .iter()
            .filter(|r| {
                r.litmus
                    .as_ref()
                    .is_some_and(|l| l.verdict == Verdict::Pass)
            })
            .count(),
        index_mean: Percent::mean(reports.iter().filter_map(|r| r.index)),
        items,
        splits,
    })
}

/// The perception gap on one item of a role-based instrument: the manager's
/// answer minus the mean of the team members' answers, in scale points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueGap {
    /// The manager's answer, 1-5.
    pub manager: u8,
    /// The sum of the members' answers.
    pub members_sum: u32,
    /// How many members answered.
    pub members: u32,
}

impl ValueGap {
    /// The members' mean answer, as a float (for tests and comparisons).
    pub fn team_mean(&self) -> f64 {
        f64::from(self.members_sum) / f64::from(self.members)
    }

    /// The gap, as a float (for tests and comparisons).
    pub fn gap(&self) -> f64 {
        f64::from(self.manager) - self.team_mean()
    }

    /// The gap in tenths of a scale point, rounded half away from zero, for
    /// display without float formatting (+1.7 is 17).
    pub fn gap_tenths(&self) -> i32 {
        let num =
            10 * (i64::from(self.manager) * i64::from(self.members) - i64::from(self.members_sum));
        let den = i64::from(self.members.max(1));
        let rounded = (2 * num.abs() + den) / (2 * den);
        // |gap| <= 4 points, so at most 40 tenths.
        (if num < 0 { -rounded } else { rounded }) as i32
    }

    /// The members' mean in tenths, rounded half up (3.3 is 33).
    pub fn team_mean_tenths(&self) -> u32 {
        let den = self.members.max(1);
        (20 * self.members_sum + den) / (2 * den)
    }

    /// Whether the gap reaches one scale point either way.
    pub fn flagged(&self) -> bool {
        let diff = i64::from(self.manager) * i64::from(self.members) - i64::from(self.members_sum);
        diff.abs() >= i64::from(self.members)
    }
}

/// Per item, the gap between a manager's answers and at least
/// [`MIN_RESULTS`] team members' answers; `None` with fewer members. An item
/// the manager or every member left unanswered has no gap.
pub fn value_gaps(
    instrument: &Instrument,
    manager: &Answers,
    members: &[Answers],
) -> Option<Vec<Option<ValueGap>>> {
    if members.len() < MIN_RESULTS {
        return None;
    }
    Some(
        instrument
            .items()
            .map(|(r, _)| {
                let mine = manager.responses.get(r.flat)?.value()?;
                let theirs: Vec<u8> = members
                    .iter()
                    .filter_map(|m| m.responses.get(r.flat)?.value())
                    .collect();
                if theirs.is_empty() {
                    return None;
                }
                Some(ValueGap {
                    manager: mine,
                    members_sum: theirs.iter().map(|&x| u32::from(x)).sum(),
                    // At most the number of members.
                    members: theirs.len() as u32,
                })
            })
            .collect(),
    )
}

/// The fragment key of a team link: `#t=CODE`.
pub const TEAM_FRAGMENT_KEY: &str = "t=";

/// The team code in a URL fragment (`#t=CODE`), if it holds one.
pub fn team_code_in_fragment(fragment: &str) -> Option<&str> {
    crate::share::fragment_value(fragment, TEAM_FRAGMENT_KEY)
}

/// The team code format [`encode_team`] writes.
pub const TEAM_FORMAT: u8 = 1;

fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn take_varint(bytes: &[u8], pos: &mut usize) -> Result<u64, ShareError> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*pos).ok_or(ShareError::Truncated)?;
        *pos += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(ShareError::Invalid("a number is too long"))
}

fn push_percent(out: &mut Vec<u8>, p: Option<Percent>) {
    let (num, den) = p.map_or((0, 0), Percent::parts);
    push_varint(out, num);
    push_varint(out, den);
}

fn take_percent(bytes: &[u8], pos: &mut usize) -> Result<Option<Percent>, ShareError> {
    let num = take_varint(bytes, pos)?;
    let den = take_varint(bytes, pos)?;
    match (num, den) {
        (0, 0) => Ok(None),
        (_, 0) => Err(ShareError::Invalid("a fraction has no denominator")),
        _ => match Percent::new(num, den) {
            Some(p) if p <= Percent::whole(100) => Ok(Some(p)),
            _ => Err(ShareError::Invalid("a percentage is over 100")),
        },
    }
}

/// Encodes a team view as a team code: aggregates only, never any person's
/// answers or codes. Per item it holds how many answered, the sum of their
/// scores, and the lowest and highest answer; `split` follows from those.
pub fn encode_team(instrument: &Instrument, report: &TeamReport) -> String {
    let mut bytes = vec![TEAM_FORMAT, instrument.code, instrument.version];
    push_varint(&mut bytes, report.n as u64);
    push_varint(&mut bytes, report.passed as u64);
    push_percent(&mut bytes, report.coverage_mean);
    push_percent(&mut bytes, report.coverage_lowest);
    push_percent(&mut bytes, report.index_mean);
    for s in &report.items {
        push_varint(&mut bytes, s.answered as u64);
        if s.answered > 0 {
            // The sum of scores in quarters: each answer adds 0-4.
            let quarters = s.mean_score.map_or(0, |m| {
                let (num, den) = m.parts();
                num * s.answered as u64 / den / 25
            });
            push_varint(&mut bytes, quarters);
            bytes.push(s.lowest.unwrap_or(0) << 4 | s.highest.unwrap_or(0));
        }
    }
    crate::share::seal(bytes)
}

/// Decodes a team code made with any of `instruments`.
pub fn decode_team<'a>(
    code: &str,
    instruments: &[&'a Instrument],
) -> Result<(&'a Instrument, TeamReport), ShareError> {
    let (instrument, body) = crate::share::open(code, TEAM_FORMAT, 3, instruments)?;
    let body = &body[..];
    let mut pos = 3;
    let count =
        |v: u64| usize::try_from(v).map_err(|_| ShareError::Invalid("a count is too large"));
    let n = count(take_varint(body, &mut pos)?)?;
    let passed = count(take_varint(body, &mut pos)?)?;
    if n < MIN_RESULTS || passed > n {
        return Err(ShareError::Invalid("the team counts are impossible"));
    }
    let coverage_mean = take_percent(body, &mut pos)?;
    let coverage_lowest = take_percent(body, &mut pos)?;
    let index_mean = take_percent(body, &mut pos)?;
    let mut items = Vec::with_capacity(instrument.item_count());
    for _ in 0..instrument.item_count() {
        let answered = count(take_varint(body, &mut pos)?)?;
        if answered > n {
            return Err(ShareError::Invalid("more answers than people"));
        }
        if answered == 0 {
            items.push(ItemStats {
                answered,
                mean_score: None,
                lowest: None,
                highest: None,
                split: false,
            });
            continue;
        }
        let quarters = take_varint(body, &mut pos)?;
        let range = *body.get(pos).ok_or(ShareError::Truncated)?;
        pos += 1;
        let (lowest, highest) = (range >> 4, range & 0x0f);
        let ok = (1..=5).contains(&lowest)
            && (lowest..=5).contains(&highest)
            && quarters >= (u64::from(lowest) - 1) * answered as u64
            && quarters <= (u64::from(highest) - 1) * answered as u64;
        if !ok {
            return Err(ShareError::Invalid("an item's answers are impossible"));
        }
        items.push(ItemStats {
            answered,
            mean_score: Percent::new(25 * quarters, answered as u64),
            lowest: Some(lowest),
            highest: Some(highest),
            split: highest >= 4 && lowest <= 2,
        });
    }
    if pos != body.len() {
        return Err(ShareError::Invalid("there are extra bytes at the end"));
    }
    let splits = (0..items.len()).filter(|&i| items[i].split).collect();
    Ok((
        instrument,
        TeamReport {
            n,
            items,
            coverage_mean,
            coverage_lowest,
            passed,
            index_mean,
            splits,
        },
    ))
}
