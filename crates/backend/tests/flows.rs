//! The flows of product.md, walked end to end over HTTP: the JSON API as the app calls it, and
//! the simulated WordPress.com and Stripe pages as a person clicks through them.

mod support;

use panel_backend::operator;
use panel_protocol::{
    AccountDetails, BreakCause, BusinessType, Capabilities, Connection, DisconnectResponse, EventKind, EventPage,
    ExpressLoginLink, JetpackState, NextStep, Plugin, PluginsUsingConnection, WpcomSession,
};
use serde_json::json;
use support::walk::{
    EVERYTHING, NOTHING, account_id, approve, click_connect, first_connection, log_in, open_authorization, state_of,
    user, verify_business,
};
use support::{TestBackend, expect_error, param};

#[tokio::test]
async fn flow_1_first_connection_creating_a_wordpress_com_account() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let status = browser.status().await;
    assert_eq!(status.connection, Connection::NotConnected);
    assert_eq!(status.next_step, NextStep::Connect);
    assert_eq!(status.wpcom_session, WpcomSession::LoggedOut);
    assert_eq!(status.jetpack.plugin, JetpackState::NotInstalled);
    assert_eq!(status.capabilities, NOTHING);
    assert_eq!(status.account, None);

    let authorize_url = click_connect(&browser, "woopayments").await;
    assert!(authorize_url.starts_with("/wpcom/authorize?state="), "{authorize_url}");
    let page = open_authorization(&browser, &authorize_url).await;
    assert_eq!(page.url().path(), "/wpcom/log-in", "logged out: log in or create an account first");
    let html = page.text().await.expect("page");
    assert!(html.contains("Simulated WordPress.com — for local testing"));
    assert!(html.contains(">Log In</button>") && html.contains(">Create Account</button>"));

    let state = state_of(&authorize_url);
    let page = browser
        .submit("/wpcom/sign-up", &[("state", &state), ("username", "carol"), ("display_name", "Carol Chef")])
        .await;
    assert_eq!(page.url().path(), "/wpcom/authorize");
    let html = page.text().await.expect("page");
    assert!(html.contains(">Approve</button>") && html.contains("Carol Chef"), "{html}");
    assert_eq!(browser.status().await.wpcom_session, WpcomSession::LoggedIn { user: user("carol", "Carol Chef") });

    let verification = approve(&browser, &authorize_url).await;
    assert_eq!(verification.url().path(), "/stripe/verify", "first sign-up: verify the business next");
    assert!(verification.text().await.expect("page").contains("Simulated Stripe — for local testing"));
    let status = browser.status().await;
    assert!(
        matches!(&status.connection, Connection::Connected { user: u, through: Plugin::WooPayments, .. } if u.login == "carol")
    );
    assert_eq!(status.next_step, NextStep::VerifyBusiness);
    assert_eq!(status.capabilities, NOTHING);
    assert_eq!(status.authorization, None);

    verify_business(&browser).await;
    let status = browser.status().await;
    let id = account_id(&status);
    assert!(id.starts_with("acct_") && id.len() == 21, "{id}");
    assert_eq!(status.capabilities, EVERYTHING, "connected, payments on");
    assert_eq!(status.next_step, NextStep::AllSet);
}

#[tokio::test]
async fn flow_1_uses_jetpacks_connection_instead_of_asking_for_a_second_one() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    browser.act("/jetpack/install").await;
    let status = browser.act("/jetpack/activate").await;
    assert_eq!(status.jetpack.plugin, JetpackState::Active);
    assert_eq!(status.jetpack.connected_as, None);

    let authorize_url = click_connect(&browser, "jetpack").await;
    open_authorization(&browser, &authorize_url).await;
    log_in(&browser, &authorize_url, "daisy").await;
    let page = browser.page(&authorize_url).await.text().await.expect("page");
    assert!(page.contains("Jetpack is active on the site: it will share this connection."));
    approve(&browser, &authorize_url).await;
    verify_business(&browser).await;

    let status = browser.status().await;
    assert!(matches!(&status.connection, Connection::Connected { through: Plugin::Jetpack, .. }));
    assert_eq!(status.jetpack.connected_as, Some(user("daisy", "Daisy Baker")));
    assert_eq!(status.capabilities, EVERYTHING);
    // The Payments menu does not ask for a second connection.
    assert_ne!(status.next_step, NextStep::Connect);
    let refused =
        browser.api_post("/connect", &json!({ "plugin": "woopayments", "expected_revision": status.revision })).await;
    let error = expect_error(refused, 409, "already_connected").await;
    assert!(error.message.contains("already connected to WordPress.com as \"daisy\""), "{}", error.message);
    assert_eq!(browser.status().await.revision, status.revision);
}

#[tokio::test]
async fn flow_2_change_the_account_without_keeping_jetpack() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let original = account_id(&first_connection(&browser).await);

    browser.act("/jetpack/install").await;
    let status = browser.act("/jetpack/activate").await;
    assert_eq!(status.jetpack.connected_as, Some(user("daisy", "Daisy Baker")), "Jetpack picks up the connection");
    assert_eq!(status.plugins_using_connection, vec![Plugin::WooPayments, Plugin::Jetpack]);
    let warning: PluginsUsingConnection = browser.get("/plugins-using-connection").await;
    assert_eq!(warning.plugins, vec![Plugin::WooPayments, Plugin::Jetpack], "the popup says WooPayments breaks");

    // The red Disconnect button, then No thank you (no survey is sent).
    let disconnected: DisconnectResponse =
        browser.post("/disconnect", &json!({ "plugin": "jetpack", "expected_revision": status.revision })).await;
    assert_eq!(disconnected.disconnected, user("daisy", "Daisy Baker"));
    assert_eq!(disconnected.lost_connection, vec![Plugin::WooPayments, Plugin::Jetpack]);
    assert_eq!(disconnected.status.connection, Connection::NotConnected);
    assert!(!disconnected.status.capabilities.take_payments, "no payments until reconnected");
    assert_eq!(disconnected.status.next_step, NextStep::FinishSetup);

    browser.act("/jetpack/deactivate").await;
    let status = browser.act("/jetpack/delete").await;
    assert_eq!(status.jetpack.plugin, JetpackState::NotInstalled);

    // Log Out on the WordPress.com profile page.
    let profile = browser.page("/wpcom/me").await.text().await.expect("profile");
    assert!(profile.contains(">Log Out</button>"), "{profile}");
    let logged_out = browser.submit("/wpcom/log-out", &[]).await;
    assert_eq!(logged_out.url().path(), "/wpcom/me");
    assert!(logged_out.text().await.expect("page").contains("You are logged out of WordPress.com."));
    assert_eq!(browser.get::<WpcomSession>("/wpcom/session").await, WpcomSession::LoggedOut);

    // Payments, Finish setup, connect to the account of choice.
    let authorize_url = click_connect(&browser, "woopayments").await;
    assert_eq!(open_authorization(&browser, &authorize_url).await.url().path(), "/wpcom/log-in");
    log_in(&browser, &authorize_url, "sam").await;
    let back = approve(&browser, &authorize_url).await;
    assert_eq!(back.url().path(), "/", "no business verification again");
    assert_eq!(param(&back, "connected").as_deref(), Some("1"));

    let status = browser.status().await;
    assert!(matches!(&status.connection, Connection::Connected { user: u, .. } if u.login == "sam"));
    assert_eq!(account_id(&status), original, "the same Express account");
    assert_eq!(status.capabilities, EVERYTHING, "payments on, with no other step");
}

#[tokio::test]
async fn flow_3_change_the_account_keeping_jetpack() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let original = account_id(&first_connection(&browser).await);
    browser.act("/jetpack/install").await;
    let status = browser.act("/jetpack/activate").await;

    browser
        .post::<DisconnectResponse>(
            "/disconnect",
            &json!({ "plugin": "jetpack", "expected_revision": status.revision }),
        )
        .await;
    browser.act("/wpcom/logout").await;
    let authorize_url = click_connect(&browser, "woopayments").await;
    log_in(&browser, &authorize_url, "sam").await;
    approve(&browser, &authorize_url).await;

    let status = browser.status().await;
    assert_eq!(status.jetpack.plugin, JetpackState::Active);
    assert_eq!(status.jetpack.connected_as, Some(user("sam", "Sam Rivera")), "Jetpack is connected to the new account");
    assert!(matches!(&status.connection, Connection::Connected { user: u, .. } if u.login == "sam"));
    assert_eq!(account_id(&status), original);
    assert_eq!(status.capabilities, EVERYTHING);
}

#[tokio::test]
async fn flow_4_reset_the_connection_after_a_restore_from_backup() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let original = account_id(&first_connection(&browser).await);

    let report = operator::restore_backup(backend.data.path()).await.expect("restore");
    assert!(report.summary.contains("restored from a backup"), "{}", report.summary);
    let status = browser.status().await;
    assert_eq!(status.revision, report.revision);
    assert!(matches!(
        &status.connection,
        Connection::Broken { user: u, cause: BreakCause::RestoredFromBackup, .. } if u.login == "daisy"
    ));
    assert_eq!(status.next_step, NextStep::ResetConnection { cause: BreakCause::RestoredFromBackup });
    assert!(!status.capabilities.take_payments);
    let refused =
        browser.api_post("/connect", &json!({ "plugin": "woopayments", "expected_revision": status.revision })).await;
    expect_error(refused, 409, "connection_broken").await;

    // Reset: Disconnect, then connect again to the original account (still logged in).
    browser
        .post::<DisconnectResponse>(
            "/disconnect",
            &json!({ "plugin": "woopayments", "expected_revision": status.revision }),
        )
        .await;
    let authorize_url = click_connect(&browser, "woopayments").await;
    let page = open_authorization(&browser, &authorize_url).await;
    assert_eq!(page.url().path(), "/wpcom/authorize", "logged in as daisy: straight to Approve");
    let back = approve(&browser, &authorize_url).await;
    assert_eq!(param(&back, "connected").as_deref(), Some("1"));

    let status = browser.status().await;
    assert!(matches!(&status.connection, Connection::Connected { user: u, .. } if u.login == "daisy"));
    assert_eq!(account_id(&status), original);
    assert_eq!(status.capabilities, EVERYTHING);
    let log: EventPage = browser.get("/events?per_page=100").await;
    let restore = log.events.iter().find(|event| event.kind == EventKind::RestoredFromBackup).expect("logged");
    assert_eq!((restore.from_login.as_deref(), restore.to_login.as_deref()), (Some("daisy"), Some("daisy")));
}

#[tokio::test]
async fn flow_4_after_the_site_moved_to_another_address() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    first_connection(&browser).await;
    let report =
        operator::change_site_address(backend.data.path(), "https://staging.store.example").await.expect("move");
    assert!(report.summary.contains("connection is broken"), "{}", report.summary);
    let status = browser.status().await;
    assert_eq!(status.site.url, "https://staging.store.example");
    assert_eq!(status.next_step, NextStep::ResetConnection { cause: BreakCause::SiteAddressChanged });
    let refused = operator::change_site_address(backend.data.path(), "not an address").await;
    assert!(matches!(refused, Err(panel_backend::OperatorError::Refused(_))));
    assert_eq!(browser.status().await.revision, status.revision, "a refused command changes nothing");
}

#[tokio::test]
async fn flow_5_opting_out_leaves_the_panel_read_only() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let refused = operator::support_unlink(backend.data.path()).await;
    assert!(matches!(refused, Err(panel_backend::OperatorError::Refused(_))), "no account to unlink yet");
    first_connection(&browser).await;

    let report = operator::support_unlink(backend.data.path()).await.expect("unlink");
    assert!(report.summary.contains("opted out"), "{}", report.summary);
    let status = browser.status().await;
    assert_eq!(status.capabilities, Capabilities { deposits_continue: true, ..NOTHING }, "only deposits go on");
    assert_eq!(status.next_step, NextStep::OptedOut);
    assert!(status.account.as_ref().expect("the account stays").opted_out_at.is_some());

    let link = browser.api_post("/account/express-login-link", &json!({})).await;
    expect_error(link, 409, "opted_out").await;
    let disconnect = browser
        .api_post("/disconnect", &json!({ "plugin": "woopayments", "expected_revision": status.revision }))
        .await;
    expect_error(disconnect, 409, "opted_out").await;
    browser.act("/jetpack/install").await;
    let status = browser.act("/jetpack/activate").await;
    browser
        .post::<DisconnectResponse>(
            "/disconnect",
            &json!({ "plugin": "jetpack", "expected_revision": status.revision }),
        )
        .await;
    let status = browser.status().await;
    let connect =
        browser.api_post("/connect", &json!({ "plugin": "woopayments", "expected_revision": status.revision })).await;
    let error = expect_error(connect, 409, "opted_out").await;
    assert!(error.message.contains("still deposited"), "{}", error.message);
}

#[tokio::test]
async fn flow_6_account_details_are_read_only_and_edited_in_express() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    expect_error(browser.api_get("/account").await, 404, "no_account").await;
    let status = first_connection(&browser).await;

    let details: AccountDetails = browser.get("/account").await;
    assert_eq!(details.account.id, account_id(&status));
    assert_eq!(details.profile.name, "Daisy Baker");
    assert_eq!(details.profile.business.name, "Daisy's Donuts");
    assert_eq!(details.profile.business.business_type, BusinessType::Company);
    assert_eq!(details.profile.address.city, "Portland");
    assert_eq!(details.profile.contact.email, "daisy@donuts.example");
    assert_eq!(details.profile.ownership.percent_owned, 100);
    assert_eq!(details.profile.bank_account.last4, "6789", "only the last four digits are kept");

    let link: ExpressLoginLink = browser.post("/account/express-login-link", &json!({})).await;
    assert!(link.url.starts_with("/stripe/express?token="), "{}", link.url);
    let dashboard = reqwest::get(backend.url(&link.url)).await.expect("dashboard");
    assert_eq!(dashboard.status(), 200, "the link is its own credential");
    let html = dashboard.text().await.expect("page");
    assert!(html.contains("Stripe Express dashboard") && html.contains("•••• 6789"), "{html}");
    let again = reqwest::get(backend.url(&link.url)).await.expect("dashboard");
    assert_eq!(again.status(), 403, "the link works once");

    let unused: ExpressLoginLink = browser.post("/account/express-login-link", &json!({})).await;
    operator::support_unlink(backend.data.path()).await.expect("unlink");
    let refused = reqwest::get(backend.url(&unused.url)).await.expect("dashboard");
    assert_eq!(refused.status(), 403, "opting out closes the way to Express");
    expect_error(browser.api_post("/account/express-login-link", &json!({})).await, 409, "opted_out").await;
    let details: AccountDetails = browser.get("/account").await;
    assert!(details.account.opted_out_at.is_some(), "the details stay readable");
}

#[tokio::test]
async fn denying_on_wordpress_com_returns_with_an_error_and_changes_nothing_else() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let authorize_url = click_connect(&browser, "woopayments").await;
    log_in(&browser, &authorize_url, "daisy").await;
    let back = browser.submit("/wpcom/authorize", &[("state", &state_of(&authorize_url)), ("decision", "deny")]).await;
    assert_eq!(back.url().path(), "/");
    assert_eq!(param(&back, "connect_error").as_deref(), Some("access_denied"));
    let status = browser.status().await;
    assert_eq!(status.connection, Connection::NotConnected);
    assert_eq!((status.next_step, status.authorization), (NextStep::Connect, None));

    // The same return link again: the request is spent.
    let replay =
        browser.page(&format!("/api/v1/connect/return?state={}&error=access_denied", state_of(&authorize_url))).await;
    assert_eq!(param(&replay, "connect_error").as_deref(), Some("authorization_expired"));
    assert_eq!(browser.status().await.revision, status.revision);
}

#[tokio::test]
async fn a_forged_authorization_code_does_not_connect() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let authorize_url = click_connect(&browser, "woopayments").await;
    let state = state_of(&authorize_url);
    let forged = browser.page(&format!("/api/v1/connect/return?state={state}&code=forged")).await;
    assert_eq!(param(&forged, "connect_error").as_deref(), Some("invalid_authorization_code"));
    assert_eq!(browser.status().await.connection, Connection::NotConnected);
    // Clicking Connect again starts over: the first authorization page has expired.
    let second = click_connect(&browser, "woopayments").await;
    assert_ne!(second, authorize_url);
    assert_eq!(browser.page(&authorize_url).await.status(), 410);
}

#[tokio::test]
async fn every_change_is_one_event_newest_first_with_its_accounts() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    first_connection(&browser).await;
    let status = browser.status().await;
    browser
        .post::<DisconnectResponse>(
            "/disconnect",
            &json!({ "plugin": "woopayments", "expected_revision": status.revision }),
        )
        .await;

    let log: EventPage = browser.get("/events").await;
    let kinds: Vec<EventKind> = log.events.iter().map(|event| event.kind).collect();
    assert_eq!(
        kinds,
        vec![
            EventKind::Disconnected,
            EventKind::AccountCreated,
            EventKind::Connected,
            EventKind::WpcomLoggedIn,
            EventKind::ConnectingStarted,
        ]
    );
    let revisions: Vec<u64> = log.events.iter().map(|event| event.revision).collect();
    assert_eq!(revisions, vec![6, 5, 4, 3, 2], "one event per revision");
    assert_eq!(log.total, 5);
    let (disconnected, connected, logged_in) = (&log.events[0], &log.events[2], &log.events[3]);
    assert_eq!((disconnected.from_login.as_deref(), disconnected.to_login.as_deref()), (Some("daisy"), None));
    assert_eq!((connected.from_login.as_deref(), connected.to_login.as_deref()), (None, Some("daisy")));
    assert_eq!((logged_in.from_login.as_deref(), logged_in.to_login.as_deref()), (None, Some("daisy")));
    assert!(connected.summary.contains("Connected to WordPress.com as daisy"), "{}", connected.summary);

    let second: EventPage = browser.get("/events?page=2&per_page=2").await;
    assert_eq!(
        second.events.iter().map(|event| event.kind).collect::<Vec<_>>(),
        vec![EventKind::Connected, EventKind::WpcomLoggedIn]
    );
    expect_error(browser.api_get("/events?per_page=0").await, 400, "invalid_query").await;
    expect_error(browser.api_get("/events?page=first").await, 400, "invalid_query").await;
}
