//! `GET /api/v1/status`: everything the panel shows, as one snapshot.

use axum::Json;
use axum::extract::State;
use panel_protocol::{ErrorBody, StatusSnapshot};

use crate::api_error::ApiError;
use crate::database::Database;

/// Everything the panel shows, as one snapshot at its current revision.
#[utoipa::path(
    get,
    path = "/api/v1/status",
    tag = "connection",
    responses(
        (status = 200, description = "The current state", body = StatusSnapshot),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn status(State(database): State<Database>) -> Result<Json<StatusSnapshot>, ApiError> {
    Ok(Json(database.status().await?))
}
