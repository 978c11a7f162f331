//! Checking the connection over HTTP: WordPress.com revoking the site's keys (`revoke-keys`)
//! goes unnoticed until a check, on `POST /connection/check` or from `GET /status` once the last
//! check is five minutes old; then the connection is broken (`keys_revoked`) and reconnecting
//! issues fresh keys.

mod support;

use panel_backend::{Backend, operator};
use panel_protocol::{BreakCause, Connection, EventKind, EventPage, NextStep, StatusSnapshot};
use serde_json::{Value, json};
use support::store::check_database;
use support::walk::{EVERYTHING, approve, click_connect, first_connection};
use support::{Browser, TestBackend, expect_error};

/// Moves the last check `seconds` into the past, as time passing would.
fn age_last_check(backend: &TestBackend, seconds: i64) {
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    let changed = database
        .execute("UPDATE connection_checks SET checked_at = checked_at - ?1", [seconds])
        .expect("the check is aged");
    assert_eq!(changed, 1, "there was a check");
}

/// `POST /connection/check`.
async fn check_now(browser: &Browser) -> StatusSnapshot {
    browser.post("/connection/check", &json!({})).await
}

#[tokio::test]
async fn a_working_check_only_updates_its_time() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let connected = first_connection(&browser).await;
    let first = connected.connection_check.expect("GET /status checked a new connection");
    assert!(first.working);
    age_last_check(&backend, 60);
    let checked = check_now(&browser).await;
    assert_eq!(checked.revision, connected.revision, "a working check changes no revision");
    let check = checked.connection_check.expect("checked");
    assert!(check.working && check.checked_at >= first.checked_at);
    assert!(matches!(checked.connection, Connection::Connected { .. }));
    check_database(backend.data.path());
}

#[tokio::test]
async fn revoked_keys_go_unnoticed_until_a_check_then_the_connection_is_broken() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let connected = first_connection(&browser).await;
    let message = operator::revoke_keys(backend.data.path()).await.expect("revoked");
    assert!(message.contains("no longer accepts"), "{message}");
    let unnoticed = browser.status().await;
    assert_eq!(unnoticed.revision, connected.revision);
    assert!(matches!(unnoticed.connection, Connection::Connected { .. }), "the site has not noticed");

    let broken = check_now(&browser).await;
    assert_eq!(broken.revision, connected.revision + 1);
    assert!(matches!(broken.connection, Connection::Broken { cause: BreakCause::KeysRevoked, .. }));
    assert_eq!(broken.next_step, NextStep::ResetConnection { cause: BreakCause::KeysRevoked });
    assert!(!broken.capabilities.take_payments);
    assert!(!broken.connection_check.expect("checked").working);
    let log: EventPage = browser.get("/events?per_page=1").await;
    assert_eq!(log.events[0].kind, EventKind::ConnectionChecked);
    let again = check_now(&browser).await;
    assert_eq!(again.revision, broken.revision, "a broken connection checked again logs nothing more");

    // Reset: Disconnect, then Finish setup: fresh keys, accepted.
    browser
        .post::<Value>("/disconnect", &json!({ "plugin": "woopayments", "expected_revision": again.revision }))
        .await;
    let disconnected = browser.status().await;
    assert_eq!(disconnected.connection_check, None, "no connection, no check");
    expect_error(browser.api_post("/connection/check", &json!({})).await, 409, "not_connected").await;
    let authorize_url = click_connect(&browser, "woopayments").await;
    approve(&browser, &authorize_url).await;
    let reconnected = browser.status().await;
    assert!(matches!(reconnected.connection, Connection::Connected { .. }));
    assert!(reconnected.connection_check.expect("checked on the first read").working);
    assert_eq!(reconnected.capabilities, EVERYTHING);
    check_database(backend.data.path());
}

#[tokio::test]
async fn the_status_checks_by_itself_once_the_last_check_is_five_minutes_old() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let connected = first_connection(&browser).await;
    operator::revoke_keys(backend.data.path()).await.expect("revoked");
    age_last_check(&backend, 299);
    assert!(matches!(browser.status().await.connection, Connection::Connected { .. }), "checked under 5 minutes ago");
    age_last_check(&backend, 1);
    let status = browser.status().await;
    assert!(matches!(status.connection, Connection::Broken { cause: BreakCause::KeysRevoked, .. }));
    assert_eq!(status.revision, connected.revision + 1);
    check_database(backend.data.path());
}
