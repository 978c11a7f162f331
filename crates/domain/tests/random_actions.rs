//! Random sequences of every public transition of the world (proptest): no step panics, the
//! world's rules hold after every step, every successful step obeys the rules of a step, a
//! refused step leaves the world exactly as it was, and what a step returns matches the world
//! it leaves. The world also survives a JSON round trip after every step, as the backend
//! stores it.
//!
//! [`CASES`] sequences of [`MIN_STEPS`] to [`MAX_STEPS`] steps are run (about a second in a debug build);
//! `PROPTEST_RNG_SEED=<n>` replays a run. The test prints how many steps were taken and which
//! states were reached, and fails if the generator stopped reaching the deep ones.

mod support;

use std::cell::RefCell;
use std::collections::BTreeMap;

use connection_domain::{
    ChangeGoal, ChangeStep, Connection, ConnectionImpact, DomainError, Environment, ExpressAccountId, JetpackChoice,
    Ownership, PaymentMode, Plugin, RejectionReason, ReportOutcome, SiteRole, StripeReport, VerificationStatus, World,
    WpcomUser,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};
use support::{ADMIN, T0, new_store};

/// How many random sequences are run.
const CASES: u32 = 512;

/// The fewest steps in one sequence (short ones rarely get past connecting).
const MIN_STEPS: usize = 8;

/// The most steps in one sequence.
const MAX_STEPS: usize = 40;

/// One step: every public transition of [`World`], with its arguments.
#[derive(Debug, Clone)]
enum Action {
    InstallJetpack,
    ActivateJetpack,
    DeactivateJetpack,
    DeleteJetpack,
    /// Connecting through the plugin, clicked by the site user.
    StartConnecting(Plugin, String),
    CancelConnecting,
    Authorize,
    SignUpAndAuthorize(WpcomUser),
    /// The Express account id as text (it may not parse), and the status Stripe reports.
    CompleteBusinessVerification(String, VerificationStatus),
    Disconnect(Plugin),
    CreateWpcomAccount(WpcomUser),
    LogInToWpcom(String),
    LogOutOfWpcom,
    RestoreFromBackup,
    ChangeSiteAddress(String),
    RecordVerificationStatus(VerificationStatus),
    /// A Stripe report, made this many seconds after the step's time (negative: an older one).
    RecordStripeReport(StripeReport, i64),
    /// A check of the connection finds that WordPress.com no longer accepts the site's keys.
    FindKeysRevoked,
    OptOut,
    StartChange,
    ChooseChange(ChangeGoal, Option<JetpackChoice>),
    ConfirmSiteMoved,
    StartFreshConnection,
    RemoveJetpackForChange,
    FinishChange,
    CancelChange,
    /// Chooses the offered plan at this index (modulo how many are offered).
    ChooseOffered(usize),
    /// Takes the transition the current step of the change calls for (**Finish setup** for
    /// reconnecting; approving is [`Action::Authorize`]).
    WalkChange,
    AddSiteUser(String, SiteRole),
    /// The site user links the WordPress.com account.
    LinkWpcomAccount(String, String),
    SetSiteRole(String, SiteRole),
    DeleteSiteUser(String),
    /// The first site user hands the connection to the second.
    TransferOwnership(String, String),
    SetEnvironment(Environment),
    GoLive,
}

impl Action {
    /// The action's name, for the statistics.
    fn name(&self) -> &'static str {
        match self {
            Self::InstallJetpack => "install_jetpack",
            Self::ActivateJetpack => "activate_jetpack",
            Self::DeactivateJetpack => "deactivate_jetpack",
            Self::DeleteJetpack => "delete_jetpack",
            Self::StartConnecting(..) => "start_connecting",
            Self::CancelConnecting => "cancel_connecting",
            Self::Authorize => "authorize",
            Self::SignUpAndAuthorize(_) => "sign_up_and_authorize",
            Self::CompleteBusinessVerification(..) => "complete_business_verification",
            Self::Disconnect(_) => "disconnect",
            Self::CreateWpcomAccount(_) => "create_wpcom_account",
            Self::LogInToWpcom(_) => "log_in_to_wpcom",
            Self::LogOutOfWpcom => "log_out_of_wpcom",
            Self::RestoreFromBackup => "restore_from_backup",
            Self::ChangeSiteAddress(_) => "change_site_address",
            Self::RecordVerificationStatus(_) => "record_verification_status",
            Self::RecordStripeReport(..) => "record_stripe_report",
            Self::FindKeysRevoked => "find_keys_revoked",
            Self::OptOut => "opt_out",
            Self::StartChange => "start_change",
            Self::ChooseChange(..) => "choose_change",
            Self::ConfirmSiteMoved => "confirm_site_moved",
            Self::StartFreshConnection => "start_fresh_connection",
            Self::RemoveJetpackForChange => "remove_jetpack_for_change",
            Self::FinishChange => "finish_change",
            Self::CancelChange => "cancel_change",
            Self::ChooseOffered(_) => "choose_offered_change",
            Self::WalkChange => "walk_change",
            Self::AddSiteUser(..) => "add_site_user",
            Self::LinkWpcomAccount(..) => "link_wpcom_account",
            Self::SetSiteRole(..) => "set_site_role",
            Self::DeleteSiteUser(_) => "delete_site_user",
            Self::TransferOwnership(..) => "transfer_ownership",
            Self::SetEnvironment(_) => "set_environment",
            Self::GoLive => "go_live",
        }
    }
}

fn plugin() -> impl Strategy<Value = Plugin> {
    prop_oneof![Just(Plugin::WooPayments), Just(Plugin::Jetpack)]
}

fn status() -> impl Strategy<Value = VerificationStatus> {
    use VerificationStatus::*;
    let rejected = |reason| Rejected { reason };
    prop::sample::select(vec![
        Complete,
        PendingVerification,
        RestrictedSoon,
        Restricted,
        rejected(RejectionReason::Fraud),
        rejected(RejectionReason::TermsOfService),
        rejected(RejectionReason::Other),
        UnderReview,
    ])
}

/// A Stripe report: some requirement codes, a deadline or none, a disabled reason or none.
fn stripe_report() -> impl Strategy<Value = StripeReport> {
    let codes = || prop::collection::vec(prop::sample::select(vec!["external_account", "individual.dob.day"]), 0..3);
    let reason = prop::option::of(prop::sample::select(vec![
        "rejected.fraud",
        "rejected.terms_of_service",
        "rejected.other",
        "under_review",
        "requirements.past_due",
        "requirements.pending_verification",
    ]));
    (any::<bool>(), any::<bool>(), codes(), codes(), codes(), prop::option::of(0..i64::from(u32::MAX)), reason)
        .prop_map(
            |(
                charges_enabled,
                payouts_enabled,
                currently_due,
                past_due,
                pending_verification,
                current_deadline,
                reason,
            )| {
                let owned = |codes: Vec<&str>| codes.into_iter().map(str::to_owned).collect();
                StripeReport {
                    charges_enabled,
                    payouts_enabled,
                    currently_due: owned(currently_due),
                    past_due: owned(past_due),
                    pending_verification: owned(pending_verification),
                    current_deadline,
                    disabled_reason: reason.map(str::to_owned),
                }
            },
        )
}

/// Mostly the store's own accounts and a few new valid ones, sometimes invalid or arbitrary.
fn login() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec!["alice", "bob", "carol", "dave42"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["", "Alice", "bob smith", "dävid", "x-y", "acct_"]).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

/// Mostly the site's administrator and two more users, sometimes an unknown or invalid one.
fn site_login() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(vec![ADMIN, "sam", "eddie"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["", "nobody", "has space"]).prop_map(str::to_owned),
    ]
}

fn role() -> impl Strategy<Value = SiteRole> {
    prop_oneof![3 => Just(SiteRole::Administrator), 1 => Just(SiteRole::Editor)]
}

fn environment() -> impl Strategy<Value = Environment> {
    prop::sample::select(vec![Environment::Production, Environment::Staging, Environment::Development])
}

/// The actions of several administrators and of the site's environment.
fn people_and_environment_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        2 => (site_login(), role()).prop_map(|(login, role)| Action::AddSiteUser(login, role)),
        3 => (site_login(), login()).prop_map(|(user, wpcom)| Action::LinkWpcomAccount(user, wpcom)),
        1 => (site_login(), role()).prop_map(|(login, role)| Action::SetSiteRole(login, role)),
        1 => site_login().prop_map(Action::DeleteSiteUser),
        3 => (site_login(), site_login()).prop_map(|(by, to)| Action::TransferOwnership(by, to)),
        1 => environment().prop_map(Action::SetEnvironment),
        2 => Just(Action::GoLive),
    ]
}

fn user() -> impl Strategy<Value = WpcomUser> {
    (login(), "\\PC{0,16}").prop_map(|(login, display_name)| WpcomUser { login, display_name })
}

/// Valid ids (two, so a second sign-up could try another), and some that do not parse.
fn account_id() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec!["acct_1Nv0FGQ9RKHgCVdK", "acct_0000000000000000"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["", "acct_", "acct_short", "ACCT_1Nv0FGQ9RKHgCVdK"]).prop_map(str::to_owned),
    ]
}

/// The store's address, other valid ones, invalid ones and arbitrary text.
fn site_address() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["https://donuts.example", "https://staging.donuts.example", "http://127.0.0.1:8080"])
            .prop_map(str::to_owned),
        1 => prop::sample::select(vec!["", "https://", "ftp://donuts.example", "https://a b", "donuts.example"])
            .prop_map(str::to_owned),
        1 => "\\PC{0,24}",
    ]
}

/// Every action but the guided change's, weighted so that sequences often get deep (connected,
/// signed up, opted out).
fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        2 => Just(Action::InstallJetpack),
        2 => Just(Action::ActivateJetpack),
        1 => Just(Action::DeactivateJetpack),
        1 => Just(Action::DeleteJetpack),
        4 => (plugin(), prop_oneof![4 => Just(ADMIN.to_owned()), 1 => site_login()])
            .prop_map(|(through, by)| Action::StartConnecting(through, by)),
        1 => Just(Action::CancelConnecting),
        4 => Just(Action::Authorize),
        2 => user().prop_map(Action::SignUpAndAuthorize),
        3 => (account_id(), status()).prop_map(|(id, status)| Action::CompleteBusinessVerification(id, status)),
        2 => plugin().prop_map(Action::Disconnect),
        1 => user().prop_map(Action::CreateWpcomAccount),
        4 => login().prop_map(Action::LogInToWpcom),
        2 => Just(Action::LogOutOfWpcom),
        1 => Just(Action::RestoreFromBackup),
        1 => site_address().prop_map(Action::ChangeSiteAddress),
        2 => status().prop_map(Action::RecordVerificationStatus),
        2 => (stripe_report(), -120..120_i64).prop_map(|(report, offset)| Action::RecordStripeReport(report, offset)),
        1 => Just(Action::FindKeysRevoked),
        2 => Just(Action::OptOut),
        6 => people_and_environment_action(),
    ]
}

fn change_goal() -> impl Strategy<Value = ChangeGoal> {
    use ChangeGoal::*;
    prop::sample::select(vec![AnotherAccount, SameAccount, MovedSite, CopyOfSite, DecideLater])
}

fn jetpack_choice() -> impl Strategy<Value = Option<JetpackChoice>> {
    prop::sample::select(vec![None, Some(JetpackChoice::Keep), Some(JetpackChoice::Remove)])
}

/// Applies `action` to `world` at time `now`; checks what a successful step returned against
/// the worlds before and after it.
fn apply(world: &mut World, action: &Action, now: i64) -> Result<Result<(), DomainError>, TestCaseError> {
    let before = world.clone();
    let outcome = match action {
        Action::InstallJetpack => world.install_jetpack(),
        Action::ActivateJetpack => world.activate_jetpack(),
        Action::DeactivateJetpack => world.deactivate_jetpack(),
        Action::DeleteJetpack => world.delete_jetpack(),
        Action::StartConnecting(through, by) => world.start_connecting(*through, by),
        Action::CancelConnecting => world.cancel_connecting(),
        Action::Authorize | Action::SignUpAndAuthorize(_) => {
            let authorized = match action {
                Action::SignUpAndAuthorize(user) => world.sign_up_and_authorize(user.clone(), now),
                _ => world.authorize(now),
            };
            match authorized {
                Ok(authorized) => {
                    prop_assert_eq!(Some(authorized.login.as_str()), world.connection().login());
                    prop_assert_eq!(Some(authorized.login.as_str()), world.wpcom().session().login());
                    prop_assert_eq!(authorized.express_account.as_ref(), before.account().map(|a| a.id()));
                    prop_assert_eq!(authorized.jetpack_connected, world.jetpack_connected_as().is_some());
                    prop_assert!(world.connection().is_working() && world.authorizing().is_none());
                    if let Ownership::OwnedBy(owner) = world.ownership() {
                        prop_assert_eq!(owner.wpcom_login.as_deref(), Some(authorized.login.as_str()));
                    }
                    Ok(())
                }
                Err(error) => Err(error),
            }
        }
        Action::CompleteBusinessVerification(id, status) => match id.parse::<ExpressAccountId>() {
            Ok(id) => world.complete_business_verification(id, *status, now),
            Err(error) => {
                prop_assert_eq!(&error, &DomainError::InvalidAccountId { given: id.clone() });
                Err(error)
            }
        },
        Action::Disconnect(through) => match world.disconnect(*through, now) {
            Ok(disconnected) => {
                prop_assert_eq!(Some(disconnected.login.as_str()), before.connection().login());
                prop_assert_eq!(disconnected.lost_connection, before.disconnect_breaks());
                prop_assert_eq!(world.connection(), &Connection::NotConnected);
                prop_assert!(world.disconnect_breaks().is_empty());
                Ok(())
            }
            Err(error) => Err(error),
        },
        Action::CreateWpcomAccount(user) => world.create_wpcom_account(user.clone()),
        Action::LogInToWpcom(login) => world.log_in_to_wpcom(login),
        Action::LogOutOfWpcom => world.log_out_of_wpcom(),
        Action::RestoreFromBackup => {
            let impact = world.restore_from_backup();
            prop_assert_eq!(impact == ConnectionImpact::Broke, before.connection().is_working());
            Ok(())
        }
        Action::ChangeSiteAddress(url) => match world.change_site_address(url.as_str()) {
            Ok(impact) => {
                prop_assert_eq!(impact == ConnectionImpact::Broke, before.connection().is_working());
                prop_assert_eq!(world.site().url(), url.as_str());
                Ok(())
            }
            Err(error) => Err(error),
        },
        Action::RecordVerificationStatus(status) => world.record_verification_status(*status),
        Action::RecordStripeReport(report, offset) => match world.record_stripe_report(report, now + offset) {
            Ok(ReportOutcome::Applied) => {
                let account = world.account().expect("a report is applied to an account");
                prop_assert_eq!(account.verification(), report.status());
                prop_assert_eq!(account.reported_at(), Some(now + offset));
                Ok(())
            }
            Ok(ReportOutcome::Older) => {
                prop_assert_eq!(&*world, &before);
                Ok(())
            }
            Err(error) => Err(error),
        },
        Action::FindKeysRevoked => {
            let impact = world.find_keys_revoked();
            prop_assert_eq!(impact == ConnectionImpact::Broke, before.connection().is_working());
            Ok(())
        }
        Action::OptOut => world.opt_out(now),
        Action::StartChange => world.start_change(now as u64, now),
        Action::ChooseChange(goal, jetpack) => world.choose_change(*goal, *jetpack),
        Action::ConfirmSiteMoved => world.confirm_site_moved(now),
        Action::StartFreshConnection => world.start_fresh_connection(now),
        Action::RemoveJetpackForChange => world.remove_jetpack_for_change(),
        Action::FinishChange => match world.finish_change(now) {
            Ok(summary) => {
                prop_assert_eq!(before.current_change_step(), Some(ChangeStep::Check));
                prop_assert!(world.change().is_none());
                prop_assert_eq!(summary.to_login.as_deref(), world.connection().login());
                prop_assert!(summary.paused_for.is_none_or(|paused| paused >= 0));
                Ok(())
            }
            Err(error) => Err(error),
        },
        Action::CancelChange => world.cancel_change().map(|_| ()),
        Action::AddSiteUser(login, role) => world.add_site_user(login, &format!("{login} name"), *role),
        Action::LinkWpcomAccount(user, wpcom) => world.link_wpcom_account(user, wpcom),
        Action::SetSiteRole(login, role) => world.set_site_role(login, *role),
        Action::DeleteSiteUser(login) => world.delete_site_user(login),
        Action::TransferOwnership(by, to) => match world.transfer_ownership(by, to) {
            Ok(()) => {
                let owner = world.user(to).expect("the new owner is a site user");
                prop_assert_eq!(owner.wpcom_login.as_deref(), world.connection().login());
                prop_assert!(matches!(world.ownership(), Ownership::OwnedBy(owner) if owner.login == *to));
                prop_assert_eq!(world.account(), before.account(), "the WooPayments account stays");
                Ok(())
            }
            Err(error) => Err(error),
        },
        Action::SetEnvironment(environment) => {
            world.set_environment(*environment);
            Ok(())
        }
        Action::GoLive => world.go_live(),
        Action::ChooseOffered(index) => {
            let options = world.change_options();
            match options.get(index % options.len().max(1)) {
                Some(plan) => world.choose_change(plan.goal, plan.jetpack),
                None => world.choose_change(ChangeGoal::SameAccount, None),
            }
        }
        Action::WalkChange => match world.current_change_step() {
            Some(ChangeStep::Disconnect) => world.disconnect(Plugin::WooPayments, now).map(|_| ()),
            Some(ChangeStep::ConfirmMove) => world.confirm_site_moved(now),
            Some(ChangeStep::StartFresh) => world.start_fresh_connection(now),
            Some(ChangeStep::RemoveJetpack) => world.remove_jetpack_for_change(),
            Some(ChangeStep::LogOutOfWpcom) => world.log_out_of_wpcom(),
            Some(ChangeStep::Reconnect) => reconnect_step(world, now),
            Some(ChangeStep::Check) => match world.finish_change(now) {
                Ok(_) => {
                    prop_assert!(world.change().is_none());
                    Ok(())
                }
                Err(error) => Err(error),
            },
            None => world.finish_change(now).map(|_| ()),
        },
    };
    Ok(outcome)
}

/// One transition towards reconnecting: **Finish setup**, then log in as the account the goal
/// asks for, then approve.
fn reconnect_step(world: &mut World, now: i64) -> Result<(), DomainError> {
    if world.authorizing().is_none() {
        return world.start_connecting(Plugin::WooPayments, ADMIN);
    }
    if world.wpcom().session().login().is_some() {
        return world.authorize(now).map(|_| ());
    }
    let from = world.change().map(|change| change.from_login().to_owned()).unwrap_or_default();
    let same = world.change().and_then(|change| change.plan()).is_some_and(|plan| plan.goal == ChangeGoal::SameAccount);
    let login = if same {
        from
    } else if from == "bob" {
        "alice".to_owned()
    } else {
        "bob".to_owned()
    };
    world.log_in_to_wpcom(&login)
}

/// No path lets a store that is not production, or that was chosen as a copy, take live
/// payments or use the live Express account.
fn check_live_payments(world: &World, at: &str) -> Result<(), TestCaseError> {
    if world.environment() != Environment::Production {
        prop_assert_eq!(world.payment_mode(), PaymentMode::Test, "{}: a {} site is live", at, world.environment());
        prop_assert!(!world.capabilities().go_live, "{}: a {} site may go live", at, world.environment());
    }
    if world.payment_mode() == PaymentMode::Test {
        let (active, live) = (world.account().map(|a| a.id()), world.live_account().map(|a| a.id()));
        prop_assert!(active.is_none() || active != live, "{}: test mode uses the live account", at);
    }
    Ok(())
}

/// Which states a run reached, and how steps went, by action.
#[derive(Debug, Default)]
struct Stats {
    steps: usize,
    by_action: BTreeMap<&'static str, (usize, usize)>,
    connected_with_account: usize,
    jetpack_connected: usize,
    broken: usize,
    opted_out: usize,
    changes_finished: usize,
    ownerless: usize,
    test_mode_with_account: usize,
}

/// Runs one sequence from a fresh store, checking every step.
fn run(actions: &[Action], stats: &RefCell<Stats>) -> Result<(), TestCaseError> {
    run_from(new_store(), actions, stats)
}

/// Runs one sequence from `world`, checking every step.
fn run_from(mut world: World, actions: &[Action], stats: &RefCell<Stats>) -> Result<(), TestCaseError> {
    for (index, action) in actions.iter().enumerate() {
        let before = world.clone();
        let now = T0 + 60 * i64::try_from(index).unwrap_or(i64::MAX / 120);
        let outcome = apply(&mut world, action, now)?;
        let at = format!("step {index} ({action:?})");
        match &outcome {
            Ok(()) => {
                if let Err(broken) = before.check_transition(&world) {
                    return Err(TestCaseError::fail(format!("{at}: transition: {broken}")));
                }
            }
            Err(error) => {
                prop_assert_eq!(&world, &before, "{}: refused with {:?} but changed the world", at, error);
                prop_assert!(!error.code().is_empty() && error.to_string().ends_with('.'), "{}: {:?}", at, error);
            }
        }
        if let Err(broken) = world.check_invariants() {
            return Err(TestCaseError::fail(format!("{at}: invariants: {broken}")));
        }
        let json = serde_json::to_string(&world).map_err(|error| TestCaseError::fail(error.to_string()))?;
        let reloaded: World = serde_json::from_str(&json).map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(&reloaded, &world, "{}: the JSON round trip changed the world", at);
        check_live_payments(&world, &at)?;
        // What the UI reads must be computable in every state.
        let _ = (world.capabilities(), world.next_step(), world.change_options(), world.change_check());
        if let Some(step) = world.current_change_step() {
            prop_assert!(world.change_steps().contains(&(step, false)), "{}: the current step is a step not done", at);
        }

        let mut stats = stats.borrow_mut();
        stats.steps += 1;
        let counts = stats.by_action.entry(action.name()).or_default();
        if outcome.is_ok() {
            counts.0 += 1
        } else {
            counts.1 += 1
        }
        stats.connected_with_account += usize::from(world.connection().is_working() && world.account().is_some());
        stats.jetpack_connected += usize::from(world.jetpack_connected_as().is_some());
        stats.broken += usize::from(matches!(world.connection(), Connection::Broken { .. }));
        stats.opted_out += usize::from(world.is_opted_out());
        stats.ownerless += usize::from(world.is_ownerless());
        stats.test_mode_with_account +=
            usize::from(world.payment_mode() == PaymentMode::Test && world.account().is_some());
        stats.changes_finished += usize::from(
            before.current_change_step() == Some(ChangeStep::Check) && world.change().is_none() && outcome.is_ok(),
        );
    }
    Ok(())
}

#[test]
fn random_sequences_of_every_transition_keep_every_rule() {
    let config = Config { cases: CASES, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let stats = RefCell::new(Stats::default());
    let sequences = prop::collection::vec(action(), MIN_STEPS..=MAX_STEPS);
    if let Err(error) = runner.run(&sequences, |actions| run(&actions, &stats)) {
        match error {
            TestError::Fail(reason, actions) => panic!("{reason}\nminimal sequence: {actions:#?}"),
            TestError::Abort(reason) => panic!("aborted: {reason}"),
        }
    }

    let stats = stats.into_inner();
    println!("random_actions: {CASES} cases x {MIN_STEPS} to {MAX_STEPS} steps: {} steps in all", stats.steps);
    for (name, (accepted, refused)) in &stats.by_action {
        println!("  {name:<32} {accepted:>6} accepted {refused:>6} refused");
    }
    println!(
        "  steps ending connected with an account: {}, Jetpack connected: {}, broken: {}, opted out: {}, changes finished: {}, \
         ownerless: {}, test mode with an account: {}",
        stats.connected_with_account,
        stats.jetpack_connected,
        stats.broken,
        stats.opted_out,
        stats.changes_finished,
        stats.ownerless,
        stats.test_mode_with_account
    );
    // The guided change's actions have their own walk below (`change_action`).
    assert_eq!(stats.by_action.len(), 26, "every action was tried");
    for (name, (accepted, refused)) in &stats.by_action {
        // Transfers, going live and removing administrators need a second administrator or a
        // staging spell first: their own walk below gets there reliably.
        let can_refuse = !["restore_from_backup", "find_keys_revoked", "set_environment"].contains(name);
        let must_accept = !["transfer_ownership", "go_live", "delete_site_user", "set_site_role"].contains(name);
        assert!(
            (*accepted > 0 || !must_accept) && (*refused > 0 || !can_refuse),
            "{name} was never both accepted and refused"
        );
    }
    for (state, steps) in [
        ("connected with an account", stats.connected_with_account),
        ("Jetpack connected", stats.jetpack_connected),
        ("broken", stats.broken),
        ("opted out", stats.opted_out),
    ] {
        assert!(steps > 0, "no sequence reached {state}: the generator no longer gets deep");
    }
}

/// The actions of a guided change, with the outside events that can interrupt one.
fn change_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        2 => Just(Action::StartChange),
        1 => (change_goal(), jetpack_choice()).prop_map(|(goal, jetpack)| Action::ChooseChange(goal, jetpack)),
        3 => (0..4usize).prop_map(Action::ChooseOffered),
        10 => Just(Action::WalkChange),
        4 => Just(Action::Authorize),
        1 => login().prop_map(Action::LogInToWpcom),
        1 => Just(Action::LogOutOfWpcom),
        1 => plugin().prop_map(Action::Disconnect),
        1 => Just(Action::DeactivateJetpack),
        1 => Just(Action::RemoveJetpackForChange),
        1 => Just(Action::ConfirmSiteMoved),
        1 => Just(Action::StartFreshConnection),
        1 => Just(Action::FinishChange),
        1 => Just(Action::CancelChange),
        1 => Just(Action::RestoreFromBackup),
        1 => site_address().prop_map(Action::ChangeSiteAddress),
        1 => environment().prop_map(Action::SetEnvironment),
        1 => Just(Action::GoLive),
    ]
}

/// A connected, verified store; with Jetpack active or not; working, restored from a backup, or
/// at a new address.
fn change_ready_store() -> impl Strategy<Value = World> {
    (any::<bool>(), 0..3u8).prop_map(|(jetpack, breakage)| {
        let mut world = support::connected_store();
        if jetpack {
            support::step(&mut world, "install Jetpack", World::install_jetpack);
            support::step(&mut world, "activate Jetpack", World::activate_jetpack);
        }
        match breakage {
            1 => {
                world.restore_from_backup();
            }
            2 => {
                support::step(&mut world, "new address", |w| w.change_site_address("https://donuts.shop"));
            }
            _ => {}
        }
        world
    })
}

#[test]
fn random_walks_through_a_change_keep_every_rule() {
    let config = Config { cases: 256, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let stats = RefCell::new(Stats::default());
    let cases = (change_ready_store(), prop::collection::vec(change_action(), 4..=30));
    if let Err(error) = runner.run(&cases, |(world, actions)| run_from(world, &actions, &stats)) {
        match error {
            TestError::Fail(reason, case) => panic!("{reason}\nminimal case: {case:#?}"),
            TestError::Abort(reason) => panic!("aborted: {reason}"),
        }
    }
    let stats = stats.into_inner();
    println!("random_walks_through_a_change: 256 cases x 4 to 30 steps: {} steps in all", stats.steps);
    for (name, (accepted, refused)) in &stats.by_action {
        println!("  {name:<32} {accepted:>6} accepted {refused:>6} refused");
    }
    println!("  changes finished: {}", stats.changes_finished);
    for name in ["start_change", "choose_offered_change", "walk_change", "cancel_change"] {
        let (accepted, refused) = stats.by_action.get(name).copied().unwrap_or_default();
        assert!(accepted > 0 && refused > 0, "{name} was never both accepted and refused");
    }
    assert!(stats.changes_finished > 0, "no walk reached the end of a change: the generator no longer gets deep");
}

/// What several administrators and the site's environment do, with the connection's own steps
/// that interleave with them.
fn people_walk_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        8 => people_and_environment_action(),
        2 => (plugin(), site_login()).prop_map(|(through, by)| Action::StartConnecting(through, by)),
        2 => Just(Action::Authorize),
        1 => Just(Action::LogOutOfWpcom),
        1 => login().prop_map(Action::LogInToWpcom),
        1 => plugin().prop_map(Action::Disconnect),
        2 => (account_id(), status()).prop_map(|(id, status)| Action::CompleteBusinessVerification(id, status)),
        1 => Just(Action::RestoreFromBackup),
        1 => Just(Action::StartChange),
        1 => (0..4usize).prop_map(Action::ChooseOffered),
        2 => Just(Action::WalkChange),
    ]
}

/// A connected, verified store with a second administrator, Sam, who linked the WordPress.com
/// account `bob`.
fn store_with_two_administrators() -> World {
    let mut world = support::connected_store();
    support::step(&mut world, "add Sam", |w| w.add_site_user("sam", "Sam Rivera", SiteRole::Administrator));
    support::step(&mut world, "Sam links bob", |w| w.link_wpcom_account("sam", "bob"));
    world
}

#[test]
fn random_walks_of_administrators_and_environments_keep_every_rule() {
    let config = Config { cases: 256, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let stats = RefCell::new(Stats::default());
    // Half the walks start on a production copy in test mode (as a staging site moved back),
    // so going live and a test account are within reach of a short walk.
    let cases = (any::<bool>(), prop::collection::vec(people_walk_action(), 4..=30));
    let start = |copy: bool| {
        let mut world = store_with_two_administrators();
        if copy {
            world.set_environment(Environment::Staging);
            world.set_environment(Environment::Production);
        }
        world
    };
    if let Err(error) = runner.run(&cases, |(copy, actions)| run_from(start(copy), &actions, &stats)) {
        match error {
            TestError::Fail(reason, case) => panic!("{reason}\nminimal case: {case:#?}"),
            TestError::Abort(reason) => panic!("aborted: {reason}"),
        }
    }
    let stats = stats.into_inner();
    println!("random_walks_of_administrators_and_environments: 256 cases x 4 to 30 steps: {} steps", stats.steps);
    for (name, (accepted, refused)) in &stats.by_action {
        println!("  {name:<32} {accepted:>6} accepted {refused:>6} refused");
    }
    println!("  ownerless: {}, test mode with an account: {}", stats.ownerless, stats.test_mode_with_account);
    for name in ["transfer_ownership", "delete_site_user", "set_site_role", "link_wpcom_account", "go_live"] {
        let (accepted, refused) = stats.by_action.get(name).copied().unwrap_or_default();
        assert!(accepted > 0 && refused > 0, "{name} was never both accepted and refused");
    }
    assert!(stats.ownerless > 0 && stats.test_mode_with_account > 0, "the generator no longer gets deep");
}
