//! The deposit schedule in time: which days deposits are made, when funds become available
//! and when a deposit reaches the bank.

use panel_protocol::{CalendarDate, DepositInterval, DepositSchedule};

/// Days between the day a deposit is made and the day it arrives in the bank account.
pub(crate) const BANK_TRANSIT_DAYS: i64 = 3;

/// Whether the schedule makes a deposit on `date`. A monthly deposit on a day the month does
/// not have (the 31st in April) is made on the month's last day.
pub(crate) fn is_deposit_day(schedule: &DepositSchedule, date: CalendarDate) -> bool {
    match schedule.interval {
        DepositInterval::Daily => true,
        DepositInterval::Weekly { weekday } => date.weekday() == weekday,
        DepositInterval::Monthly { day } => date.day() == u32::from(day).min(date.days_in_month()),
    }
}

/// The first day strictly after `date` on which the schedule makes a deposit.
pub(crate) fn next_deposit_day(schedule: &DepositSchedule, date: CalendarDate) -> CalendarDate {
    // Every schedule has a deposit day within any 31 consecutive days.
    (1..=31).map(|offset| date.add_days(offset)).find(|day| is_deposit_day(schedule, *day)).unwrap_or(date.add_days(1))
}

/// The day (00:00 UTC, in seconds) a payment made at `created_at` becomes available for a
/// deposit: `delay_days` after its own day.
pub(crate) fn available_on(created_at: i64, delay_days: u32) -> i64 {
    CalendarDate::from_unix_seconds(created_at).add_days(i64::from(delay_days)).unix_seconds()
}

#[cfg(test)]
mod tests {
    use panel_protocol::Weekday;

    use super::*;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).expect("a valid date")
    }

    fn schedule(interval: DepositInterval) -> DepositSchedule {
        DepositSchedule { interval, delay_days: 2 }
    }

    #[test]
    fn daily_deposits_are_made_every_day() {
        let daily = schedule(DepositInterval::Daily);
        assert!(is_deposit_day(&daily, date("2024-06-01")));
        assert_eq!(next_deposit_day(&daily, date("2024-12-31")), date("2025-01-01"));
    }

    #[test]
    fn weekly_deposits_are_made_on_their_weekday() {
        let fridays = schedule(DepositInterval::Weekly { weekday: Weekday::Friday });
        assert!(is_deposit_day(&fridays, date("2024-06-07")));
        assert!(!is_deposit_day(&fridays, date("2024-06-08")));
        assert_eq!(next_deposit_day(&fridays, date("2024-06-05")), date("2024-06-07"));
        assert_eq!(next_deposit_day(&fridays, date("2024-06-07")), date("2024-06-14"), "strictly after");
    }

    #[test]
    fn monthly_deposits_fall_back_to_the_last_day_of_short_months() {
        let on_31st = schedule(DepositInterval::Monthly { day: 31 });
        assert_eq!(next_deposit_day(&on_31st, date("2024-04-01")), date("2024-04-30"));
        assert_eq!(next_deposit_day(&on_31st, date("2024-04-30")), date("2024-05-31"));
        assert_eq!(next_deposit_day(&on_31st, date("2024-02-01")), date("2024-02-29"));
        let on_1st = schedule(DepositInterval::Monthly { day: 1 });
        assert_eq!(next_deposit_day(&on_1st, date("2024-01-01")), date("2024-02-01"));
    }

    #[test]
    fn funds_become_available_after_the_delay_counted_in_days() {
        let noon = date("2024-06-05").unix_seconds() + 12 * 3_600;
        assert_eq!(available_on(noon, 2), date("2024-06-07").unix_seconds());
        assert_eq!(available_on(noon, 0), date("2024-06-05").unix_seconds());
    }
}
