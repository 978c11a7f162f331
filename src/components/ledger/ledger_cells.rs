//! The cells the ledger tables share: money, calendar days and instants, each as people read
//! it (`crate::format`), with the machine-readable value beside it.

use leptos::prelude::*;
use panel_protocol::CalendarDate;

use crate::format::{date_and_time, day, format_money};

/// A table cell holding `amount` (minor units) of `currency`, aligned for comparing; money
/// going out is marked.
pub fn money_cell(amount: i64, currency: &str) -> impl IntoView + use<> {
    view! {
        <td class="wcpay-ledger__num" class:wcpay-ledger__negative=amount < 0>{left_to_right(format_money(amount, currency))}</td>
    }
}

/// A number or an amount written left to right whatever the language's direction, isolated from
/// the text around it (so "-$12.00" never reads "$12.00-" in a right-to-left language).
pub fn left_to_right(text: String) -> impl IntoView + use<> {
    view! { <bdi dir="ltr">{text}</bdi> }
}

/// A table cell holding a calendar day (00:00 UTC, in seconds), e.g. "May 3, 2024".
pub fn day_cell(seconds: i64) -> impl IntoView + use<> {
    view! { <td>{day_time(seconds)}</td> }
}

/// A table cell holding an instant (seconds since the Unix epoch), e.g. "May 3, 2024, 2:15 PM".
pub fn instant_cell(seconds: i64) -> impl IntoView + use<> {
    view! { <td>{instant_time(seconds)}</td> }
}

/// A `<time>` holding a calendar day: the day never shifts with the reader's time zone.
pub fn day_time(seconds: i64) -> impl IntoView + use<> {
    let datetime = CalendarDate::from_unix_seconds(seconds).to_string();
    view! { <time datetime=datetime>{day(seconds)}</time> }
}

/// A `<time>` holding an instant, in the reader's time zone.
pub fn instant_time(seconds: i64) -> impl IntoView + use<> {
    view! { <time datetime=iso_instant(seconds)>{date_and_time(seconds)}</time> }
}

/// An instant written as ISO 8601 in UTC, for `<time datetime>`: `2024-05-03T14:15:00Z`.
fn iso_instant(seconds: i64) -> String {
    let day = CalendarDate::from_unix_seconds(seconds);
    let in_day = seconds - day.unix_seconds();
    format!("{day}T{:02}:{:02}:{:02}Z", in_day / 3600, in_day % 3600 / 60, in_day % 60)
}

#[cfg(test)]
mod tests {
    use super::iso_instant;

    #[test]
    fn instants_are_written_in_iso_8601() {
        assert_eq!(iso_instant(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(iso_instant(-1), "1969-12-31T23:59:59Z");
    }
}
