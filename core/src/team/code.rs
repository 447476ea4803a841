//! The team code of a team link (`#t=CODE`): aggregates only, varint-packed,
//! with a CRC-32.

use super::aggregation::{ItemStats, TeamReport};
use super::MIN_RESULTS;
use crate::instrument::Instrument;
use crate::percent::Percent;
use crate::share::ShareError;

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
    crate::share::seal_for(instrument, team_body(TEAM_FORMAT, instrument, report))
}

/// The bytes of a team code of `format` up to the end of the team view.
pub(crate) fn team_body(format: u8, instrument: &Instrument, report: &TeamReport) -> Vec<u8> {
    let mut bytes = vec![format, instrument.code, instrument.version];
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
    bytes
}

/// Decodes a team code made with any of `instruments`.
pub fn decode_team<'a>(
    code: &str,
    instruments: &[&'a Instrument],
) -> Result<(&'a Instrument, TeamReport), ShareError> {
    let (instrument, body) = crate::share::open(code, TEAM_FORMAT..=TEAM_FORMAT, 3, instruments)?;
    let (report, pos) = team_view(instrument, &body)?;
    if pos != body.len() {
        return Err(ShareError::Invalid("there are extra bytes at the end"));
    }
    Ok((instrument, report))
}

/// Reads the team view of an opened team code's `body`; returns it and
/// where the bytes after it begin.
pub(crate) fn team_view(
    instrument: &Instrument,
    body: &[u8],
) -> Result<(TeamReport, usize), ShareError> {
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
    let splits = (0..items.len()).filter(|&i| items[i].split).collect();
    Ok((
        TeamReport {
            n,
            items,
            coverage_mean,
            coverage_lowest,
            passed,
            index_mean,
            splits,
        },
        pos,
    ))
}
