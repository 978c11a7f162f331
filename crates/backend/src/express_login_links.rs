//! One-time login links into the simulated Stripe Express dashboard.

use connection_domain::{DomainError, World};
use rusqlite::{OptionalExtension, Transaction, params};

use crate::database::DatabaseError;

/// The simulated Express dashboard's login page.
pub(crate) const EXPRESS_LOGIN_PAGE: &str = "/stripe/express";

/// How long a link works, in seconds (Stripe's last a few minutes too).
pub(crate) const LINK_LIFETIME: i64 = 5 * 60;

/// Why the owner cannot log into the Express dashboard now, if they cannot: opted out, no
/// account yet, or no working connection.
pub(crate) fn refusal(world: &World) -> Option<DomainError> {
    if world.capabilities().log_into_express {
        return None;
    }
    if world.is_opted_out() {
        return Some(DomainError::OptedOut);
    }
    if world.account().is_none() {
        return Some(DomainError::NoAccount);
    }
    Some(match world.connection() {
        connection_domain::Connection::Broken { cause, .. } => DomainError::ConnectionBroken { cause: *cause },
        connection_domain::Connection::NotConnected | connection_domain::Connection::Connected { .. } => {
            DomainError::NotConnected
        }
    })
}

/// Stores the one-time `token` for the account `account_id`, made at `now`.
pub(crate) fn issue(
    transaction: &Transaction<'_>,
    token: &str,
    account_id: &str,
    now: i64,
) -> Result<(), DatabaseError> {
    transaction.execute(
        "INSERT INTO express_login_links (token, account_id, created_at) VALUES (?1, ?2, ?3)",
        params![token, account_id, now],
    )?;
    Ok(())
}

/// Spends `token` at `now`: the account it opens, if it is live and unused.
pub(crate) fn redeem(transaction: &Transaction<'_>, token: &str, now: i64) -> Result<Option<String>, DatabaseError> {
    let account_id: Option<String> = transaction
        .query_row(
            "SELECT account_id FROM express_login_links WHERE token = ?1 AND used_at IS NULL AND created_at >= ?2",
            params![token, now - LINK_LIFETIME],
            |row| row.get(0),
        )
        .optional()?;
    if account_id.is_some() {
        transaction.execute("UPDATE express_login_links SET used_at = ?2 WHERE token = ?1", params![token, now])?;
    }
    Ok(account_id)
}
