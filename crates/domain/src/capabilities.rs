//! What the store can do, and what its owner should do next: derived from the state, never stored.

use serde::{Deserialize, Serialize};

use crate::connection::{BreakCause, Connection};
use crate::express_account::{ExpressAccount, VerificationStatus};
use crate::world::World;

/// What the store can do right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capabilities {
    /// Customers can place new orders paid through WooPayments.
    pub take_payments: bool,
    /// Orders paid through WooPayments can be refunded.
    pub refund: bool,
    /// Disputes filed on WooPayments orders can be challenged.
    pub challenge_disputes: bool,
    /// The owner can log into the Stripe Express dashboard (where account details are edited).
    pub log_into_express: bool,
    /// Stripe keeps depositing the balance on the usual schedule. This does not need the
    /// WordPress.com connection, and goes on after opting out.
    pub deposits_continue: bool,
}

/// The one thing the owner should do next, for the UI to lead with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum NextStep {
    /// Opted out of the Stripe agreement: the panel is read-only; nothing can be done.
    OptedOut,
    /// The connection is broken: reset it (**Disconnect**, then connect again, to the original
    /// account to keep things as they were).
    ResetConnection {
        /// What broke it.
        cause: BreakCause,
    },
    /// The owner is on WordPress.com's authorization page: log in (or create an account) and
    /// approve.
    Authorize,
    /// Never signed up: **Connect** to WordPress.com.
    Connect,
    /// Signed up before, not connected now: **Finish setup** to connect again; the same
    /// WooPayments account comes back, with no other step.
    FinishSetup,
    /// Connected, but no WooPayments account yet: verify the business details with Stripe.
    VerifyBusiness,
    /// Stripe needs more details (restricted, or soon): give them in the Stripe Express dashboard.
    ProvideDetailsToStripe,
    /// Stripe is checking or reviewing the account: nothing to do but wait.
    WaitForStripe,
    /// Stripe rejected the account: contact WooCommerce support.
    ContactSupport,
    /// Everything works; nothing to do.
    AllSet,
}

impl World {
    /// The account the store can work with: connected, signed up, and not opted out.
    fn usable_account(&self) -> Option<&ExpressAccount> {
        match (&self.connection, &self.account) {
            (Connection::Connected { .. }, Some(account)) if !account.is_opted_out() => Some(account),
            _ => None,
        }
    }

    /// What the store can do right now.
    pub fn capabilities(&self) -> Capabilities {
        let usable = self.usable_account();
        Capabilities {
            take_payments: usable.is_some_and(|account| account.verification().payments_enabled()),
            refund: usable.is_some(),
            challenge_disputes: usable.is_some(),
            log_into_express: usable.is_some(),
            deposits_continue: self.account.as_ref().is_some_and(|account| account.verification().deposits_enabled()),
        }
    }

    /// The one thing the owner should do next.
    pub fn next_step(&self) -> NextStep {
        if self.is_opted_out() {
            return NextStep::OptedOut;
        }
        match (&self.connection, &self.account) {
            (Connection::Broken { cause, .. }, _) => NextStep::ResetConnection { cause: *cause },
            (Connection::NotConnected, _) if self.authorizing.is_some() => NextStep::Authorize,
            (Connection::NotConnected, None) => NextStep::Connect,
            (Connection::NotConnected, Some(_)) => NextStep::FinishSetup,
            (Connection::Connected { .. }, None) => NextStep::VerifyBusiness,
            (Connection::Connected { .. }, Some(account)) => match account.verification() {
                VerificationStatus::Complete => NextStep::AllSet,
                VerificationStatus::RestrictedSoon | VerificationStatus::Restricted => NextStep::ProvideDetailsToStripe,
                VerificationStatus::PendingVerification | VerificationStatus::UnderReview => NextStep::WaitForStripe,
                VerificationStatus::Rejected => NextStep::ContactSupport,
            },
        }
    }
}
