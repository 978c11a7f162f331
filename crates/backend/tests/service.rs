//! The backend as a trusted service of the WordPress plugin: with the shared secret of the
//! data directory's `service_key` (and the acting admin named), API calls need no session and
//! no nonce, and the simulated outside pages and their forms work; a wrong key is refused as
//! JSON and changes nothing; without a key, the session rules hold as before.

mod support;

use panel_backend::{ACTING_ADMIN_HEADER, ACTING_ADMIN_NAME_HEADER, SERVICE_KEY_FILE, SERVICE_KEY_HEADER};
use panel_protocol::{JetpackState, StatusSnapshot};
use reqwest::StatusCode;
use serde_json::json;
use support::{TestBackend, expect_error};

/// The key the backend made at first start.
fn service_key(backend: &TestBackend) -> String {
    std::fs::read_to_string(backend.data.path().join(SERVICE_KEY_FILE)).expect("service_key file").trim().to_owned()
}

/// A client that sends no cookies and follows no redirects, as the plugin's `wp_remote_request`.
fn plugin() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client")
}

/// The nonce a page's form carries.
fn form_nonce(html: &str) -> Option<String> {
    let marker = "name=\"nonce\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html[start..start + html[start..].find('"')?].to_owned())
}

#[tokio::test]
async fn with_the_key_calls_need_no_session_and_no_nonce() {
    let backend = TestBackend::start().await;
    let key = service_key(&backend);
    assert!(key.starts_with("svc_") && key.len() > 20, "{key}");
    let as_admin = |request: reqwest::RequestBuilder| {
        request
            .header(SERVICE_KEY_HEADER, &key)
            .header(ACTING_ADMIN_HEADER, "admin")
            .header(ACTING_ADMIN_NAME_HEADER, "Ada Admin")
    };
    let status: StatusSnapshot =
        as_admin(plugin().get(backend.url("/api/v1/status"))).send().await.expect("status").json().await.expect("json");
    let installed = as_admin(plugin().post(backend.url("/api/v1/jetpack/install")))
        .json(&json!({ "expected_revision": status.revision }))
        .send()
        .await
        .expect("install");
    assert_eq!(installed.status(), StatusCode::OK);
    let installed: StatusSnapshot = installed.json().await.expect("json");
    assert_eq!(installed.jetpack.plugin, JetpackState::Inactive);
}

#[tokio::test]
async fn a_wrong_key_or_no_acting_admin_is_refused_and_changes_nothing() {
    let backend = TestBackend::start().await;
    let key = service_key(&backend);
    let browser = backend.sign_in().await;
    let before = browser.status().await;
    let install = |key: &str, admin: Option<&str>| {
        let request = plugin()
            .post(backend.url("/api/v1/jetpack/install"))
            .header(SERVICE_KEY_HEADER, key)
            .json(&json!({ "expected_revision": before.revision }));
        match admin {
            Some(admin) => request.header(ACTING_ADMIN_HEADER, admin),
            None => request,
        }
        .send()
    };
    expect_error(install("svc_guess", Some("admin")).await.expect("request"), 401, "bad_service_key").await;
    expect_error(install("", Some("admin")).await.expect("request"), 401, "bad_service_key").await;
    expect_error(install(&key, None).await.expect("request"), 400, "missing_acting_admin").await;
    expect_error(install(&key, Some("  ")).await.expect("request"), 400, "missing_acting_admin").await;
    // A wrong key is refused even alongside a live session and its nonce.
    let response = browser
        .client
        .post(backend.url("/api/v1/jetpack/install"))
        .header(SERVICE_KEY_HEADER, "svc_guess")
        .header(panel_protocol::NONCE_HEADER, &browser.nonce)
        .json(&json!({ "expected_revision": before.revision }))
        .send()
        .await
        .expect("request");
    expect_error(response, 401, "bad_service_key").await;
    assert_eq!(browser.status().await.revision, before.revision);
    // Without a key the session rules hold: no cookie, no answer.
    expect_error(plugin().get(backend.url("/api/v1/status")).send().await.expect("status"), 401, "not_signed_in").await;
}

#[tokio::test]
async fn the_simulated_pages_and_their_forms_work_with_the_key() {
    let backend = TestBackend::start().await;
    let key = service_key(&backend);
    let page = |path: &str| {
        plugin().get(backend.url(path)).header(SERVICE_KEY_HEADER, &key).header(ACTING_ADMIN_HEADER, "admin").send()
    };
    let log_in = page("/wpcom/log-in").await.expect("page");
    assert_eq!(log_in.status(), StatusCode::OK);
    let nonce = form_nonce(&log_in.text().await.expect("html")).expect("the Log In form's nonce");
    // The same key gives the same session, so the form's nonce is accepted on the next call.
    let submitted = plugin()
        .post(backend.url("/wpcom/log-in"))
        .header(SERVICE_KEY_HEADER, &key)
        .header(ACTING_ADMIN_HEADER, "admin")
        .form(&[("nonce", nonce.as_str()), ("username", "daisy")])
        .send()
        .await
        .expect("form");
    assert_eq!(submitted.status(), StatusCode::SEE_OTHER, "{}", submitted.text().await.unwrap_or_default());
    let forged = plugin()
        .post(backend.url("/wpcom/log-out"))
        .header(SERVICE_KEY_HEADER, &key)
        .header(ACTING_ADMIN_HEADER, "admin")
        .form(&[("nonce", "forged")])
        .send()
        .await
        .expect("form");
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let wrong = plugin().get(backend.url("/wpcom/log-in")).header(SERVICE_KEY_HEADER, "svc_guess").send().await;
    expect_error(wrong.expect("page"), 401, "bad_service_key").await;
}

#[tokio::test]
async fn a_service_call_acts_as_the_site_user_of_its_login_added_as_an_administrator_the_first_time() {
    let backend = TestBackend::start().await;
    let key = service_key(&backend);
    let as_user = |request: reqwest::RequestBuilder, login: &str, name: &str| {
        request
            .header(SERVICE_KEY_HEADER, &key)
            .header(ACTING_ADMIN_HEADER, login)
            .header(ACTING_ADMIN_NAME_HEADER, name)
            .send()
    };
    let status: StatusSnapshot = as_user(plugin().get(backend.url("/api/v1/status")), "wpadmin", "Wanda Press")
        .await
        .expect("status")
        .json()
        .await
        .expect("json");
    let install =
        || plugin().post(backend.url("/api/v1/jetpack/install")).json(&json!({ "expected_revision": status.revision }));
    let installed = as_user(install(), "wpadmin", "Wanda Press").await.expect("install");
    assert_eq!(installed.status(), StatusCode::OK);
    let database =
        rusqlite::Connection::open(backend.data.path().join(panel_backend::Backend::DATABASE_FILE)).expect("db");
    let events: Vec<(String, Option<String>)> = database
        .prepare("SELECT summary, actor FROM events ORDER BY id DESC LIMIT 2")
        .expect("query")
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("events");
    assert_eq!(events[0].1.as_deref(), Some("Wanda Press"), "the install names who did it: {events:?}");
    assert!(events[1].0.contains("Wanda Press (wpadmin) uses the panel through WordPress"), "{events:?}");
    // A site user who is not an administrator is refused, whatever the host says.
    panel_backend::operator::add_user(
        backend.data.path(),
        "ed",
        "Ed Itor",
        panel_backend::operator::UserRole::Editor,
        None,
    )
    .await
    .expect("add editor");
    expect_error(as_user(install(), "ed", "Ed Itor").await.expect("request"), 403, "not_an_administrator").await;
}
