//! Every refused step: the right typed error, a sentence for the owner, and an unchanged world.

mod support;

use connection_domain::{BreakCause, DomainError, ExpressAccountId, Plugin, Site, VerificationStatus, World};
use support::{ADMIN, T0, account_id, connected_store, new_store, step, user};

/// Runs a step that must be refused with `expected`, and checks the world did not change.
#[track_caller]
fn refused<T: std::fmt::Debug>(
    world: &mut World,
    action: impl FnOnce(&mut World) -> Result<T, DomainError>,
    expected: DomainError,
) {
    let before = world.clone();
    assert_eq!(action(world).expect_err("the step must be refused"), expected);
    assert_eq!(*world, before, "a refused step changed the world");
    world.check_invariants().expect("invariants hold after a refusal");
}

fn other_id() -> ExpressAccountId {
    "acct_0000000000000000".parse().expect("valid id")
}

fn opted_out_store() -> World {
    let mut w = connected_store();
    step(&mut w, "opt out", |w| w.opt_out(T0 + 86_400));
    w
}

fn broken_store() -> World {
    let mut w = connected_store();
    step(&mut w, "restore from backup", |w| Ok(w.restore_from_backup()));
    w
}

fn with_jetpack_inactive(mut w: World) -> World {
    step(&mut w, "install Jetpack", World::install_jetpack);
    w
}

fn with_jetpack_active(w: World) -> World {
    let mut w = with_jetpack_inactive(w);
    step(&mut w, "activate Jetpack", World::activate_jetpack);
    w
}

const RESTORED: DomainError = DomainError::ConnectionBroken { cause: BreakCause::RestoredFromBackup };

#[test]
fn connecting_is_refused_when_it_makes_no_sense() {
    refused(&mut opted_out_store(), |w| w.start_connecting(Plugin::WooPayments, ADMIN), DomainError::OptedOut);
    refused(&mut opted_out_store(), |w| w.start_connecting(Plugin::Jetpack, ADMIN), DomainError::OptedOut);
    refused(
        &mut connected_store(),
        |w| w.start_connecting(Plugin::WooPayments, ADMIN),
        DomainError::AlreadyConnected { login: "alice".into() },
    );
    refused(&mut broken_store(), |w| w.start_connecting(Plugin::WooPayments, ADMIN), RESTORED);
    refused(&mut new_store(), |w| w.start_connecting(Plugin::Jetpack, ADMIN), DomainError::JetpackNotActive);
    refused(
        &mut with_jetpack_inactive(new_store()),
        |w| w.start_connecting(Plugin::Jetpack, ADMIN),
        DomainError::JetpackNotActive,
    );
}

#[test]
fn authorizing_needs_a_started_connection_and_a_wordpress_com_user() {
    refused(&mut new_store(), |w| w.authorize(T0), DomainError::NotConnecting);
    refused(&mut new_store(), World::cancel_connecting, DomainError::NotConnecting);
    refused(&mut new_store(), |w| w.sign_up_and_authorize(user("carol", "Carol"), T0), DomainError::NotConnecting);

    let mut w = new_store();
    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    refused(&mut w, |w| w.authorize(T0), DomainError::LoggedOutOfWpcom);
    refused(
        &mut w,
        |w| w.sign_up_and_authorize(user("Carol", "Carol"), T0),
        DomainError::InvalidWpcomLogin { given: "Carol".into() },
    );
    refused(
        &mut w,
        |w| w.sign_up_and_authorize(user("", "Nobody"), T0),
        DomainError::InvalidWpcomLogin { given: String::new() },
    );
    refused(
        &mut w,
        |w| w.sign_up_and_authorize(user("bob", "Another Bob"), T0),
        DomainError::WpcomLoginTaken { login: "bob".into() },
    );

    step(&mut w, "log in", |w| w.log_in_to_wpcom("alice"));
    refused(
        &mut w,
        |w| w.sign_up_and_authorize(user("carol", "Carol"), T0),
        DomainError::AlreadyLoggedIn { login: "alice".into() },
    );
}

#[test]
fn business_verification_needs_a_working_connection_and_happens_once() {
    let complete = VerificationStatus::Complete;
    refused(
        &mut new_store(),
        |w| w.complete_business_verification(account_id(), complete, T0),
        DomainError::NotConnected,
    );

    let mut w = new_store();
    step(&mut w, "log in", |w| w.log_in_to_wpcom("alice"));
    step(&mut w, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut w, "approve", |w| w.authorize(T0));
    step(&mut w, "restore from backup", |w| Ok(w.restore_from_backup()));
    refused(&mut w, |w| w.complete_business_verification(account_id(), complete, T0), RESTORED);

    // Signing up again (or bringing another Stripe account) never replaces the site's account.
    refused(
        &mut connected_store(),
        |w| w.complete_business_verification(other_id(), complete, T0),
        DomainError::AccountAlreadyExists { id: account_id() },
    );
    refused(
        &mut opted_out_store(),
        |w| w.complete_business_verification(other_id(), complete, T0),
        DomainError::OptedOut,
    );
}

#[test]
fn disconnecting_needs_a_connection_and_an_active_jetpack_to_go_through() {
    refused(&mut new_store(), |w| w.disconnect(Plugin::WooPayments, T0), DomainError::NothingToDisconnect);
    refused(
        &mut with_jetpack_active(new_store()),
        |w| w.disconnect(Plugin::Jetpack, T0),
        DomainError::NothingToDisconnect,
    );
    refused(&mut connected_store(), |w| w.disconnect(Plugin::Jetpack, T0), DomainError::JetpackNotActive);
    refused(
        &mut with_jetpack_inactive(connected_store()),
        |w| w.disconnect(Plugin::Jetpack, T0),
        DomainError::JetpackNotActive,
    );
    refused(&mut opted_out_store(), |w| w.disconnect(Plugin::WooPayments, T0), DomainError::OptedOut);
}

#[test]
fn jetpack_moves_one_plugin_state_at_a_time() {
    refused(&mut new_store(), World::activate_jetpack, DomainError::JetpackNotInstalled);
    refused(&mut new_store(), World::deactivate_jetpack, DomainError::JetpackNotInstalled);
    refused(&mut new_store(), World::delete_jetpack, DomainError::JetpackNotInstalled);
    refused(&mut with_jetpack_inactive(new_store()), World::install_jetpack, DomainError::JetpackAlreadyInstalled);
    refused(&mut with_jetpack_inactive(new_store()), World::deactivate_jetpack, DomainError::JetpackNotActive);
    refused(&mut with_jetpack_active(new_store()), World::install_jetpack, DomainError::JetpackAlreadyInstalled);
    refused(&mut with_jetpack_active(new_store()), World::activate_jetpack, DomainError::JetpackAlreadyActive);
    refused(&mut with_jetpack_active(connected_store()), World::delete_jetpack, DomainError::JetpackStillActive);
}

#[test]
fn wordpress_com_sessions_and_accounts_are_checked() {
    refused(&mut new_store(), World::log_out_of_wpcom, DomainError::AlreadyLoggedOut);
    refused(&mut new_store(), |w| w.log_in_to_wpcom("zoe"), DomainError::UnknownWpcomAccount { login: "zoe".into() });
    refused(
        &mut connected_store(),
        |w| w.log_in_to_wpcom("bob"),
        DomainError::AlreadyLoggedIn { login: "alice".into() },
    );
    refused(
        &mut new_store(),
        |w| w.create_wpcom_account(user("alice", "Alice Again")),
        DomainError::WpcomLoginTaken { login: "alice".into() },
    );
    refused(
        &mut new_store(),
        |w| w.create_wpcom_account(user("al ice", "Alice")),
        DomainError::InvalidWpcomLogin { given: "al ice".into() },
    );
}

#[test]
fn site_addresses_are_checked() {
    assert_eq!(
        Site::new("Shop", "donuts.example"),
        Err(DomainError::InvalidSiteAddress { given: "donuts.example".into() })
    );
    assert_eq!(Site::new("Shop", "https://"), Err(DomainError::InvalidSiteAddress { given: "https://".into() }));
    refused(
        &mut connected_store(),
        |w| w.change_site_address("https://donuts example"),
        DomainError::InvalidSiteAddress { given: "https://donuts example".into() },
    );
    refused(
        &mut connected_store(),
        |w| w.change_site_address("https://donuts.example"),
        DomainError::SiteAddressUnchanged,
    );
}

#[test]
fn the_account_can_change_only_while_linked() {
    let restricted = VerificationStatus::Restricted;
    refused(&mut new_store(), |w| w.record_verification_status(restricted), DomainError::NoAccount);
    refused(&mut opted_out_store(), |w| w.record_verification_status(restricted), DomainError::OptedOut);
    refused(&mut new_store(), |w| w.opt_out(T0), DomainError::NoAccount);
    refused(&mut opted_out_store(), |w| w.opt_out(T0), DomainError::OptedOut);
    assert_eq!("acct_123".parse::<ExpressAccountId>(), Err(DomainError::InvalidAccountId { given: "acct_123".into() }));
}

/// One of each error; the `match` stops compiling when a variant is added and not listed here.
fn every_error() -> Vec<DomainError> {
    let all = vec![
        DomainError::InvalidSiteAddress { given: "shop".into() },
        DomainError::SiteAddressUnchanged,
        DomainError::InvalidWpcomLogin { given: "Bob".into() },
        DomainError::WpcomLoginTaken { login: "bob".into() },
        DomainError::UnknownWpcomAccount { login: "zoe".into() },
        DomainError::AlreadyLoggedIn { login: "alice".into() },
        DomainError::AlreadyLoggedOut,
        DomainError::JetpackAlreadyInstalled,
        DomainError::JetpackNotInstalled,
        DomainError::JetpackAlreadyActive,
        DomainError::JetpackNotActive,
        DomainError::JetpackStillActive,
        DomainError::AlreadyConnected { login: "alice".into() },
        DomainError::ConnectionBroken { cause: BreakCause::SiteAddressChanged },
        DomainError::NotConnected,
        DomainError::NothingToDisconnect,
        DomainError::NotConnecting,
        DomainError::LoggedOutOfWpcom,
        DomainError::InvalidAccountId { given: "acct_1".into() },
        DomainError::AccountAlreadyExists { id: account_id() },
        DomainError::NoAccount,
        DomainError::OptedOut,
        DomainError::ChangeInProgress,
        DomainError::NoChangeInProgress,
        DomainError::NothingToChange,
        DomainError::ChangeAlreadyPlanned,
        DomainError::ChangeNotPlanned,
        DomainError::ChangeNotOffered,
        DomainError::ChangeStepsLeft,
        DomainError::InvalidSiteLogin { given: "a b".into() },
        DomainError::SiteLoginTaken { login: "daisy".into() },
        DomainError::UnknownSiteUser { login: "nobody".into() },
        DomainError::NotAnAdministrator { login: "eddie".into() },
        DomainError::LastAdministrator { login: "daisy".into() },
        DomainError::WpcomAccountLinked { wpcom_login: "alice".into(), by: "daisy".into() },
        DomainError::OwnerKeepsAccount,
        DomainError::NotTheOwner { owner: "Daisy Baker".into() },
        DomainError::AlreadyOwner { login: "daisy".into() },
        DomainError::NoLinkedWpcomAccount { login: "sam".into() },
        DomainError::NotProduction { environment: connection_domain::Environment::Staging },
        DomainError::AlreadyLive,
        DomainError::AccountIdInOtherMode { id: account_id() },
    ];
    for error in &all {
        match error {
            DomainError::InvalidSiteAddress { .. }
            | DomainError::SiteAddressUnchanged
            | DomainError::InvalidWpcomLogin { .. }
            | DomainError::WpcomLoginTaken { .. }
            | DomainError::UnknownWpcomAccount { .. }
            | DomainError::AlreadyLoggedIn { .. }
            | DomainError::AlreadyLoggedOut
            | DomainError::JetpackAlreadyInstalled
            | DomainError::JetpackNotInstalled
            | DomainError::JetpackAlreadyActive
            | DomainError::JetpackNotActive
            | DomainError::JetpackStillActive
            | DomainError::AlreadyConnected { .. }
            | DomainError::ConnectionBroken { .. }
            | DomainError::NotConnected
            | DomainError::NothingToDisconnect
            | DomainError::NotConnecting
            | DomainError::LoggedOutOfWpcom
            | DomainError::InvalidAccountId { .. }
            | DomainError::AccountAlreadyExists { .. }
            | DomainError::NoAccount
            | DomainError::OptedOut
            | DomainError::ChangeInProgress
            | DomainError::NoChangeInProgress
            | DomainError::NothingToChange
            | DomainError::ChangeAlreadyPlanned
            | DomainError::ChangeNotPlanned
            | DomainError::ChangeNotOffered
            | DomainError::ChangeStepsLeft
            | DomainError::InvalidSiteLogin { .. }
            | DomainError::SiteLoginTaken { .. }
            | DomainError::UnknownSiteUser { .. }
            | DomainError::NotAnAdministrator { .. }
            | DomainError::LastAdministrator { .. }
            | DomainError::WpcomAccountLinked { .. }
            | DomainError::OwnerKeepsAccount
            | DomainError::NotTheOwner { .. }
            | DomainError::AlreadyOwner { .. }
            | DomainError::NoLinkedWpcomAccount { .. }
            | DomainError::NotProduction { .. }
            | DomainError::AlreadyLive
            | DomainError::AccountIdInOtherMode { .. } => {}
        }
    }
    all
}

#[test]
fn every_error_is_a_sentence_with_its_own_code() {
    let errors = every_error();
    let mut codes = std::collections::HashSet::new();
    for error in &errors {
        let message = error.to_string();
        let first = message.chars().next().expect("message is not empty");
        assert!(first.is_uppercase() || first == '"', "{message}");
        assert!(message.ends_with('.'), "{message}");
        let code = error.code();
        assert!(code.bytes().all(|byte| byte.is_ascii_lowercase() || byte == b'_'), "{code}");
        assert!(codes.insert(code), "code {code} is used twice");
        let as_error: &dyn std::error::Error = error;
        assert!(as_error.source().is_none());
    }
    assert_eq!(codes.len(), errors.len());
}
