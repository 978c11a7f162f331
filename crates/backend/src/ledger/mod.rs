//! The ledger of the site's WooPayments account: transactions, deposits, disputes, balances
//! per currency and the deposit schedule, read-only over HTTP ([`routes`]), plus who to contact
//! for help, and the demo data of `panel-backend seed-demo` ([`seed_demo`]).
//!
//! Every row belongs to one Stripe Express account; the API shows the ledger of the site's
//! current account (none while it has no account), whichever WordPress.com user the site is
//! connected as, and also while disconnected or opted out (deposits continue then).

mod money;
mod openapi;
mod prng;
mod queries;
mod routes;
mod schedule;
mod seed;
mod support_contacts;

pub(crate) use openapi::LedgerDoc;
pub use routes::routes;
pub use seed::{DemoOptions, DemoReport, SeedError, seed_demo};
