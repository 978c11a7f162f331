//! Calendar dates: the days of a deposit's arrival or a transaction's `available_on`, each the
//! instant of 00:00 UTC that day, and the days of the week.

use std::fmt;

use super::wire_enum::wire_enum;

wire_enum! {
    /// A day of the week.
    pub enum Weekday {
        /// Monday.
        Monday = "monday",
        /// Tuesday.
        Tuesday = "tuesday",
        /// Wednesday.
        Wednesday = "wednesday",
        /// Thursday.
        Thursday = "thursday",
        /// Friday.
        Friday = "friday",
        /// Saturday.
        Saturday = "saturday",
        /// Sunday.
        Sunday = "sunday",
    }
}

const SECONDS_PER_DAY: i64 = 86_400;

/// A day of the proleptic Gregorian calendar, in UTC, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    /// Days since 1970-01-01.
    days: i64,
}

impl CalendarDate {
    /// The date of `year`-`month`-`day`, if that day exists (years 0 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        let valid =
            (0..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then(|| Self { days: days_from_civil(i64::from(year), month, day) })
    }

    /// Reads exactly `YYYY-MM-DD`; `None` for any other text or a day that does not exist.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            let part = bytes.get(range)?;
            part.iter().all(u8::is_ascii_digit).then(|| std::str::from_utf8(part).ok()?.parse::<u32>().ok()).flatten()
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = i32::try_from(digits(0..4)?).ok()?;
        Self::new(year, digits(5..7)?, digits(8..10)?)
    }

    /// The day (UTC) that holds the instant `seconds` since the Unix epoch.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self { days: seconds.div_euclid(SECONDS_PER_DAY) }
    }

    /// The instant this day starts, 00:00 UTC, in seconds since the Unix epoch.
    pub fn unix_seconds(self) -> i64 {
        self.days * SECONDS_PER_DAY
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Self {
        Self { days: self.days + days }
    }

    /// The year, e.g. 2024.
    pub fn year(self) -> i32 {
        // Years stay within i32 for every date this type makes from i64 seconds.
        i32::try_from(civil_from_days(self.days).0).unwrap_or(i32::MAX)
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        civil_from_days(self.days).1
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        civil_from_days(self.days).2
    }

    /// How many days this date's month has.
    pub fn days_in_month(self) -> u32 {
        days_in_month(self.year(), self.month())
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday: index 3 counting from Monday.
        let index = (self.days + 3).rem_euclid(7);
        Weekday::ALL[usize::try_from(index).unwrap_or(0)]
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.days);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date (year, month, day) of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Both are small positive numbers by construction (1..=31, 1..=12).
    (year, u32::try_from(month).unwrap_or(1), u32::try_from(day).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates_convert_to_and_from_unix_seconds() {
        let date = CalendarDate::parse("2024-02-29").expect("leap day");
        assert_eq!(date.unix_seconds(), 1_709_164_800);
        assert_eq!(CalendarDate::from_unix_seconds(1_709_164_800 + 86_399), date);
        assert_eq!(CalendarDate::from_unix_seconds(-1).to_string(), "1969-12-31");
        assert_eq!((date.year(), date.month(), date.day(), date.days_in_month()), (2024, 2, 29, 29));
        assert_eq!(date.weekday(), Weekday::Thursday);
        assert_eq!(date.add_days(1).to_string(), "2024-03-01");
        assert_eq!(CalendarDate::parse("1970-01-01").map(CalendarDate::unix_seconds), Some(0));
        assert_eq!(CalendarDate::parse("2000-02-30"), None);
        assert_eq!(CalendarDate::parse("2024-02-29x"), None);
        assert_eq!(CalendarDate::parse("+024-02-09"), None);
        // Every day of four centuries survives the round trip.
        let start = CalendarDate::parse("1900-01-01").expect("date");
        for offset in 0..146_097 {
            let day = start.add_days(offset);
            assert_eq!(CalendarDate::parse(&day.to_string()), Some(day));
        }
    }
}
