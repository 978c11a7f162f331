//! `POST /api/v1/connection/check`: checks now that WordPress.com still accepts the site's
//! connection (`GET /status` also checks by itself when the last check is over five minutes old).

use axum::Json;
use axum::extract::State;
use panel_protocol::{ErrorBody, StatusSnapshot};

use crate::api_error::ApiError;
use crate::connection_checks;
use crate::database::Database;

/// Checks the connection now. Working: only `connection_check.checked_at` changes (same
/// revision, nothing logged). Refused by WordPress.com: the connection is broken
/// (`keys_revoked`) at the next revision, with one event logged. Any body is ignored.
#[utoipa::path(
    post,
    path = "/api/v1/connection/check",
    tag = "connection",
    responses(
        (status = 200, description = "Checked: `connection_check` holds the result", body = StatusSnapshot),
        (status = 409, description = "`not_connected`: there is no connection to check", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn check(State(database): State<Database>) -> Result<Json<StatusSnapshot>, ApiError> {
    Ok(Json(connection_checks::check(&database).await?))
}
