//! The JSON API under `/api/v1/`.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use panel_protocol::{STATUS_PATH, StatusSnapshot};

use crate::api_error::ApiError;
use crate::database::Database;

/// The API's routes, relative to `/api/v1`. Unknown paths answer a JSON 404.
pub fn routes(database: Database) -> Router {
    Router::new()
        .route(STATUS_PATH, get(status))
        .fallback(|| async { ApiError::NotFound })
        .with_state(database)
}

/// `GET /api/v1/status`: everything the panel shows, as one snapshot.
async fn status(State(database): State<Database>) -> Result<Json<StatusSnapshot>, ApiError> {
    Ok(Json(database.status().await?))
}
