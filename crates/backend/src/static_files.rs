//! Serving the app's release bundle. Files of the bundle are served as they are; every other
//! path (`/`, the app's own routes like `/payments/deposits`) gets the app page, so routes
//! survive a reload. The bundle's `index.html` is only ever the app page (with the session's
//! nonce and the strict policy), however its path is spelled; every file carries the policy.
//! Files are sent brotli- or gzip-compressed when the browser accepts it (`scripts/build.sh`
//! writes the compressed copies), and the build's fingerprinted files (`name-<hex>.ext`)
//! are cached for good: a new build has new names.

use std::convert::Infallible;
use std::path::{Component, Path};

use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{MethodRouter, get_service};
use percent_encoding::percent_decode_str;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::app_page;
use crate::app_state::AppState;
use crate::html;

/// A service answering with files of `dist`, or the app page for any other path.
pub(crate) fn service(dist: &Path, state: AppState) -> MethodRouter {
    let app_page = app_page::app_page.with_state(state.clone());
    let files = ServeDir::new(dist).append_index_html_on_directories(false).precompressed_br().precompressed_gzip();
    get_service(files.fallback(app_page))
        .layer::<_, Infallible>(middleware::from_fn(cache_fingerprinted_for_good))
        .layer::<_, Infallible>(middleware::from_fn_with_state(state, app_page_by_any_name))
        .layer::<_, Infallible>(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(html::CONTENT_SECURITY_POLICY),
        ))
}

/// Answers a request for the bundle's `index.html` with the app page, however its path is
/// spelled (`/%69ndex.html`, `/./index.html`, `//index.html/`): the file server would send the
/// file as it is, without the policy, and to a browser that is not signed in.
async fn app_page_by_any_name(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if names_index(request.uri().path()) {
        return app_page::app_page(State(state), request.uri().clone(), request.headers().clone()).await;
    }
    next.run(request).await
}

/// Lets browsers keep a fingerprinted file of the bundle for a year without asking again.
async fn cache_fingerprinted_for_good(request: Request, next: Next) -> Response {
    let fingerprinted = is_fingerprinted(request.uri().path());
    let mut response = next.run(request).await;
    if fingerprinted && response.status().is_success() {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    }
    response
}

/// Whether the last segment of `path` is a file name the build fingerprinted: `stem-<hex>.ext`
/// with 12 to 16 hex digits (Trunk's `panel-f665513c450c195c.css`,
/// `payments-panel-d27f7bf9f159a2a4_bg.wasm`; the split's
/// `split_transactions_screen-0d6f4c2b9a8e7f15.wasm` and `__wasm_split-5e1c0a9b7d3f2e48.js`).
/// Trunk writes its 64-bit hash without leading zeros, so one name in 16 has 15 digits.
fn is_fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether `path` names `index.html` at the bundle's root, read as the file server reads it:
/// percent-decoded, `.` and empty segments skipped.
fn names_index(path: &str) -> bool {
    let Ok(decoded) = percent_decode_str(path).decode_utf8() else {
        return false;
    };
    let mut components = Path::new(&*decoded)
        .components()
        .filter(|component| !matches!(component, Component::RootDir | Component::CurDir));
    components.next() == Some(Component::Normal("index.html".as_ref())) && components.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_html_is_recognised_however_it_is_spelled() {
        for path in ["/index.html", "/%69ndex.html", "/index%2Ehtml", "/./index.html", "//index.html", "/index.html/"] {
            assert!(names_index(path), "{path}");
        }
        for path in ["/", "/app.js", "/assets/index.html", "/index.htm", "/%FF", "/../index.html"] {
            assert!(!names_index(path), "{path}");
        }
    }

    #[test]
    fn only_fingerprinted_names_are_cached_for_good() {
        for path in [
            "/panel-f665513c450c195c.css",
            "/payments-panel-d27f7bf9f159a2a4_bg.wasm",
            "/boot-28ddecd6a247c2e1.js",
            "/split_transactions_screen-0d6f4c2b9a8e7f15.wasm",
            "/chunk_12-a1b2c3d4e5f60718.wasm",
            "/__wasm_split-5e1c0a9b7d3f2e48.js",
            // Trunk's hash without its leading zero.
            "/payments-panel-98ec0b5b2827135.js",
        ] {
            assert!(is_fingerprinted(path), "{path}");
        }
        for path in [
            "/",
            "/index.html",
            "/floor.js",
            "/payments/deposits",
            "/panel-f665513c45.css",
            "/panel-f665513c450c195z.css",
            "/languages/payments-panel-de_DE.json",
            "/split_transactions_screen.wasm",
            "/__wasm_split.js",
        ] {
            assert!(!is_fingerprinted(path), "{path}");
        }
    }
}
