//! The guided **Change or reset connection** flow over HTTP: each path, its progress kept in the
//! backend (a restarted backend resumes it), and one entry in the event log for the whole change.

mod support;

use panel_backend::operator;
use panel_protocol::{
    ChangeGoal, ChangeResponse, ChangeStep, Connection, DisconnectResponse, EventKind, EventPage, JetpackChoice,
    JetpackState, PaymentMode, StatusSnapshot,
};
use serde_json::{Value, json};
use support::walk::{EVERYTHING, account_id, approve, click_connect, first_connection, log_in};
use support::{Browser, TestBackend, expect_error};

/// Posts one change action at the current revision.
async fn change(browser: &Browser, action: Value) -> ChangeResponse {
    let revision = browser.status().await.revision;
    browser.post("/change", &json!({ "expected_revision": revision, "action": action })).await
}

/// The step the change in progress is on.
fn current(status: &StatusSnapshot) -> Option<ChangeStep> {
    status.change.as_ref().and_then(|change| change.current)
}

/// The chosen plan's steps.
fn steps(status: &StatusSnapshot) -> Vec<ChangeStep> {
    status.change.iter().flat_map(|change| change.steps.iter().map(|state| state.step)).collect()
}

/// Disconnects from WooPayments' panel, as the warning popup's red **Disconnect** does.
async fn disconnect(browser: &Browser) {
    let revision = browser.status().await.revision;
    browser
        .post::<DisconnectResponse>("/disconnect", &json!({ "plugin": "woopayments", "expected_revision": revision }))
        .await;
}

/// **Finish setup**, then log in as `login` (if given) and approve on WordPress.com.
async fn reconnect(browser: &Browser, login: Option<&str>) {
    let authorize_url = click_connect(browser, "woopayments").await;
    if let Some(login) = login {
        log_in(browser, &authorize_url, login).await;
    }
    approve(browser, &authorize_url).await;
}

#[tokio::test]
async fn change_to_another_account_without_jetpack_is_one_entry_in_the_event_log() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let original = account_id(&first_connection(&browser).await);
    let before: EventPage = browser.get("/events?per_page=100").await;

    let status = browser.status().await;
    let offered: Vec<_> = status.change_options.iter().map(|plan| (plan.goal, plan.steps.len())).collect();
    assert_eq!(offered, vec![(ChangeGoal::AnotherAccount, 4), (ChangeGoal::SameAccount, 3)]);

    let started = change(&browser, json!({ "do": "start" })).await.status;
    let progress = started.change.as_ref().expect("a change in progress");
    assert_eq!(progress.from.login, "daisy");
    assert_eq!(progress.express_account_id.as_deref(), Some(original.as_str()));
    assert!(progress.plan.is_none() && !started.change_options.is_empty(), "choose next");
    let planned = change(&browser, json!({ "do": "choose", "goal": "another_account" })).await.status;
    assert_eq!(
        steps(&planned),
        vec![ChangeStep::Disconnect, ChangeStep::LogOutOfWpcom, ChangeStep::Reconnect, ChangeStep::Check]
    );
    assert!(planned.change_options.is_empty());

    disconnect(&browser).await;
    let status = browser.status().await;
    assert_eq!(current(&status), Some(ChangeStep::LogOutOfWpcom));
    assert!(status.change.as_ref().and_then(|change| change.paused_since).is_some(), "payments paused");
    // Log Out on the WordPress.com profile page, elsewhere: the flow sees it on return.
    let page = browser.submit("/wpcom/log-out", &[]).await;
    assert_eq!(page.status(), 200);
    assert_eq!(current(&browser.status().await), Some(ChangeStep::Reconnect));
    reconnect(&browser, Some("sam")).await;

    let status = browser.status().await;
    assert_eq!(current(&status), Some(ChangeStep::Check));
    let check = status.change.as_ref().and_then(|change| change.check.clone()).expect("the result");
    assert_eq!(check.connected_as.map(|user| user.login).as_deref(), Some("sam"));
    assert!(check.account_as_chosen && check.same_express_account && check.takes_payments);
    let finished = change(&browser, json!({ "do": "finish" })).await;
    assert_eq!(finished.status.change, None);
    assert_eq!(finished.status.capabilities, EVERYTHING);
    assert_eq!(account_id(&finished.status), original);
    let summary = finished.summary.expect("a summary");
    assert!(summary.starts_with("Changed the connection from daisy to sam"), "{summary}");
    assert!(summary.contains(&original), "{summary}");

    let after: EventPage = browser.get("/events?per_page=100").await;
    assert_eq!(after.total, before.total + 1, "one entry for the whole change");
    let entry = &after.events[0];
    assert_eq!(entry.kind, EventKind::ChangeFinished);
    assert_eq!((entry.from_login.as_deref(), entry.to_login.as_deref()), (Some("daisy"), Some("sam")));
    let kinds: Vec<_> = entry.steps.iter().map(|event| event.kind).collect();
    assert_eq!(
        kinds,
        vec![
            EventKind::ChangeStarted,
            EventKind::ChangePlanned,
            EventKind::Disconnected,
            EventKind::WpcomLoggedOut,
            EventKind::ConnectingStarted,
            EventKind::WpcomLoggedIn,
            EventKind::Connected,
        ]
    );
    assert!(entry.steps.iter().all(|event| event.change_id == entry.change_id));
}

#[tokio::test]
async fn change_removing_jetpack_lets_the_panel_remove_it() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    first_connection(&browser).await;
    browser.act("/jetpack/install").await;
    browser.act("/jetpack/activate").await;
    change(&browser, json!({ "do": "start" })).await;
    let planned = change(&browser, json!({ "do": "choose", "goal": "another_account", "jetpack": "remove" })).await;
    let plan = planned.status.change.and_then(|change| change.plan).expect("planned");
    assert_eq!(plan.jetpack, Some(JetpackChoice::Remove));
    assert_eq!(plan.steps.len(), 5, "disconnect, remove Jetpack, log out, reconnect, check");
    disconnect(&browser).await;
    let removed = change(&browser, json!({ "do": "remove_jetpack" })).await.status;
    assert_eq!(removed.jetpack.plugin, JetpackState::NotInstalled);
    assert_eq!(current(&removed), Some(ChangeStep::LogOutOfWpcom));
    let revision = removed.revision;
    let again = browser
        .api_post("/change", &json!({ "expected_revision": revision, "action": { "do": "remove_jetpack" } }))
        .await;
    expect_error(again, 409, "change_not_offered").await;
}

#[tokio::test]
async fn reset_after_a_restore_resumes_in_a_restarted_backend() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let original = account_id(&first_connection(&browser).await);
    operator::restore_backup(backend.data.path()).await.expect("restore");
    let status = browser.status().await;
    assert_eq!(status.change_options[0].goal, ChangeGoal::SameAccount, "a reset is offered first");
    change(&browser, json!({ "do": "start" })).await;
    change(&browser, json!({ "do": "choose", "goal": "same_account" })).await;
    disconnect(&browser).await;

    // The owner closes the tab; the server restarts; the change is where it was.
    let restarted = TestBackend::reopen(&backend).await;
    let browser = restarted.sign_in().await;
    let status = browser.status().await;
    let progress = status.change.as_ref().expect("still in progress");
    assert_eq!(progress.cause, Some(panel_protocol::BreakCause::RestoredFromBackup));
    assert_eq!(current(&status), Some(ChangeStep::Reconnect));
    reconnect(&browser, None).await;
    let finished = change(&browser, json!({ "do": "finish" })).await;
    assert!(finished.summary.is_some_and(|summary| summary.starts_with("Reset the connection, connected as daisy")));
    assert_eq!(account_id(&finished.status), original);
    assert_eq!(finished.status.capabilities, EVERYTHING);
}

#[tokio::test]
async fn a_changed_address_offers_moved_site_or_copy() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    first_connection(&browser).await;
    operator::change_site_address(backend.data.path(), "https://donuts.shop").await.expect("new address");
    let status = browser.status().await;
    assert_eq!(status.site.previous_url.as_deref(), Some("https://store.example"));
    let goals: Vec<_> = status.change_options.iter().map(|plan| plan.goal).collect();
    assert_eq!(goals, vec![ChangeGoal::MovedSite, ChangeGoal::CopyOfSite, ChangeGoal::DecideLater]);
    change(&browser, json!({ "do": "start" })).await;
    change(&browser, json!({ "do": "choose", "goal": "decide_later" })).await;
    let later = change(&browser, json!({ "do": "finish" })).await;
    assert!(later.summary.is_some_and(|summary| summary.contains("neither site's connection changed")));
    assert!(matches!(later.status.connection, Connection::Broken { .. }), "payments stay off, nothing touched");
    assert_eq!(later.status.payment_mode, PaymentMode::Live);
    change(&browser, json!({ "do": "start" })).await;
    change(&browser, json!({ "do": "choose", "goal": "moved_site" })).await;
    let moved = change(&browser, json!({ "do": "confirm_move" })).await.status;
    assert!(matches!(&moved.connection, Connection::Connected { user, .. } if user.login == "daisy"));
    assert_eq!(moved.capabilities, EVERYTHING);
    let finished = change(&browser, json!({ "do": "finish" })).await;
    assert!(finished.summary.is_some_and(|summary| summary.contains("moved site kept its connection")));

    operator::change_site_address(backend.data.path(), "https://staging.donuts.shop").await.expect("a copy");
    change(&browser, json!({ "do": "start" })).await;
    change(&browser, json!({ "do": "choose", "goal": "copy_of_site" })).await;
    let fresh = change(&browser, json!({ "do": "start_fresh" })).await.status;
    assert_eq!(fresh.connection, Connection::NotConnected);
    assert_eq!(fresh.payment_mode, PaymentMode::Test, "a copy runs in test mode");
    assert_eq!(fresh.account, None, "and never on the original's live account");
    assert_eq!(current(&fresh), Some(ChangeStep::Reconnect));
    reconnect(&browser, None).await;
    let finished = change(&browser, json!({ "do": "finish" })).await;
    let summary = finished.summary.unwrap_or_default();
    assert!(summary.contains("fresh connection as daisy, in test mode"), "{summary}");
    assert!(summary.contains("stays with the original site"), "{summary}");
}

#[tokio::test]
async fn the_change_refuses_out_of_turn_and_stale_actions() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let refused = browser.api_post("/change", &json!({ "expected_revision": 1, "action": { "do": "start" } })).await;
    expect_error(refused, 409, "nothing_to_change").await;
    first_connection(&browser).await;
    let revision = browser.status().await.revision;
    let stale =
        browser.api_post("/change", &json!({ "expected_revision": revision - 1, "action": { "do": "start" } })).await;
    expect_error(stale, 409, "stale_revision").await;
    let early =
        browser.api_post("/change", &json!({ "expected_revision": revision, "action": { "do": "finish" } })).await;
    expect_error(early, 409, "no_change_in_progress").await;
    let unknown =
        browser.api_post("/change", &json!({ "expected_revision": revision, "action": { "do": "jump" } })).await;
    expect_error(unknown, 422, "invalid_body").await;

    change(&browser, json!({ "do": "start" })).await;
    let cancelled = change(&browser, json!({ "do": "cancel" })).await;
    assert_eq!(cancelled.status.change, None);
    assert!(cancelled.summary.is_some_and(|summary| summary.starts_with("Stopped the change")));
    let log: EventPage = browser.get("/events?per_page=5").await;
    assert_eq!(log.events[0].kind, EventKind::ChangeCancelled);
    assert_eq!(log.events[0].steps.len(), 1, "the start, folded into the one entry");
}
