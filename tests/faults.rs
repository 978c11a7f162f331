//! Browser tests of the panel under faults: every way a request can fail gives a message in the
//! place it concerns, with **Try again**, and the state afterwards is right. The end-to-end
//! spec `e2e/tests/11-faults.spec.js` drives the same faults through a real HTTP proxy.

mod support;

use std::rc::Rc;
use std::time::Duration;

use panel_protocol::{JetpackState, JetpackStatus, StatusSnapshot, SupportContacts, WpcomSession, WpcomUser};
use payments_panel::api::{ApiError, Method, RawResponse};
use payments_panel::strings;
use support::*;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits, in real time (timers included), until `ready` holds; fails after `limit`.
async fn wait_until(host: &HtmlElement, what: &str, limit: Duration, ready: impl Fn(&HtmlElement) -> bool) {
    let start = js_sys::Date::now();
    while js_sys::Date::now() - start < limit.as_millis() as f64 {
        if ready(host) {
            return;
        }
        next_task().await;
        leptos::task::tick().await;
    }
    panic!("never saw {what} within {limit:?}; the panel shows: {}", host.text_content().unwrap_or_default());
}

/// The connected store with Jetpack not installed, at `revision`.
fn without_jetpack(revision: u64) -> StatusSnapshot {
    StatusSnapshot {
        revision,
        jetpack: JetpackStatus { plugin: JetpackState::NotInstalled, connected_as: None },
        ..connected()
    }
}

/// The same store once Jetpack is installed (inactive).
fn installed(revision: u64) -> StatusSnapshot {
    StatusSnapshot {
        revision,
        jetpack: JetpackStatus { plugin: JetpackState::Inactive, connected_as: None },
        ..connected()
    }
}

/// The real status with `field` (a top-level key or `parent.key`) removed.
fn status_without(field: &str) -> String {
    let mut status = serde_json::to_value(connected()).expect("serializes");
    let holder = match field.split_once('.') {
        Some((parent, _)) => &mut status[parent],
        None => &mut status,
    };
    let key = field.rsplit('.').next().unwrap_or(field);
    holder.as_object_mut().expect("an object").remove(key).expect("the field was there");
    status.to_string()
}

fn raw(status: u16, body: &str) -> Result<RawResponse, ApiError> {
    Ok(RawResponse { status, body: body.to_owned() })
}

/// The text of every alert shown, one after the other.
fn alerts(host: &HtmlElement) -> String {
    let found = host.query_selector_all("[role='alert']").expect("valid selector");
    (0..found.length()).filter_map(|i| found.item(i)).filter_map(|n| n.text_content()).collect::<Vec<_>>().join(" | ")
}

fn dispatch(name: &str) {
    let event = web_sys::Event::new(name).expect("an event");
    web_sys::window().expect("a window").dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn every_failure_of_the_status_is_explained_with_try_again() {
    let cases: Vec<(&str, Result<RawResponse, ApiError>, String)> = vec![
        ("down", Err(ApiError::Unreachable("refused".into())), strings::backend_unreachable().to_owned()),
        ("offline", Err(ApiError::Offline), strings::browser_offline().to_owned()),
        ("timeout", Err(ApiError::TimedOut { seconds: 20 }), strings::timed_out(20)),
        ("huge", Err(ApiError::TooLarge { bytes: 20 * 1024 * 1024 }), strings::too_large(20 * 1024 * 1024)),
        ("500 without a body", raw(500, "Internal Server Error"), strings::backend_failed(500)),
        (
            "4xx with a JSON error",
            error(422, "invalid_request", "The request was refused: try later."),
            "The request was refused: try later.".to_owned(),
        ),
        ("not JSON", raw(200, "{\"revision\": 3, \"site\": {"), strings::backend_malformed().to_owned()),
        ("wrong shape", raw(200, "[1, 2, 3]"), strings::backend_malformed().to_owned()),
        ("missing field", raw(200, &status_without("connection.since")), strings::missing_field("connection.since")),
        (
            "wrong value",
            raw(200, &status_without("revision").replace('{', "{\"revision\":\"x\",")),
            strings::unexpected_value("revision"),
        ),
    ];
    for (name, reply, expected) in cases {
        let backend = Rc::new(ScriptedBackend::default());
        backend.answer(Method::Get, "/status", reply);
        let panel = mount_at("/", backend.clone());
        let host = &panel.host;
        settle_until(host, name, |h| find(h, "[role='alert']").is_some()).await;
        let alert = text_of(host, "main > [role='alert']");
        assert!(alert.contains(strings::status_failed()), "{name}: {alert}");
        assert!(alert.contains(&expected), "{name}: expected {expected:?} in {alert:?}");
        assert!(!alert.contains("line 1") && !alert.contains("column"), "{name}: no parser internals: {alert}");

        backend.answer(Method::Get, "/status", ok(&connected()));
        button(host, strings::try_again()).expect("Try again").click();
        settle_until(host, "the panels after Try again", |h| find(h, "#wcpay-connection-heading").is_some()).await;
        assert!(!host.inner_text().contains(strings::status_failed()), "{name}: the notice is gone");
    }
}

#[wasm_bindgen_test]
async fn unknown_extra_fields_are_accepted() {
    let backend = Rc::new(ScriptedBackend::default());
    let mut status = serde_json::to_value(connected()).expect("serializes");
    status["added_in_a_later_version"] = serde_json::json!({ "anything": [1, 2] });
    status["site"]["tagline"] = serde_json::json!("Fresh every morning");
    backend.answer(Method::Get, "/status", raw(200, &status.to_string()));
    let panel = mount_at("/", backend);
    settle_until_text(&panel.host, "Connected to WordPress.com as Daisy Baker (daisy)").await;
    assert!(!panel.host.inner_text().contains(strings::status_failed()));
}

#[wasm_bindgen_test]
async fn a_slow_status_shows_progress_then_says_it_is_slow() {
    let backend = Rc::new(ScriptedBackend::default());
    let reply = backend.answer_later(Method::Get, "/status");
    let panel = mount_at("/", backend);
    let host = &panel.host;
    settle_until(host, "the loading indicator", |h| find(h, ".wcpay-loading").is_some()).await;
    assert!(!host.inner_text().contains(strings::slow_answer()), "not slow yet");
    wait_until(host, "the slow notice", Duration::from_secs(8), |h| h.inner_text().contains(strings::slow_answer()))
        .await;
    reply.send(ok(&connected())).expect("still waiting");
    settle_until(host, "the panels", |h| find(h, "#wcpay-connection-heading").is_some()).await;
    assert!(find(host, ".wcpay-loading").is_none());
}

#[wasm_bindgen_test]
async fn an_action_that_timed_out_says_what_failed_refreshes_and_try_again_does_it_once() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&without_jetpack(5)));
    let panel = mount_at("/plugins", backend.clone());
    let host = &panel.host;
    settle_until(host, "Install", |h| button(h, strings::install()).is_some()).await;

    backend.answer(Method::Post, "/jetpack/install", Err(ApiError::TimedOut { seconds: 20 }));
    backend.answer(Method::Get, "/status", ok(&without_jetpack(5)));
    button(host, strings::install()).expect("Install").click();
    settle_until(host, "the failure", |h| find(h, "[role='alert']").is_some()).await;
    let alert = text_of(host, "[role='alert']");
    assert!(alert.contains(strings::install_failed()) && alert.contains(&strings::timed_out(20)), "{alert}");
    settle_until(host, "the refresh after an unknown outcome", |_| backend.count(Method::Get, "/status") == 2).await;

    backend.answer(Method::Post, "/jetpack/install", ok(&installed(6)));
    settle_until(host, "Try again", |h| find(h, "[role='alert'] button").is_some()).await;
    find(host, "[role='alert'] button").expect("Try again").dyn_into_html().click();
    settle_until(host, "Activate", |h| button(h, strings::activate()).is_some()).await;
    assert_eq!(backend.count(Method::Post, "/jetpack/install"), 2, "one request per click");
    assert_eq!(backend.last_body("/jetpack/install")["expected_revision"], 5, "against the state shown");
    assert!(find(host, "[role='alert']").is_none(), "the notice is gone");
}

#[wasm_bindgen_test]
async fn an_action_that_happened_after_all_shows_the_new_state_and_no_blind_retry() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&without_jetpack(5)));
    let panel = mount_at("/plugins", backend.clone());
    let host = &panel.host;
    settle_until(host, "Install", |h| button(h, strings::install()).is_some()).await;

    backend.answer(Method::Post, "/jetpack/install", raw(502, "<html>Bad gateway</html>"));
    backend.answer(Method::Get, "/status", ok(&installed(6)));
    button(host, strings::install()).expect("Install").click();
    settle_until(host, "the new state", |h| button(h, strings::activate()).is_some()).await;
    let alert = text_of(host, "[role='alert']");
    assert!(alert.contains(strings::install_failed()) && alert.contains("HTTP 502"), "{alert}");
    assert!(find(host, "[role='alert'] button").is_none(), "no Try again once the store has changed");
}

#[wasm_bindgen_test]
async fn offline_shows_a_calm_notice_and_coming_back_refreshes_and_reloads_failed_reads() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&connected()));
    backend.answer(Method::Get, "/support", Err(ApiError::Offline));
    let panel = mount_at("/support", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::browser_offline()).await;

    dispatch("offline");
    settle_until_text(host, strings::offline_notice()).await;
    assert_eq!(text_of(host, ".wcpay-notice--offline"), strings::offline_notice());

    backend.answer(Method::Get, "/status", ok(&connected()));
    backend.answer(Method::Get, "/support", ok(&SupportContacts { contacts: vec![] }));
    dispatch("online");
    settle_until(host, "the offline notice gone", |h| find(h, ".wcpay-notice--offline").is_none()).await;
    settle_until(host, "the support page reloaded", |h| find(h, "[role='alert']").is_none()).await;
    assert_eq!(backend.count(Method::Get, "/status"), 2, "the status was refreshed");
    assert_eq!(backend.count(Method::Get, "/support"), 2, "the failed read asked again");
}

#[wasm_bindgen_test]
async fn hostile_text_from_the_backend_shows_literally() {
    let hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>\u{202E}evil";
    let mut status = connected();
    status.site.name = hostile.to_owned();
    status.wpcom_session =
        WpcomSession::LoggedIn { user: WpcomUser { login: "daisy".into(), display_name: hostile.to_owned() } };
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&status));
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until(host, "the site name", |h| text_of(h, ".wcpay-page-header__site") == hostile).await;
    let isolated = format!("\u{2068}{hostile}\u{2069} (daisy)");
    settle_until(host, "the display name as text, isolated", |h| {
        h.text_content().unwrap_or_default().contains(&isolated)
    })
    .await;

    backend.answer(Method::Post, "/wpcom/logout", error(422, "refused", hostile));
    button(host, strings::log_out()).expect("Log Out").click();
    settle_until(host, "the refusal", |h| alerts(h).contains(strings::log_out_failed())).await;
    assert!(alerts(host).contains(hostile), "the backend's message as text");
    assert!(find(host, "img, script").is_none(), "no element made from the text");
    let pwned = js_sys::Reflect::get(&web_sys::window().expect("window"), &"__pwned".into()).expect("readable");
    assert!(pwned.is_undefined(), "nothing ran");
}

/// `Element` -> `HtmlElement`, for clicking.
trait IntoHtml {
    fn dyn_into_html(self) -> HtmlElement;
}

impl IntoHtml for web_sys::Element {
    fn dyn_into_html(self) -> HtmlElement {
        wasm_bindgen::JsCast::unchecked_into(self)
    }
}
