//! Every sentence on screen goes through here, gettext style, keyed by its English text:
//! [`t`] for a sentence, [`tx`] for one whose English words mean two things (a context tells
//! them apart), [`tn`] for one that agrees with a count, and [`sprintf`] to fill its
//! placeholders (`%s`, `%d`, `%1$s`: translations may reorder them). English needs no file:
//! with no catalog installed every call gives back its English text.
//!
//! The catalog is read once at start ([`install`], from a Jed 1.x file: [`Catalog::from_jed`])
//! and lives for the life of the page, so a lookup is one hash map probe and the text it gives
//! is `&'static str`. `make pot` (`scripts/i18n.js`) finds every call here in `src/` (their doc comments
//! become translator comments) and writes `languages/payments-panel.pot`.

mod catalog;
mod load;
mod locale;
mod plural_forms;
mod sprintf;

use std::cell::Cell;

pub use catalog::{CONTEXT_SEPARATOR, Catalog, CatalogError};
pub use load::load_translations;
pub use locale::language_name;
pub use panel_protocol::locale::{Direction, Locale};
pub use plural_forms::PluralForms;
pub use sprintf::{placeholders, sprintf};

/// The gettext text domain of the panel's messages (the .pot's and the plugin's).
pub const TEXT_DOMAIN: &str = "payments-panel";

thread_local! {
    /// The catalog in use, set once at start; English (none) until then.
    static CATALOG: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
    /// The locale the panel shows, set with the catalog.
    static LOCALE: Cell<Option<&'static Locale>> = const { Cell::new(None) };
}

/// Uses `catalog` for every message from now on, in `locale`. Called once at start: the
/// catalog is kept for the life of the page (so the texts it hands out are `'static`).
pub fn install(locale: Locale, catalog: Option<Catalog>) {
    CATALOG.set(catalog.map(|catalog| &*Box::leak(Box::new(catalog))));
    LOCALE.set(Some(Box::leak(Box::new(locale))));
}

/// The locale the panel shows (`en_US` until [`install`]).
pub fn locale() -> &'static Locale {
    LOCALE.get().unwrap_or(&Locale::ENGLISH)
}

/// The writing direction of the panel's language: the catalog's own word for it (WordPress's
/// `_x( 'ltr', 'text direction' )`), else what the locale's language is known to use.
pub fn direction() -> Direction {
    match tx("text direction", "ltr") {
        "rtl" => Direction::Rtl,
        _ => locale().direction(),
    }
}

/// The translation of `msgid`, or `msgid` itself.
pub fn t(msgid: &'static str) -> &'static str {
    t_sent(msgid)
}

/// The translation of a sentence the backend sends in English (the support contacts'; `make
/// pot` finds them where the backend marks them `translatable`), or the sentence itself.
pub fn t_sent(text: &str) -> &str {
    CATALOG.get().and_then(|catalog| catalog.get(None, text)).unwrap_or(text)
}

/// The translation of `msgid` meant as `context` says (one English word, two meanings), or
/// `msgid` itself.
pub fn tx(context: &'static str, msgid: &'static str) -> &'static str {
    CATALOG.get().and_then(|catalog| catalog.get(Some(context), msgid)).unwrap_or(msgid)
}

/// The form of `singular`/`plural` that a count of `n` takes in the panel's language (English:
/// `singular` for 1, else `plural`). Fill its `%d` with [`sprintf`].
pub fn tn(singular: &'static str, plural: &'static str, n: u64) -> &'static str {
    CATALOG.get().and_then(|catalog| catalog.get_plural(None, singular, n)).unwrap_or(if n == 1 {
        singular
    } else {
        plural
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"domain":"messages","locale_data":{"messages":{"":{"domain":"messages","lang":"de_DE","plural-forms":"nplurals=2; plural=(n != 1);"},"Done":["Erledigt"],"Step %1$d of %2$d":["Schritt %1$d von %2$d"],"month name\u0004May":["Mai"],"%d day":["%d Tag","%d Tage"]}}}"#;

    #[test]
    fn english_needs_no_file() {
        assert_eq!(t("Done"), "Done");
        assert_eq!(tx("month name", "May"), "May");
        assert_eq!(tn("%d day", "%d days", 1), "%d day");
        assert_eq!(tn("%d day", "%d days", 0), "%d days");
        assert_eq!(direction(), Direction::Ltr);
        assert_eq!(locale().tag(), "en-US");
    }

    #[test]
    fn an_installed_catalog_translates_and_falls_back_per_message() {
        install(Locale::new("de_DE"), Some(Catalog::from_jed(FILE).expect("a file")));
        assert_eq!(t("Done"), "Erledigt");
        assert_eq!(t("Not in the file"), "Not in the file");
        assert_eq!(tx("month name", "May"), "Mai");
        assert_eq!(sprintf(tn("%d day", "%d days", 1), &[&1]), "1 Tag");
        assert_eq!(sprintf(tn("%d day", "%d days", 2), &[&2]), "2 Tage");
        assert_eq!(sprintf(t("Step %1$d of %2$d"), &[&2, &5]), "Schritt 2 von 5");
        assert_eq!((direction(), locale().tag()), (Direction::Ltr, "de-DE".to_owned()));
    }

    #[test]
    fn right_to_left_comes_from_the_locale_or_the_catalog() {
        install(Locale::new("he_IL"), None);
        assert_eq!(direction(), Direction::Rtl);
        let says_rtl = r#"{"locale_data":{"messages":{"":{"lang":"xx"},"text direction\u0004ltr":["rtl"]}}}"#;
        install(Locale::new("xx"), Some(Catalog::from_jed(says_rtl).expect("a file")));
        assert_eq!(direction(), Direction::Rtl);
    }
}
