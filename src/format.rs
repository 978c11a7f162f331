//! Dates, times, durations, counts, money and outside names as the panel writes them, in the
//! panel's language the way WordPress does it: the formats are messages of the catalog too (a
//! PHP `date()` format such as "F j, Y", month names, the decimal and thousands separators, where
//! the currency symbol goes), so English reads "November 14, 2023", "Nov 14, 2023, 2:15 PM" and
//! "$1,234.56", and German "14. November 2023", "14. Nov. 2023, 14:15" and "1.234,56 €". An
//! instant is shown in the reader's time zone. Names from outside (WordPress.com display names)
//! are isolated so their direction cannot reorder the text around them.
//!
//! Written here rather than by the browser's `Intl`: its first use on a page loads locale data
//! for 15 to 30 ms, which was a sixth of the Overview's startup (`make bench`).

use panel_protocol::{CalendarDate, WpcomUser, minor_unit_digits};

use crate::i18n::{sprintf, t, tn, tx};

/// A date given in seconds since the Unix epoch, in the reader's time zone: "November 14, 2023".
pub fn date(seconds_since_epoch: i64) -> String {
    let local = in_readers_zone(seconds_since_epoch);
    // translators: a PHP date() format for a long date (WordPress's date_format): "F j, Y".
    php_date(tx("long date format", "F j, Y"), local)
}

/// A calendar day (00:00 UTC, in seconds), which never shifts with the time zone: "Nov 14, 2023".
pub fn day(seconds: i64) -> String {
    php_date(short_date_format(), seconds)
}

/// An instant, in the reader's time zone: "Nov 14, 2023, 2:15 PM".
pub fn date_and_time(seconds: i64) -> String {
    let local = in_readers_zone(seconds);
    // translators: a PHP date() format for a time (WordPress's time_format): "g:i A".
    let time = php_date(tx("time format", "g:i A"), local);
    // translators: %1$s is a date ("Nov 14, 2023"), %2$s a time ("2:15 PM").
    sprintf(tx("date and time", "%1$s, %2$s"), &[&php_date(short_date_format(), local), &time])
}

/// The PHP date() format of a short date: "M j, Y".
fn short_date_format() -> &'static str {
    // translators: a PHP date() format for a short date with an abbreviated month: "M j, Y".
    tx("short date format", "M j, Y")
}

/// `local_seconds` (seconds since the epoch, shifted into the reader's zone) written in the PHP
/// `date()` `format`, for the letters WordPress's translations use: `d j` (day), `F M m n`
/// (month), `Y y` (year), `a A g G h H i` (time); a backslash escapes a letter.
fn php_date(format: &str, local_seconds: i64) -> String {
    let date = CalendarDate::from_unix_seconds(local_seconds);
    let minutes_in_day = (local_seconds - date.unix_seconds()) / 60;
    let (hour, minute) = (minutes_in_day / 60, minutes_in_day % 60);
    let hour12 = match hour % 12 {
        0 => 12,
        other => other,
    };
    let month = usize::try_from(date.month().saturating_sub(1)).unwrap_or(0);
    let mut out = String::with_capacity(format.len() + 16);
    let mut letters = format.chars();
    while let Some(letter) = letters.next() {
        match letter {
            'd' => out.push_str(&format!("{:02}", date.day())),
            'j' => out.push_str(&date.day().to_string()),
            'F' => out.push_str(month_name(month)),
            'M' => out.push_str(month_abbreviation(month)),
            'm' => out.push_str(&format!("{:02}", date.month())),
            'n' => out.push_str(&date.month().to_string()),
            'Y' => out.push_str(&date.year().to_string()),
            'y' => out.push_str(&format!("{:02}", date.year().rem_euclid(100))),
            // translators: the marks of a 12-hour clock's morning and afternoon (PHP date()'s `a`).
            'a' => out.push_str(if hour < 12 { t("am") } else { t("pm") }),
            // translators: the same marks in capitals (PHP date()'s `A`).
            'A' => out.push_str(if hour < 12 { t("AM") } else { t("PM") }),
            'g' => out.push_str(&hour12.to_string()),
            'h' => out.push_str(&format!("{hour12:02}")),
            'G' => out.push_str(&hour.to_string()),
            'H' => out.push_str(&format!("{hour:02}")),
            'i' => out.push_str(&format!("{minute:02}")),
            '\\' => out.extend(letters.next()),
            other => out.push(other),
        }
    }
    out
}

/// The month's name, January being 0.
fn month_name(month: usize) -> &'static str {
    let names = [
        t("January"),
        t("February"),
        t("March"),
        t("April"),
        tx("month name", "May"),
        t("June"),
        t("July"),
        t("August"),
        t("September"),
        t("October"),
        t("November"),
        t("December"),
    ];
    names.get(month).copied().unwrap_or(names[0])
}

/// The month's abbreviation, as WordPress's `M` writes it.
fn month_abbreviation(month: usize) -> &'static str {
    let names = [
        tx("January abbreviation", "Jan"),
        tx("February abbreviation", "Feb"),
        tx("March abbreviation", "Mar"),
        tx("April abbreviation", "Apr"),
        tx("May abbreviation", "May"),
        tx("June abbreviation", "Jun"),
        tx("July abbreviation", "Jul"),
        tx("August abbreviation", "Aug"),
        tx("September abbreviation", "Sep"),
        tx("October abbreviation", "Oct"),
        tx("November abbreviation", "Nov"),
        tx("December abbreviation", "Dec"),
    ];
    names.get(month).copied().unwrap_or(names[0])
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
    let (count, form) = match seconds.max(0) {
        0..60 => return t("under a minute").to_owned(),
        seconds @ 60..3600 => counted(seconds / 60, |n| tn("%s minute", "%s minutes", n)),
        seconds @ 3600..86_400 => counted(seconds / 3600, |n| tn("%s hour", "%s hours", n)),
        seconds => counted(seconds / 86_400, |n| tn("%s day", "%s days", n)),
    };
    sprintf(form, &[&grouped(count)])
}

/// How long before `now` the instant `then` was (both in seconds since the epoch), as a person
/// says it: "just now" under a minute (or for an instant ahead of `now`), else "5 minutes ago".
pub fn time_ago(then: i64, now: i64) -> String {
    let (count, form) = match now.saturating_sub(then) {
        ..60 => return t("just now").to_owned(),
        elapsed @ 60..3600 => counted(elapsed / 60, |n| tn("%s minute ago", "%s minutes ago", n)),
        elapsed @ 3600..86_400 => counted(elapsed / 3600, |n| tn("%s hour ago", "%s hours ago", n)),
        elapsed => counted(elapsed / 86_400, |n| tn("%s day ago", "%s days ago", n)),
    };
    sprintf(form, &[&grouped(count)])
}

/// A whole count and the plural form `form` picks for it.
fn counted(count: i64, form: impl Fn(u64) -> &'static str) -> (u64, &'static str) {
    let count = count.unsigned_abs();
    (count, form(count))
}

/// `count` written with the language's thousands separator: `10,000` (German `10.000`).
pub fn grouped(count: u64) -> String {
    // translators: the thousands separator of numbers ("10,000"; German ".").
    group_digits(&count.to_string(), tx("thousands separator", ","))
}

fn group_digits(digits: &str, separator: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// An amount in minor units as people read it in the panel's language: `$1,234.56`, `-€3.00`,
/// `£0.30`, `¥500`, and `12.34 CHF` for currencies without a symbol here (German: `1.234,56 $`,
/// `-3,00 €`, `12,34 CHF`).
pub fn format_money(amount: i64, currency: &str) -> String {
    let code = currency.to_ascii_uppercase();
    let digits = minor_unit_digits(&code);
    let magnitude = amount.unsigned_abs();
    let scale = 10_u64.pow(digits);
    let mut number = grouped(magnitude / scale);
    if digits > 0 {
        // translators: the decimal separator of numbers ("1.50"; German ",").
        number.push_str(tx("decimal separator", "."));
        number.push_str(&format!("{:0width$}", magnitude % scale, width = digits as usize));
    }
    let sign = if amount < 0 { "-" } else { "" };
    let symbol = match code.as_str() {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    };
    let written = match symbol {
        // translators: where a currency symbol goes: %1$s is the number, %2$s the symbol ("$1.50"; German "%1$s %2$s").
        Some(symbol) => sprintf(tx("amount with currency symbol", "%2$s%1$s"), &[&number, &symbol]),
        // translators: where a currency code goes: %1$s is the number, %2$s the code ("1.50 CHF").
        None => sprintf(tx("amount with currency code", "%1$s %2$s"), &[&number, &code]),
    };
    format!("{sign}{written}")
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
        assert_eq!(time_ago(i64::MIN, i64::MAX), "106,751,991,167,300 days ago");
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
