//! The simulated WordPress.com's side of the site's keys: it issues fresh ones whenever the site
//! connects, and may stop accepting them (`panel-backend revoke-keys`) without the site knowing
//! until it checks its connection.

use connection_domain::World;
use rusqlite::{OptionalExtension, Transaction};

use crate::database::DatabaseError;
use crate::last_connection_check;

/// Whether WordPress.com still accepts the keys it last issued the site.
pub(crate) fn accepted(transaction: &Transaction<'_>) -> Result<bool, DatabaseError> {
    let accepted: Option<bool> =
        transaction.query_row("SELECT accepted FROM wpcom_site_keys WHERE id = 1", [], |row| row.get(0)).optional()?;
    Ok(accepted.unwrap_or(true))
}

/// WordPress.com stops accepting the site's keys; the site's connection reads as it did.
pub(crate) fn revoke(transaction: &Transaction<'_>) -> Result<(), DatabaseError> {
    transaction.execute("INSERT OR REPLACE INTO wpcom_site_keys (id, accepted) VALUES (1, 0)", [])?;
    Ok(())
}

/// Keeps the keys and the last check in step with a change from `before` to `after`: a new
/// connection gets fresh keys (accepted) and no check yet; no connection has no check either.
pub(crate) fn follow_connection(
    transaction: &Transaction<'_>,
    before: &World,
    after: &World,
) -> Result<(), DatabaseError> {
    let connected_now = after.connection().is_working() && !before.connection().is_working();
    if connected_now {
        transaction.execute("DELETE FROM wpcom_site_keys", [])?;
    }
    if connected_now || after.connection().login().is_none() {
        last_connection_check::forget(transaction)?;
    }
    Ok(())
}
