//! Errors of the JSON API: every one becomes a status code and an [`ErrorBody`] a person can read.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use panel_protocol::ErrorBody;

use crate::database::DatabaseError;

/// An error the API reports to its caller.
#[derive(Debug)]
pub enum ApiError {
    /// No endpoint answers at this path.
    NotFound,
    /// The database failed; the request changed nothing.
    Database(DatabaseError),
}

impl From<DatabaseError> for ApiError {
    fn from(error: DatabaseError) -> Self {
        Self::Database(error)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            Self::NotFound => (
                StatusCode::NOT_FOUND,
                "not_found",
                "There is no such endpoint in this API. Check the address against /api/v1/.".to_owned(),
            ),
            Self::Database(error) => {
                eprintln!("panel-backend: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "storage_failed",
                    "The store's data could not be read. Nothing was changed; try again in a moment.".to_owned(),
                )
            }
        };
        (status, Json(ErrorBody { code: code.to_owned(), message })).into_response()
    }
}
