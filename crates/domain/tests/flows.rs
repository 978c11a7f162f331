//! The flows of the product, walked step by step, with the world checked after every step.

mod support;

use connection_domain::{
    Authorized, BreakCause, Capabilities, Connection, ConnectionImpact, Disconnected, DomainError, JetpackPlugin,
    NextStep, Plugin, RejectionReason, VerificationStatus, World,
};
use support::{ACCOUNT_ID, ADMIN, T0, account_id, connected_store, new_store, step, user};

/// One line saying what the panel would show: connection, WordPress.com session, Jetpack,
/// account, whether payments are on, and the next step.
fn summary(world: &World) -> String {
    let connection = match world.connection() {
        Connection::NotConnected => "none".to_owned(),
        Connection::Connected { login, through, .. } => format!("{login} via {through}"),
        Connection::Broken { login, cause, .. } => format!("broken {login} ({cause:?})"),
    };
    let authorizing = world.authorizing().map_or("-".to_owned(), |plugin| plugin.to_string());
    let session = world.wpcom().session().login().unwrap_or("-");
    let jetpack = match (world.jetpack(), world.jetpack_connected_as()) {
        (JetpackPlugin::NotInstalled, _) => "none".to_owned(),
        (JetpackPlugin::Inactive, _) => "inactive".to_owned(),
        (JetpackPlugin::Active, None) => "active".to_owned(),
        (JetpackPlugin::Active, Some(login)) => format!("active as {login}"),
    };
    let account = world.account().map_or("-".to_owned(), |account| {
        let opted_out = if account.is_opted_out() { " opted out" } else { "" };
        format!("{} {:?}{opted_out}", account.id(), account.verification())
    });
    let payments = if world.capabilities().take_payments { "on" } else { "off" };
    expect(&connection, &authorizing, session, &jetpack, &account, payments, world.next_step())
}

/// The one-line summary of a world with these parts (what [`summary`] builds).
fn expect(
    connection: &str,
    authorizing: &str,
    wpcom: &str,
    jetpack: &str,
    account: &str,
    payments: &str,
    next: NextStep,
) -> String {
    format!(
        "connection: {connection} | authorizing: {authorizing} | wpcom: {wpcom} \
         | jetpack: {jetpack} | account: {account} | payments: {payments} | next: {next:?}"
    )
}

const COMPLETE: &str = "acct_1Nv0FGQ9RKHgCVdK Complete";
const NOTHING: Capabilities = Capabilities {
    take_payments: false,
    refund: false,
    challenge_disputes: false,
    log_into_express: false,
    deposits_continue: false,
    contact_woocommerce_support: false,
    go_live: false,
};
const EVERYTHING: Capabilities = Capabilities {
    take_payments: true,
    refund: true,
    challenge_disputes: true,
    log_into_express: true,
    deposits_continue: true,
    contact_woocommerce_support: false,
    go_live: false,
};
/// Disconnected or broken, with a verified account: Stripe keeps paying out, nothing else works.
const DEPOSITS_ONLY: Capabilities = Capabilities { deposits_continue: true, ..NOTHING };

// Flow 1: first connection.

#[test]
fn flow_1_first_connection_logging_in_at_wordpress_com() {
    let mut w = new_store();
    assert_eq!(summary(&w), expect("none", "-", "-", "none", "-", "off", NextStep::Connect));
    assert_eq!(w.capabilities(), NOTHING);

    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    assert_eq!(summary(&w), expect("none", "WooPayments", "-", "none", "-", "off", NextStep::Authorize));

    step(&mut w, "log in on the authorization page", |w| w.log_in_to_wpcom("alice"));
    assert_eq!(summary(&w), expect("none", "WooPayments", "alice", "none", "-", "off", NextStep::Authorize));

    let authorized = step(&mut w, "approve", |w| w.authorize(T0));
    assert_eq!(authorized, Authorized { login: "alice".into(), express_account: None, jetpack_connected: false });
    assert_eq!(
        w.connection(),
        &Connection::Connected { login: "alice".into(), through: Plugin::WooPayments, since: T0 }
    );
    assert_eq!(
        summary(&w),
        expect("alice via WooPayments", "-", "alice", "none", "-", "off", NextStep::VerifyBusiness)
    );
    assert_eq!(w.capabilities(), NOTHING);

    step(&mut w, "verify business details with Stripe", |w| {
        w.complete_business_verification(account_id(), VerificationStatus::PendingVerification, T0 + 60)
    });
    assert_eq!(
        summary(&w),
        expect(
            "alice via WooPayments",
            "-",
            "alice",
            "none",
            "acct_1Nv0FGQ9RKHgCVdK PendingVerification",
            "on",
            NextStep::WaitForStripe
        )
    );
    let account = w.account().expect("the sign-up created the account");
    assert_eq!(account.created_at(), T0 + 60);
    assert_eq!(w.capabilities(), Capabilities { deposits_continue: false, ..EVERYTHING });

    step(&mut w, "Stripe finishes verifying", |w| w.record_verification_status(VerificationStatus::Complete));
    assert_eq!(summary(&w), expect("alice via WooPayments", "-", "alice", "none", COMPLETE, "on", NextStep::AllSet));
    assert_eq!(w.capabilities(), EVERYTHING);
}

#[test]
fn flow_1_first_connection_creating_a_wordpress_com_account() {
    let mut w = new_store();
    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    assert_eq!(summary(&w), expect("none", "WooPayments", "-", "none", "-", "off", NextStep::Authorize));

    let authorized =
        step(&mut w, "create an account and approve", |w| w.sign_up_and_authorize(user("carol", "Carol"), T0));
    assert_eq!(authorized.login, "carol");
    assert_eq!(w.wpcom().user("carol"), Some(&user("carol", "Carol")));
    assert_eq!(w.wpcom().accounts().len(), 3);
    assert_eq!(
        summary(&w),
        expect("carol via WooPayments", "-", "carol", "none", "-", "off", NextStep::VerifyBusiness)
    );

    step(&mut w, "verify business details with Stripe", |w| {
        w.complete_business_verification(account_id(), VerificationStatus::Complete, T0 + 60)
    });
    assert_eq!(summary(&w), expect("carol via WooPayments", "-", "carol", "none", COMPLETE, "on", NextStep::AllSet));
}

#[test]
fn flow_1_uses_jetpacks_connection_instead_of_asking_for_a_second_one() {
    let mut w = new_store();
    step(&mut w, "install Jetpack", World::install_jetpack);
    assert_eq!(summary(&w), expect("none", "-", "-", "inactive", "-", "off", NextStep::Connect));
    step(&mut w, "activate Jetpack", World::activate_jetpack);
    assert_eq!(summary(&w), expect("none", "-", "-", "active", "-", "off", NextStep::Connect));

    step(&mut w, "Jetpack's connect button", |w| w.start_connecting(Plugin::Jetpack, ADMIN));
    assert_eq!(summary(&w), expect("none", "Jetpack", "-", "active", "-", "off", NextStep::Authorize));
    step(&mut w, "log in", |w| w.log_in_to_wpcom("alice"));
    let authorized = step(&mut w, "approve", |w| w.authorize(T0));
    assert!(authorized.jetpack_connected);
    assert_eq!(
        summary(&w),
        expect("alice via Jetpack", "-", "alice", "active as alice", "-", "off", NextStep::VerifyBusiness)
    );

    // The Payments menu does not ask to connect again: it asks to verify the business.
    let before = w.clone();
    assert_eq!(
        w.start_connecting(Plugin::WooPayments, ADMIN),
        Err(DomainError::AlreadyConnected { login: "alice".into() })
    );
    assert_eq!(w, before);

    step(&mut w, "verify business details with Stripe", |w| {
        w.complete_business_verification(account_id(), VerificationStatus::Complete, T0 + 60)
    });
    assert_eq!(
        summary(&w),
        expect("alice via Jetpack", "-", "alice", "active as alice", COMPLETE, "on", NextStep::AllSet)
    );
}

// Flows 2 and 3: change the connected account.

#[test]
fn flow_2_change_account_without_keeping_jetpack() {
    let mut w = connected_store();
    assert_eq!(summary(&w), expect("alice via WooPayments", "-", "alice", "none", COMPLETE, "on", NextStep::AllSet));

    step(&mut w, "install Jetpack", World::install_jetpack);
    assert_eq!(
        summary(&w),
        expect("alice via WooPayments", "-", "alice", "inactive", COMPLETE, "on", NextStep::AllSet)
    );
    step(&mut w, "activate Jetpack: it picks up the connection", World::activate_jetpack);
    assert_eq!(
        summary(&w),
        expect("alice via WooPayments", "-", "alice", "active as alice", COMPLETE, "on", NextStep::AllSet)
    );

    // The warning popup lists what will break.
    assert_eq!(w.disconnect_breaks(), vec![Plugin::WooPayments, Plugin::Jetpack]);
    let disconnected = step(&mut w, "Disconnect, No thank you", |w| w.disconnect(Plugin::Jetpack, T0));
    assert_eq!(
        disconnected,
        Disconnected { login: "alice".into(), lost_connection: vec![Plugin::WooPayments, Plugin::Jetpack] }
    );
    assert_eq!(summary(&w), expect("none", "-", "alice", "active", COMPLETE, "off", NextStep::FinishSetup));
    assert_eq!(w.capabilities(), DEPOSITS_ONLY);
    assert!(w.disconnect_breaks().is_empty());

    step(&mut w, "deactivate Jetpack", World::deactivate_jetpack);
    assert_eq!(summary(&w), expect("none", "-", "alice", "inactive", COMPLETE, "off", NextStep::FinishSetup));
    step(&mut w, "delete Jetpack", World::delete_jetpack);
    assert_eq!(summary(&w), expect("none", "-", "alice", "none", COMPLETE, "off", NextStep::FinishSetup));
    step(&mut w, "Log Out of WordPress.com", World::log_out_of_wpcom);
    assert_eq!(summary(&w), expect("none", "-", "-", "none", COMPLETE, "off", NextStep::FinishSetup));

    step(&mut w, "Payments, Finish setup", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    assert_eq!(summary(&w), expect("none", "WooPayments", "-", "none", COMPLETE, "off", NextStep::Authorize));
    step(&mut w, "log in as the account of choice", |w| w.log_in_to_wpcom("bob"));
    assert_eq!(summary(&w), expect("none", "WooPayments", "bob", "none", COMPLETE, "off", NextStep::Authorize));
    let authorized = step(&mut w, "approve", |w| w.authorize(T0 + 3600));
    assert_eq!(
        authorized,
        Authorized { login: "bob".into(), express_account: Some(account_id()), jetpack_connected: false }
    );
    assert_eq!(summary(&w), expect("bob via WooPayments", "-", "bob", "none", COMPLETE, "on", NextStep::AllSet));
    assert_eq!(w.capabilities(), EVERYTHING);
}

#[test]
fn flow_3_change_account_keeping_jetpack() {
    let mut w = connected_store();
    step(&mut w, "install Jetpack", World::install_jetpack);
    step(&mut w, "activate Jetpack", World::activate_jetpack);
    assert_eq!(
        summary(&w),
        expect("alice via WooPayments", "-", "alice", "active as alice", COMPLETE, "on", NextStep::AllSet)
    );

    step(&mut w, "Disconnect, No thank you", |w| w.disconnect(Plugin::Jetpack, T0));
    assert_eq!(summary(&w), expect("none", "-", "alice", "active", COMPLETE, "off", NextStep::FinishSetup));
    step(&mut w, "Log Out of WordPress.com", World::log_out_of_wpcom);
    assert_eq!(summary(&w), expect("none", "-", "-", "active", COMPLETE, "off", NextStep::FinishSetup));
    step(&mut w, "Payments, Finish setup", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    assert_eq!(summary(&w), expect("none", "WooPayments", "-", "active", COMPLETE, "off", NextStep::Authorize));
    step(&mut w, "log in as the account of choice", |w| w.log_in_to_wpcom("bob"));
    let authorized = step(&mut w, "approve", |w| w.authorize(T0 + 3600));
    assert_eq!(
        authorized,
        Authorized { login: "bob".into(), express_account: Some(account_id()), jetpack_connected: true }
    );
    assert_eq!(
        summary(&w),
        expect("bob via WooPayments", "-", "bob", "active as bob", COMPLETE, "on", NextStep::AllSet)
    );
    assert_eq!(w.jetpack_connected_as(), Some("bob"));
}

#[test]
fn flow_3_reconnecting_from_jetpack_with_a_brand_new_account_brings_back_the_same_account() {
    let mut w = connected_store();
    step(&mut w, "install Jetpack", World::install_jetpack);
    step(&mut w, "activate Jetpack", World::activate_jetpack);
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::Jetpack, T0));
    step(&mut w, "Log Out", World::log_out_of_wpcom);
    step(&mut w, "Jetpack's connect button", |w| w.start_connecting(Plugin::Jetpack, ADMIN));
    assert_eq!(summary(&w), expect("none", "Jetpack", "-", "active", COMPLETE, "off", NextStep::Authorize));
    let authorized =
        step(&mut w, "create an account and approve", |w| w.sign_up_and_authorize(user("dave", "Dave"), T0 + 7200));
    assert_eq!(authorized.express_account, Some(account_id()));
    assert_eq!(
        summary(&w),
        expect("dave via Jetpack", "-", "dave", "active as dave", COMPLETE, "on", NextStep::AllSet)
    );
}

// Flow 4: reset the connection.

#[test]
fn flow_4_reset_after_a_restore_from_backup() {
    let mut w = connected_store();
    let impact = step(&mut w, "restore from backup", |w| Ok(w.restore_from_backup()));
    assert_eq!(impact, ConnectionImpact::Broke);
    let broken = NextStep::ResetConnection { cause: BreakCause::RestoredFromBackup };
    assert_eq!(summary(&w), expect("broken alice (RestoredFromBackup)", "-", "alice", "none", COMPLETE, "off", broken));
    assert_eq!(w.capabilities(), DEPOSITS_ONLY);
    assert_eq!(w.disconnect_breaks(), vec![Plugin::WooPayments]);

    // Connecting over a broken connection is refused: it must be reset first.
    let before = w.clone();
    assert_eq!(
        w.start_connecting(Plugin::WooPayments, ADMIN),
        Err(DomainError::ConnectionBroken { cause: BreakCause::RestoredFromBackup })
    );
    assert_eq!(w, before);

    step(&mut w, "install Jetpack", World::install_jetpack);
    step(&mut w, "activate Jetpack: a broken connection is not picked up", World::activate_jetpack);
    assert_eq!(
        summary(&w),
        expect("broken alice (RestoredFromBackup)", "-", "alice", "active", COMPLETE, "off", broken)
    );
    assert_eq!(w.disconnect_breaks(), vec![Plugin::WooPayments, Plugin::Jetpack]);

    let disconnected = step(&mut w, "Disconnect, No thank you", |w| w.disconnect(Plugin::Jetpack, T0));
    assert_eq!(disconnected.login, "alice");
    assert_eq!(summary(&w), expect("none", "-", "alice", "active", COMPLETE, "off", NextStep::FinishSetup));
    step(&mut w, "deactivate Jetpack", World::deactivate_jetpack);
    step(&mut w, "delete Jetpack", World::delete_jetpack);
    assert_eq!(summary(&w), expect("none", "-", "alice", "none", COMPLETE, "off", NextStep::FinishSetup));

    // Still logged in as the original account: no need to log out to reconnect to it.
    step(&mut w, "Payments, Finish setup", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    let authorized = step(&mut w, "approve as the original account", |w| w.authorize(T0 + 86_400));
    assert_eq!(authorized.express_account, Some(account_id()));
    assert_eq!(summary(&w), expect("alice via WooPayments", "-", "alice", "none", COMPLETE, "on", NextStep::AllSet));
    assert_eq!(w.capabilities(), EVERYTHING);
}

#[test]
fn flow_4_reset_after_the_site_address_changed_from_the_panel_itself() {
    let mut w = connected_store();
    let impact = step(&mut w, "site moves", |w| w.change_site_address("https://donuts.shop"));
    assert_eq!(impact, ConnectionImpact::Broke);
    assert_eq!(w.site().url(), "https://donuts.shop");
    let broken = NextStep::ResetConnection { cause: BreakCause::SiteAddressChanged };
    assert_eq!(summary(&w), expect("broken alice (SiteAddressChanged)", "-", "alice", "none", COMPLETE, "off", broken));

    // A restore on top does not change why it broke.
    let impact = step(&mut w, "restore from backup", |w| Ok(w.restore_from_backup()));
    assert_eq!(impact, ConnectionImpact::Unaffected);
    assert_eq!(summary(&w), expect("broken alice (SiteAddressChanged)", "-", "alice", "none", COMPLETE, "off", broken));

    step(&mut w, "Disconnect from WooPayments", |w| w.disconnect(Plugin::WooPayments, T0));
    assert_eq!(summary(&w), expect("none", "-", "alice", "none", COMPLETE, "off", NextStep::FinishSetup));
    step(&mut w, "Finish setup", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut w, "approve", |w| w.authorize(T0 + 86_400));
    assert_eq!(summary(&w), expect("alice via WooPayments", "-", "alice", "none", COMPLETE, "on", NextStep::AllSet));
}

// Flow 5: opt out of the agreement.

#[test]
fn flow_5_opt_out_leaves_only_deposits() {
    let mut w = connected_store();
    step(&mut w, "support unlinks the account", |w| w.opt_out(T0 + 86_400));
    assert_eq!(
        summary(&w),
        expect(
            "alice via WooPayments",
            "-",
            "alice",
            "none",
            "acct_1Nv0FGQ9RKHgCVdK Complete opted out",
            "off",
            NextStep::OptedOut
        )
    );
    assert!(w.is_opted_out());
    assert_eq!(w.account().and_then(|account| account.opted_out_at()), Some(T0 + 86_400));
    assert_eq!(
        w.capabilities(),
        Capabilities {
            take_payments: false,
            refund: false,
            challenge_disputes: false,
            log_into_express: false,
            deposits_continue: true,
            contact_woocommerce_support: false,
            go_live: false,
        }
    );

    // Jetpack may still drop the shared connection; the panel stays read-only.
    step(&mut w, "install Jetpack", World::install_jetpack);
    step(&mut w, "activate Jetpack", World::activate_jetpack);
    step(&mut w, "Disconnect from Jetpack", |w| w.disconnect(Plugin::Jetpack, T0));
    assert_eq!(w.next_step(), NextStep::OptedOut);
    assert_eq!(w.capabilities(), DEPOSITS_ONLY);
    assert_eq!(w.account().map(|account| account.id().as_str()), Some(ACCOUNT_ID));
}

#[test]
fn flow_5_opt_out_with_deposits_not_yet_enabled_stops_everything() {
    let mut w = connected_store();
    step(&mut w, "Stripe wants more details", |w| w.record_verification_status(VerificationStatus::Restricted));
    step(&mut w, "support unlinks the account", |w| w.opt_out(T0 + 86_400));
    assert_eq!(w.capabilities(), NOTHING);
    assert_eq!(w.next_step(), NextStep::OptedOut);
}

#[test]
fn opting_out_abandons_an_authorization_in_progress() {
    let mut w = connected_store();
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0));
    step(&mut w, "Finish setup", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut w, "support unlinks the account", |w| w.opt_out(T0 + 86_400));
    assert_eq!(w.authorizing(), None);
    assert_eq!(w.next_step(), NextStep::OptedOut);
}

// Flow 6: account details are read-only here; the Express dashboard is where they change.

#[test]
fn flow_6_the_express_dashboard_is_reachable_exactly_while_the_account_is_usable() {
    let mut w = new_store();
    assert!(!w.capabilities().log_into_express, "no account yet");

    let mut w2 = connected_store();
    assert!(w2.capabilities().log_into_express);
    step(&mut w2, "Stripe needs more details", |w| w.record_verification_status(VerificationStatus::Restricted));
    assert_eq!(w2.next_step(), NextStep::ProvideDetailsToStripe);
    assert_eq!(
        w2.capabilities(),
        Capabilities {
            take_payments: false,
            deposits_continue: false,
            contact_woocommerce_support: true,
            ..EVERYTHING
        }
    );
    step(&mut w2, "details given in Express", |w| w.record_verification_status(VerificationStatus::Complete));
    assert_eq!(w2.next_step(), NextStep::AllSet);
    step(&mut w2, "Stripe rejects", |w| {
        w.record_verification_status(VerificationStatus::Rejected { reason: RejectionReason::Fraud })
    });
    assert_eq!(w2.next_step(), NextStep::ContactSupport);
    assert!(w2.capabilities().log_into_express);
    step(&mut w2, "restore from backup", |w| Ok(w.restore_from_backup()));
    assert!(!w2.capabilities().log_into_express, "the login link needs the connection");

    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut w, "create an account and approve", |w| w.sign_up_and_authorize(user("erin", "Erin"), T0));
    assert!(!w.capabilities().log_into_express, "connected, but no account yet");
}

// Other events.

#[test]
fn restoring_or_moving_a_site_that_is_not_connected_breaks_nothing() {
    let mut w = new_store();
    let impact = step(&mut w, "restore from backup", |w| Ok(w.restore_from_backup()));
    assert_eq!(impact, ConnectionImpact::Unaffected);
    assert_eq!(w, new_store());
    let impact = step(&mut w, "move", |w| w.change_site_address("http://staging.donuts.example"));
    assert_eq!(impact, ConnectionImpact::Unaffected);
    assert_eq!(summary(&w), expect("none", "-", "-", "none", "-", "off", NextStep::Connect));
}

#[test]
fn leaving_the_authorization_page_or_deactivating_jetpack_abandons_the_attempt() {
    let mut w = new_store();
    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut w, "Connect again from Jetpack", |w| {
        w.install_jetpack()?;
        w.activate_jetpack()?;
        w.start_connecting(Plugin::Jetpack, ADMIN)
    });
    assert_eq!(w.authorizing(), Some(Plugin::Jetpack));
    step(&mut w, "deactivate Jetpack", World::deactivate_jetpack);
    assert_eq!(summary(&w), expect("none", "-", "-", "inactive", "-", "off", NextStep::Connect));
    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut w, "come back without approving", World::cancel_connecting);
    assert_eq!(summary(&w), expect("none", "-", "-", "inactive", "-", "off", NextStep::Connect));
}

#[test]
fn the_world_round_trips_through_json_and_loading_checks_account_ids() {
    let mut w = connected_store();
    step(&mut w, "restore from backup", |w| Ok(w.restore_from_backup()));
    let text = serde_json::to_string(&w).expect("serializes");
    let back: World = serde_json::from_str(&text).expect("parses");
    assert_eq!(back, w);
    back.check_invariants().expect("a loaded world keeps its invariants");

    let json = serde_json::to_value(&w).expect("serializes");
    assert_eq!(json["connection"]["state"], "broken");
    assert_eq!(json["connection"]["cause"], "restored_from_backup");
    assert_eq!(json["account"]["id"], ACCOUNT_ID);
    assert_eq!(json["account"]["verification"], "complete");
    assert_eq!(json["wpcom"]["session"]["state"], "logged_in");

    let tampered = text.replace(ACCOUNT_ID, "acct_short");
    let error = serde_json::from_str::<World>(&tampered).expect_err("invalid ids are refused");
    assert!(error.to_string().contains("acct_short"), "{error}");
}

#[test]
fn the_invariant_checks_catch_a_tampered_world() {
    let w = connected_store();
    let mut json = serde_json::to_value(&w).expect("serializes");
    json["connection"]["login"] = "zoe".into();
    json["wpcom"]["session"] = serde_json::json!({ "state": "logged_in", "login": "yves" });
    json["authorizing"] = "jetpack".into();
    let tampered: World = serde_json::from_value(json).expect("parses");
    let broken = tampered.check_invariants().expect_err("tampering is caught");
    for rule in ["\"yves\"", "\"zoe\"", "authorizing while", "through Jetpack"] {
        assert!(broken.contains(rule), "{rule} missing from: {broken}");
    }

    let mut json = serde_json::to_value(&w).expect("serializes");
    json["account"]["id"] = "acct_0000000000000000".into();
    json["account"]["opted_out_at"] = T0.into();
    let other: World = serde_json::from_value(json).expect("parses");
    other.check_invariants().expect("a world with another account is valid on its own");
    let broken = w.check_transition(&other).expect_err("an account id never changes");
    assert!(broken.contains("id changed"), "{broken}");
    let broken = other.check_transition(&w).expect_err("an opt-out is never undone");
    assert!(broken.contains("opt-out was undone"), "{broken}");
    let broken = w.check_transition(&new_store()).expect_err("accounts never disappear");
    assert!(broken.contains("disappeared"), "{broken}");
}
