//! Demo data for the ledger (`panel-backend seed-demo`): realistic transactions over the last
//! 90 days in USD, EUR and GBP, the deposits the schedule made from them, and disputes, some
//! awaiting a response. Deterministic: the same seed, count and time give the same ledger.
//!
//! Seeding **replaces** the whole ledger of the site's WooPayments account (every transaction,
//! deposit, dispute and the deposit schedule); it touches nothing else. The ledger is a
//! snapshot as of the seeding time: deposits in transit stay so until it is seeded again.
//!
//! The ledger is drawn ([`demo_ledger`], from the charges and what followed them in [`drafts`],
//! the [`deposits`] made from them, with [`ids`] like Stripe's), then written ([`save`]).

mod demo_ledger;
mod deposits;
mod drafts;
mod ids;
mod save;

use std::fmt;
use std::path::Path;

use panel_protocol::DisputeStatus;

use super::queries;
use crate::clock;
use crate::database::{Database, DatabaseError};
use demo_ledger::generate;
use save::save;

/// What to seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// How many transactions to make, 1 to [`DemoOptions::MAX_TRANSACTIONS`].
    pub transactions: u32,
    /// The seed of the pseudo-random choices: the same seed gives the same ledger.
    pub seed: u64,
    /// The time the ledger ends at, in seconds since the Unix epoch (usually now).
    pub now: i64,
}

impl Default for DemoOptions {
    /// [`Self::DEFAULT_TRANSACTIONS`] with [`Self::DEFAULT_SEED`], ending now (reads the clock).
    fn default() -> Self {
        Self { transactions: Self::DEFAULT_TRANSACTIONS, seed: Self::DEFAULT_SEED, now: clock::now() }
    }
}

impl DemoOptions {
    /// Transactions made when the operator names no count.
    pub const DEFAULT_TRANSACTIONS: u32 = 300;
    /// The seed used when the operator names none.
    pub const DEFAULT_SEED: u64 = 1;
    /// The most transactions one seeding makes.
    pub const MAX_TRANSACTIONS: u32 = 1_000_000;
}

/// What a seeding wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// The Express account whose ledger was replaced.
    pub account_id: String,
    /// Transactions written.
    pub transactions: usize,
    /// Deposits written.
    pub deposits: usize,
    /// Disputes written.
    pub disputes: usize,
    /// Of those, disputes awaiting a response.
    pub needing_response: usize,
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Seeded the ledger of {}: {} transactions, {} deposits, {} disputes ({} needing a response).",
            self.account_id, self.transactions, self.deposits, self.disputes, self.needing_response
        )
    }
}

/// Why seeding wrote nothing.
#[derive(Debug)]
pub enum SeedError {
    /// The site has no WooPayments account yet, so there is no ledger to fill.
    NoAccount,
    /// The transaction count is outside 1 to [`DemoOptions::MAX_TRANSACTIONS`].
    BadCount(u32),
    /// The database failed.
    Database(DatabaseError),
}

impl From<DatabaseError> for SeedError {
    fn from(error: DatabaseError) -> Self {
        Self::Database(error)
    }
}

impl From<rusqlite::Error> for SeedError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Database(DatabaseError::from(error))
    }
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAccount => f.write_str(
                "the store has no WooPayments account yet, so there is no ledger to fill. Connect it first \
                 (in the panel: Payments > Finish setup, connect to WordPress.com, verify the business details \
                 with Stripe), then run seed-demo again.",
            ),
            Self::BadCount(count) => {
                write!(f, "--transactions must be from 1 to {}, not {count}.", DemoOptions::MAX_TRANSACTIONS)
            }
            Self::Database(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for SeedError {}

/// Replaces the ledger of the site's WooPayments account in the database of `data_dir` (which
/// is created and migrated if needed) with demo data, in one transaction.
pub async fn seed_demo(data_dir: &Path, options: &DemoOptions) -> Result<DemoReport, SeedError> {
    if !(1..=DemoOptions::MAX_TRANSACTIONS).contains(&options.transactions) {
        return Err(SeedError::BadCount(options.transactions));
    }
    let database = Database::open_in(data_dir)?;
    let options = options.clone();
    database
        .transact(move |transaction| {
            let account_id = queries::account_id(transaction)?.ok_or(SeedError::NoAccount)?;
            let ledger = generate(&options, &account_id);
            save(transaction, &account_id, &ledger)?;
            Ok(DemoReport {
                transactions: ledger.transactions.len(),
                deposits: ledger.deposits.len(),
                disputes: ledger.disputes.len(),
                needing_response: ledger
                    .disputes
                    .iter()
                    .filter(|dispute| dispute.status == DisputeStatus::NeedsResponse)
                    .count(),
                account_id,
            })
        })
        .await
}
