//! The app page: the bundle's `index.html`, with the signed-in session's nonce put into the
//! mount element (`data-nonce`), so the app can send it with every mutation. A browser without
//! a session gets a page saying to open the login link instead.
//!
//! The page carries the same strict Content-Security-Policy as the server-rendered pages: the
//! build moves Trunk's inline boot script into a file (`scripts/externalize_boot.py`), so
//! nothing inline runs; the wasm module needs only `'wasm-unsafe-eval'`.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::app_state::AppState;
use crate::auth;
use crate::html::detour::failure;
use crate::html::{self, escape};

/// The attribute that names the element the app mounts into.
const MOUNT_ID: &str = "id=\"payments-panel\"";

/// `GET` of any path that is not a file of the bundle: the app page.
pub(crate) async fn app_page(State(state): State<AppState>, headers: HeaderMap) -> Response {
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
    let mut response = with_nonce(&index, &session.nonce).into_response();
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
}
