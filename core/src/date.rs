//! Calendar dates at day precision, with no clock and no time zone: the
//! app reads today's date from the browser and hands it in. Used for when a
//! result was completed, reminders and commitments' due dates.

use std::fmt;

/// A day of the proleptic Gregorian calendar, from 2000-01-01 on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 2000-01-01 (day 0).
    days: u32,
}

/// Days from 1970-01-01 to 2000-01-01.
const EPOCH_2000: i64 = 10_957;

impl Date {
    /// The date `year-month-day`, or `None` when there is no such day (or it
    /// is before 2000 or after 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(2000..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(i64::from(year), u32::from(month), u32::from(day)) - EPOCH_2000;
        Some(Date {
            days: u32::try_from(days).ok()?,
        })
    }

    /// The date `days` days after 2000-01-01.
    pub fn from_days(days: u32) -> Option<Date> {
        let date = Date { days };
        (date.ymd().0 <= 9999).then_some(date)
    }

    /// Days since 2000-01-01.
    pub fn days(self) -> u32 {
        self.days
    }

    /// The date of a Unix time in milliseconds (as `Date.now()` gives),
    /// in UTC; `None` outside 2000-9999.
    pub fn from_unix_ms(ms: f64) -> Option<Date> {
        if !ms.is_finite() {
            return None;
        }
        let days = (ms / 86_400_000.0).floor() as i64 - EPOCH_2000;
        Date::from_days(u32::try_from(days).ok()?)
    }

    /// Year, month (1-12) and day (1-31).
    pub fn ymd(self) -> (u16, u8, u8) {
        let (y, m, d) = civil_from_days(i64::from(self.days) + EPOCH_2000);
        (y as u16, m as u8, d as u8)
    }

    /// The date `n` days later, if it is still a date.
    pub fn plus_days(self, n: u32) -> Option<Date> {
        Date::from_days(self.days.checked_add(n)?)
    }

    /// Reads `YYYY-MM-DD` (as an `<input type=date>` gives it).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |s: &[u8]| -> Option<u16> {
            s.iter().try_fold(0u16, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
            })
        };
        Date::new(
            number(&b[..4])?,
            u8::try_from(number(&b[5..7])?).ok()?,
            u8::try_from(number(&b[8..])?).ok()?,
        )
    }

    /// `YYYYMMDD`, as iCalendar writes a date.
    pub fn compact(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}{m:02}{d:02}")
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn is_leap(year: u16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's `days_from_civil` and `civil_from_days`: days since
// 1970-01-01 to and from a Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_a_user_would_check() {
        let cases = [
            ("2000-01-01", 0),
            ("2000-03-01", 60),
            ("2024-02-29", 8825),
            ("2026-12-02", 9832),
        ];
        for (text, days) in cases {
            let d = Date::parse(text).unwrap();
            assert_eq!(d.days(), days, "{text}");
            assert_eq!(d.to_string(), text);
            assert_eq!(Date::from_days(days), Some(d));
        }
        let today = Date::parse("2026-12-02").unwrap();
        assert_eq!(today.plus_days(90).unwrap().to_string(), "2027-03-02");
        assert_eq!(today.compact(), "20261202");
        assert_eq!(Date::from_unix_ms(1_796_169_600_000.0), Some(today));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "1999-12-31",
            "2026-1-01",
            "2026/12/02",
            "",
            "２０２６-12-02",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::from_unix_ms(f64::NAN), None);
    }

    #[test]
    fn every_day_round_trips_through_its_text() {
        let mut previous = None;
        for days in 0..40_000 {
            let d = Date::from_days(days).unwrap();
            assert_eq!(Date::parse(&d.to_string()), Some(d));
            assert!(previous < Some(d));
            previous = Some(d);
        }
    }
}
