//! Placeholders the WordPress way: `%s` and `%d` take the next argument, `%1$s` and `%2$d` a
//! numbered one (so a translation can reorder them), `%%` is a percent sign. Anything else is
//! left as written.

use std::fmt::Display;

/// `format` with its placeholders filled from `args`; a placeholder with no argument stays as
/// written.
pub fn sprintf(format: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(format.len() + 16 * args.len());
    let mut next = 0;
    let mut rest = format;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let Some((index, length)) = placeholder(after, &mut next) else {
            if let Some(stripped) = after.strip_prefix('%') {
                out.push('%');
                rest = stripped;
            } else {
                out.push('%');
                rest = after;
            }
            continue;
        };
        match args.get(index) {
            Some(arg) => out.push_str(&arg.to_string()),
            None => out.push_str(&rest[at..at + 1 + length]),
        }
        rest = &after[length..];
    }
    out.push_str(rest);
    out
}

/// The argument index a placeholder at the start of `text` (just after its `%`) names, and its
/// length: `s`/`d` (the next one) or `N$s`/`N$d`.
fn placeholder(text: &str, next: &mut usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if matches!(bytes.first(), Some(b's' | b'd')) {
        *next += 1;
        return Some((*next - 1, 1));
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && bytes.get(digits) == Some(&b'$') && matches!(bytes.get(digits + 1), Some(b's' | b'd')) {
        let number: usize = text[..digits].parse().ok()?;
        return Some((number.checked_sub(1)?, digits + 2));
    }
    None
}

/// The arguments the placeholders of `text` take (`%s` counted in order), sorted, each once: a
/// translation must take the same ones as its English text.
pub fn placeholders(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut next = 0;
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        let after = &rest[at + 1..];
        match placeholder(after, &mut next) {
            Some((index, length)) => {
                found.push(index);
                rest = &after[length..];
            }
            None => rest = after.strip_prefix('%').unwrap_or(after),
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_order_or_by_number() {
        assert_eq!(sprintf("Connected as %s", &[&"Daisy"]), "Connected as Daisy");
        assert_eq!(sprintf("Step %1$d of %2$d", &[&2, &5]), "Step 2 of 5");
        assert_eq!(sprintf("Schritt %2$d: %1$s", &[&"Los", &3]), "Schritt 3: Los");
        assert_eq!(sprintf("%s and %s", &[&"a", &"b"]), "a and b");
    }

    #[test]
    fn percent_signs_and_missing_arguments_stay_readable() {
        assert_eq!(sprintf("100%% sure, %d%%", &[&50]), "100% sure, 50%");
        assert_eq!(sprintf("%s then %s", &[&"one"]), "one then %s");
        assert_eq!(sprintf("%3$s, %0$s, %x, 5% off, end %", &[&"a"]), "%3$s, %0$s, %x, 5% off, end %");
        assert_eq!(sprintf("Zürich – %s", &[&"ü"]), "Zürich – ü");
    }

    #[test]
    fn placeholders_are_listed_for_comparison() {
        assert_eq!(placeholders("Step %1$d of %2$d"), [0, 1]);
        assert_eq!(placeholders("%2$s vor %1$s"), [0, 1]);
        assert_eq!(placeholders("%s and %s"), [0, 1]);
        assert_eq!(placeholders("as %1$s (log in as %1$s)"), [0]);
        assert_eq!(placeholders("100%% of %d"), [0]);
        assert_ne!(placeholders("%s"), placeholders("no placeholder"));
    }
}
