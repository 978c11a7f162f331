//! Dates, times, durations, counts, money and outside names as the panel writes them: in
//! English like the rest of the panel, in the forms WordPress uses by default ("November 14,
//! 2023"; "Nov 14, 2023, 2:15 PM"; "$1,234.56"), and in the reader's time zone where an instant
//! is meant. Names from outside (WordPress.com display names) are isolated so their direction
//! cannot reorder the text around them.
//!
//! Written here rather than by the browser's `Intl`: its first use on a page loads locale data
//! for 15 to 30 ms, which was a sixth of the Overview's startup (`make bench`).

use panel_protocol::{CalendarDate, WpcomUser, minor_unit_digits};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date given in seconds since the Unix epoch, in the reader's time zone: "November 14, 2023".
pub fn date(seconds_since_epoch: i64) -> String {
    long_date(CalendarDate::from_unix_seconds(in_readers_zone(seconds_since_epoch)))
}

/// A calendar day (00:00 UTC, in seconds), which never shifts with the time zone: "Nov 14, 2023".
pub fn day(seconds: i64) -> String {
    short_date(CalendarDate::from_unix_seconds(seconds))
}

/// An instant, in the reader's time zone: "Nov 14, 2023, 2:15 PM".
pub fn date_and_time(seconds: i64) -> String {
    local_date_and_time(in_readers_zone(seconds))
}

/// "November 14, 2023".
fn long_date(date: CalendarDate) -> String {
    format!("{} {}, {}", month_name(date), date.day(), date.year())
}

/// "Nov 14, 2023": the month's first three letters ("Jun 3, 2024").
fn short_date(date: CalendarDate) -> String {
    format!("{} {}, {}", &month_name(date)[..3], date.day(), date.year())
}

/// `local_seconds` (seconds since the epoch, shifted into the reader's zone) as
/// "Nov 14, 2023, 2:15 PM".
fn local_date_and_time(local_seconds: i64) -> String {
    let date = CalendarDate::from_unix_seconds(local_seconds);
    let minutes_in_day = (local_seconds - date.unix_seconds()) / 60;
    let (hour, minute) = (minutes_in_day / 60, minutes_in_day % 60);
    let (hour12, half) = match hour {
        0 => (12, "AM"),
        1..=11 => (hour, "AM"),
        12 => (12, "PM"),
        _ => (hour - 12, "PM"),
    };
    format!("{}, {hour12}:{minute:02} {half}", short_date(date))
}

fn month_name(date: CalendarDate) -> &'static str {
    let index = usize::try_from(date.month().saturating_sub(1)).unwrap_or(0);
    MONTHS.get(index).copied().unwrap_or("January")
}

/// `seconds` shifted by the reader's UTC offset at that instant (daylight saving included).
fn in_readers_zone(seconds: i64) -> i64 {
    seconds - zone_offset_minutes(seconds) * 60
}

/// Minutes the reader's zone is behind UTC at `seconds`, as the browser says (no locale data).
#[cfg(target_arch = "wasm32")]
fn zone_offset_minutes(seconds: i64) -> i64 {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(seconds as f64 * 1000.0));
    at.get_timezone_offset() as i64
}

/// Native builds (the tests) read time in UTC.
#[cfg(not(target_arch = "wasm32"))]
fn zone_offset_minutes(_seconds: i64) -> i64 {
    0
}

/// "Display Name (login)": both, since two accounts can share a display name. A name written
/// right to left, or carrying direction controls, is isolated so it cannot reorder the text
/// around it.
pub fn describe(user: &WpcomUser) -> String {
    format!("{} ({})", isolated(&user.display_name), user.login)
}

/// `text` as it may sit inside a sentence: unchanged when it is plain left-to-right text, else
/// wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (the text form of `<bdi>`), which
/// also ends any override or embedding the text leaves open.
pub fn isolated(text: &str) -> String {
    let bidi = |c: char| {
        matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    };
    if text.chars().any(bidi) { format!("\u{2068}{text}\u{2069}") } else { text.to_owned() }
}

/// `seconds` as a person says it: "under a minute", "12 minutes", "3 hours", "2 days".
pub fn duration_words(seconds: i64) -> String {
    let plural = |count: i64, unit: &str| if count == 1 { format!("1 {unit}") } else { format!("{count} {unit}s") };
    match seconds.max(0) {
        0..60 => "under a minute".to_owned(),
        seconds @ 60..3600 => plural(seconds / 60, "minute"),
        seconds @ 3600..86_400 => plural(seconds / 3600, "hour"),
        seconds => plural(seconds / 86_400, "day"),
    }
}

/// How long before `now` the instant `then` was (both in seconds since the epoch), as a person
/// says it: "just now" under a minute (or for an instant ahead of `now`), else "5 minutes ago".
pub fn time_ago(then: i64, now: i64) -> String {
    match now.saturating_sub(then) {
        ..60 => "just now".to_owned(),
        elapsed => format!("{} ago", duration_words(elapsed)),
    }
}

/// `count` written with thousands separators: `10,000`.
pub fn grouped(count: u64) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// An amount in minor units as people read it: `$1,234.56`, `-€3.00`, `£0.30`, `¥500`, and
/// `12.34 CHF` for currencies without a symbol here.
pub fn format_money(amount: i64, currency: &str) -> String {
    let code = currency.to_ascii_uppercase();
    let digits = minor_unit_digits(&code);
    let magnitude = amount.unsigned_abs();
    let scale = 10_u64.pow(digits);
    let mut number = grouped(magnitude / scale);
    if digits > 0 {
        number.push_str(&format!(".{:0width$}", magnitude % scale, width = digits as usize));
    }
    let sign = if amount < 0 { "-" } else { "" };
    let symbol = match code.as_str() {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    };
    match symbol {
        Some(symbol) => format!("{sign}{symbol}{number}"),
        None => format!("{sign}{number} {code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_wordpress_writes_them_by_default() {
        assert_eq!(date(1_700_000_000), "November 14, 2023");
        assert_eq!(day(CalendarDate::new(2024, 6, 3).expect("a date").unix_seconds()), "Jun 3, 2024");
        assert_eq!(day(CalendarDate::new(2024, 5, 31).expect("a date").unix_seconds()), "May 31, 2024");
    }

    #[test]
    fn times_use_a_twelve_hour_clock() {
        let midnight = CalendarDate::new(2024, 5, 3).expect("a date").unix_seconds();
        assert_eq!(date_and_time(midnight), "May 3, 2024, 12:00 AM");
        assert_eq!(date_and_time(midnight + 9 * 60), "May 3, 2024, 12:09 AM");
        assert_eq!(date_and_time(midnight + 11 * 3600 + 59 * 60 + 59), "May 3, 2024, 11:59 AM");
        assert_eq!(date_and_time(midnight + 12 * 3600), "May 3, 2024, 12:00 PM");
        assert_eq!(date_and_time(midnight + 14 * 3600 + 15 * 60), "May 3, 2024, 2:15 PM");
        assert_eq!(date_and_time(midnight - 60), "May 2, 2024, 11:59 PM");
    }

    #[test]
    fn dates_before_the_epoch_are_written_too() {
        assert_eq!(date_and_time(-1), "Dec 31, 1969, 11:59 PM");
    }

    #[test]
    fn plain_names_stay_as_they_are_and_right_to_left_ones_are_isolated() {
        assert_eq!(isolated("Daisy Baker"), "Daisy Baker");
        assert_eq!(isolated("\u{202E}Mallory"), "\u{2068}\u{202E}Mallory\u{2069}");
        assert_eq!(isolated("דנה"), "\u{2068}דנה\u{2069}");
        let user = WpcomUser { login: "mallory".into(), display_name: "\u{202E}yrollaM".into() };
        assert!(describe(&user).ends_with("\u{2069} (mallory)"));
    }

    #[test]
    fn durations_read_as_a_person_says_them() {
        assert_eq!(duration_words(-5), "under a minute");
        assert_eq!(duration_words(59), "under a minute");
        assert_eq!(duration_words(60), "1 minute");
        assert_eq!(duration_words(3599), "59 minutes");
        assert_eq!(duration_words(7200), "2 hours");
        assert_eq!(duration_words(86_400 * 3 + 5), "3 days");
    }

    #[test]
    fn instants_before_now_read_as_how_long_ago() {
        let now = 1_700_000_000;
        assert_eq!(time_ago(now, now), "just now");
        assert_eq!(time_ago(now - 59, now), "just now");
        assert_eq!(time_ago(now + 30, now), "just now");
        assert_eq!(time_ago(now - 60, now), "1 minute ago");
        assert_eq!(time_ago(now - 5 * 60 - 10, now), "5 minutes ago");
        assert_eq!(time_ago(now - 3600, now), "1 hour ago");
        assert_eq!(time_ago(now - 3 * 3600, now), "3 hours ago");
        assert_eq!(time_ago(now - 86_400, now), "1 day ago");
        assert_eq!(time_ago(now - 2 * 86_400 - 5, now), "2 days ago");
        assert_eq!(time_ago(i64::MIN, i64::MAX), "106751991167300 days ago");
    }

    #[test]
    fn counts_are_grouped_in_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn money_is_formatted_from_minor_units() {
        assert_eq!(format_money(123_456, "USD"), "$1,234.56");
        assert_eq!(format_money(-300, "eur"), "-€3.00");
        assert_eq!(format_money(30, "GBP"), "£0.30");
        assert_eq!(format_money(500, "JPY"), "¥500");
        assert_eq!(format_money(1_234, "CHF"), "12.34 CHF");
        assert_eq!(format_money(1_234_567, "KWD"), "1,234.567 KWD");
        assert_eq!(format_money(i64::MIN, "USD"), "-$92,233,720,368,547,758.08");
        assert_eq!(format_money(100_000_000, "USD"), "$1,000,000.00");
    }
}
