//! A calendar date for the title block of an export, and its conversion from Unix time.
//!
//! The layout never reads the clock: the date is an input (the CLI and the window pass today's
//! date, tests pass a fixed one), so the same map and options always give the same layout. The
//! conversion is the proleptic Gregorian calendar in UTC (Howard Hinnant's `civil_from_days`),
//! a few lines rather than a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// A day of the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl Default for Date {
    /// 1 January 1970, the Unix epoch.
    fn default() -> Self {
        Date {
            year: 1970,
            month: 1,
            day: 1,
        }
    }
}

impl Date {
    /// The date, if it exists (30 February does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// The day that is `days` days after 1 January 1970 (negative: before).
    pub fn from_unix_days(days: i64) -> Date {
        // civil_from_days (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms").
        // The input is clamped so that no step can overflow.
        let z = days.clamp(-365_000_000, 365_000_000) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month,
            day,
        }
    }

    /// The UTC date of a moment (a moment before 1970 gives that earlier day).
    pub fn of(time: SystemTime) -> Date {
        let days = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => (after.as_secs() / 86_400) as i64,
            Err(before) => -(before.duration().as_secs().div_ceil(86_400) as i64),
        };
        Date::from_unix_days(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn unix_days_become_calendar_dates() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1).unwrap());
        // 1 December 2026 is day 20 788.
        assert_eq!(
            Date::from_unix_days(20_788),
            Date::new(2026, 12, 1).unwrap()
        );
        assert_eq!(
            Date::from_unix_days(11_016),
            Date::new(2000, 2, 29).unwrap()
        );
        assert_eq!(Date::from_unix_days(-1), Date::new(1969, 12, 31).unwrap());
        let moment = UNIX_EPOCH + Duration::from_secs(20_788 * 86_400 + 86_399);
        assert_eq!(Date::of(moment), Date::new(2026, 12, 1).unwrap());
        let before = UNIX_EPOCH - Duration::from_secs(10);
        assert_eq!(Date::of(before), Date::new(1969, 12, 31).unwrap());
    }

    #[test]
    fn every_day_follows_the_one_before() {
        let mut previous = Date::from_unix_days(-800);
        for d in -799..80_000 {
            let date = Date::from_unix_days(d);
            assert!(date > previous, "{date:?} after {previous:?}");
            assert_eq!(Date::new(date.year, date.month, date.day), Some(date));
            previous = date;
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
    }
}
