//! Which language the standalone app page is served in: the one `?locale=` names, else the one
//! the language switch remembered (its cookie), else the best of the browser's languages
//! (`Accept-Language`), else English. Only English and the locales whose translation file the
//! bundle carries (`dist/languages/payments-panel-<locale>.json`) are ever chosen.

use std::path::{Path, PathBuf};

use panel_protocol::locale::{Locale, TRANSLATIONS_PATH};

/// What the app page tells the app about its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LocaleChoice {
    /// The locale to show.
    pub(crate) locale: Locale,
    /// The locales the language switch offers besides English: the real translations, and the
    /// chosen locale when it is a pseudo-locale (so the switch can show it as chosen).
    pub(crate) offered: Vec<Locale>,
}

impl LocaleChoice {
    /// The address of the chosen locale's translation file; none for English.
    pub(crate) fn translations_url(&self) -> Option<String> {
        (!self.locale.is_english()).then(|| format!("{TRANSLATIONS_PATH}{}", self.locale.translation_file()))
    }

    /// Where the bundle in `dist` keeps the chosen locale's translation file; none for English.
    pub(crate) fn translations_file(&self, dist: &Path) -> Option<PathBuf> {
        (!self.locale.is_english()).then(|| translations_folder(dist).join(self.locale.translation_file()))
    }
}

/// The folder of the bundle in `dist` that [`TRANSLATIONS_PATH`] serves.
fn translations_folder(dist: &Path) -> PathBuf {
    dist.join(TRANSLATIONS_PATH.trim_matches('/'))
}

/// The locales the bundle in `dist` has a translation file for, sorted by code; none when it
/// has no `languages/` folder.
pub(crate) async fn translated_locales(dist: &Path) -> Vec<Locale> {
    let mut locales = Vec::new();
    let Ok(mut entries) = tokio::fs::read_dir(translations_folder(dist)).await else {
        return locales;
    };
    while let Ok(Some(entry)) = entries.next_entry().await {
        if let Some(locale) = entry.file_name().to_str().and_then(Locale::of_translation_file) {
            locales.push(locale);
        }
    }
    locales.sort_by(|a, b| a.code().cmp(b.code()));
    locales
}

/// The locale for a page asked for with `query` (`?locale=`), `cookie` (the switch's) and
/// `accept_language` (the browser's header), among the `translated` locales.
pub(crate) fn choose(
    query: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
    translated: &[Locale],
) -> LocaleChoice {
    let asked =
        query.into_iter().chain(cookie).map(str::to_owned).chain(browser_languages(accept_language.unwrap_or("")));
    let locale = asked.filter_map(|code| available(&Locale::new(&code), translated)).next().unwrap_or(Locale::ENGLISH);
    let mut offered: Vec<Locale> = translated.iter().filter(|known| !known.is_pseudo()).cloned().collect();
    if locale.is_pseudo() {
        offered.push(locale.clone());
    }
    LocaleChoice { locale, offered }
}

/// The locale to show for one that was asked for: English for any English, the translation of
/// the same code, else one of the same language (`de_AT` or `de` gets `de_DE`); none otherwise.
fn available(asked: &Locale, translated: &[Locale]) -> Option<Locale> {
    if asked.language() == "en" && !asked.is_pseudo() {
        return Some(Locale::ENGLISH);
    }
    let same_code = translated.iter().find(|known| known.code().eq_ignore_ascii_case(asked.code()));
    let same_language = || {
        translated.iter().find(|known| !known.is_pseudo() && known.language().eq_ignore_ascii_case(asked.language()))
    };
    same_code.or_else(same_language).cloned()
}

/// The languages of an `Accept-Language` header, the most wanted first (`q` weights; equal
/// weights keep their order); `*` and those with `q=0` left out.
fn browser_languages(header: &str) -> Vec<String> {
    let mut weighted: Vec<(f32, String)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .filter_map(|parameter| parameter.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && weight > 0.0).then(|| (weight, tag.to_owned()))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<Locale> {
        ["ar_XB", "de_DE", "en_XA"].into_iter().map(Locale::new).collect()
    }

    fn chosen(query: Option<&str>, cookie: Option<&str>, header: Option<&str>) -> String {
        choose(query, cookie, header, &shipped()).locale.code().to_owned()
    }

    #[test]
    fn the_browser_languages_are_read_by_weight() {
        assert_eq!(browser_languages("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"), ["fr-CH", "fr", "en", "de"]);
        assert_eq!(browser_languages("de;q=0.5, nl"), ["nl", "de"]);
        assert_eq!(browser_languages("de;q=0, ;q=1, nl;q=oops"), ["nl"]);
        assert!(browser_languages("").is_empty());
    }

    #[test]
    fn the_first_available_language_wins() {
        assert_eq!(chosen(None, None, Some("de-DE,de;q=0.9,en;q=0.8")), "de_DE");
        assert_eq!(chosen(None, None, Some("de-AT")), "de_DE");
        assert_eq!(chosen(None, None, Some("fr-FR, de;q=0.5")), "de_DE");
        assert_eq!(chosen(None, None, Some("en-GB, de;q=0.5")), "en_US");
        assert_eq!(chosen(None, None, Some("fr-FR")), "en_US");
        assert_eq!(chosen(None, None, None), "en_US");
    }

    #[test]
    fn the_query_beats_the_cookie_which_beats_the_browser() {
        assert_eq!(chosen(Some("en_XA"), Some("de_DE"), Some("de")), "en_XA");
        assert_eq!(chosen(None, Some("ar_XB"), Some("de")), "ar_XB");
        assert_eq!(chosen(None, Some("en_US"), Some("de")), "en_US");
        // A locale with no file is passed over, not shown half translated.
        assert_eq!(chosen(Some("ja"), Some("nl_NL"), Some("de")), "de_DE");
        // Pseudo-locales are chosen only by their own code, never for a browser's English.
        assert_eq!(chosen(None, None, Some("en-XA")), "en_XA");
        assert_eq!(chosen(None, None, Some("ar")), "en_US");
    }

    #[test]
    fn the_switch_offers_the_real_translations_and_a_chosen_pseudo_locale() {
        let codes = |choice: LocaleChoice| choice.offered.iter().map(|l| l.code().to_owned()).collect::<Vec<_>>();
        assert_eq!(codes(choose(None, None, None, &shipped())), ["de_DE"]);
        assert_eq!(codes(choose(Some("en_XA"), None, None, &shipped())), ["de_DE", "en_XA"]);
        let german = choose(None, None, Some("de"), &shipped());
        assert_eq!(german.translations_url().as_deref(), Some("/languages/payments-panel-de_DE.json"));
        assert_eq!(choose(None, None, None, &shipped()).translations_url(), None);
    }
}
