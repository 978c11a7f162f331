//! Several administrators and the connection's owner (connecting, transfer, an owner deleted or
//! demoted), and the site's environments with test mode (staging never live, going live only on
//! production), each walked with the world checked after every step.

mod support;

use connection_domain::{
    DomainError, Environment, NextStep, Ownership, PaymentMode, Plugin, SiteRole, VerificationStatus, World,
};
use support::{ADMIN, T0, account_id, connected_store, new_store, step};

/// The connected store with a second administrator, Sam, who linked the WordPress.com account
/// `bob`, and an editor, Eddie.
fn store_with_sam() -> World {
    let mut w = connected_store();
    step(&mut w, "add Sam", |w| w.add_site_user("sam", "Sam Rivera", SiteRole::Administrator));
    step(&mut w, "Sam links bob", |w| w.link_wpcom_account("sam", "bob"));
    step(&mut w, "add Eddie", |w| w.add_site_user("eddie", "Eddie Editor", SiteRole::Editor));
    w
}

fn owner_login(w: &World) -> Option<&str> {
    match w.ownership() {
        Ownership::OwnedBy(owner) => Some(owner.login.as_str()),
        Ownership::NoConnection | Ownership::Ownerless { .. } => None,
    }
}

#[test]
fn whoever_connects_owns_the_connection_linked_to_that_account() {
    let w = store_with_sam();
    assert_eq!(owner_login(&w), Some(ADMIN));
    assert_eq!(w.user(ADMIN).and_then(|user| user.wpcom_login.as_deref()), Some("alice"));
    let possible: Vec<_> = w.possible_owners().into_iter().map(|user| user.login.as_str()).collect();
    assert_eq!(possible, vec!["sam"], "the owner and the editor are not candidates");
}

#[test]
fn an_editor_cannot_connect_and_an_unknown_user_is_refused() {
    let mut w = new_store();
    step(&mut w, "add Eddie", |w| w.add_site_user("eddie", "Eddie", SiteRole::Editor));
    assert_eq!(
        w.start_connecting(Plugin::WooPayments, "eddie"),
        Err(DomainError::NotAnAdministrator { login: "eddie".into() })
    );
    assert_eq!(
        w.start_connecting(Plugin::WooPayments, "ghost"),
        Err(DomainError::UnknownSiteUser { login: "ghost".into() })
    );
    assert_eq!(
        w.add_site_user("eddie", "Again", SiteRole::Editor),
        Err(DomainError::SiteLoginTaken { login: "eddie".into() })
    );
    assert_eq!(
        w.add_site_user("a b", "Spaces", SiteRole::Editor),
        Err(DomainError::InvalidSiteLogin { given: "a b".into() })
    );
}

#[test]
fn the_owner_transfers_to_an_administrator_with_their_own_account() {
    let mut w = store_with_sam();
    let account = w.account().map(|a| a.id().clone());
    assert_eq!(w.transfer_ownership("sam", "sam"), Err(DomainError::NotTheOwner { owner: "Daisy Baker".into() }));
    assert_eq!(w.transfer_ownership(ADMIN, "eddie"), Err(DomainError::NotAnAdministrator { login: "eddie".into() }));
    step(&mut w, "add Nina", |w| w.add_site_user("nina", "Nina", SiteRole::Administrator));
    assert_eq!(w.transfer_ownership(ADMIN, "nina"), Err(DomainError::NoLinkedWpcomAccount { login: "nina".into() }));
    step(&mut w, "Daisy hands it to Sam", |w| w.transfer_ownership(ADMIN, "sam"));
    assert_eq!(owner_login(&w), Some("sam"));
    assert_eq!(w.connection().login(), Some("bob"), "the site is connected as Sam's account now");
    assert_eq!(w.account().map(|a| a.id().clone()), account, "the same WooPayments account");
    assert!(w.capabilities().take_payments, "payments never stopped");
    assert_eq!(w.transfer_ownership("sam", "sam"), Err(DomainError::AlreadyOwner { login: "sam".into() }));
    assert_eq!(
        w.link_wpcom_account("sam", "alice"),
        Err(DomainError::WpcomAccountLinked { wpcom_login: "alice".into(), by: ADMIN.into() })
    );
    assert_eq!(w.link_wpcom_account("sam", "bob"), Err(DomainError::OwnerKeepsAccount));
}

#[test]
fn a_deleted_owner_leaves_the_connection_ownerless_until_an_administrator_takes_it() {
    let mut w = store_with_sam();
    step(&mut w, "Daisy's user is deleted", |w| w.delete_site_user(ADMIN));
    assert_eq!(w.ownership(), Ownership::Ownerless { former_owner: Some("Daisy Baker") });
    assert_eq!(w.next_step(), NextStep::ChooseOwner, "the panel leads to the fix");
    assert!(w.capabilities().take_payments, "payments go on meanwhile");
    assert!(!w.capabilities().log_into_express, "what needs the owner's account waits");
    step(&mut w, "Sam takes it over", |w| w.transfer_ownership("sam", "sam"));
    assert_eq!(owner_login(&w), Some("sam"));
    assert_eq!(w.next_step(), NextStep::AllSet);
}

#[test]
fn a_demoted_owner_leaves_it_ownerless_and_reconnecting_is_the_other_way_out() {
    let mut w = store_with_sam();
    step(&mut w, "Daisy becomes an editor", |w| w.set_site_role(ADMIN, SiteRole::Editor));
    assert!(w.is_ownerless());
    step(&mut w, "Sam disconnects", |w| w.disconnect(Plugin::WooPayments, T0 + 10));
    assert_eq!(w.ownership(), Ownership::NoConnection);
    step(&mut w, "Sam clicks Finish setup", |w| w.start_connecting(Plugin::WooPayments, "sam"));
    step(&mut w, "log out", World::log_out_of_wpcom);
    step(&mut w, "log in as bob", |w| w.log_in_to_wpcom("bob"));
    step(&mut w, "approve", |w| w.authorize(T0 + 20));
    assert_eq!(owner_login(&w), Some("sam"));
    assert_eq!(w.account().map(|a| a.id().clone()), Some(account_id()), "the same account comes back");
}

#[test]
fn the_last_administrator_stays() {
    let mut w = connected_store();
    assert_eq!(w.delete_site_user(ADMIN), Err(DomainError::LastAdministrator { login: ADMIN.into() }));
    assert_eq!(w.set_site_role(ADMIN, SiteRole::Editor), Err(DomainError::LastAdministrator { login: ADMIN.into() }));
}

#[test]
fn a_staging_site_runs_in_test_mode_and_cannot_go_live() {
    let mut w = connected_store();
    step(&mut w, "WP_ENVIRONMENT_TYPE=staging", |w| {
        w.set_environment(Environment::Staging);
        Ok(())
    });
    assert_eq!(w.payment_mode(), PaymentMode::Test);
    assert!(w.account().is_none(), "the live account is not used");
    assert!(!w.capabilities().take_payments);
    assert_eq!(w.next_step(), NextStep::VerifyBusiness, "a test account comes first");
    assert_eq!(w.go_live(), Err(DomainError::NotProduction { environment: Environment::Staging }));
    assert!(!w.capabilities().go_live);
    let test_id = "acct_TESTTESTTESTTEST".parse().expect("id");
    step(&mut w, "test account", |w| w.complete_business_verification(test_id, VerificationStatus::Complete, T0 + 5));
    assert!(w.capabilities().take_payments, "test payments on the test account");
    step(&mut w, "back to production", |w| {
        w.set_environment(Environment::Production);
        Ok(())
    });
    assert_eq!(w.payment_mode(), PaymentMode::Test, "production does not go live by itself");
    step(&mut w, "Go live", World::go_live);
    assert_eq!(w.account().map(|a| a.id().clone()), Some(account_id()), "the live account again");
    assert_eq!(w.go_live(), Err(DomainError::AlreadyLive));
}

#[test]
fn worlds_saved_before_users_and_environments_load_as_live_production() {
    let mut w = connected_store();
    let mut saved: serde_json::Value = serde_json::to_value(&w).expect("serializes");
    let object = saved.as_object_mut().expect("an object");
    for field in ["users", "owner", "former_owner", "connecting_admin", "environment", "mode", "test_account"] {
        object.remove(field);
    }
    let old: World = serde_json::from_value(saved).expect("an older world parses");
    old.check_invariants().expect("and obeys the rules");
    assert_eq!((old.environment(), old.payment_mode()), (Environment::Production, PaymentMode::Live));
    assert_eq!(old.ownership(), Ownership::Ownerless { former_owner: None });
    let mut upgraded = old.clone();
    step(&mut upgraded, "the first administrator", |w| w.adopt_first_administrator("admin", "Site administrator"));
    assert_eq!(owner_login(&upgraded), Some("admin"), "they own the connection the old world had");
    let again = upgraded.clone();
    step(&mut upgraded, "only once", |w| w.adopt_first_administrator("other", "Other"));
    assert_eq!(upgraded, again);
    w.set_environment(Environment::Production);
    assert_eq!(w.payment_mode(), PaymentMode::Live);
}
