//! Several administrators and the site's environments over HTTP: a login link per user, who
//! owns the connection, handing it over, an owner deleted or demoted by an operator command,
//! and a staging site that runs in test mode and cannot go live.

mod support;

use panel_backend::operator::{self, SiteEnvironment, UserRole};
use panel_protocol::{ConnectionOwnership, EventPage, NextStep, PaymentMode, SiteRole, StatusSnapshot, Viewer};
use serde_json::json;
use support::walk::first_connection;
use support::{Browser, TestBackend, expect_error};

/// Sam, a second administrator with his own WordPress.com account `sam`.
async fn add_sam(backend: &TestBackend) {
    operator::add_user(backend.data.path(), "sam", "Sam Rivera", UserRole::Administrator, Some("sam"))
        .await
        .expect("Sam is added");
}

fn owner_of(status: &StatusSnapshot) -> Option<&str> {
    match &status.ownership {
        ConnectionOwnership::Owned { owner } => Some(owner.login.as_str()),
        ConnectionOwnership::NoConnection | ConnectionOwnership::Ownerless { .. } => None,
    }
}

async fn transfer(browser: &Browser, to: &str) -> reqwest::Response {
    let revision = browser.status().await.revision;
    browser.api_post("/connection/owner", &json!({ "to": to, "expected_revision": revision })).await
}

#[tokio::test]
async fn each_administrator_signs_in_as_themselves_and_sees_the_owner() {
    let backend = TestBackend::start().await;
    let daisy = backend.sign_in().await;
    first_connection(&daisy).await;
    add_sam(&backend).await;
    let sam = backend.sign_in_as("sam").await;
    let me: Viewer = sam.get("/me").await;
    assert_eq!((me.user.login.as_str(), me.user.role), ("sam", SiteRole::Administrator));
    assert_eq!(me.user.wpcom_user.map(|user| user.login).as_deref(), Some("sam"));
    let status = sam.status().await;
    assert_eq!(owner_of(&status), Some("daisy"), "everyone sees who owns the connection");
    assert_eq!(status.users.len(), 2);
    let me: Viewer = daisy.get("/me").await;
    assert_eq!(me.user.login, "daisy");
    let refused = operator::login_link(backend.data.path(), "http://x", Some("nobody")).await;
    assert!(refused.is_err(), "no link for someone who is not an administrator");
}

#[tokio::test]
async fn ownership_moves_to_another_administrator_and_the_log_says_who() {
    let backend = TestBackend::start().await;
    let daisy = backend.sign_in().await;
    let before = first_connection(&daisy).await;
    add_sam(&backend).await;
    let sam = backend.sign_in_as("sam").await;
    expect_error(transfer(&sam, "sam").await, 409, "not_the_owner").await;
    expect_error(transfer(&daisy, "ghost").await, 422, "unknown_site_user").await;
    let response = transfer(&daisy, "sam").await;
    assert_eq!(response.status(), 200);
    let after: StatusSnapshot = response.json().await.expect("a snapshot");
    assert_eq!(owner_of(&after), Some("sam"));
    assert_eq!(after.account, before.account, "the same WooPayments account");
    assert!(after.capabilities.take_payments, "no pause in payments");
    let log: EventPage = sam.get("/events?per_page=1").await;
    let event = log.events.first().expect("an event");
    assert_eq!(event.actor.as_deref(), Some("Daisy Baker"));
    assert!(event.summary.contains("made Sam Rivera the connection's owner"), "{}", event.summary);
}

#[tokio::test]
async fn a_deleted_owner_leaves_an_ownerless_connection_and_another_administrator_takes_it() {
    let backend = TestBackend::start().await;
    let daisy = backend.sign_in().await;
    first_connection(&daisy).await;
    add_sam(&backend).await;
    let sam = backend.sign_in_as("sam").await;
    operator::delete_user(backend.data.path(), "daisy").await.expect("Daisy is deleted");
    expect_error(daisy.api_get("/status").await, 401, "not_signed_in").await;
    let status = sam.status().await;
    assert_eq!(status.ownership, ConnectionOwnership::Ownerless { former_owner: Some("Daisy Baker".into()) });
    assert_eq!(status.next_step, NextStep::ChooseOwner);
    assert!(status.capabilities.take_payments && !status.capabilities.log_into_express);
    assert_eq!(transfer(&sam, "sam").await.status(), 200, "any administrator may take an ownerless connection");
    assert_eq!(owner_of(&sam.status().await), Some("sam"));
}

#[tokio::test]
async fn a_demoted_owner_is_signed_out_of_the_panel() {
    let backend = TestBackend::start().await;
    let daisy = backend.sign_in().await;
    first_connection(&daisy).await;
    add_sam(&backend).await;
    operator::set_role(backend.data.path(), "daisy", UserRole::Editor).await.expect("Daisy is an editor");
    expect_error(daisy.api_get("/status").await, 403, "not_an_administrator").await;
    let refused = operator::set_role(backend.data.path(), "sam", UserRole::Editor).await;
    assert!(refused.is_err(), "the last administrator stays one");
}

#[tokio::test]
async fn a_staging_site_runs_in_test_mode_and_only_production_goes_live() {
    let backend = TestBackend::start().await;
    let daisy = backend.sign_in().await;
    let live = first_connection(&daisy).await;
    operator::set_environment(backend.data.path(), SiteEnvironment::Staging).await.expect("staging");
    let staging = daisy.status().await;
    assert_eq!(staging.payment_mode, PaymentMode::Test);
    assert_eq!(staging.account, None, "the live account is not used on staging");
    assert!(!staging.capabilities.take_payments && !staging.capabilities.go_live);
    let revision = staging.revision;
    let refused = daisy.api_post("/payments/go-live", &json!({ "expected_revision": revision })).await;
    expect_error(refused, 409, "not_production").await;
    operator::set_environment(backend.data.path(), SiteEnvironment::Production).await.expect("production");
    let production = daisy.status().await;
    assert_eq!(production.payment_mode, PaymentMode::Test, "production does not go live by itself");
    assert!(production.capabilities.go_live);
    let went_live = daisy.act("/payments/go-live").await;
    assert_eq!(went_live.payment_mode, PaymentMode::Live);
    assert_eq!(went_live.account, live.account, "the live account again");
}
