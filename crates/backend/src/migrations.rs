//! The database schema, as an ordered list of migrations, each a file of
//! `crates/backend/migrations/`. The database's `user_version` records how many have run; each
//! runs once, in its own transaction. Never edit a migration that has shipped: add a new one.

/// Every migration, oldest first.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_connection.sql"),
    include_str!("../migrations/0002_ledger.sql"),
    include_str!("../migrations/0003_change.sql"),
    include_str!("../migrations/0004_ledger_totals_index.sql"),
    include_str!("../migrations/0005_stripe_events_and_connection_checks.sql"),
    include_str!("../migrations/0006_site_users.sql"),
];
