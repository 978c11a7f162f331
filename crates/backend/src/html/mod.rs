//! Writing the server-rendered pages (the simulated sites', the sign-in's, the app page's
//! refusals): escaping, the shared layout, and the headers every page carries (a strict
//! Content-Security-Policy: no inline script or style). The pages' own extractor and checks
//! are in [`page_query`] and [`detour`].

pub(crate) mod detour;
pub(crate) mod page_query;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The Content-Security-Policy of the server-rendered pages.
pub(crate) const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; \
     form-action 'self'";

/// The stylesheet of the simulated pages.
pub(crate) const STYLESHEET_PATH: &str = "/simulated/style.css";

/// Which outside service a page stands in for; each says loudly that it is a simulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Site {
    /// WordPress.com.
    Wpcom,
    /// Stripe.
    Stripe,
    /// This panel's own backend (sign-in pages).
    Panel,
}

impl Site {
    /// The banner saying what the page stands in for.
    fn banner(self) -> &'static str {
        match self {
            Self::Wpcom => "Simulated WordPress.com — for local testing",
            Self::Stripe => "Simulated Stripe — for local testing",
            Self::Panel => "WooPayments connection panel — reference backend",
        }
    }

    /// The body's classes, which colour the page.
    fn class(self) -> &'static str {
        match self {
            Self::Wpcom => "sim sim--wpcom",
            Self::Stripe => "sim sim--stripe",
            Self::Panel => "sim sim--panel",
        }
    }
}

/// `text` with the characters that mean something in HTML (also inside quoted attributes)
/// replaced by references.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A whole page: `status`, the banner of `site`, the heading `title` (plain text) and `body`
/// (HTML, escaped by the caller).
pub(crate) fn page(status: StatusCode, site: Site, title: &str, body: &str) -> Response {
    let title = escape(title);
    let html = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} ‹ {banner}</title>\n<link rel=\"stylesheet\" href=\"{STYLESHEET_PATH}\">\n</head>\n\
         <body class=\"{class}\">\n<header><p class=\"sim__banner\" role=\"note\">{banner}</p></header>\n\
         <main class=\"sim__main\">\n<h1>{title}</h1>\n{body}\n</main>\n</body>\n</html>\n",
        banner = escape(site.banner()),
        class = site.class(),
    );
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    with_page_headers(headers);
    response
}

/// Adds the headers every server-rendered page carries: the CSP, no caching (pages hold
/// nonces and tokens), no sniffing, and no referrer (URLs hold one-time tokens).
pub(crate) fn with_page_headers(headers: &mut axum::http::HeaderMap) {
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
}

/// A page that only says something: a heading and one paragraph (plain text) and a link.
pub(crate) fn notice(status: StatusCode, site: Site, title: &str, message: &str, link: (&str, &str)) -> Response {
    let body = format!("<p>{}</p>\n<p><a href=\"{}\">{}</a></p>", escape(message), escape(link.0), escape(link.1));
    page(status, site, title, &body)
}

/// The page shown instead of anything that needs a session, when the browser has none.
pub(crate) fn sign_in_required() -> Response {
    let body = "<p>This panel only answers browsers that signed in with a login link.</p>\n\
         <p>Open the login link printed by <code>make serve</code> (or run \
         <code>panel-backend login-link --data-dir data</code> for a new one).</p>";
    page(StatusCode::UNAUTHORIZED, Site::Panel, "Sign in to the panel", body)
}

/// A hidden form field.
pub(crate) fn hidden(name: &str, value: &str) -> String {
    format!("<input type=\"hidden\" name=\"{}\" value=\"{}\">", escape(name), escape(value))
}
