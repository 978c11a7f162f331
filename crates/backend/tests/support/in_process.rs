//! The backend's router called in-process (`tower::ServiceExt::oneshot`), no socket: for tests
//! that send many requests, like the property tests. Signing in goes through the login link
//! and the app page, as a browser does.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use panel_backend::{Backend, BackendOptions};
use panel_protocol::{EventPage, StatusSnapshot};
use tempfile::TempDir;
use tower::ServiceExt;

use super::{INDEX_HTML, nonce_in};

/// The largest response body read, in bytes.
const RESPONSE_LIMIT: usize = 4 * 1024 * 1024;

/// A response, read whole.
#[derive(Debug)]
pub struct Answer {
    /// Its status.
    pub status: StatusCode,
    /// Its headers.
    pub headers: HeaderMap,
    /// Its body.
    pub body: Bytes,
}

impl Answer {
    /// The body as text (lossy), for messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A backend on a fresh data directory, signed in: the session cookie and the page's nonce.
pub struct InProcess {
    /// The backend's routes.
    pub router: Router,
    /// The `Cookie` header value of the signed-in session.
    pub cookie: String,
    /// The session's nonce, as the app page carries it.
    pub nonce: String,
    /// The data directory (the SQLite file is in it).
    pub data: TempDir,
    _dist: TempDir,
}

impl InProcess {
    /// Opens a backend on a new data directory and signs in through a login link.
    pub async fn start() -> Self {
        let data = TempDir::new().expect("temp data dir");
        let dist = TempDir::new().expect("temp dist dir");
        std::fs::write(dist.path().join("index.html"), INDEX_HTML).expect("index.html");
        let options = BackendOptions { data_dir: data.path().to_owned(), dist: dist.path().to_owned() };
        let backend = Backend::open(&options).expect("backend opens");
        let router = backend.router();
        let link = backend.login_link("").await.expect("a login link");
        let signed_in = send(&router, Request::get(link).body(Body::empty()).expect("request")).await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "the login link signs in: {}", signed_in.text());
        let set_cookie = signed_in.headers[header::SET_COOKIE].to_str().expect("ASCII cookie");
        let cookie = set_cookie.split(';').next().expect("name=value").to_owned();
        let page = Request::get("/index.html").header(header::COOKIE, &cookie).body(Body::empty()).expect("request");
        let page = send(&router, page).await;
        let nonce = nonce_in(&page.text()).expect("the app page carries the nonce");
        Self { router, cookie, nonce, data, _dist: dist }
    }

    /// Sends `request` as it is: the answer, read whole.
    pub async fn send(&self, request: Request<Body>) -> Answer {
        send(&self.router, request).await
    }

    /// A request with the session cookie, and the nonce unless it is a `GET`.
    pub fn signed(&self, method: Method, uri: &str) -> axum::http::request::Builder {
        let builder = Request::builder().method(method.clone()).uri(uri).header(header::COOKIE, &self.cookie);
        if method == Method::GET { builder } else { builder.header(panel_protocol::NONCE_HEADER, &self.nonce) }
    }

    /// `GET /api/v1{path}` as the signed-in browser, expecting a 200 with JSON of type `T`.
    pub async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        let request = self.signed(Method::GET, &format!("/api/v1{path}")).body(Body::empty()).expect("request");
        let answer = self.send(request).await;
        assert_eq!(answer.status, StatusCode::OK, "GET {path}: {}", answer.text());
        serde_json::from_slice(&answer.body).unwrap_or_else(|error| panic!("GET {path}: {error}: {}", answer.text()))
    }

    /// The current revision and the number of events logged.
    pub async fn revision_and_events(&self) -> (u64, u64) {
        let status: StatusSnapshot = self.get("/status").await;
        let log: EventPage = self.get("/events?per_page=1").await;
        (status.revision, log.total)
    }
}

/// Sends `request` through `router`: the answer, read whole.
pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router.clone().oneshot(request).await.expect("the router is infallible");
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, RESPONSE_LIMIT).await.expect("the body is readable");
    Answer { status: parts.status, headers: parts.headers, body }
}
