//! What the store can do, and what its owner should do next: derived by the backend.

use serde::{Deserialize, Serialize};

use crate::connection::BreakCause;
use crate::tagged::{MissingField, need};

/// What the store can do right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Capabilities {
    /// Customers can place new orders paid through WooPayments.
    pub take_payments: bool,
    /// Orders paid through WooPayments can be refunded.
    pub refund: bool,
    /// Disputes filed on WooPayments orders can be challenged.
    pub challenge_disputes: bool,
    /// The owner can log into the Stripe Express dashboard (where account details are edited).
    pub log_into_express: bool,
    /// Stripe keeps depositing the balance on the usual schedule (also while disconnected, and
    /// after opting out).
    pub deposits_continue: bool,
    /// The store is in test mode on a production site, so it may go live (`POST
    /// /payments/go-live`).
    #[serde(default)]
    pub go_live: bool,
}

/// The one thing the owner should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "step", rename_all = "snake_case", try_from = "NextStepFields")]
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
    /// The connection's owner was deleted or demoted: make an administrator the owner, or
    /// reconnect.
    ChooseOwner,
    /// Everything works; nothing to do.
    AllSet,
}

/// A [`NextStep`] as its JSON has it: the step, and the cause when it is a reset
/// (crate::tagged).
#[derive(Deserialize)]
struct NextStepFields {
    step: Step,
    cause: Option<BreakCause>,
}

/// The tag of a [`NextStep`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Step {
    OptedOut,
    ResetConnection,
    Authorize,
    Connect,
    FinishSetup,
    VerifyBusiness,
    ProvideDetailsToStripe,
    WaitForStripe,
    ContactSupport,
    ChooseOwner,
    AllSet,
}

impl TryFrom<NextStepFields> for NextStep {
    type Error = MissingField;

    fn try_from(fields: NextStepFields) -> Result<Self, MissingField> {
        Ok(match fields.step {
            Step::OptedOut => NextStep::OptedOut,
            Step::ResetConnection => NextStep::ResetConnection { cause: need(fields.cause, "cause")? },
            Step::Authorize => NextStep::Authorize,
            Step::Connect => NextStep::Connect,
            Step::FinishSetup => NextStep::FinishSetup,
            Step::VerifyBusiness => NextStep::VerifyBusiness,
            Step::ProvideDetailsToStripe => NextStep::ProvideDetailsToStripe,
            Step::WaitForStripe => NextStep::WaitForStripe,
            Step::ContactSupport => NextStep::ContactSupport,
            Step::ChooseOwner => NextStep::ChooseOwner,
            Step::AllSet => NextStep::AllSet,
        })
    }
}
