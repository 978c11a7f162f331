//! The app page: the bundle's `index.html`, with the signed-in session's nonce put into the
//! mount element (`data-nonce`), so the app can send it with every mutation, and the page's
//! language ([`locale_choice`]): `data-locale`, `data-translations-url` and, for the language
//! switch, `data-locales`; the page's `lang` and `dir`, a preload of the translation file so
//! it travels beside the wasm, and the boot frame's words in that language ([`boot_frame`]). A
//! browser without a session gets a page saying to open the login link instead.
//!
//! The page carries the same strict Content-Security-Policy as the server-rendered pages: the
//! build moves Trunk's inline boot script into a file (`scripts/externalize_boot.py`), so
//! nothing inline runs; the wasm module needs only `'wasm-unsafe-eval'`.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use panel_protocol::locale::{LOCALE_COOKIE, LOCALE_QUERY};

use crate::app_state::AppState;
use crate::auth;
use crate::boot_frame;
use crate::html::detour::failure;
use crate::html::{self, escape};
use crate::locale_choice::{self, LocaleChoice};

/// The attribute that names the element the app mounts into.
const MOUNT_ID: &str = "id=\"payments-panel\"";

/// `GET` of any path that is not a file of the bundle: the app page.
pub(crate) async fn app_page(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let session = match auth::session(&state.database, &headers).await {
        Ok(Some(session)) => session,
        Ok(None) => return html::sign_in_required(),
        Err(error) => return failure(error),
    };
    let index = match tokio::fs::read_to_string(state.dist.join("index.html")).await {
        Ok(index) => index,
        Err(error) => {
            eprintln!("panel-backend: cannot read {}/index.html: {error}", state.dist.display());
            return (StatusCode::NOT_FOUND, "The app is not built: run `make serve`, which builds it.").into_response();
        }
    };
    let translated = locale_choice::translated_locales(&state.dist).await;
    let choice = locale_choice::choose(
        query_locale(&uri).as_deref(),
        auth::cookie(&headers, LOCALE_COOKIE).as_deref(),
        headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok()),
        &translated,
    );
    let mut page = in_language(&with_nonce(&index, &session.nonce), &choice);
    if let Some(file) = choice.translations_file(&state.dist)
        && let Some(translations) = boot_frame::read(&file).await
    {
        page = boot_frame::translate(&page, &translations);
    }
    let mut response = page.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(html::CONTENT_SECURITY_POLICY));
    // The page holds the session's nonce: never store it.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// `index` with `data-nonce="<nonce>"` added to the mount element (unchanged, and a warning
/// logged, if it has none).
fn with_nonce(index: &str, nonce: &str) -> String {
    let Some(at) = index.find(MOUNT_ID) else {
        eprintln!("panel-backend: index.html has no element with {MOUNT_ID}: the app gets no nonce");
        return index.to_owned();
    };
    let end = at + MOUNT_ID.len();
    format!("{} data-nonce=\"{}\"{}", &index[..end], escape(nonce), &index[end..])
}

/// The locale the address's query names (`?locale=de_DE`), if it is one a locale code can be.
fn query_locale(uri: &Uri) -> Option<String> {
    let code = uri.query()?.split('&').find_map(|pair| pair.strip_prefix(LOCALE_QUERY)?.strip_prefix('='))?;
    code.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-').then(|| code.to_owned())
}

/// `index` in the language of `choice`: the `<html>` tag's `lang` and `dir`, the mount
/// element's `data-locale`, `data-translations-url` and `data-locales` (when the bundle has a
/// translation at all), and a preload of the translation file.
fn in_language(index: &str, choice: &LocaleChoice) -> String {
    let locale = &choice.locale;
    let mut page = index.replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\" dir=\"{}\">", escape(&locale.tag()), locale.direction().as_str()),
        1,
    );
    let mut mount = format!(" data-locale=\"{}\"", escape(locale.code()));
    if let Some(url) = choice.translations_url() {
        mount.push_str(&format!(" data-translations-url=\"{}\"", escape(&url)));
        let preload = format!("<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n  </head>", escape(&url));
        page = page.replacen("</head>", &preload, 1);
    }
    if !choice.offered.is_empty() {
        let codes: Vec<&str> = choice.offered.iter().map(|offered| offered.code()).collect();
        mount.push_str(&format!(" data-locales=\"{}\"", escape(&codes.join(" "))));
    }
    match page.find(MOUNT_ID) {
        Some(at) => page.insert_str(at + MOUNT_ID.len(), &mount),
        None => eprintln!("panel-backend: index.html has no element with {MOUNT_ID}: the app shows English"),
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_goes_into_the_mount_element_escaped() {
        let index = r#"<body><div id="payments-panel" data-api-root="/api/v1"></div></body>"#;
        assert_eq!(
            with_nonce(index, "a\"b<c"),
            r#"<body><div id="payments-panel" data-nonce="a&quot;b&lt;c" data-api-root="/api/v1"></div></body>"#
        );
        assert_eq!(with_nonce("<p>no mount</p>", "n"), "<p>no mount</p>");
    }

    const PAGE: &str = "<html lang=\"en\">\n  <head>\n  </head><body><div id=\"payments-panel\" data-api-root=\"/api/v1\"></div></body></html>";

    fn shipped() -> Vec<panel_protocol::locale::Locale> {
        ["ar_XB", "de_DE"].into_iter().map(panel_protocol::locale::Locale::new).collect()
    }

    #[test]
    fn a_translated_page_names_its_locale_file_and_direction() {
        let german = in_language(PAGE, &locale_choice::choose(None, None, Some("de-CH"), &shipped()));
        assert_eq!(
            german,
            "<html lang=\"de-DE\" dir=\"ltr\">\n  <head>\n  <link rel=\"preload\" href=\"/languages/payments-panel-de_DE.json\" as=\"fetch\" crossorigin>\n  </head><body><div id=\"payments-panel\" data-locale=\"de_DE\" data-translations-url=\"/languages/payments-panel-de_DE.json\" data-locales=\"de_DE\" data-api-root=\"/api/v1\"></div></body></html>"
        );
        let rtl = in_language(PAGE, &locale_choice::choose(Some("ar_XB"), None, None, &shipped()));
        assert!(rtl.starts_with("<html lang=\"ar-XB\" dir=\"rtl\">"), "{rtl}");
        assert!(rtl.contains("data-locales=\"de_DE ar_XB\""), "{rtl}");
    }

    #[test]
    fn an_english_page_fetches_nothing_and_without_translations_offers_no_switch() {
        let english = in_language(PAGE, &locale_choice::choose(None, None, Some("en"), &shipped()));
        assert!(!english.contains("preload") && !english.contains("data-translations-url"), "{english}");
        assert!(english.contains("data-locale=\"en_US\" data-locales=\"de_DE\""), "{english}");
        let bare = in_language(PAGE, &locale_choice::choose(None, None, Some("de"), &[]));
        assert!(bare.contains("<div id=\"payments-panel\" data-locale=\"en_US\" data-api-root"), "{bare}");
    }

    #[test]
    fn the_query_names_a_locale_only_in_a_locale_code_s_letters() {
        let uri = |text: &str| text.parse::<Uri>().expect("a test address");
        assert_eq!(query_locale(&uri("/?locale=de_DE")).as_deref(), Some("de_DE"));
        assert_eq!(query_locale(&uri("/payments/deposits?page=2&locale=ar-XB")).as_deref(), Some("ar-XB"));
        assert_eq!(query_locale(&uri("/?locale=%22%3E")), None);
        assert_eq!(query_locale(&uri("/?localex=de")), None);
        assert_eq!(query_locale(&uri("/")), None);
    }
}
