//! Which locale the panel shows, named as WordPress names them (`de_DE`, `pt_BR`, `ar`), what
//! follows from it (the `lang` tag and the writing direction), and how the app page and the
//! backend agree on it: the cookie and query parameter that choose it, and where its translation
//! file is served.

/// The cookie that keeps the language chosen in the standalone panel's switch; the backend
/// reads it for every page.
pub const LOCALE_COOKIE: &str = "panel_locale";

/// The query parameter that asks for a page in a language (`/?locale=de_DE`); it wins over the
/// cookie and the browser's languages.
pub const LOCALE_QUERY: &str = "locale";

/// Where the standalone backend serves the translation files (`/languages/payments-panel-de_DE.json`).
pub const TRANSLATIONS_PATH: &str = "/languages/";

/// How a translation file's name starts and ends, around its locale's code.
const TRANSLATION_FILE_PREFIX: &str = "payments-panel-";
const TRANSLATION_FILE_SUFFIX: &str = ".json";

/// A WordPress locale such as `de_DE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    code: std::borrow::Cow<'static, str>,
}

/// Which way the panel's language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Languages written right to left among WordPress's locales.
const RIGHT_TO_LEFT: [&str; 12] = ["ar", "arq", "ary", "azb", "ckb", "fa", "haz", "he", "ps", "sd", "ug", "ur"];

impl Locale {
    /// The panel's own language, which needs no translation file.
    pub const ENGLISH: Locale = Locale { code: std::borrow::Cow::Borrowed("en_US") };

    /// The locale `code` names (`de_DE`, `de-DE` or `de`); English for an empty one.
    pub fn new(code: &str) -> Self {
        let code = code.trim().replace('-', "_");
        if code.is_empty() { Self::ENGLISH } else { Self { code: code.into() } }
    }

    /// The WordPress code, `de_DE`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The language alone, `de`.
    pub fn language(&self) -> &str {
        self.code.split('_').next().unwrap_or_default()
    }

    /// Whether this is English, which needs no file.
    pub fn is_english(&self) -> bool {
        matches!(self.code.as_ref(), "en_US" | "en")
    }

    /// The BCP 47 tag for `lang` attributes: `de-DE`.
    pub fn tag(&self) -> String {
        self.code.replace('_', "-")
    }

    /// Whether this is a pseudo-locale built for testing (`en_XA`, `ar_XB`: regions XA to XC),
    /// which the language switch does not offer.
    pub fn is_pseudo(&self) -> bool {
        matches!(self.code.split_once('_'), Some((_, "XA" | "XB" | "XC")))
    }

    /// The name of its Jed translation file, as `wp i18n make-json` and the plugin name it:
    /// `payments-panel-de_DE.json`.
    pub fn translation_file(&self) -> String {
        format!("{TRANSLATION_FILE_PREFIX}{}{TRANSLATION_FILE_SUFFIX}", self.code)
    }

    /// The locale a translation file is for, by its name ([`Locale::translation_file`]); none for
    /// another file.
    pub fn of_translation_file(name: &str) -> Option<Self> {
        let code = name.strip_prefix(TRANSLATION_FILE_PREFIX)?.strip_suffix(TRANSLATION_FILE_SUFFIX)?;
        (!code.is_empty()).then(|| Self::new(code))
    }

    /// The direction the locale's language is written in.
    pub fn direction(&self) -> Direction {
        if RIGHT_TO_LEFT.contains(&self.language()) { Direction::Rtl } else { Direction::Ltr }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_either_way() {
        assert_eq!(Locale::new("de-DE").code(), "de_DE");
        assert_eq!(Locale::new("de_DE").tag(), "de-DE");
        assert_eq!(Locale::new(" ").code(), "en_US");
        assert!(Locale::new("en_US").is_english());
        assert!(!Locale::new("en_XA").is_english());
    }

    #[test]
    fn pseudo_locales_and_file_names() {
        assert!(Locale::new("en_XA").is_pseudo());
        assert!(Locale::new("ar_XB").is_pseudo());
        assert!(!Locale::new("de_DE").is_pseudo());
        assert!(!Locale::new("de").is_pseudo());
        assert_eq!(Locale::new("de-DE").translation_file(), "payments-panel-de_DE.json");
        assert_eq!(Locale::of_translation_file("payments-panel-de_DE.json"), Some(Locale::new("de_DE")));
        assert_eq!(Locale::of_translation_file("payments-panel-.json"), None);
        assert_eq!(Locale::of_translation_file("payments-panel-de_DE.json.gz"), None);
    }

    #[test]
    fn right_to_left_languages_are_known() {
        assert_eq!(Locale::new("ar").direction(), Direction::Rtl);
        assert_eq!(Locale::new("ar_XB").direction(), Direction::Rtl);
        assert_eq!(Locale::new("he_IL").direction(), Direction::Rtl);
        assert_eq!(Locale::new("fa_IR").direction(), Direction::Rtl);
        assert_eq!(Locale::new("de_DE").direction(), Direction::Ltr);
        assert_eq!(Locale::new("arg").direction(), Direction::Ltr);
        assert_eq!(Direction::Rtl.as_str(), "rtl");
    }
}
