//! `GET /api/v1/status`: everything the panel shows, as one snapshot.

use axum::Json;
use axum::extract::State;
use panel_protocol::StatusSnapshot;

use crate::api_error::ApiError;
use crate::clock;
use crate::connection_checks;
use crate::database::Database;

/// Everything the panel shows, as one snapshot at its current revision. While the site is
/// connected and its connection was last checked over five minutes ago (or not since it
/// connected), it is checked first (see `POST /connection/check`).
#[utoipa::path(
    get,
    path = "/api/v1/status",
    tag = "connection",
    responses(
        (status = 200, description = "The current state", body = StatusSnapshot),
    ),
    security(("session" = []))
)]
pub(crate) async fn status(State(database): State<Database>) -> Result<Json<StatusSnapshot>, ApiError> {
    let status = database.status().await?;
    if !connection_checks::is_due(&status, clock::now()) {
        return Ok(Json(status));
    }
    match connection_checks::check(&database).await {
        Ok(checked) => Ok(Json(checked)),
        // Disconnected meanwhile: nothing to check; the state as it is now.
        Err(crate::saved_world::ChangeError::Domain(_)) => Ok(Json(database.status().await?)),
        Err(error) => Err(error.into()),
    }
}
