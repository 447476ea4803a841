//! The share code: a result as compact, versioned, checksummed text for the
//! fragment of a link (`#r=CODE`), a QR code or a file.
//!
//! It carries the **answers**, never the scores: whoever opens it recomputes
//! every number with the same rules. Keywords are never in it; colleague
//! labels only when the user opts in.
//!
//! Format 1, before base64url (no padding):
//!
//! | bytes | content |
//! |---|---|
//! | 1 | format version (1) |
//! | 1 | instrument code (see [`Instrument::code`]) |
//! | 1 | instrument version |
//! | 4 | nonce, little-endian: tells apart two people with identical answers |
//! | 1 | flags: bits 0-3 the enabled parts, bits 4-6 the role (instruments with roles only), bit 7 labels follow |
//! | … | bit-packed, most significant bit first: 5 bits colleague count, 3 bits per colleague (0-5 experiences), 3 bits per item (0 unanswered, 1-5, 6 prefer not), zero-padded to a byte |
//! | … | with bit 7: per colleague, 1 byte length and that many bytes of UTF-8 |
//! | 4 | CRC-32 (ISO-HDLC) of all the bytes before, little-endian |
//!
//! A full `leadership-trust` result with 20 colleagues is 26 bytes, 35
//! characters.
//!
//! Format 2 is format 1 with the day the result was completed (days since
//! 2000-01-01, 2 bytes little-endian) after the flags byte, so a later
//! result can be compared with an earlier one by date: 28 bytes, 38
//! characters, for 20 colleagues. Every format 1 code still decodes (its
//! date is unknown).

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};

use crate::answers::{Answers, Response};
use crate::date::Date;
use crate::instrument::Instrument;

/// The format [`encode`] writes (no date).
pub const FORMAT: u8 = 1;

/// The format [`encode_dated`] writes: with the completion date.
pub const FORMAT_DATED: u8 = 2;

/// The longest code accepted, in characters (a full result with 20 labels of
/// 40 four-byte characters is under 4,500).
pub const MAX_CODE_LEN: usize = 4_800;

const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);
const HEADER: usize = 8;
const CHECKSUM: usize = 4;
const LABELS_FLAG: u8 = 0x80;

/// A decoded share code.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared<'a> {
    /// The instrument it was made with.
    pub instrument: &'a Instrument,
    /// The answers, to be scored by the receiver.
    pub answers: Answers,
    /// The colleague labels, when the sender opted in.
    pub labels: Option<Vec<String>>,
    /// The sender's random nonce.
    pub nonce: u32,
    /// The sender's role, for instruments with roles.
    pub role: Option<u8>,
    /// The day the result was completed (format 2); `None`, "date
    /// unknown", for format 1.
    pub completed: Option<Date>,
}

/// Why a code was rejected. Every rejection is one of these; decoding never
/// panics and never yields numbers from a damaged code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// There is no code at all.
    Empty,
    /// Longer than any real code.
    TooLong,
    /// Not base64url text (a character outside A-Z, a-z, 0-9, - and _).
    NotACode,
    /// Too short to be a code: cut off.
    Truncated,
    /// The checksum does not match: the code was altered or mistyped.
    Checksum,
    /// Made by a newer version of Litmus.
    FutureFormat(u8),
    /// Made with a questionnaire this app does not have.
    UnknownInstrument(u8),
    /// Made with another version of a questionnaire this app has.
    OtherVersion {
        /// The instrument's id.
        id: String,
        /// The version in the code.
        version: u8,
        /// The version this app has.
        have: u8,
    },
    /// Made with a consultant's questionnaire file this page has not
    /// loaded (its id and version).
    UnknownFile(String, u8),
    /// Made with an earlier or later edition of the questionnaire file
    /// this page loaded: same id and version, other content.
    ChangedFile(String),
    /// The checksum matches but the content breaks the rules.
    Invalid(&'static str),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("the link holds no result"),
            ShareError::TooLong => f.write_str("the code is far longer than any result"),
            ShareError::NotACode => f.write_str("the code contains characters a result never has"),
            ShareError::Truncated => {
                f.write_str("the code is cut off or its end was changed; copy the whole link again")
            }
            ShareError::Checksum => {
                f.write_str("the code was changed or mistyped (its checksum does not match)")
            }
            ShareError::FutureFormat(v) => write!(
                f,
                "it was made by a newer version of Litmus (format {v}); reload to update"
            ),
            ShareError::UnknownInstrument(c) => {
                write!(f, "it was made with a questionnaire this app does not have (code {c})")
            }
            ShareError::OtherVersion { id, version, have } => write!(
                f,
                "it was made with version {version} of the {id} questionnaire; this app has version {have}"
            ),
            ShareError::UnknownFile(id, version) => write!(
                f,
                "it was made with the questionnaire \"{id}\" (version {version}), which this page has not loaded: open this page with ?instrument={id} in its address, where that questionnaire's file is hosted"
            ),
            ShareError::ChangedFile(id) => write!(
                f,
                "it was made with another edition of the questionnaire \"{id}\": its file has changed since, so this page cannot score it by the same rules"
            ),
            ShareError::Invalid(why) => write!(f, "the code is damaged ({why})"),
        }
    }
}

impl std::error::Error for ShareError {}

struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn push(&mut self, value: u8, bits: u32) {
        for i in (0..bits).rev() {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = (value >> i) & 1;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.used % 8);
            }
            self.used += 1;
        }
    }
}

struct BitReader<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn take(&mut self, bits: u32) -> Result<u8, ShareError> {
        let mut value = 0;
        for _ in 0..bits {
            let byte = self.bytes.get(self.pos / 8).ok_or(ShareError::Truncated)?;
            value = (value << 1) | ((byte >> (7 - self.pos % 8)) & 1);
            self.pos += 1;
        }
        Ok(value)
    }

    fn bytes_used(&self) -> usize {
        self.pos.div_ceil(8)
    }
}

fn response_bits(r: Response) -> u8 {
    match r {
        Response::Agree(x @ 1..=5) => x,
        Response::PreferNot => 6,
        _ => 0,
    }
}

/// The fragment key of a share link: `#r=CODE`.
pub const FRAGMENT_KEY: &str = "r=";

/// The URL fragment (with `#`) holding `code`.
pub fn fragment(code: &str) -> String {
    ["#", FRAGMENT_KEY, code].concat()
}

/// The value after `key` in a URL fragment (`#KEY…` or `KEY…`), if the
/// fragment starts with it. Shared by result links and team links.
pub fn fragment_value<'f>(fragment: &'f str, key: &str) -> Option<&'f str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(key)
}

/// The code in a URL fragment (`#r=CODE` or `r=CODE`), if it holds one.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    fragment_value(fragment, FRAGMENT_KEY)
}

/// Encodes a result as a share code.
///
/// `labels` are included only when given (the user's explicit opt-in); each
/// is cut to 255 bytes at a character boundary. Litmus counts above 5 count
/// as 5, and at most 31 colleagues are written.
pub fn encode(
    instrument: &Instrument,
    answers: &Answers,
    nonce: u32,
    labels: Option<&[String]>,
) -> String {
    encode_result(instrument, answers, nonce, labels, None)
}

/// Encodes a result completed on `completed` as a format 2 share code;
/// otherwise as [`encode`].
pub fn encode_dated(
    instrument: &Instrument,
    answers: &Answers,
    nonce: u32,
    labels: Option<&[String]>,
    completed: Date,
) -> String {
    encode_result(instrument, answers, nonce, labels, Some(completed))
}

/// Encodes a result as [`encode_dated`] does when its completion day is
/// known, else as [`encode`]: one call for a page that may know it.
pub fn encode_result(
    instrument: &Instrument,
    answers: &Answers,
    nonce: u32,
    labels: Option<&[String]>,
    completed: Option<Date>,
) -> String {
    let mut flags = 0u8;
    for (i, on) in answers.parts.iter().take(4).enumerate() {
        if *on {
            flags |= 1 << i;
        }
    }
    if labels.is_some() {
        flags |= LABELS_FLAG;
    }
    if let Some(role) = answers
        .role
        .filter(|&r| usize::from(r) < instrument.roles.len())
    {
        flags |= (role & 0b111) << 4;
    }
    let format = if completed.is_some() {
        FORMAT_DATED
    } else {
        FORMAT
    };
    let mut bytes = vec![format, instrument.code, instrument.version];
    bytes.extend_from_slice(&nonce.to_le_bytes());
    bytes.push(flags);
    if let Some(day) = completed {
        // Days since 2000 fit two bytes until the year 2179.
        bytes.extend_from_slice(&(day.days().min(u32::from(u16::MAX)) as u16).to_le_bytes());
    }
    if instrument.parts.len() > 4 {
        let mut high = 0u8;
        for (i, on) in answers.parts.iter().enumerate().skip(4).take(4) {
            high |= u8::from(*on) << (i - 4);
        }
        bytes.push(high);
    }

    let litmus = &answers.litmus[..answers.litmus.len().min(31)];
    let mut bits = BitWriter {
        bytes: Vec::new(),
        used: 0,
    };
    // At most 31, so it fits five bits.
    bits.push(litmus.len() as u8, 5);
    for &k in litmus {
        bits.push(k.min(5), 3);
    }
    // Answers in a part the user switched off are not shared.
    for (r, _) in instrument.items() {
        let on = answers.parts.get(r.part).copied().unwrap_or(false);
        let given = answers.responses.get(r.flat).copied().unwrap_or_default();
        bits.push(if on { response_bits(given) } else { 0 }, 3);
    }
    bytes.extend_from_slice(&bits.bytes);

    if let Some(labels) = labels {
        for i in 0..litmus.len() {
            let label = labels.get(i).map_or("", String::as_str);
            let mut end = label.len().min(255);
            while !label.is_char_boundary(end) {
                end -= 1;
            }
            // `end` is at most 255.
            bytes.push(end as u8);
            bytes.extend_from_slice(&label.as_bytes()[..end]);
        }
    }
    seal_for(instrument, bytes)
}

/// Seals the bytes of a code made with `instrument`: a file's instrument's
/// identity first (see the module's documentation), then [`seal`].
pub(crate) fn seal_for(instrument: &Instrument, mut bytes: Vec<u8>) -> String {
    if instrument.code == 0 {
        bytes.extend_from_slice(instrument.id.as_bytes());
        // Identifiers are at most 32 bytes (see `crate::file`).
        bytes.push(instrument.id.len() as u8);
        bytes.extend_from_slice(&instrument.fingerprint.to_le_bytes());
    }
    seal(bytes)
}

/// Appends the CRC-32 of `bytes` and returns them as base64url text: the
/// envelope of every code Litmus writes (results and team views).
pub(crate) fn seal(mut bytes: Vec<u8>) -> String {
    let checksum = CRC32.checksum(&bytes);
    bytes.extend_from_slice(&checksum.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Opens a sealed code of one of `formats`: checks its length, text,
/// checksum and format byte, and finds its instrument (bytes 1 and 2).
/// Returns the instrument and the body without the checksum.
pub(crate) fn open<'a>(
    code: &str,
    formats: std::ops::RangeInclusive<u8>,
    min_body: usize,
    instruments: &[&'a Instrument],
) -> Result<(&'a Instrument, Vec<u8>), ShareError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(ShareError::TooLong);
    }
    let mut bytes = URL_SAFE_NO_PAD.decode(code).map_err(|e| match e {
        base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => {
            ShareError::Truncated
        }
        _ => ShareError::NotACode,
    })?;
    if bytes.len() < min_body.max(3) + CHECKSUM {
        return Err(ShareError::Truncated);
    }
    let sum = bytes.split_off(bytes.len() - CHECKSUM);
    let mut body = bytes;
    // Every format, this one and any later one, ends in the same checksum, so
    // a code that fails it is damaged whatever its format byte says: only an
    // intact code of an unknown format is "newer".
    if CRC32.checksum(&body) != u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]) {
        return Err(ShareError::Checksum);
    }
    if !formats.contains(&body[0]) {
        return Err(match body[0] {
            0 => ShareError::Invalid("format 0 does not exist"),
            v => ShareError::FutureFormat(v),
        });
    }
    let instrument = if body[1] == 0 {
        // A file's instrument: its identity ends the body.
        let at = body.len().checked_sub(5).ok_or(ShareError::Truncated)?;
        let hash = u32::from_le_bytes([body[at + 1], body[at + 2], body[at + 3], body[at + 4]]);
        let start = at
            .checked_sub(usize::from(body[at]))
            .filter(|&s| s >= min_body.max(3))
            .ok_or(ShareError::Truncated)?;
        let id = std::str::from_utf8(&body[start..at])
            .map_err(|_| ShareError::Invalid("the questionnaire's id is not text"))?
            .to_string();
        body.truncate(start);
        let instrument = *instruments
            .iter()
            .find(|i| i.code == 0 && i.id == id)
            .ok_or_else(|| ShareError::UnknownFile(id.clone(), body[2]))?;
        if body[2] == instrument.version && hash != instrument.fingerprint {
            return Err(ShareError::ChangedFile(id));
        }
        instrument
    } else {
        *instruments
            .iter()
            .find(|i| i.code == body[1])
            .ok_or(ShareError::UnknownInstrument(body[1]))?
    };
    if body[2] != instrument.version {
        return Err(ShareError::OtherVersion {
            id: instrument.id.to_string(),
            version: body[2],
            have: instrument.version,
        });
    }
    Ok((instrument, body))
}

/// The nonce of a code of any format (bytes 3-6), without checking the
/// rest: enough to tell which session a kept code came from.
pub fn nonce_of(code: &str) -> Option<u32> {
    let head = URL_SAFE_NO_PAD.decode(code.get(..12)?).ok()?;
    Some(u32::from_le_bytes([head[3], head[4], head[5], head[6]]))
}

/// Decodes a share code made with any of `instruments`.
pub fn decode<'a>(code: &str, instruments: &[&'a Instrument]) -> Result<Shared<'a>, ShareError> {
    let (instrument, body) = open(code, FORMAT..=FORMAT_DATED, HEADER, instruments)?;
    let body = &body[..];
    let (header, completed) = if body[0] == FORMAT_DATED {
        let day = body.get(HEADER..HEADER + 2).ok_or(ShareError::Truncated)?;
        let day = Date::from_days(u32::from(u16::from_le_bytes([day[0], day[1]])))
            .ok_or(ShareError::Invalid("the date does not exist"))?;
        (HEADER + 2, Some(day))
    } else {
        (HEADER, None)
    };
    let nonce = u32::from_le_bytes([body[3], body[4], body[5], body[6]]);
    let flags = body[7];
    let part_count = instrument.parts.len();
    // Parts 5-8 (an instrument file's) are switched in one more byte.
    let (switches, header) = if part_count > 4 {
        let high = *body.get(header).ok_or(ShareError::Truncated)?;
        (u16::from(flags & 0x0f) | u16::from(high) << 4, header + 1)
    } else {
        (u16::from(flags & 0x0f), header)
    };
    if switches >> part_count != 0 {
        return Err(ShareError::Invalid(
            "a part that does not exist is switched on",
        ));
    }
    let role_bits = (flags >> 4) & 0b111;
    let role = if instrument.roles.is_empty() {
        if role_bits != 0 {
            return Err(ShareError::Invalid("this questionnaire has no roles"));
        }
        None
    } else if usize::from(role_bits) < instrument.roles.len() {
        Some(role_bits)
    } else {
        return Err(ShareError::Invalid("the role does not exist"));
    };
    let parts: Vec<bool> = (0..part_count).map(|i| switches & (1 << i) != 0).collect();
    for (on, part) in parts.iter().zip(instrument.parts.iter()) {
        if !on && !part.optional {
            return Err(ShareError::Invalid("a required part is switched off"));
        }
    }

    let mut bits = BitReader {
        bytes: &body[header..],
        pos: 0,
    };
    let n = bits.take(5)?;
    if let Some(l) = &instrument.litmus {
        if n < l.min_colleagues || n > l.max_colleagues {
            return Err(ShareError::Invalid(
                "the number of colleagues is out of range",
            ));
        }
    } else if n != 0 {
        return Err(ShareError::Invalid("this questionnaire has no litmus test"));
    }
    let mut litmus = Vec::with_capacity(usize::from(n));
    for _ in 0..n {
        let k = bits.take(3)?;
        if k > 5 {
            return Err(ShareError::Invalid(
                "a colleague has more than five experiences",
            ));
        }
        litmus.push(k);
    }
    let mut responses = Vec::with_capacity(instrument.item_count());
    for (r, _) in instrument.items() {
        let response = match bits.take(3)? {
            0 => Response::Unanswered,
            x @ 1..=5 => Response::Agree(x),
            6 => Response::PreferNot,
            _ => return Err(ShareError::Invalid("an answer is off the scale")),
        };
        if response != Response::Unanswered && !parts[r.part] {
            return Err(ShareError::Invalid("a switched-off part has answers"));
        }
        responses.push(response);
    }
    // Padding is zero, so every result has exactly one code.
    while bits.pos % 8 != 0 {
        if bits.take(1)? != 0 {
            return Err(ShareError::Invalid("the padding is not zero"));
        }
    }
    let mut rest = &body[header + bits.bytes_used()..];
    let labels = if flags & LABELS_FLAG != 0 {
        let mut labels = Vec::with_capacity(litmus.len());
        for _ in 0..n {
            let (&len, tail) = rest.split_first().ok_or(ShareError::Truncated)?;
            let len = usize::from(len);
            if tail.len() < len {
                return Err(ShareError::Truncated);
            }
            let text = std::str::from_utf8(&tail[..len])
                .map_err(|_| ShareError::Invalid("a label is not text"))?;
            if text.chars().any(char::is_control) {
                return Err(ShareError::Invalid("a label has control characters"));
            }
            labels.push(text.to_string());
            rest = &tail[len..];
        }
        Some(labels)
    } else {
        None
    };
    if !rest.is_empty() {
        return Err(ShareError::Invalid("there are extra bytes at the end"));
    }
    Ok(Shared {
        instrument,
        answers: Answers {
            parts,
            litmus,
            responses,
            role,
        },
        labels,
        nonce,
        role,
        completed,
    })
}
