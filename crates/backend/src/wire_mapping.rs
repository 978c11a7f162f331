//! The domain's world as the protocol shows it: every mapping from `connection_domain` types
//! to `panel_protocol` types (and the few the other way) lives here.

use connection_domain as domain;
use panel_protocol as wire;

use crate::business_profiles::VERIFY_PAGE;

/// The status snapshot of `world` at `revision`; `authorize_url` is the page of the
/// authorization in progress, if any, and `connection_check` the last check of the connection.
pub(crate) fn status(
    world: &domain::World,
    revision: u64,
    authorize_url: Option<String>,
    connection_check: Option<wire::ConnectionCheck>,
) -> wire::StatusSnapshot {
    wire::StatusSnapshot {
        revision,
        site: wire::Site {
            name: world.site().name().to_owned(),
            url: world.site().url().to_owned(),
            previous_url: world.site().previous_url().map(str::to_owned),
        },
        connection: connection(world),
        account: world.account().map(account_summary),
        jetpack: wire::JetpackStatus {
            plugin: match world.jetpack() {
                domain::JetpackPlugin::NotInstalled => wire::JetpackState::NotInstalled,
                domain::JetpackPlugin::Inactive => wire::JetpackState::Inactive,
                domain::JetpackPlugin::Active => wire::JetpackState::Active,
            },
            connected_as: world.jetpack_connected_as().map(|login| user(world, login)),
        },
        wpcom_session: wpcom_session(world),
        capabilities: capabilities(world.capabilities()),
        next_step: next_step(world.next_step()),
        plugins_using_connection: world.disconnect_breaks().into_iter().map(plugin).collect(),
        authorization: world
            .authorizing()
            .zip(authorize_url)
            .map(|(through, authorize_url)| wire::Authorization { through: plugin(through), authorize_url }),
        verify_url: (world.next_step() == domain::NextStep::VerifyBusiness).then(|| VERIFY_PAGE.to_owned()),
        change: world.change().map(|change| change_progress(world, change)),
        change_options: world.change_options().iter().map(change_plan).collect(),
        connection_check,
        ownership: ownership(world),
        users: world.users().iter().map(|person| site_user(world, person)).collect(),
        environment: environment(world.environment()),
        payment_mode: match world.payment_mode() {
            domain::PaymentMode::Live => wire::PaymentMode::Live,
            domain::PaymentMode::Test => wire::PaymentMode::Test,
        },
    }
}

/// Who owns the connection, on the wire.
fn ownership(world: &domain::World) -> wire::ConnectionOwnership {
    match world.ownership() {
        domain::Ownership::NoConnection => wire::ConnectionOwnership::NoConnection,
        domain::Ownership::OwnedBy(owner) => wire::ConnectionOwnership::Owned { owner: site_user(world, owner) },
        domain::Ownership::Ownerless { former_owner } => {
            wire::ConnectionOwnership::Ownerless { former_owner: former_owner.map(str::to_owned) }
        }
    }
}

/// A site user, on the wire, with their linked WordPress.com account.
pub(crate) fn site_user(world: &domain::World, person: &domain::SiteUser) -> wire::SiteUser {
    wire::SiteUser {
        login: person.login.clone(),
        display_name: person.display_name.clone(),
        role: match person.role {
            domain::SiteRole::Administrator => wire::SiteRole::Administrator,
            domain::SiteRole::Editor => wire::SiteRole::Editor,
        },
        wpcom_user: person.wpcom_login.as_deref().map(|login| user(world, login)),
    }
}

/// The site's environment, on the wire.
fn environment(environment: domain::Environment) -> wire::Environment {
    match environment {
        domain::Environment::Production => wire::Environment::Production,
        domain::Environment::Staging => wire::Environment::Staging,
        domain::Environment::Development => wire::Environment::Development,
    }
}

/// The guided change in progress, on the wire.
fn change_progress(world: &domain::World, change: &domain::ConnectionChange) -> wire::ChangeProgress {
    wire::ChangeProgress {
        started_at: change.started_at(),
        from: user(world, change.from_login()),
        express_account_id: change.express_account().map(ToString::to_string),
        cause: change.cause().map(break_cause),
        jetpack_installed: change.jetpack_installed(),
        plan: change.plan().map(change_plan),
        steps: world
            .change_steps()
            .into_iter()
            .map(|(step, done)| wire::ChangeStepState { step: change_step(step), done })
            .collect(),
        current: world.current_change_step().map(change_step),
        paused_since: change.paused_since(),
        reconnected_at: change.reconnected_at(),
        check: world.change_check().map(|check| wire::ChangeCheck {
            connected_as: check.connected_as.as_deref().map(|login| user(world, login)),
            account_as_chosen: check.account_as_chosen,
            same_express_account: check.same_express_account,
            takes_payments: check.takes_payments,
            jetpack_as_chosen: check.jetpack_as_chosen,
        }),
    }
}

/// A plan of the guided change, on the wire.
fn change_plan(plan: &domain::ChangePlan) -> wire::ChangePlan {
    wire::ChangePlan {
        goal: change_goal(plan.goal),
        jetpack: plan.jetpack.map(jetpack_choice),
        steps: plan.steps.iter().copied().map(change_step).collect(),
    }
}

/// A goal of the guided change, on the wire.
pub(crate) fn change_goal(goal: domain::ChangeGoal) -> wire::ChangeGoal {
    match goal {
        domain::ChangeGoal::AnotherAccount => wire::ChangeGoal::AnotherAccount,
        domain::ChangeGoal::SameAccount => wire::ChangeGoal::SameAccount,
        domain::ChangeGoal::MovedSite => wire::ChangeGoal::MovedSite,
        domain::ChangeGoal::CopyOfSite => wire::ChangeGoal::CopyOfSite,
        domain::ChangeGoal::DecideLater => wire::ChangeGoal::DecideLater,
    }
}

/// A goal named by a request, in the domain.
pub(crate) fn domain_change_goal(goal: wire::ChangeGoal) -> domain::ChangeGoal {
    match goal {
        wire::ChangeGoal::AnotherAccount => domain::ChangeGoal::AnotherAccount,
        wire::ChangeGoal::SameAccount => domain::ChangeGoal::SameAccount,
        wire::ChangeGoal::MovedSite => domain::ChangeGoal::MovedSite,
        wire::ChangeGoal::CopyOfSite => domain::ChangeGoal::CopyOfSite,
        wire::ChangeGoal::DecideLater => domain::ChangeGoal::DecideLater,
    }
}

/// A Jetpack choice, on the wire.
fn jetpack_choice(choice: domain::JetpackChoice) -> wire::JetpackChoice {
    match choice {
        domain::JetpackChoice::Keep => wire::JetpackChoice::Keep,
        domain::JetpackChoice::Remove => wire::JetpackChoice::Remove,
    }
}

/// A Jetpack choice named by a request, in the domain.
pub(crate) fn domain_jetpack_choice(choice: wire::JetpackChoice) -> domain::JetpackChoice {
    match choice {
        wire::JetpackChoice::Keep => domain::JetpackChoice::Keep,
        wire::JetpackChoice::Remove => domain::JetpackChoice::Remove,
    }
}

/// A step of the guided change, on the wire.
fn change_step(step: domain::ChangeStep) -> wire::ChangeStep {
    match step {
        domain::ChangeStep::Disconnect => wire::ChangeStep::Disconnect,
        domain::ChangeStep::ConfirmMove => wire::ChangeStep::ConfirmMove,
        domain::ChangeStep::StartFresh => wire::ChangeStep::StartFresh,
        domain::ChangeStep::RemoveJetpack => wire::ChangeStep::RemoveJetpack,
        domain::ChangeStep::LogOutOfWpcom => wire::ChangeStep::LogOutOfWpcom,
        domain::ChangeStep::Reconnect => wire::ChangeStep::Reconnect,
        domain::ChangeStep::Check => wire::ChangeStep::Check,
    }
}

/// The WordPress.com account `login`, with its display name (the login itself if, against the
/// invariants, no such account exists).
pub(crate) fn user(world: &domain::World, login: &str) -> wire::WpcomUser {
    let display_name = world.wpcom().user(login).map_or(login, |user| user.display_name.as_str());
    wire::WpcomUser { login: login.to_owned(), display_name: display_name.to_owned() }
}

/// This browser's WordPress.com session.
pub(crate) fn wpcom_session(world: &domain::World) -> wire::WpcomSession {
    match world.wpcom().session().login() {
        None => wire::WpcomSession::LoggedOut,
        Some(login) => wire::WpcomSession::LoggedIn { user: user(world, login) },
    }
}

/// A plugin, on the wire.
pub(crate) fn plugin(plugin: domain::Plugin) -> wire::Plugin {
    match plugin {
        domain::Plugin::WooPayments => wire::Plugin::WooPayments,
        domain::Plugin::Jetpack => wire::Plugin::Jetpack,
    }
}

/// A plugin named by a request, in the domain.
pub(crate) fn domain_plugin(plugin: wire::Plugin) -> domain::Plugin {
    match plugin {
        wire::Plugin::WooPayments => domain::Plugin::WooPayments,
        wire::Plugin::Jetpack => domain::Plugin::Jetpack,
    }
}

/// A verification status, on the wire.
pub(crate) fn verification(status: domain::VerificationStatus) -> wire::VerificationStatus {
    use domain::VerificationStatus as D;
    match status {
        D::Complete => wire::VerificationStatus::Complete,
        D::PendingVerification => wire::VerificationStatus::PendingVerification,
        D::RestrictedSoon => wire::VerificationStatus::RestrictedSoon,
        D::Restricted => wire::VerificationStatus::Restricted,
        D::Rejected { .. } => wire::VerificationStatus::Rejected,
        D::UnderReview => wire::VerificationStatus::UnderReview,
    }
}

/// A verification status named by a request, in the domain (a rejection for another reason:
/// the request names none).
pub(crate) fn domain_verification(status: wire::VerificationStatus) -> domain::VerificationStatus {
    use wire::VerificationStatus as W;
    match status {
        W::Complete => domain::VerificationStatus::Complete,
        W::PendingVerification => domain::VerificationStatus::PendingVerification,
        W::RestrictedSoon => domain::VerificationStatus::RestrictedSoon,
        W::Restricted => domain::VerificationStatus::Restricted,
        W::Rejected => domain::VerificationStatus::Rejected { reason: domain::RejectionReason::Other },
        W::UnderReview => domain::VerificationStatus::UnderReview,
    }
}

/// The account's summary, on the wire.
pub(crate) fn account_summary(account: &domain::ExpressAccount) -> wire::AccountSummary {
    wire::AccountSummary {
        id: account.id().to_string(),
        verification: verification(account.verification()),
        created_at: account.created_at(),
        opted_out_at: account.opted_out_at(),
        charges_enabled: account.charges_enabled(),
        payouts_enabled: account.payouts_enabled(),
        requirements: wire::AccountRequirements {
            currently_due: account.requirements().currently_due.clone(),
            past_due: account.requirements().past_due.clone(),
            current_deadline: account.requirements().current_deadline,
        },
        rejection: match account.verification() {
            domain::VerificationStatus::Rejected { reason } => Some(rejection_reason(reason)),
            _ => None,
        },
    }
}

/// Why Stripe rejected an account, on the wire.
fn rejection_reason(reason: domain::RejectionReason) -> wire::RejectionReason {
    match reason {
        domain::RejectionReason::Fraud => wire::RejectionReason::Fraud,
        domain::RejectionReason::TermsOfService => wire::RejectionReason::TermsOfService,
        domain::RejectionReason::Other => wire::RejectionReason::Other,
    }
}

/// The site's connection, on the wire.
fn connection(world: &domain::World) -> wire::Connection {
    match world.connection() {
        domain::Connection::NotConnected => wire::Connection::NotConnected,
        domain::Connection::Connected { login, through, since } => {
            wire::Connection::Connected { user: user(world, login), since: *since, through: plugin(*through) }
        }
        domain::Connection::Broken { login, through, since, cause } => wire::Connection::Broken {
            user: user(world, login),
            since: *since,
            through: plugin(*through),
            cause: break_cause(*cause),
        },
    }
}

/// What broke a connection, on the wire.
fn break_cause(cause: domain::BreakCause) -> wire::BreakCause {
    match cause {
        domain::BreakCause::RestoredFromBackup => wire::BreakCause::RestoredFromBackup,
        domain::BreakCause::SiteAddressChanged => wire::BreakCause::SiteAddressChanged,
        domain::BreakCause::KeysRevoked => wire::BreakCause::KeysRevoked,
    }
}

/// What the store can do, on the wire.
fn capabilities(can: domain::Capabilities) -> wire::Capabilities {
    wire::Capabilities {
        take_payments: can.take_payments,
        refund: can.refund,
        challenge_disputes: can.challenge_disputes,
        log_into_express: can.log_into_express,
        deposits_continue: can.deposits_continue,
        go_live: can.go_live,
    }
}

/// The next step, on the wire.
fn next_step(step: domain::NextStep) -> wire::NextStep {
    use domain::NextStep as D;
    match step {
        D::OptedOut => wire::NextStep::OptedOut,
        D::ResetConnection { cause } => wire::NextStep::ResetConnection { cause: break_cause(cause) },
        D::Authorize => wire::NextStep::Authorize,
        D::Connect => wire::NextStep::Connect,
        D::FinishSetup => wire::NextStep::FinishSetup,
        D::VerifyBusiness => wire::NextStep::VerifyBusiness,
        D::ProvideDetailsToStripe => wire::NextStep::ProvideDetailsToStripe,
        D::WaitForStripe => wire::NextStep::WaitForStripe,
        D::ContactSupport => wire::NextStep::ContactSupport,
        D::ChooseOwner => wire::NextStep::ChooseOwner,
        D::AllSet => wire::NextStep::AllSet,
    }
}
