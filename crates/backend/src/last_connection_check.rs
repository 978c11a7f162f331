//! The last check that WordPress.com still accepts the site's connection, as the database keeps
//! it (one row): read for every status snapshot, written by [`crate::connection_checks`],
//! forgotten when the site connects anew or has no connection.

use panel_protocol::ConnectionCheck;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::database::DatabaseError;

/// The last check since the site connected, if any.
pub(crate) fn last(transaction: &Transaction<'_>) -> Result<Option<ConnectionCheck>, DatabaseError> {
    Ok(transaction
        .query_row("SELECT checked_at, working FROM connection_checks WHERE id = 1", [], |row| {
            Ok(ConnectionCheck { checked_at: row.get(0)?, working: row.get(1)? })
        })
        .optional()?)
}

/// Records a check made at `checked_at` that found the connection `working` (or not).
pub(crate) fn record(transaction: &Transaction<'_>, checked_at: i64, working: bool) -> Result<(), DatabaseError> {
    transaction.execute(
        "INSERT OR REPLACE INTO connection_checks (id, checked_at, working) VALUES (1, ?1, ?2)",
        params![checked_at, working],
    )?;
    Ok(())
}

/// Forgets the last check (the site connected anew, or has no connection).
pub(crate) fn forget(transaction: &Transaction<'_>) -> Result<(), DatabaseError> {
    transaction.execute("DELETE FROM connection_checks", [])?;
    Ok(())
}
