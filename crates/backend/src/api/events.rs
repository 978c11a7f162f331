//! `GET /api/v1/events`: the connection event log, newest first, a page at a time.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use panel_protocol::{EventPage, EventsQuery};

use crate::api_error::ApiError;
use crate::api_extractors::ApiQuery;
use crate::database::Database;
use crate::event_log;

/// The connection event log: what changed, from which account to which, when; newest first.
#[utoipa::path(
    get,
    path = "/api/v1/events",
    tag = "connection",
    params(EventsQuery),
    responses(
        (status = 200, description = "One page of the log", body = EventPage),
    ),
    security(("session" = []))
)]
pub(crate) async fn events(
    State(database): State<Database>,
    ApiQuery(query): ApiQuery<EventsQuery>,
) -> Result<Json<EventPage>, ApiError> {
    let page = query.page.unwrap_or(1);
    let per_page = query.per_page.unwrap_or(EventsQuery::DEFAULT_PER_PAGE);
    if page == 0 || per_page == 0 || per_page > EventsQuery::MAX_PER_PAGE {
        return Err(ApiError::BadRequest(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            format!("page counts from 1, and per_page is between 1 and {}.", EventsQuery::MAX_PER_PAGE),
        ));
    }
    Ok(Json(database.read(move |transaction| event_log::page(transaction, page, per_page)).await?))
}
