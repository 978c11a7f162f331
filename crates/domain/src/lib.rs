//! The connection world of WooPayments, as a plain Rust model.
//!
//! One [`World`] holds everything the panel reasons about: the [`Site`] and its Jetpack plugin,
//! the site's one WordPress.com [`Connection`] (shared by WooPayments and Jetpack), this
//! browser's WordPress.com session and the WordPress.com accounts that exist ([`Wpcom`]), and the
//! WooPayments account, a Stripe [`ExpressAccount`] bound to the site.
//!
//! Every change is a method on [`World`] that either succeeds or returns a [`DomainError`] and
//! leaves the world exactly as it was. What the store can do follows from the state alone:
//! [`World::capabilities`] and [`World::next_step`] are the one source the UI reads.
//!
//! The model is deterministic: it never reads a clock or draws random numbers. Callers pass the
//! current time (seconds since the Unix epoch) and new Express account ids in. The whole world
//! serializes with serde, so it can be persisted as JSON; after loading one, call
//! [`World::check_invariants`], since deserializing does not run the transitions' checks.

mod capabilities;
mod change;
mod connecting;
mod connection;
mod environment;
mod error;
mod express_account;
mod invariants;
mod jetpack;
mod site;
mod stripe_report;
mod users;
mod world;
mod wpcom;

pub use capabilities::{Capabilities, NextStep};
pub use change::{ChangeCheck, ChangeGoal, ChangePlan, ChangeStep, ChangeSummary, ConnectionChange, JetpackChoice};
pub use connecting::{Authorized, Disconnected};
pub use connection::{BreakCause, Connection, Plugin};
pub use environment::{Environment, PaymentMode};
pub use error::DomainError;
pub use express_account::{AccountRequirements, ExpressAccount, ExpressAccountId, RejectionReason, VerificationStatus};
pub use jetpack::JetpackPlugin;
pub use site::{ConnectionImpact, Site};
pub use stripe_report::{ReportOutcome, StripeReport};
pub use users::{Ownership, SiteRole, SiteUser, is_valid_site_login};
pub use world::World;
pub use wpcom::{Wpcom, WpcomSession, WpcomUser, is_valid_wpcom_login};
