//! The last check that WordPress.com still accepts the site's connection, and checking it: on
//! `POST /connection/check`, and from `GET /status` when the last check is over
//! [`CHECK_INTERVAL`] old.

use connection_domain::{Connection, DomainError};
use panel_protocol::{ConnectionCheck, EventKind, StatusSnapshot};
use rusqlite::{OptionalExtension, Transaction, params};

use crate::database::{Database, DatabaseError};
use crate::event_log::EventDraft;
use crate::saved_world::{self, ChangeError, Decision};
use crate::wpcom_site_keys;

/// How old the last check may be before `GET /status` checks again, in seconds (5 minutes).
pub(crate) const CHECK_INTERVAL: i64 = 5 * 60;

/// The last check since the site connected, if any.
pub(crate) fn last(transaction: &Transaction<'_>) -> Result<Option<ConnectionCheck>, DatabaseError> {
    Ok(transaction
        .query_row("SELECT checked_at, working FROM connection_checks WHERE id = 1", [], |row| {
            Ok(ConnectionCheck { checked_at: row.get(0)?, working: row.get(1)? })
        })
        .optional()?)
}

/// Records a check made at `checked_at` that found the connection `working` (or not).
fn record(transaction: &Transaction<'_>, checked_at: i64, working: bool) -> Result<(), DatabaseError> {
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

/// Whether `status`, read at `now`, calls for a check: connected, and not checked in the last
/// [`CHECK_INTERVAL`].
pub(crate) fn is_due(status: &StatusSnapshot, now: i64) -> bool {
    matches!(status.connection, panel_protocol::Connection::Connected { .. })
        && status.connection_check.is_none_or(|check| check.checked_at <= now - CHECK_INTERVAL)
}

/// Checks now that WordPress.com accepts the site's keys. A working connection only has its
/// check's time updated; one WordPress.com refuses turns broken (`keys_revoked`) at once, at the
/// next revision, with one event logged. Refused (`not_connected`) without a connection.
pub(crate) async fn check(database: &Database) -> Result<StatusSnapshot, ChangeError> {
    let checked = saved_world::change_or_keep(database, |step| {
        let accepted = wpcom_site_keys::accepted(step.transaction)?;
        let login = match step.world.connection() {
            Connection::NotConnected => return Err(ChangeError::Domain(DomainError::NotConnected)),
            Connection::Broken { .. } => {
                record(step.transaction, step.now, false)?;
                return Ok(Decision::Keep(()));
            }
            Connection::Connected { login, .. } => login.clone(),
        };
        record(step.transaction, step.now, accepted)?;
        if accepted {
            return Ok(Decision::Keep(()));
        }
        step.world.find_keys_revoked();
        let summary = format!(
            "A check found that WordPress.com no longer accepts the site's keys: its connection as {login} is broken; \
             no payments until it is reset."
        );
        Ok(Decision::Change((), EventDraft::connection(EventKind::ConnectionChecked, summary)))
    })
    .await?;
    Ok(checked.status)
}
