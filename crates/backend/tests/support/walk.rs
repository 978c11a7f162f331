//! The steps of the flows as a browser takes them: the API calls the app makes, and the
//! simulated WordPress.com and Stripe forms a person submits.

use panel_protocol::{Capabilities, NextStep, StatusSnapshot, WpcomUser};
use reqwest::Response;
use serde_json::json;

use super::{BUSINESS_DETAILS, Browser, param};

/// What a store without a working connection can do.
pub const NOTHING: Capabilities = Capabilities {
    take_payments: false,
    refund: false,
    challenge_disputes: false,
    log_into_express: false,
    deposits_continue: false,
    go_live: false,
};
/// What a connected, verified store can do.
pub const EVERYTHING: Capabilities = Capabilities {
    take_payments: true,
    refund: true,
    challenge_disputes: true,
    log_into_express: true,
    deposits_continue: true,
    go_live: false,
};

/// A WordPress.com account with this login and display name.
pub fn user(login: &str, display_name: &str) -> WpcomUser {
    WpcomUser { login: login.into(), display_name: display_name.into() }
}

/// Clicks a connect button of `plugin`: the authorization page's URL.
pub async fn click_connect(browser: &Browser, plugin: &str) -> String {
    let revision = browser.status().await.revision;
    let response: panel_protocol::ConnectResponse =
        browser.post("/connect", &json!({ "plugin": plugin, "expected_revision": revision })).await;
    assert_eq!(response.status.next_step, NextStep::Authorize);
    let authorization = response.status.authorization.expect("an authorization in progress");
    assert_eq!(authorization.authorize_url, response.authorize_url);
    response.authorize_url
}

/// The `state` of an authorization page's URL.
pub fn state_of(authorize_url: &str) -> String {
    authorize_url.split_once("state=").expect("a state parameter").1.to_owned()
}

/// Opens the authorization page, as the browser does after Connect.
pub async fn open_authorization(browser: &Browser, authorize_url: &str) -> Response {
    let page = browser.page(authorize_url).await;
    assert_eq!(page.status(), 200);
    page
}

/// Logs in on the authorization page as `login`.
pub async fn log_in(browser: &Browser, authorize_url: &str, login: &str) -> Response {
    browser.submit("/wpcom/log-in", &[("state", &state_of(authorize_url)), ("username", login)]).await
}

/// Approves the connection on the authorization page.
pub async fn approve(browser: &Browser, authorize_url: &str) -> Response {
    browser.submit("/wpcom/authorize", &[("state", &state_of(authorize_url)), ("decision", "approve")]).await
}

/// Submits the business details to the simulated Stripe: back in the admin, connected.
pub async fn verify_business(browser: &Browser) -> Response {
    let response = browser.submit("/stripe/verify", BUSINESS_DETAILS).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.url().path(), "/");
    assert_eq!(param(&response, "connected").as_deref(), Some("1"));
    response
}

/// Flow 1 as the owner `daisy` (an existing WordPress.com account): connected, verified.
pub async fn first_connection(browser: &Browser) -> StatusSnapshot {
    let authorize_url = click_connect(browser, "woopayments").await;
    open_authorization(browser, &authorize_url).await;
    log_in(browser, &authorize_url, "daisy").await;
    let verification = approve(browser, &authorize_url).await;
    assert_eq!(verification.url().path(), "/stripe/verify");
    verify_business(browser).await;
    let status = browser.status().await;
    assert_eq!(status.capabilities, EVERYTHING);
    status
}

/// The WooPayments account id of a snapshot.
pub fn account_id(status: &StatusSnapshot) -> String {
    status.account.as_ref().expect("an account").id.clone()
}
