//! Calendar files (iCalendar, RFC 5545) made on the device: a reminder to
//! retake the check next quarter, and a team's commitments by their due
//! dates. Nothing is sent anywhere; the user opens the file in their
//! calendar.

use crate::date::Date;

/// How long until the next review: a quarter.
pub const QUARTER_DAYS: u32 = 90;

/// An all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The day.
    pub date: Date,
    /// Its title.
    pub summary: String,
    /// Its notes.
    pub description: String,
    /// A link it carries, if any.
    pub url: Option<String>,
}

/// Escapes text for a TEXT value: backslash, semicolon, comma, newline.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line exceeds 75 octets (a
/// continuation line starts with a space), never inside a character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A calendar of all-day `events`, made on `today`. Each event's UID is
/// unique to its day, position and title, so opening the same file twice
/// updates rather than duplicates it.
pub fn calendar(events: &[Event], today: Date) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Litmus//Leadership trust check//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    for (n, e) in events.iter().enumerate() {
        let next = e.date.plus_days(1).unwrap_or(e.date);
        let hash = e.summary.bytes().fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        line(&mut out, "BEGIN:VEVENT");
        line(
            &mut out,
            &format!("UID:{}-{n}-{hash:08x}@litmus", e.date.compact()),
        );
        line(&mut out, &format!("DTSTAMP:{}T000000Z", today.compact()));
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", e.date.compact()),
        );
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", next.compact()));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        if let Some(url) = &e.url {
            line(
                &mut out,
                &format!(
                    "URL:{}",
                    url.chars().filter(|c| !c.is_control()).collect::<String>()
                ),
            );
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A reminder, [`QUARTER_DAYS`] after `today`, to take the check at
/// `address` again and compare.
pub fn quarterly_reminder(today: Date, address: &str) -> String {
    let date = today.plus_days(QUARTER_DAYS).unwrap_or(today);
    calendar(
        &[Event {
            date,
            summary: "Retake the Litmus leadership trust check".into(),
            description: format!(
                "A quarter since your last check ({today}). Take it again and compare with your earlier result: {address}"
            ),
            url: Some(address.to_string()),
        }],
        today,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The content lines of a calendar, unfolded.
    fn unfold(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for raw in text.split("\r\n").filter(|l| !l.is_empty()) {
            match raw.strip_prefix(' ') {
                Some(rest) => lines.last_mut().unwrap().push_str(rest),
                None => lines.push(raw.to_string()),
            }
        }
        lines
    }

    #[test]
    fn a_reminder_is_a_valid_calendar_for_next_quarter() {
        let today = Date::parse("2026-12-02").unwrap();
        let address = "https://tools.example/litmus/?title=Acme%2C+Partners";
        let ics = quarterly_reminder(today, address);
        assert!(
            ics.ends_with("\r\n") && !ics.replace("\r\n", "").contains('\n'),
            "CRLF lines only"
        );
        assert!(
            ics.split("\r\n").all(|l| l.len() <= 75),
            "folded at 75 octets"
        );
        let lines = unfold(&ics);
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20270302",
            "DTEND;VALUE=DATE:20270303",
            "DTSTAMP:20261202T000000Z",
            "SUMMARY:Retake the Litmus leadership trust check",
            &format!("URL:{address}"),
            "END:VEVENT",
            "END:VCALENDAR",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{expected} in {lines:?}"
            );
        }
        let description = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(description.contains("(2026-12-02)") && description.contains("Acme%2C+Partners"));
        assert!(description.contains("again and compare with your earlier result: https"));
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        let today = Date::parse("2026-12-02").unwrap();
        let summary = "Owner: A.B.; check-ins, weekly\\monthly\n".to_string() + &"é".repeat(60);
        let ics = calendar(
            &[Event {
                date: today,
                summary: summary.clone(),
                description: String::new(),
                url: None,
            }],
            today,
        );
        assert!(ics
            .split("\r\n")
            .all(|l| l.len() <= 75 && std::str::from_utf8(l.as_bytes()).is_ok()));
        let line = unfold(&ics)
            .into_iter()
            .find(|l| l.starts_with("SUMMARY:"))
            .unwrap();
        assert_eq!(
            line,
            format!(
                "SUMMARY:Owner: A.B.\\; check-ins\\, weekly\\\\monthly\\n{}",
                "é".repeat(60)
            )
        );
        let two = calendar(
            &[
                Event {
                    date: today,
                    summary: "x".into(),
                    description: String::new(),
                    url: None,
                },
                Event {
                    date: today,
                    summary: "y".into(),
                    description: String::new(),
                    url: None,
                },
            ],
            today,
        );
        let uids: Vec<String> = unfold(&two)
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect();
        assert_eq!(uids.len(), 2);
        assert_ne!(uids[0], uids[1]);
    }
}
