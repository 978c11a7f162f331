//! Checking that WordPress.com still accepts the site's connection: on `POST /connection/check`,
//! and from `GET /status` when the last check ([`crate::last_connection_check`]) is over
//! [`CHECK_INTERVAL`] old.

use connection_domain::{Connection, DomainError};
use panel_protocol::{EventKind, StatusSnapshot};

use crate::database::Database;
use crate::event_log::EventDraft;
use crate::last_connection_check::record;
use crate::saved_world::{self, ChangeError, Decision};
use crate::wpcom_site_keys;

/// How old the last check may be before `GET /status` checks again, in seconds (5 minutes).
pub(crate) const CHECK_INTERVAL: i64 = 5 * 60;

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
