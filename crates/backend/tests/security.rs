//! Security, beyond what `http.rs` shows for one route: every mutation (the API's and the
//! simulated pages' forms) is refused without the session or its nonce and changes nothing,
//! whatever its body; a login link signs in once even when opened many times at once, and
//! not after a day; a session ends after thirty days; the session key never appears in a
//! response; every HTML page, however its path is spelled, carries the strict
//! Content-Security-Policy; `scripts/check_bundle_secrets.sh` passes a clean bundle (and the
//! built `dist/`, when there is one) and finds every kind of secret planted in one.

mod support;

use panel_backend::Backend;
use panel_protocol::NONCE_HEADER;
use reqwest::header::{CONTENT_SECURITY_POLICY, SET_COOKIE};
use serde_json::json;
use support::{TestBackend, expect_error, nonce_in};

/// Every API mutation (relative to `/api/v1`), with a well-formed body.
fn api_mutations() -> Vec<(&'static str, serde_json::Value)> {
    vec![
        ("/connect", json!({ "plugin": "woopayments", "expected_revision": 1 })),
        ("/disconnect", json!({ "plugin": "woopayments", "expected_revision": 1 })),
        ("/disconnect-survey", json!({ "reasons": ["changing_account"] })),
        ("/jetpack/install", json!({ "expected_revision": 1 })),
        ("/jetpack/activate", json!({ "expected_revision": 1 })),
        ("/jetpack/deactivate", json!({ "expected_revision": 1 })),
        ("/jetpack/delete", json!({ "expected_revision": 1 })),
        ("/wpcom/logout", json!({ "expected_revision": 1 })),
        ("/account/express-login-link", json!({})),
    ]
}

/// The simulated pages' forms, with fields that would be accepted with the nonce.
const FORMS: &[(&str, &[(&str, &str)])] = &[
    ("/wpcom/log-in", &[("username", "daisy")]),
    ("/wpcom/sign-up", &[("username", "newowner"), ("display_name", "New Owner")]),
    ("/wpcom/authorize", &[("state", "x"), ("decision", "approve")]),
    ("/wpcom/log-out", &[]),
    ("/stripe/verify", support::BUSINESS_DETAILS),
];

/// The number of surveys stored: they change no revision, so they are counted apart.
fn surveys(backend: &TestBackend) -> i64 {
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    database.query_row("SELECT COUNT(*) FROM disconnect_surveys", [], |row| row.get(0)).expect("count")
}

#[tokio::test]
async fn every_mutation_without_the_session_or_its_nonce_is_refused_as_json_and_changes_nothing() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let stranger = reqwest::Client::new();
    for (path, body) in api_mutations() {
        let url = backend.url(&format!("/api/v1{path}"));
        // No session at all, even with the right nonce: 401 (the app says "signed out").
        let response = stranger.post(&url).header(NONCE_HEADER, &browser.nonce).json(&body).send().await;
        expect_error(response.expect("request"), 401, "not_signed_in").await;
        // The session, but no nonce, or a wrong one: 403 (a cross-site request looks like this).
        let response = browser.client.post(&url).json(&body).send().await;
        expect_error(response.expect("request"), 403, "bad_nonce").await;
        let response = browser.client.post(&url).header(NONCE_HEADER, "").json(&body).send().await;
        expect_error(response.expect("request"), 403, "bad_nonce").await;
        let response = browser.client.post(&url).header(NONCE_HEADER, browser.nonce.to_uppercase()).json(&body);
        expect_error(response.send().await.expect("request"), 403, "bad_nonce").await;
        // The nonce check comes before the body is read: a form post as another site makes.
        let response = browser.client.post(&url).form(&[("expected_revision", "1")]).send().await;
        expect_error(response.expect("request"), 403, "bad_nonce").await;
    }
    for (path, fields) in FORMS {
        let response = stranger.post(backend.url(path)).form(fields).send().await.expect("request");
        assert_eq!(response.status(), 401, "{path} without a session");
        let mut forged = vec![("nonce", "forged")];
        forged.extend_from_slice(fields);
        let response = browser.client.post(backend.url(path)).form(&forged).send().await.expect("request");
        assert_eq!(response.status(), 403, "{path} with a wrong nonce");
        let response = browser.client.post(backend.url(path)).form(fields).send().await.expect("request");
        assert_eq!(response.status(), 403, "{path} without a nonce");
    }
    let status = browser.status().await;
    assert_eq!((status.revision, surveys(&backend)), (1, 0), "nothing changed");
    let log: panel_protocol::EventPage = browser.get("/events").await;
    assert_eq!(log.total, 0);
}

#[tokio::test]
async fn a_login_link_opened_many_times_at_once_signs_in_once() {
    let backend = TestBackend::start().await;
    let link = backend.login_link().await;
    let attempts: Vec<_> = (0..8)
        .map(|_| {
            let link = link.clone();
            tokio::spawn(async move {
                let client =
                    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
                let response = client.get(&link).send().await.expect("request");
                (response.status().as_u16(), response.headers().contains_key(SET_COOKIE))
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for attempt in attempts {
        outcomes.push(attempt.await.expect("attempt"));
    }
    outcomes.sort();
    let mut expected = vec![(303, true)];
    expected.extend(std::iter::repeat_n((403, false), 7));
    expected.sort();
    assert_eq!(outcomes, expected, "exactly one of the eight signs in");
}

#[tokio::test]
async fn login_links_expire_after_a_day_and_sessions_after_thirty_days() {
    let backend = TestBackend::start().await;
    let link = backend.login_link().await;
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    database.execute("UPDATE login_tokens SET created_at = created_at - 24 * 60 * 60 - 1", []).expect("age the link");
    let response = reqwest::get(&link).await.expect("request");
    assert_eq!(response.status(), 403, "a link older than a day no longer works");

    let browser = backend.sign_in().await;
    browser.status().await;
    database.execute("UPDATE sessions SET created_at = created_at - 30 * 24 * 60 * 60", []).expect("age the session");
    expect_error(browser.api_get("/status").await, 401, "not_signed_in").await;
    let response = browser.api_post("/jetpack/install", &json!({ "expected_revision": 1 })).await;
    expect_error(response, 401, "not_signed_in").await;
    assert_eq!(browser.page("/").await.status(), 401, "the app page asks to sign in again");
}

#[tokio::test]
async fn the_session_key_never_appears_in_a_response() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    let session: String = database.query_row("SELECT token FROM sessions", [], |row| row.get(0)).expect("session");
    assert_ne!(session, browser.nonce, "the nonce is not the session key");
    for path in ["/", "/index.html", "/payments/overview", "/wpcom/me", "/wpcom/log-in", "/stripe/verify"] {
        let text = browser.page(path).await.text().await.expect("page");
        assert!(!text.contains(&session), "{path} shows the session key");
    }
    for path in ["/status", "/events", "/wpcom/session", "/plugins-using-connection", "/openapi.json"] {
        let text = browser.api_get(path).await.text().await.expect("body");
        assert!(!text.contains(&session), "{path} shows the session key");
    }
}

/// Checks `policy` is strict: nothing inline or evaluated, only the wasm module's compilation.
fn assert_strict(policy: &str, what: &str) {
    let directives: Vec<Vec<&str>> = policy
        .split(';')
        .map(|directive| directive.split_whitespace().collect())
        .filter(|d: &Vec<_>| !d.is_empty())
        .collect();
    let directive =
        |name: &str| directives.iter().find(|directive| directive[0] == name).map(|directive| &directive[1..]);
    assert_eq!(directive("default-src"), Some(&["'self'"][..]), "{what}: {policy}");
    let scripts = directive("script-src").unwrap_or_else(|| panic!("{what}: no script-src in {policy}"));
    assert!(scripts.contains(&"'wasm-unsafe-eval'"), "{what}: the wasm module needs 'wasm-unsafe-eval': {policy}");
    for source in scripts.iter().chain(directive("style-src").unwrap_or_default()) {
        assert!(["'self'", "'wasm-unsafe-eval'"].contains(source), "{what}: script or style from {source}: {policy}");
    }
    assert!(!policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'"), "{what}: {policy}");
    for name in ["frame-ancestors", "base-uri", "form-action"] {
        assert!(directive(name).is_some(), "{what}: no {name} in {policy}");
    }
}

#[tokio::test]
async fn every_html_page_carries_the_strict_policy_however_its_path_is_spelled() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let stranger = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let mut pages = Vec::new();
    for path in [
        "/",
        "/index.html",
        "/payments/deposits",
        "/%69ndex.html",
        "/index%2Ehtml",
        "/./index.html",
        "//index.html",
        "/index.html/",
        "/wpcom/me",
        "/wpcom/log-in",
        "/stripe/verify",
    ] {
        pages.push((path, browser.page(path).await));
    }
    for path in [
        "/wpcom/log-in?state=%FF",
        "/wpcom/authorize?state=%FF",
        "/wpcom/me?state=%FF",
        "/stripe/verify?return_to=%FF",
        "/stripe/express?token=%FF",
        "/stripe/express?token=a&token=b",
        "/wpcom/log-in?state=a&state=b",
    ] {
        pages.push((path, browser.page(path).await));
    }
    for path in ["/", "/%69ndex.html", "/login?token=nope", "/login?token=%FF", "/login?token=a&token=b"] {
        pages.push((path, stranger.get(backend.url(path)).send().await.expect("request")));
    }
    for (path, page) in pages {
        let is_html = page
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"));
        let policy =
            page.headers().get(CONTENT_SECURITY_POLICY).and_then(|value| value.to_str().ok()).map(str::to_owned);
        let status = page.status();
        let text = page.text().await.expect("body");
        assert!(is_html, "{path}: {status} is not HTML: {text}");
        assert_strict(&policy.unwrap_or_else(|| panic!("{path}: {status} without a policy: {text}")), path);
        assert!(!text.contains("<script>") && !text.contains(" onload="), "{path}: inline script");
        if status == 200 && text.contains("payments-panel") {
            assert_eq!(
                nonce_in(&text).as_deref(),
                Some(browser.nonce.as_str()),
                "{path}: the app page, with its nonce"
            );
        }
    }
}

/// Runs `scripts/check_bundle_secrets.sh` on `bundle`: its exit code and what it printed.
fn check_bundle(bundle: &std::path::Path) -> (Option<i32>, String) {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/check_bundle_secrets.sh");
    let output = std::process::Command::new("bash").arg(script).arg(bundle).output().expect("bash runs");
    (
        output.status.code(),
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr)),
    )
}

#[test]
fn the_bundle_check_passes_a_clean_bundle_and_finds_each_planted_secret() {
    let clean = tempfile::TempDir::new().expect("dir");
    std::fs::write(clean.path().join("index.html"), support::INDEX_HTML).expect("index");
    let app = "const NONCE_HEADER = 'X-WCPay-Nonce'; el.dataset.nonce; fetch('/api/v1/status'); // 0123456789abcdef";
    std::fs::write(clean.path().join("app.js"), app).expect("js");
    let (code, output) = check_bundle(clean.path());
    assert_eq!(code, Some(0), "{output}");

    let token = "3f".repeat(32);
    for (file, content) in [
        ("app.js", format!("const nonce = \"{token}\";")),
        ("index.html", "<div id=\"payments-panel\" data-nonce=\"n\"></div>".to_owned()),
        ("app.js", "document.cookie = 'panel_session=abc'".to_owned()),
        ("app.js", "location = '/login?token=0123456789'".to_owned()),
        ("app.js", "const key = 'sk_live_0123456789abcdef'".to_owned()),
        ("key.txt", "-----BEGIN PRIVATE KEY-----".to_owned()),
        ("panel.sqlite3", String::new()),
    ] {
        let bundle = tempfile::TempDir::new().expect("dir");
        std::fs::write(bundle.path().join("index.html"), support::INDEX_HTML).expect("index");
        std::fs::write(bundle.path().join(file), &content).expect("planted");
        let (code, output) = check_bundle(bundle.path());
        assert_eq!(code, Some(1), "{file} with {content:?} must be found: {output}");
        assert!(!output.contains(&token), "the finding is cut short, not printed whole: {output}");
    }
    let (code, _) = check_bundle(&clean.path().join("missing"));
    assert_eq!(code, Some(2), "no bundle is not a pass");

    // The real bundle, when it has been built.
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    if dist.is_dir() {
        let (code, output) = check_bundle(&dist);
        assert_eq!(code, Some(0), "{output}");
    }
}
