//! The guided change of the connection: each path walked step by step, with the world checked
//! after every step, and what it refuses.

mod support;

use connection_domain::{ChangeGoal, ChangeStep, DomainError, JetpackChoice, JetpackPlugin, Plugin, World};
use connection_domain::{NextStep, PaymentMode, VerificationStatus};
use support::{ACCOUNT_ID, ADMIN, T0, account_id, connected_store, step};

use ChangeStep::{Check, ConfirmMove, Disconnect, LogOutOfWpcom, Reconnect, RemoveJetpack, StartFresh};

/// The chosen plan's steps, and the one the owner is on.
fn progress(world: &World) -> (Vec<ChangeStep>, Option<ChangeStep>) {
    let steps = world.change_steps().into_iter().map(|(step, _)| step).collect();
    (steps, world.current_change_step())
}

/// A connected store with Jetpack installed and active, sharing the connection.
fn store_with_jetpack() -> World {
    let mut w = connected_store();
    step(&mut w, "install Jetpack", World::install_jetpack);
    step(&mut w, "activate Jetpack", World::activate_jetpack);
    w
}

/// Approves a connection through WooPayments' **Finish setup** as whoever is logged in.
fn finish_setup(w: &mut World, now: i64) {
    step(w, "Finish setup", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(w, "approve", |w| w.authorize(now));
}

#[test]
fn change_to_another_account_without_jetpack_takes_four_steps() {
    let mut w = connected_store();
    let offered: Vec<_> = w.change_options().into_iter().map(|plan| (plan.goal, plan.jetpack, plan.steps)).collect();
    assert_eq!(
        offered,
        vec![
            (ChangeGoal::AnotherAccount, None, vec![Disconnect, LogOutOfWpcom, Reconnect, Check]),
            (ChangeGoal::SameAccount, None, vec![Disconnect, Reconnect, Check]),
        ],
        "alice is still logged in, so another account needs a log out first"
    );
    step(&mut w, "start", |w| w.start_change(7, T0 + 100));
    assert_eq!(w.change().map(|c| (c.id(), c.from_login().to_owned())), Some((7, "alice".to_owned())));
    assert!(w.capabilities().take_payments, "starting changes nothing yet");
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::AnotherAccount, None));
    assert!(w.change_options().is_empty(), "nothing left to choose");
    assert_eq!(progress(&w), (vec![Disconnect, LogOutOfWpcom, Reconnect, Check], Some(Disconnect)));

    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0 + 200));
    assert_eq!(w.change().and_then(|c| c.paused_since()), Some(T0 + 200));
    assert_eq!(progress(&w).1, Some(LogOutOfWpcom));
    step(&mut w, "Log Out on WordPress.com", World::log_out_of_wpcom);
    assert_eq!(progress(&w).1, Some(Reconnect));
    step(&mut w, "log in as bob", |w| w.log_in_to_wpcom("bob"));
    assert_eq!(progress(&w).1, Some(Reconnect), "logged in as another account still counts as logged out of alice");
    finish_setup(&mut w, T0 + 500);
    assert_eq!(progress(&w).1, Some(Check));

    let check = w.change_check().expect("a plan is chosen");
    assert_eq!(check.connected_as.as_deref(), Some("bob"));
    assert!(check.account_as_chosen && check.same_express_account && check.takes_payments && check.jetpack_as_chosen);
    let summary = step(&mut w, "Done", |w| w.finish_change(T0 + 600));
    assert_eq!(summary.goal, ChangeGoal::AnotherAccount);
    assert_eq!((summary.from_login.as_str(), summary.to_login.as_deref()), ("alice", Some("bob")));
    assert_eq!(summary.express_account.map(|id| id.to_string()).as_deref(), Some(ACCOUNT_ID));
    assert_eq!(summary.paused_for, Some(300), "from the disconnect to the reconnection");
    assert!(w.change().is_none());
}

#[test]
fn change_removing_jetpack_takes_five_steps_and_the_panel_removes_it() {
    let mut w = store_with_jetpack();
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::AnotherAccount, Some(JetpackChoice::Remove)));
    assert_eq!(progress(&w).0, vec![Disconnect, RemoveJetpack, LogOutOfWpcom, Reconnect, Check]);
    // The steps need not be taken in order: removing Jetpack before disconnecting is fine.
    step(&mut w, "remove Jetpack", World::remove_jetpack_for_change);
    assert_eq!(w.jetpack(), JetpackPlugin::NotInstalled);
    assert_eq!(progress(&w).1, Some(Disconnect));
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0 + 10));
    assert_eq!(progress(&w).1, Some(LogOutOfWpcom));
    assert_eq!(w.remove_jetpack_for_change(), Err(DomainError::ChangeNotOffered), "already removed");
}

#[test]
fn change_keeping_jetpack_reconnects_jetpack_as_the_new_account() {
    let mut w = store_with_jetpack();
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::AnotherAccount, Some(JetpackChoice::Keep)));
    assert_eq!(progress(&w).0, vec![Disconnect, LogOutOfWpcom, Reconnect, Check]);
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0 + 10));
    step(&mut w, "Log Out", World::log_out_of_wpcom);
    step(&mut w, "log in as bob", |w| w.log_in_to_wpcom("bob"));
    finish_setup(&mut w, T0 + 20);
    assert_eq!(w.jetpack_connected_as(), Some("bob"));
    assert!(w.change_check().is_some_and(|check| check.jetpack_as_chosen));
    step(&mut w, "Done", |w| w.finish_change(T0 + 30));
}

#[test]
fn the_manual_route_moves_the_guided_change_on() {
    let mut w = store_with_jetpack();
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::AnotherAccount, Some(JetpackChoice::Remove)));
    step(&mut w, "Jetpack > Disconnect > No thank you", |w| w.disconnect(Plugin::Jetpack, T0 + 5));
    step(&mut w, "Plugins > Deactivate", World::deactivate_jetpack);
    step(&mut w, "Plugins > Delete", World::delete_jetpack);
    step(&mut w, "Log Out", World::log_out_of_wpcom);
    step(&mut w, "log in as bob", |w| w.log_in_to_wpcom("bob"));
    finish_setup(&mut w, T0 + 50);
    assert_eq!(progress(&w).1, Some(Check));
    assert_eq!(w.finish_change(T0 + 60).map(|summary| summary.paused_for), Ok(Some(45)));
}

#[test]
fn reset_after_a_restore_reconnects_the_same_account() {
    let mut w = connected_store();
    w.restore_from_backup();
    let goals: Vec<_> = w.change_options().into_iter().map(|plan| plan.goal).collect();
    assert_eq!(goals, vec![ChangeGoal::SameAccount, ChangeGoal::AnotherAccount], "reset comes first");
    step(&mut w, "start", |w| w.start_change(1, T0 + 1000));
    assert_eq!(w.change().and_then(|c| c.paused_since()), Some(T0 + 1000), "payments were already off");
    step(&mut w, "choose reset", |w| w.choose_change(ChangeGoal::SameAccount, None));
    assert_eq!(progress(&w).0, vec![Disconnect, Reconnect, Check], "still logged in as alice: no log out");
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0 + 1100));
    finish_setup(&mut w, T0 + 1200);
    let check = w.change_check().expect("planned");
    assert!(check.account_as_chosen && check.takes_payments);
    let summary = step(&mut w, "Done", |w| w.finish_change(T0 + 1300));
    assert_eq!(summary.paused_for, Some(100), "counted from the disconnect the panel saw");
}

#[test]
fn reset_while_logged_in_as_someone_else_logs_out_first_and_checks_the_account() {
    let mut w = connected_store();
    step(&mut w, "Log Out", World::log_out_of_wpcom);
    step(&mut w, "log in as bob", |w| w.log_in_to_wpcom("bob"));
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::SameAccount, None));
    assert_eq!(progress(&w).0, vec![Disconnect, LogOutOfWpcom, Reconnect, Check]);
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0 + 1));
    assert_eq!(progress(&w).1, Some(LogOutOfWpcom));
    finish_setup(&mut w, T0 + 2);
    let check = w.change_check().expect("planned");
    assert_eq!(check.connected_as.as_deref(), Some("bob"));
    assert!(!check.account_as_chosen, "connected as bob, but the reset was meant for alice");
}

#[test]
fn a_moved_site_keeps_its_connection() {
    let mut w = connected_store();
    w.change_site_address("https://donuts.shop").expect("new address");
    assert_eq!(w.site().previous_url(), Some("https://donuts.example"));
    let goals: Vec<_> = w.change_options().into_iter().map(|plan| (plan.goal, plan.steps)).collect();
    assert_eq!(
        goals,
        vec![
            (ChangeGoal::MovedSite, vec![ConfirmMove, Check]),
            (ChangeGoal::CopyOfSite, vec![StartFresh, Reconnect, Check]),
            (ChangeGoal::DecideLater, vec![Check]),
        ]
    );
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "this is the moved site", |w| w.choose_change(ChangeGoal::MovedSite, None));
    step(&mut w, "keep the connection", |w| w.confirm_site_moved(T0 + 30));
    assert!(w.capabilities().take_payments);
    assert_eq!(w.connection().login(), Some("alice"));
    let summary = step(&mut w, "Done", |w| w.finish_change(T0 + 40));
    assert_eq!(summary.paused_for, Some(30));
}

#[test]
fn a_copy_of_the_site_gets_a_fresh_connection() {
    let mut w = connected_store();
    w.change_site_address("https://staging.donuts.example").expect("new address");
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "this is a copy", |w| w.choose_change(ChangeGoal::CopyOfSite, None));
    assert_eq!(w.confirm_site_moved(T0), Err(DomainError::ChangeNotOffered));
    step(&mut w, "start fresh", |w| w.start_fresh_connection(T0 + 1));
    assert!(w.connection().login().is_none());
    assert_eq!(w.payment_mode(), PaymentMode::Test, "a copy never takes live payments");
    assert!(w.account().is_none(), "and never uses the original's live account");
    finish_setup(&mut w, T0 + 2);
    assert_eq!(progress(&w).1, Some(Check));
    assert_eq!(w.next_step(), NextStep::VerifyBusiness, "the copy sets up a test account of its own");
    let check = w.change_check().expect("planned");
    assert!(!check.same_express_account && !check.takes_payments);
    step(&mut w, "Done", |w| w.finish_change(T0 + 3));
    let test_account = "acct_TESTTESTTESTTEST".parse().expect("id");
    assert_eq!(
        w.complete_business_verification(account_id(), VerificationStatus::Complete, T0 + 4),
        Err(DomainError::AccountIdInOtherMode { id: account_id() }),
        "the live account cannot come back as the test one"
    );
    step(&mut w, "test account", |w| {
        w.complete_business_verification(test_account, VerificationStatus::Complete, T0 + 4)
    });
    assert!(w.capabilities().take_payments, "test payments");
    assert_eq!(w.live_account().map(|a| a.id().as_str()), Some(ACCOUNT_ID), "the live account is kept apart");
    assert!(w.capabilities().go_live, "a production site chosen as a copy may still go live, explicitly");
}

#[test]
fn deciding_later_keeps_payments_off_and_touches_no_connection() {
    let mut w = connected_store();
    w.change_site_address("https://staging.donuts.example").expect("new address");
    let before = w.connection().clone();
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "decide later", |w| w.choose_change(ChangeGoal::DecideLater, None));
    assert_eq!(progress(&w).0, vec![Check], "nothing to do but acknowledge");
    let check = w.change_check().expect("planned");
    assert!(check.account_as_chosen && !check.takes_payments, "payments stay off, and that is what was chosen");
    let summary = step(&mut w, "Done", |w| w.finish_change(T0 + 5));
    assert_eq!(summary.goal, ChangeGoal::DecideLater);
    assert_eq!(w.connection(), &before, "the connection is untouched: still broken, still the original's");
    assert!(!w.capabilities().take_payments);
    assert_eq!(w.payment_mode(), PaymentMode::Live, "nothing decided: the mode stays too");
    assert_eq!(w.change_options().len(), 3, "the choice can be made again at any time");
}

#[test]
fn an_abandoned_change_resumes_where_it_stood_and_can_be_cancelled() {
    let mut w = connected_store();
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::AnotherAccount, None));
    step(&mut w, "Disconnect", |w| w.disconnect(Plugin::WooPayments, T0 + 1));
    let saved = serde_json::to_string(&w).expect("serializes");
    let reloaded: World = serde_json::from_str(&saved).expect("deserializes");
    reloaded.check_invariants().expect("valid");
    assert_eq!(progress(&reloaded).1, Some(LogOutOfWpcom));
    let mut w = reloaded;
    let cancelled = step(&mut w, "cancel", World::cancel_change);
    assert_eq!(cancelled.from_login(), "alice");
    assert!(w.change().is_none());
    assert!(!w.capabilities().take_payments, "what was done stays done");
}

#[test]
fn the_change_refuses_what_it_does_not_offer() {
    let mut w = connected_store();
    assert_eq!(w.choose_change(ChangeGoal::SameAccount, None), Err(DomainError::NoChangeInProgress));
    assert_eq!(w.finish_change(T0), Err(DomainError::NoChangeInProgress));
    step(&mut w, "start", |w| w.start_change(1, T0));
    assert_eq!(w.start_change(2, T0), Err(DomainError::ChangeInProgress));
    assert_eq!(w.finish_change(T0), Err(DomainError::ChangeNotPlanned));
    assert_eq!(w.choose_change(ChangeGoal::MovedSite, None), Err(DomainError::ChangeNotOffered));
    assert_eq!(
        w.choose_change(ChangeGoal::SameAccount, Some(JetpackChoice::Keep)),
        Err(DomainError::ChangeNotOffered),
        "no Jetpack to keep"
    );
    step(&mut w, "choose", |w| w.choose_change(ChangeGoal::SameAccount, None));
    assert_eq!(w.choose_change(ChangeGoal::SameAccount, None), Err(DomainError::ChangeAlreadyPlanned));
    assert_eq!(w.finish_change(T0), Err(DomainError::ChangeStepsLeft));
    assert_eq!(w.start_fresh_connection(T0), Err(DomainError::ChangeNotOffered));

    let mut w = connected_store();
    step(&mut w, "disconnect", |w| w.disconnect(Plugin::WooPayments, T0));
    assert_eq!(w.start_change(1, T0), Err(DomainError::NothingToChange));
    assert!(w.change_options().is_empty());
}

#[test]
fn opting_out_ends_a_change_in_progress() {
    let mut w = connected_store();
    step(&mut w, "start", |w| w.start_change(1, T0));
    step(&mut w, "support unlinks the account", |w| w.opt_out(T0 + 1));
    assert!(w.change().is_none());
    assert_eq!(w.start_change(2, T0), Err(DomainError::OptedOut));
}
