//! This browser's WordPress.com session, as the API shows it (the simulated WordPress.com's
//! pages change it too).

use axum::Json;
use axum::extract::State;
use panel_protocol::{ErrorBody, ExpectedRevision, StatusSnapshot, WpcomSession};

use crate::api_error::ApiError;
use crate::api_extractors::ApiJson;
use crate::database::Database;
use crate::saved_world;
use crate::wpcom_log_out::log_out;

/// Whether this browser is logged in to WordPress.com, and as whom.
#[utoipa::path(
    get,
    path = "/api/v1/wpcom/session",
    tag = "wpcom",
    responses(
        (status = 200, description = "The session", body = WpcomSession),
    ),
    security(("session" = []))
)]
pub(crate) async fn session(State(database): State<Database>) -> Result<Json<WpcomSession>, ApiError> {
    Ok(Json(database.status().await?.wpcom_session))
}

/// Logs this browser out of WordPress.com, as **Log Out** on its profile page does, so the
/// next connection can be made with any account.
#[utoipa::path(
    post,
    path = "/api/v1/wpcom/logout",
    tag = "wpcom",
    request_body = ExpectedRevision,
    responses(
        (status = 200, description = "Logged out", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state) or `already_logged_out`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn logout(
    State(database): State<Database>,
    ApiJson(request): ApiJson<ExpectedRevision>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    Ok(Json(saved_world::change(&database, Some(request.expected_revision), log_out).await?.status))
}
