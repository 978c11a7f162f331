//! A backend on a loopback port, and a browser signed in to it: what the HTTP tests share.
//!
//! [`TestBackend::start`] serves a fresh store; [`TestBackend::sign_in`] opens a one-time
//! login link the way a person does (the session cookie is kept, the nonce read from the app
//! page), and the [`Browser`] it returns speaks JSON to `/api/v1` and posts the simulated
//! WordPress.com and Stripe forms, following redirects as a browser would.

#![allow(dead_code)] // Each test binary uses its own share of these helpers.

pub mod in_process;
pub mod process;
pub mod store;
pub mod walk;

use std::net::SocketAddr;
use std::sync::Arc;

use panel_backend::{Backend, BackendOptions};
use panel_protocol::{ErrorBody, NONCE_HEADER, StatusSnapshot};
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tempfile::TempDir;

/// The app page the tests serve: the mount element as Trunk's bundle has it.
pub const INDEX_HTML: &str =
    "<!doctype html><title>panel</title><body><div id=\"payments-panel\" data-api-root=\"/api/v1\"></div></body>";

/// A file of the bundle named as Trunk fingerprints them.
pub const FINGERPRINTED_JS: &str = "payments-panel-d27f7bf9f159a2a4.js";

/// A screen's chunk of the split bundle, named as `scripts/split_wasm.py` fingerprints them.
pub const SCREEN_CHUNK: &str = "split_transactions_screen-0d6f4c2b9a8e7f15.wasm";

/// A backend serving a fresh store on 127.0.0.1 for the length of one test.
pub struct TestBackend {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its data directory (the SQLite file is in it), shared with backends reopened on it.
    pub data: Arc<TempDir>,
    backend: Backend,
    _dist: TempDir,
}

impl TestBackend {
    /// Starts a backend on a new data directory.
    pub async fn start() -> Self {
        Self::open_on(Arc::new(TempDir::new().expect("temp data dir"))).await
    }

    /// Another backend on `previous`'s data directory, as after a restart of the server.
    pub async fn reopen(previous: &TestBackend) -> Self {
        Self::open_on(Arc::clone(&previous.data)).await
    }

    /// Starts a backend on `data`, serving a bundle of [`INDEX_HTML`], `app.js` and
    /// [`FINGERPRINTED_JS`] (with a brotli copy, as `scripts/build.sh` writes them) and [`SCREEN_CHUNK`].
    async fn open_on(data: Arc<TempDir>) -> Self {
        let dist = TempDir::new().expect("temp dist dir");
        std::fs::write(dist.path().join("index.html"), INDEX_HTML).expect("index.html");
        std::fs::write(dist.path().join("app.js"), "console.log('app')").expect("app.js");
        std::fs::write(dist.path().join(FINGERPRINTED_JS), "console.log('fingerprinted')").expect("fingerprinted js");
        std::fs::write(dist.path().join(format!("{FINGERPRINTED_JS}.br")), "brotli bytes").expect("its brotli copy");
        std::fs::write(dist.path().join(SCREEN_CHUNK), b"\0asm\x01\0\0\0").expect("a screen's chunk");
        let options = BackendOptions { data_dir: data.path().to_owned(), dist: dist.path().to_owned() };
        let backend = Backend::open(&options).expect("backend opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("loopback port");
        let addr = listener.local_addr().expect("bound address");
        tokio::spawn(backend.clone().serve(listener));
        Self { addr, data, backend, _dist: dist }
    }

    /// The absolute URL of `path` on this backend.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A new one-time login link, as `serve` prints it.
    pub async fn login_link(&self) -> String {
        self.backend.login_link(&self.url("")).await.expect("a login link")
    }

    /// A browser that opened a fresh login link of the first administrator: signed in,
    /// holding the page's nonce.
    pub async fn sign_in(&self) -> Browser {
        self.sign_in_with(self.login_link().await).await
    }

    /// A browser signed in as the administrator `user`, as `login-link --user` signs them in.
    pub async fn sign_in_as(&self, user: &str) -> Browser {
        let link = panel_backend::operator::login_link(self.data.path(), &self.url(""), Some(user))
            .await
            .expect("a login link for the user");
        self.sign_in_with(link).await
    }

    /// A browser that opened `link`.
    async fn sign_in_with(&self, link: String) -> Browser {
        let client = reqwest::Client::builder().cookie_store(true).build().expect("client");
        let page = client.get(link).send().await.expect("login link opens");
        assert_eq!(page.status(), 200, "the login link leads to the app page");
        assert_eq!(page.url().path(), "/", "the login link redirects to the app");
        let html = page.text().await.expect("app page");
        Browser { client, nonce: nonce_in(&html).expect("the app page carries the nonce"), base: self.url("") }
    }
}

/// The `data-nonce` attribute's value in an app page.
pub fn nonce_in(html: &str) -> Option<String> {
    let start = html.find("data-nonce=\"")? + "data-nonce=\"".len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned())
}

/// A signed-in browser: a cookie store with the session, and the session's nonce.
pub struct Browser {
    /// The HTTP client, keeping cookies and following redirects.
    pub client: reqwest::Client,
    /// The nonce the app page carried.
    pub nonce: String,
    base: String,
}

impl Browser {
    /// The absolute URL of `path` on the backend.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `GET /api/v1{path}`, as it answers.
    pub async fn api_get(&self, path: &str) -> Response {
        self.client.get(self.url(&format!("/api/v1{path}"))).send().await.expect("request")
    }

    /// `GET /api/v1{path}`, expecting a 200 with a `T`.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> T {
        let response = self.api_get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.json().await.expect("JSON of the expected shape")
    }

    /// The status snapshot.
    pub async fn status(&self) -> StatusSnapshot {
        self.get("/status").await
    }

    /// `POST /api/v1{path}` with the JSON `body` and the nonce, as it answers.
    pub async fn api_post(&self, path: &str, body: &Value) -> Response {
        self.client
            .post(self.url(&format!("/api/v1{path}")))
            .header(NONCE_HEADER, &self.nonce)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// `POST /api/v1{path}`, expecting a 2xx with a `T`.
    pub async fn post<T: DeserializeOwned>(&self, path: &str, body: &Value) -> T {
        let response = self.api_post(path, body).await;
        let status = response.status();
        let text = response.text().await.expect("body");
        assert!(status.is_success(), "POST {path} {body}: {status} {text}");
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("POST {path}: {error}: {text}"))
    }

    /// `POST /api/v1{path}` of an action that only needs the current revision.
    pub async fn act(&self, path: &str) -> StatusSnapshot {
        let revision = self.status().await.revision;
        self.post(path, &serde_json::json!({ "expected_revision": revision })).await
    }

    /// `GET` of a page (following redirects): the final response.
    pub async fn page(&self, path_or_url: &str) -> Response {
        let url = if path_or_url.starts_with("http") { path_or_url.to_owned() } else { self.url(path_or_url) };
        self.client.get(url).send().await.expect("page")
    }

    /// Posts a form of a page, with the nonce, following redirects: the final response.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let mut form = vec![("nonce", self.nonce.as_str())];
        form.extend_from_slice(fields);
        self.client.post(self.url(path)).form(&form).send().await.expect("form")
    }
}

/// Asserts `response` is an error with `status` and an [`ErrorBody`] of `code`; returns it.
pub async fn expect_error(response: Response, status: u16, code: &str) -> ErrorBody {
    assert_eq!(response.status(), StatusCode::from_u16(status).expect("status"), "{code}");
    let text = response.text().await.expect("body");
    let body: ErrorBody =
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("not an ErrorBody ({error}): {text}"));
    assert_eq!(body.code, code, "{}", body.message);
    assert!(!body.message.is_empty());
    body
}

/// The query parameter `key` of the response's final URL.
pub fn param(response: &Response, key: &str) -> Option<String> {
    response.url().query_pairs().find(|(name, _)| name == key).map(|(_, value)| value.into_owned())
}

/// The business details form's fields, as a person fills them in.
pub const BUSINESS_DETAILS: &[(&str, &str)] = &[
    ("return_to", "/"),
    ("name", "Daisy Baker"),
    ("business_name", "Daisy's Donuts"),
    ("business_type", "company"),
    ("website", "https://store.example"),
    ("line1", "1 Glaze Street"),
    ("city", "Portland"),
    ("postal_code", "97201"),
    ("country", "US"),
    ("email", "daisy@donuts.example"),
    ("phone", "+1 503 555 0100"),
    ("owner_name", "Daisy Baker"),
    ("percent_owned", "100"),
    ("bank_account_number", "000123456789"),
    ("outcome", "complete"),
];
