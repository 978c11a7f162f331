//! Connections in progress: the `state` parameter that goes to the simulated WordPress.com and
//! back, where to return the browser, and the one-time code an approval produces.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::database::DatabaseError;

/// The simulated WordPress.com's authorization page.
pub(crate) const AUTHORIZE_PAGE: &str = "/wpcom/authorize";

/// A connection started with Connect, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AuthorizationRequest {
    /// The random value that names the request on its way through WordPress.com.
    pub state: String,
    /// The app path the browser returns to.
    pub return_to: String,
    /// Once approved: the one-time code and the WordPress.com login that approved.
    pub approval: Option<(String, String)>,
}

/// The authorization page's address for the request `state`.
pub(crate) fn authorize_url(state: &str) -> String {
    format!("{AUTHORIZE_PAGE}?state={state}")
}

/// Records a new request, replacing any earlier one (clicking Connect again starts over).
pub(crate) fn start(
    transaction: &Transaction<'_>,
    state: &str,
    return_to: &str,
    now: i64,
) -> Result<(), DatabaseError> {
    clear(transaction)?;
    transaction.execute(
        "INSERT INTO authorization_requests (state, return_to, created_at) VALUES (?1, ?2, ?3)",
        params![state, return_to, now],
    )?;
    Ok(())
}

/// The request named `state`, if it is the current one.
pub(crate) fn find(transaction: &Transaction<'_>, state: &str) -> Result<Option<AuthorizationRequest>, DatabaseError> {
    Ok(transaction
        .query_row(
            "SELECT state, return_to, code, code_login FROM authorization_requests WHERE state = ?1",
            [state],
            |row| {
                let code: Option<String> = row.get(2)?;
                let login: Option<String> = row.get(3)?;
                Ok(AuthorizationRequest { state: row.get(0)?, return_to: row.get(1)?, approval: code.zip(login) })
            },
        )
        .optional()?)
}

/// The current request's authorization page, if a request is in progress.
pub(crate) fn current_url(transaction: &Transaction<'_>) -> Result<Option<String>, DatabaseError> {
    let state: Option<String> = transaction
        .query_row("SELECT state FROM authorization_requests ORDER BY created_at DESC LIMIT 1", [], |row| row.get(0))
        .optional()?;
    Ok(state.as_deref().map(authorize_url))
}

/// Records that `login` approved the request `state` on WordPress.com, with the one-time `code`
/// the browser brings back.
pub(crate) fn approve(
    transaction: &Transaction<'_>,
    state: &str,
    code: &str,
    login: &str,
) -> Result<(), DatabaseError> {
    transaction.execute(
        "UPDATE authorization_requests SET code = ?2, code_login = ?3 WHERE state = ?1",
        params![state, code, login],
    )?;
    Ok(())
}

/// Forgets every request (the connection was made, denied, or can no longer be).
pub(crate) fn clear(transaction: &Transaction<'_>) -> Result<(), DatabaseError> {
    transaction.execute("DELETE FROM authorization_requests", [])?;
    Ok(())
}
