//! What the page that hosts the panel tells it at mount time.

use crate::app_path::Routing;
use crate::i18n::Locale;

/// How the panel reaches its backend and where its screens live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelConfig {
    /// The JSON API's root URL, without a trailing slash, e.g. `/api/v1`.
    pub api_root: String,
    /// The request nonce every action must carry (the host page's, or the one the backend
    /// put into the standalone page).
    pub nonce: Option<String>,
    /// The path under which the panel's screens live, without a trailing slash (`""` for the
    /// site root, `/wp-admin/payments` when embedded there).
    pub route_base: String,
    /// How long to wait for an answer before giving up, in milliseconds (the API client's
    /// default, 20 s, when `None`).
    pub request_timeout_ms: Option<u32>,
    /// The host's own nonce header (WordPress's `X-WP-Nonce`), sent with every request, reads
    /// too, as the host checks it on each; `None` for the panel's backend, which wants
    /// [`panel_protocol::NONCE_HEADER`] on actions only.
    pub nonce_header: Option<String>,
    /// Whether the host draws the menu (the panel's own is then left out).
    pub host_menu: bool,
    /// Where the screens live: paths under `route_base`, or the host's pages.
    pub routing: Routing,
    /// The language to show (`data-locale`: WordPress's `get_user_locale()`, or the one the
    /// standalone backend picked from the browser's languages).
    pub locale: Locale,
    /// Where that language's Jed translation file is (`data-translations-url`); English when
    /// `None`.
    pub translations_url: Option<String>,
    /// The locales the language switch offers (`data-locales`, space-separated); no switch when
    /// empty (a host such as WordPress has its own language setting).
    pub offered_locales: Vec<String>,
}

impl PanelConfig {
    /// The standalone page's API root: the backend that served the page.
    pub const DEFAULT_API_ROOT: &str = panel_protocol::API_PREFIX;

    /// A config for the API at `api_root`, with screens at the site root and no nonce.
    pub fn new(api_root: impl Into<String>) -> Self {
        Self {
            api_root: without_trailing_slash(api_root.into()),
            nonce: None,
            route_base: String::new(),
            request_timeout_ms: None,
            nonce_header: None,
            host_menu: false,
            routing: Routing::default(),
            locale: Locale::ENGLISH,
            translations_url: None,
            offered_locales: Vec::new(),
        }
    }

    /// The same config, in `locale` with its translations at `translations_url`, offering the
    /// space-separated `offered` locales in a language switch (none when `None` or empty).
    pub fn with_locale(
        mut self,
        locale: Option<String>,
        translations_url: Option<String>,
        offered: Option<String>,
    ) -> Self {
        self.locale = Locale::new(locale.as_deref().unwrap_or_default());
        self.translations_url = translations_url.filter(|url| !url.trim().is_empty());
        self.offered_locales = offered.unwrap_or_default().split_whitespace().map(str::to_owned).collect();
        self
    }

    /// The same config, sending `nonce` with every action; an empty nonce counts as none.
    pub fn with_nonce(mut self, nonce: Option<String>) -> Self {
        self.nonce = nonce.filter(|nonce| !nonce.is_empty());
        self
    }

    /// The same config, giving up on a request after `timeout_ms` (the default when `None`).
    pub fn with_request_timeout_ms(mut self, timeout_ms: Option<u32>) -> Self {
        self.request_timeout_ms = timeout_ms;
        self
    }

    /// The same config, with the panel's screens under `route_base`.
    pub fn with_route_base(mut self, route_base: impl Into<String>) -> Self {
        self.route_base = without_trailing_slash(route_base.into());
        if let Routing::Paths { base } = &mut self.routing {
            base.clone_from(&self.route_base);
        }
        self
    }

    /// The same config, sending the nonce in the host's `header` on every request (the panel's
    /// own header, on actions only, when `None` or empty).
    pub fn with_nonce_header(mut self, header: Option<String>) -> Self {
        self.nonce_header = header.filter(|header| !header.trim().is_empty());
        self
    }

    /// The same config, with each screen one of the host's pages, the Overview at `page_url`
    /// (such as `/wp-admin/admin.php?page=payments-panel`), and the menu drawn by the host
    /// when `host_menu`. A `page_url` without a query (`name=value`) keeps the paths.
    pub fn with_host_pages(mut self, page_url: Option<String>, host_menu: bool) -> Self {
        self.host_menu = host_menu;
        if let Some(page_url) = page_url.filter(|url| url.split_once('?').is_some_and(|(_, query)| query.contains('=')))
        {
            self.routing = Routing::HostPages { page_url };
        }
        self
    }
}

impl Default for PanelConfig {
    fn default() -> Self {
        Self::new(Self::DEFAULT_API_ROOT)
    }
}

fn without_trailing_slash(mut path: String) -> String {
    while path.ends_with('/') {
        path.pop();
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_slashes_are_dropped_and_empty_nonces_ignored() {
        let config =
            PanelConfig::new("/api/v1//").with_route_base("/wp-admin/payments/").with_nonce(Some(String::new()));
        assert_eq!(config.api_root, "/api/v1");
        assert_eq!(config.route_base, "/wp-admin/payments");
        assert_eq!(config.nonce, None);
        assert_eq!(PanelConfig::default().with_nonce(Some("n1".into())).nonce.as_deref(), Some("n1"));
        assert_eq!(config.routing, Routing::Paths { base: "/wp-admin/payments".into() });
    }

    #[test]
    fn a_host_names_its_nonce_header_and_its_pages() {
        let config = PanelConfig::new("/wp-json/payments-panel/v1")
            .with_nonce_header(Some("X-WP-Nonce".into()))
            .with_host_pages(Some("/wp-admin/admin.php?page=payments-panel".into()), true);
        assert_eq!(config.nonce_header.as_deref(), Some("X-WP-Nonce"));
        assert!(config.host_menu);
        assert_eq!(config.routing, Routing::HostPages { page_url: "/wp-admin/admin.php?page=payments-panel".into() });
        let plain =
            PanelConfig::default().with_nonce_header(Some(" ".into())).with_host_pages(Some("/admin".into()), false);
        assert_eq!((plain.nonce_header, plain.host_menu, plain.routing), (None, false, Routing::default()));
    }

    #[test]
    fn the_host_names_the_locale_and_its_file() {
        let config = PanelConfig::default().with_locale(
            Some("de-DE".into()),
            Some("/languages/payments-panel-de_DE.json".into()),
            Some(" de_DE  en_XA ".into()),
        );
        assert_eq!(config.locale.code(), "de_DE");
        assert_eq!(config.translations_url.as_deref(), Some("/languages/payments-panel-de_DE.json"));
        assert_eq!(config.offered_locales, ["de_DE", "en_XA"]);
        let plain = PanelConfig::default().with_locale(None, Some(" ".into()), None);
        assert_eq!((plain.locale, plain.translations_url, plain.offered_locales), (Locale::ENGLISH, None, vec![]));
    }
}
