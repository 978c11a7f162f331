//! The locale's name for the language switch; the locale itself is the protocol's
//! ([`panel_protocol::locale`]), which the backend reads too.

/// A locale's name as its readers write it, for the language switch ("Deutsch"); the code for
/// one not known here.
pub fn language_name(code: &str) -> &str {
    match code {
        "en_US" | "en" => "English",
        "de_DE" | "de" => "Deutsch",
        "en_XA" => "Ëñğłîšħ (pseudo, long)",
        "ar_XB" => "English (pseudo, right to left)",
        "fr_FR" => "Français",
        "es_ES" => "Español",
        "nl_NL" => "Nederlands",
        "he_IL" => "עִבְרִית",
        "ar" => "العربية",
        other => other,
    }
}
