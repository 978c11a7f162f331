//! Browser tests: the panel mounted into a real DOM, fed by a scripted backend.

mod support;

use std::rc::Rc;

use panel_protocol::{
    Connection, DisconnectResponse, JetpackState, JetpackStatus, NextStep, Plugin, STALE_REVISION, StatusSnapshot,
    WpcomUser,
};
use payments_panel::api::{ApiError, Method, RawResponse};
use payments_panel::strings;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn daisy() -> WpcomUser {
    WpcomUser { login: "daisy".into(), display_name: "Daisy Baker".into() }
}

/// The connected store with Jetpack active and connected (flow 2 after installing Jetpack).
fn with_jetpack() -> StatusSnapshot {
    StatusSnapshot {
        jetpack: JetpackStatus { plugin: JetpackState::Active, connected_as: Some(daisy()) },
        plugins_using_connection: vec![Plugin::WooPayments, Plugin::Jetpack],
        ..connected()
    }
}

/// The same store just after Disconnect: payments off, Finish setup next.
fn disconnected(revision: u64) -> StatusSnapshot {
    StatusSnapshot {
        revision,
        connection: Connection::NotConnected,
        jetpack: JetpackStatus { plugin: JetpackState::Active, connected_as: None },
        capabilities: not_connected_capabilities(),
        next_step: NextStep::FinishSetup,
        plugins_using_connection: vec![],
        ..connected()
    }
}

/// The red Disconnect button inside the warning popup.
fn red_disconnect(host: &HtmlElement) -> HtmlElement {
    find(host, "[role='dialog'] .wcpay-button--destructive").expect("the red Disconnect in the popup").unchecked_into()
}

fn press(target: &HtmlElement, key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("a keyboard event");
    target.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn shows_the_payments_menu_and_the_connected_status() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&connected()));
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until(host, "the connection panel", |h| find(h, "#wcpay-connection-heading").is_some()).await;

    assert!(find(host, "nav[aria-label='Admin menu']").is_some(), "the admin menu landmark");
    assert!(text_of(host, "nav .wcpay-menu__link").starts_with(strings::payments_menu()));
    assert_eq!(text_of(host, "h1"), "Payments");
    assert_eq!(text_of(host, ".wcpay-page-header__site"), "Daisy's Donuts");
    assert_eq!(text_of(host, ".wcpay-panel__state"), "Connected to WordPress.com as Daisy Baker (daisy)");
    assert!(text_of(host, "time").contains("2023"), "the connection date is shown");
    assert_eq!(text_of(host, ".wcpay-account-id"), "acct_1Nv0FGQ9RKHgCVdK");
    assert_eq!(text_of(host, ".wcpay-takes-payments"), "Takes payments: Yes");
    assert!(find(host, "#wcpay-payments-off").is_none(), "no payments-off banner while payments work");
    assert!(find(host, "#wcpay-setup-heading").is_none(), "no setup tasks once set up");
    assert!(find(host, ".wcpay-badge").is_none(), "no badge when nothing needs the owner");
    assert_eq!(backend.count(Method::Get, "/status"), 1, "one request for the status");
}

#[wasm_bindgen_test]
async fn shows_a_loading_indicator_until_the_status_arrives() {
    let backend = Rc::new(ScriptedBackend::default());
    let reply = backend.answer_later(Method::Get, "/status");
    let panel = mount_at("/", backend);
    let host = &panel.host;
    settle_until(host, "the loading indicator", |h| find(h, "[role='status']").is_some()).await;
    assert_eq!(text_of(host, "[role='status']"), strings::loading_status());
    assert!(find(host, ".wcpay-card").is_none(), "no panel before the data");

    reply.send(ok(&disconnected(3))).expect("the store still waits");
    settle_until(host, "the panels", |h| find(h, ".wcpay-card").is_some()).await;
    let shown = host.text_content().unwrap_or_default();
    assert!(!shown.contains(strings::loading_status()), "the status loading indicator is gone");
}

#[wasm_bindgen_test]
async fn a_failed_request_explains_itself_and_try_again_recovers() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", Err(ApiError::Unreachable("connection refused".into())));
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until(host, "the error notice", |h| find(h, "[role='alert']").is_some()).await;
    let alert = text_of(host, "[role='alert']");
    assert!(alert.contains(strings::status_failed()) && alert.contains(strings::backend_unreachable()), "{alert}");

    let reply = backend.answer_later(Method::Get, "/status");
    button(host, strings::try_again()).expect("a Try again button").click();
    settle_until(host, "the retry running", |h| find(h, ".wcpay-loading").is_some()).await;
    assert_eq!(backend.count(Method::Get, "/status"), 2, "Try again asked once more");
    reply.send(ok(&connected())).expect("the store still waits");
    settle_until(host, "the panels", |h| find(h, ".wcpay-card").is_some()).await;
    let shown = host.text_content().unwrap_or_default();
    assert!(!shown.contains(strings::status_failed()), "the status error notice is gone");
}

#[wasm_bindgen_test]
async fn a_malformed_status_says_so_instead_of_panicking() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", Ok(RawResponse { status: 200, body: r#"{"revision":1}"#.into() }));
    let panel = mount_at("/", backend);
    settle_until(&panel.host, "the error notice", |h| find(h, "[role='alert']").is_some()).await;
    assert!(
        text_of(&panel.host, "[role='alert']").contains(&strings::missing_field("site")),
        "names the missing field"
    );
}

#[wasm_bindgen_test]
async fn while_disconnected_every_payments_screen_says_payments_are_off_and_leads_to_finish_setup() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&disconnected(20)));
    let panel = mount_at("/", backend);
    let host = &panel.host;
    settle_until(host, "the banner", |h| find(h, "#wcpay-payments-off").is_some()).await;
    assert!(host.inner_text().contains(strings::off_disconnected()));
    assert_eq!(text_of(host, ".wcpay-takes-payments"), "Takes payments: No");
    assert!(find(host, "#wcpay-setup-heading").is_some(), "the setup task list");
    assert!(find(host, ".wcpay-badge").is_some(), "the Payments menu has a badge");
    let finish = button(host, strings::finish_setup()).expect("a Finish setup link");
    assert!(finish.get_attribute("href").unwrap_or_default().ends_with("/connect"));
    drop(panel);

    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&disconnected(20)));
    let panel = mount_at("/connect", backend);
    let host = &panel.host;
    settle_until(host, "the connect screen", |h| find(h, "#wcpay-connect-heading").is_some()).await;
    assert!(find(host, "#wcpay-payments-off").is_some(), "the banner is on the connect screen too");
    assert!(host.inner_text().contains(strings::same_express_account()));
    assert!(host.inner_text().contains(strings::no_existing_stripe()));
    assert!(button(host, strings::connect()).is_some(), "a Connect button");
}

#[wasm_bindgen_test]
async fn the_disconnect_popup_warns_traps_focus_and_walks_to_no_thank_you() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&with_jetpack()));
    let panel = mount_at("/jetpack", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Connected to WordPress.com as Daisy Baker (daisy)").await;

    let opener = button(host, strings::disconnect()).expect("the Disconnect button");
    opener.focus().expect("focusable");
    opener.click();
    settle_until(host, "the warning popup", |h| find(h, "[role='dialog']").is_some()).await;
    let dialog: HtmlElement = find(host, "[role='dialog']").expect("dialog").unchecked_into();
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let label = dialog.get_attribute("aria-labelledby").expect("labelled");
    assert_eq!(text_of(host, &format!("#{label}")), "Disconnect Jetpack?");
    let warning = dialog.inner_text();
    assert!(warning.contains(strings::loses_when_disconnected(Plugin::WooPayments)), "{warning}");
    assert!(warning.contains("Jetpack"), "{warning}");
    settle_until(host, "focus inside the dialog", |_| focused().is_some_and(|f| dialog.contains(Some(&f)))).await;
    assert_eq!(focused().and_then(|f| f.text_content()).as_deref(), Some(strings::stay_connected()));

    // Tab from the last control wraps to the first; Shift+Tab from the first wraps to the last.
    let red = red_disconnect(host);
    assert_eq!(red.text_content().as_deref(), Some(strings::disconnect()));
    red.focus().expect("focusable");
    press(&red, "Tab", false);
    assert_eq!(focused().and_then(|f| f.text_content()).as_deref(), Some(strings::stay_connected()));
    let stay = button(host, strings::stay_connected()).expect("Stay connected");
    press(&stay, "Tab", true);
    assert_eq!(focused().and_then(|f| f.text_content()).as_deref(), Some(strings::disconnect()));

    // Escape means stay connected, and focus goes back to the opener.
    press(&red, "Escape", false);
    settle_until(host, "the dialog closed", |h| find(h, "[role='dialog']").is_none()).await;
    assert_eq!(focused().as_ref(), Some(opener.unchecked_ref()), "focus returns to the opener");
    assert_eq!(backend.count(Method::Post, "/disconnect"), 0, "nothing was disconnected");

    // Again, and this time Disconnect: "Disconnecting…" while it runs, Escape ignored.
    button(host, strings::disconnect()).expect("Disconnect").click();
    settle_until(host, "the warning popup", |h| find(h, "[role='dialog']").is_some()).await;
    let reply = backend.answer_later(Method::Post, "/disconnect");
    red_disconnect(host).click();
    settle_until_text(host, strings::disconnecting()).await;
    let dialog: HtmlElement = find(host, "[role='dialog']").expect("dialog").unchecked_into();
    press(&dialog, "Escape", false);
    assert!(find(host, "[role='dialog']").is_some(), "Escape is ignored while disconnecting");
    assert_eq!(backend.last_body("/disconnect"), serde_json::json!({ "plugin": "jetpack", "expected_revision": 12 }));

    let response = DisconnectResponse {
        disconnected: daisy(),
        lost_connection: vec![Plugin::WooPayments, Plugin::Jetpack],
        status: disconnected(13),
    };
    reply.send(ok(&response)).expect("the store waits");
    settle_until_text(host, strings::disconnected_done()).await;
    assert!(button(host, strings::help_us_improve()).is_some());
    button(host, strings::no_thank_you()).expect("the No thank you link").click();
    settle_until(host, "the dialog closed", |h| find(h, "[role='dialog']").is_none()).await;
    assert!(host.inner_text().contains(strings::jetpack_not_connected()), "the card shows the new state");
    assert_eq!(backend.count(Method::Post, "/disconnect-survey"), 0, "No thank you skips the survey");
}

#[wasm_bindgen_test]
async fn the_survey_sends_reasons_and_at_most_1000_characters() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&with_jetpack()));
    let panel = mount_at("/jetpack", backend.clone());
    let host = &panel.host;
    settle_until(host, "the Disconnect button", |h| button(h, strings::disconnect()).is_some()).await;
    button(host, strings::disconnect()).expect("Disconnect").click();
    settle_until(host, "the popup", |h| find(h, "[role='dialog']").is_some()).await;
    let response =
        DisconnectResponse { disconnected: daisy(), lost_connection: vec![Plugin::Jetpack], status: disconnected(13) };
    backend.answer(Method::Post, "/disconnect", ok(&response));
    red_disconnect(host).click();
    settle_until(host, "the confirmation", |h| button(h, strings::help_us_improve()).is_some()).await;
    button(host, strings::help_us_improve()).expect("Help us improve").click();
    settle_until_text(host, strings::survey_heading()).await;

    let textarea: web_sys::HtmlTextAreaElement = find(host, "textarea").expect("a text box").unchecked_into();
    assert_eq!(textarea.max_length(), 1000);
    let first: HtmlElement = find(host, "input[type='checkbox']").expect("a reason").unchecked_into();
    first.click();
    let comment = "Moving the store to my business account.";
    textarea.set_value(comment);
    textarea.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatched");
    settle_until_text(host, &strings::characters_left(1000 - comment.chars().count())).await;

    backend.answer(Method::Post, "/disconnect-survey", Ok(RawResponse { status: 201, body: r#"{"id":1}"#.into() }));
    button(host, strings::submit()).expect("Submit").click();
    settle_until_text(host, strings::thanks()).await;
    assert_eq!(
        backend.last_body("/disconnect-survey"),
        serde_json::json!({ "reasons": ["changing_account"], "comment": "Moving the store to my business account." })
    );
}

#[wasm_bindgen_test]
async fn a_conflict_shows_the_current_state_and_explains() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&disconnected(20)));
    let panel = mount_at("/plugins", backend.clone());
    let host = &panel.host;
    settle_until(host, "the Plugins table", |h| find(h, "table").is_some()).await;
    assert!(host.inner_text().contains(strings::jetpack_active()));

    let mut current = disconnected(21);
    current.jetpack.plugin = JetpackState::Inactive;
    let body =
        serde_json::json!({ "code": STALE_REVISION, "message": "The store changed.", "current": current }).to_string();
    backend.answer(Method::Post, "/jetpack/deactivate", Ok(RawResponse { status: 409, body }));
    button(host, strings::deactivate()).expect("Deactivate").click();
    settle_until(host, "the conflict notice", |h| find(h, "[role='alert']").is_some()).await;
    assert!(text_of(host, "[role='alert']").contains(strings::store_changed()));
    assert!(host.inner_text().contains(strings::jetpack_inactive()), "the current state is shown");
    assert!(button(host, strings::activate()).is_some(), "the actions follow the current state");
}

#[wasm_bindgen_test]
async fn a_double_click_sends_one_action() {
    let backend = Rc::new(ScriptedBackend::default());
    let mut not_installed = disconnected(5);
    not_installed.jetpack = JetpackStatus { plugin: JetpackState::NotInstalled, connected_as: None };
    backend.answer(Method::Get, "/status", ok(&not_installed));
    let panel = mount_at("/plugins", backend.clone());
    let host = &panel.host;
    settle_until(host, "the Install button", |h| button(h, strings::install()).is_some()).await;
    let reply = backend.answer_later(Method::Post, "/jetpack/install");
    let install = button(host, strings::install()).expect("Install");
    install.click();
    install.click();
    settle_until_text(host, strings::working()).await;
    assert_eq!(backend.count(Method::Post, "/jetpack/install"), 1, "one request for two clicks");
    let mut installed = not_installed.clone();
    installed.revision = 6;
    installed.jetpack.plugin = JetpackState::Inactive;
    reply.send(ok(&installed)).expect("waiting");
    settle_until(host, "Activate", |h| button(h, strings::activate()).is_some()).await;
}

#[wasm_bindgen_test]
async fn a_broken_connection_says_why_and_leads_through_the_reset() {
    let backend = Rc::new(ScriptedBackend::default());
    let broken = StatusSnapshot {
        connection: Connection::Broken {
            user: daisy(),
            since: 1_700_000_000,
            through: Plugin::WooPayments,
            cause: panel_protocol::BreakCause::RestoredFromBackup,
        },
        capabilities: not_connected_capabilities(),
        next_step: NextStep::ResetConnection { cause: panel_protocol::BreakCause::RestoredFromBackup },
        ..connected()
    };
    backend.answer(Method::Get, "/status", ok(&broken));
    let panel = mount_at("/", backend);
    let host = &panel.host;
    settle_until(host, "the banner", |h| find(h, "#wcpay-payments-off").is_some()).await;
    assert!(host.inner_text().contains(strings::off_broken()));
    assert!(host.inner_text().contains(strings::broken_by_restore()));
    let reset = button(host, strings::reset_connection()).expect("a link to the reset");
    assert!(reset.get_attribute("href").unwrap_or_default().ends_with("/connect"));
    drop(panel);

    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&broken));
    let panel = mount_at("/connect", backend);
    let host = &panel.host;
    settle_until_text(host, strings::reset_steps()).await;
    assert!(button(host, strings::disconnect()).is_some(), "the reset starts with Disconnect");
}

#[wasm_bindgen_test]
async fn an_opted_out_store_is_read_only_and_says_what_still_happens() {
    let backend = Rc::new(ScriptedBackend::default());
    let mut opted_out = connected();
    opted_out.capabilities = not_connected_capabilities();
    opted_out.next_step = NextStep::OptedOut;
    backend.answer(Method::Get, "/status", ok(&opted_out));
    let panel = mount_at("/", backend);
    let host = &panel.host;
    settle_until_text(host, strings::opted_out_heading()).await;
    let text = host.inner_text();
    assert!(text.contains(strings::opted_out_deposits()));
    for line in strings::opted_out_lost() {
        assert!(text.contains(line), "missing {line}");
    }
    assert!(find(host, "#wcpay-payments-off").is_none(), "one notice, not two");
}

#[wasm_bindgen_test]
async fn the_store_refreshes_when_the_tab_is_shown_again_and_when_another_tab_changes_something() {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&connected()));
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until(host, "the connection panel", |h| find(h, "#wcpay-connection-heading").is_some()).await;
    assert_eq!(backend.count(Method::Get, "/status"), 1);

    // The tab becomes visible again (headless tabs are visible): the status is asked again.
    backend.answer(Method::Get, "/status", ok(&disconnected(13)));
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    document.dispatch_event(&web_sys::Event::new("visibilitychange").expect("event")).expect("dispatched");
    settle_until(host, "the refreshed state", |h| find(h, "#wcpay-payments-off").is_some()).await;
    assert_eq!(backend.count(Method::Get, "/status"), 2);

    // Another tab announces a change on the panel's channel: this tab refreshes too.
    backend.answer(Method::Get, "/status", ok(&StatusSnapshot { revision: 14, ..connected() }));
    let other_tab = web_sys::BroadcastChannel::new("wcpay-connection-panel").expect("a channel");
    other_tab.post_message(&14.0.into()).expect("posted");
    settle_until(host, "the state after the other tab's change", |h| find(h, "#wcpay-payments-off").is_none()).await;
    assert_eq!(backend.count(Method::Get, "/status"), 3);
    other_tab.close();
}
