//! Browser tests of the connection check on the Overview: the card's line about the last check,
//! and **Check now** (sent, running, failed, and finding the connection broken).

mod support;

use std::rc::Rc;

use panel_protocol::{
    BreakCause, CONNECTION_CHECK_PATH, Connection, ConnectionCheck, NextStep, Plugin, StatusSnapshot, WpcomUser,
};
use payments_panel::api::Method;
use payments_panel::strings;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Now, in seconds since the epoch, by the browser's clock.
fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// The connected store, last checked `ago` seconds ago and found working.
fn checked(ago: i64) -> StatusSnapshot {
    StatusSnapshot { connection_check: Some(ConnectionCheck { checked_at: now() - ago, working: true }), ..connected() }
}

/// What `POST /connection/check` answers when WordPress.com refused the site's keys.
fn refused(previous: &StatusSnapshot) -> StatusSnapshot {
    StatusSnapshot {
        revision: previous.revision + 1,
        connection: Connection::Broken {
            user: WpcomUser { login: "daisy".into(), display_name: "Daisy Baker".into() },
            since: 1_700_000_000,
            through: Plugin::WooPayments,
            cause: BreakCause::KeysRevoked,
        },
        capabilities: not_connected_capabilities(),
        next_step: NextStep::ResetConnection { cause: BreakCause::KeysRevoked },
        connection_check: Some(ConnectionCheck { checked_at: now(), working: false }),
        ..previous.clone()
    }
}

/// The Overview mounted with `snapshot` as the status, once its connection card shows.
async fn overview_with(snapshot: &StatusSnapshot) -> (Rc<ScriptedBackend>, MountedPanel) {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(snapshot));
    let panel = mount_at("/", backend.clone());
    settle_until(&panel.host, "the connection card", |h| find(h, "#wcpay-connection-heading").is_some()).await;
    (backend, panel)
}

#[wasm_bindgen_test]
async fn the_connected_card_says_when_the_connection_was_checked_and_what_that_found() {
    let (_backend, panel) = overview_with(&checked(150)).await;
    assert_eq!(text_of(&panel.host, ".wcpay-connection-check__result"), "Connection checked 2 minutes ago: working");
    assert!(button(&panel.host, strings::check_now()).is_some(), "a Check now button");
    drop(panel);

    let (_backend, panel) = overview_with(&connected()).await;
    assert_eq!(text_of(&panel.host, ".wcpay-connection-check__result"), strings::connection_not_checked());
}

#[wasm_bindgen_test]
async fn check_now_sends_the_check_and_a_refused_connection_turns_the_card_broken() {
    let before = checked(600);
    let (backend, panel) = overview_with(&before).await;
    let host = &panel.host;
    let reply = backend.answer_later(Method::Post, CONNECTION_CHECK_PATH);
    button(host, strings::check_now()).expect("a Check now button").click();
    settle_until_text(host, strings::checking()).await;
    let running = button(host, strings::checking()).expect("the button says it is checking");
    assert_eq!(running.get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(running.has_attribute("disabled"), "no second check while one runs");
    assert!(button(host, strings::log_out()).is_some_and(|b| b.has_attribute("disabled")), "other actions wait");
    running.click();
    assert_eq!(backend.count(Method::Post, CONNECTION_CHECK_PATH), 1, "one check for two clicks");

    reply.send(ok(&refused(&before))).expect("the store still waits");
    settle_until_text(host, strings::broken_by_keys_revoked()).await;
    assert!(find(host, ".wcpay-card--error #wcpay-connection-heading").is_some(), "the card shows the broken state");
    assert_eq!(text_of(host, ".wcpay-card--error .wcpay-panel__state"), strings::broken());
    assert!(find(host, ".wcpay-connection-check").is_none(), "no check line once broken");
    assert!(find(host, "#wcpay-payments-off").is_some(), "the payments-off banner");
}

#[wasm_bindgen_test]
async fn a_failed_check_says_so_and_try_again_checks_again() {
    let before = checked(30);
    let (backend, panel) = overview_with(&before).await;
    let host = &panel.host;
    backend.answer(Method::Post, CONNECTION_CHECK_PATH, error(503, "unavailable", "Try later."));
    backend.answer(Method::Get, "/status", ok(&before));
    button(host, strings::check_now()).expect("a Check now button").click();
    settle_until_text(host, strings::check_failed()).await;
    assert_eq!(text_of(host, ".wcpay-connection-check__result"), "Connection checked just now: working");

    let after = checked(0);
    backend.answer(Method::Post, CONNECTION_CHECK_PATH, ok(&after));
    button(host, strings::try_again()).expect("Try again on the failed check").click();
    settle_until(host, "the notice gone", |h| !h.text_content().unwrap_or_default().contains(strings::check_failed()))
        .await;
    assert_eq!(backend.count(Method::Post, CONNECTION_CHECK_PATH), 2, "Try again checked again");
    assert!(button(host, strings::check_now()).is_some_and(|b| !b.has_attribute("disabled")), "ready to check again");
}
