//! Browser tests of **Change or reset connection**: the screens the snapshot's `change` calls
//! for, the step coming back from elsewhere, a refused step, and the reminder elsewhere.

mod support;

use std::rc::Rc;

use panel_protocol::{ChangeProgress, Connection, NextStep, StatusSnapshot, WpcomSession};
use payments_panel::api::Method;
use payments_panel::strings;
use serde_json::json;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A change to another account at `current` (a step name on the wire), with the steps before it done.
fn walking(revision: u64, current: &str) -> StatusSnapshot {
    let order = ["disconnect", "log_out_of_wpcom", "reconnect", "check"];
    let at = order.iter().position(|step| *step == current).expect("a step of the plan");
    let steps: Vec<_> =
        order.iter().enumerate().map(|(index, step)| json!({ "step": step, "done": index < at })).collect();
    let change: ChangeProgress = serde_json::from_value(json!({
        "started_at": 1_700_000_000,
        "from": { "login": "daisy", "display_name": "Daisy Baker" },
        "express_account_id": "acct_1Nv0FGQ9RKHgCVdK",
        "cause": null,
        "jetpack_installed": false,
        "plan": { "goal": "another_account", "jetpack": null, "steps": order },
        "steps": steps,
        "current": current,
        "paused_since": 1_700_000_100,
        "reconnected_at": null,
        "check": null
    }))
    .expect("a change in progress");
    StatusSnapshot {
        revision,
        connection: Connection::NotConnected,
        capabilities: not_connected_capabilities(),
        next_step: NextStep::FinishSetup,
        plugins_using_connection: vec![],
        change: Some(change),
        ..connected()
    }
}

#[wasm_bindgen_test]
async fn the_step_done_elsewhere_is_noticed_when_checking_again() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&walking(5, "log_out_of_wpcom")));
    let panel = mount_at("/change", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Step 2 of 4: Log out of WordPress.com").await;
    assert_eq!(text_of(host, "[aria-current='step']"), "Log out of WordPress.com");
    assert!(text_of(host, "[role='timer']").starts_with("Payments paused for"));
    assert!(find(host, "a[href='/wpcom/me'][target='_blank']").is_some(), "the profile opens in a new tab");

    // The owner logged out on WordPress.com, came back and checks: the flow moves on.
    let mut back = walking(6, "reconnect");
    back.wpcom_session = WpcomSession::LoggedOut;
    backend.answer(Method::Get, "/status", ok(&back));
    button(host, strings::check_again()).expect("check again").click();
    settle_until_text(host, "Step 3 of 4: Connect again").await;
    assert_eq!(backend.count(Method::Get, "/status"), 2);
    assert!(button(host, strings::finish_setup()).is_some(), "Finish setup, from the flow");
}

#[wasm_bindgen_test]
async fn a_refused_step_explains_itself_and_keeps_the_screen() {
    let backend = Rc::new(ScriptedBackend::default());
    let mut snapshot = walking(5, "check");
    snapshot.change.as_mut().expect("a change").check = serde_json::from_value(json!({
        "connected_as": { "login": "daisy", "display_name": "Daisy Baker" },
        "account_as_chosen": false, "same_express_account": true, "takes_payments": true, "jetpack_as_chosen": true
    }))
    .expect("a check");
    backend.answer(Method::Get, "/status", ok(&snapshot));
    let message = "The change has steps left: finish them before checking the result.";
    backend.answer(Method::Post, "/change", error(409, "change_steps_left", message));
    let panel = mount_at("/change", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Step 4 of 4: Check the result").await;
    let results = text_of(host, ".wcpay-results");
    assert!(results.contains(strings::check_account_wrong()), "{results}");
    assert!(button(host, strings::change_again()).is_some(), "the wrong account can be changed again");

    button(host, strings::change_done()).expect("Done").click();
    settle_until_text(host, message).await;
    assert_eq!(backend.last_body("/change")["action"], json!({ "do": "finish" }));
    assert_eq!(backend.last_body("/change")["expected_revision"], json!(5));
    assert!(host.text_content().unwrap_or_default().contains("Step 4 of 4: Check the result"), "still on the step");
}

#[wasm_bindgen_test]
async fn other_screens_remind_of_a_change_in_progress() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&walking(5, "log_out_of_wpcom")));
    let panel = mount_at("/", backend);
    let host = &panel.host;
    settle_until_text(host, "A change of the connection is in progress: Step 2 of 4, Log out of WordPress.com.").await;
    assert!(find(host, "a[href='/change']").is_some(), "the way back to the change");
}

#[wasm_bindgen_test]
async fn an_opted_out_store_has_nothing_to_change() {
    let backend = Rc::new(ScriptedBackend::default());
    let mut snapshot = connected();
    snapshot.next_step = NextStep::OptedOut;
    backend.answer(Method::Get, "/status", ok(&snapshot));
    let panel = mount_at("/change", backend);
    let host = &panel.host;
    settle_until(host, "the store's status", |h| text_of(h, ".wcpay-page-header__site") == "Daisy's Donuts").await;
    next_task().await;
    assert_eq!(text_of(host, "h1"), strings::change_or_reset());
    let shown = host.text_content().unwrap_or_default();
    assert!(!shown.contains(strings::nothing_to_change()) && !shown.contains(strings::change_start()), "{shown}");
}
