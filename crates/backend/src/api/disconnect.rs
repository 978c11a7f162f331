//! Disconnecting: what it would break, the red **Disconnect** button, and the optional survey
//! after it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use panel_protocol::{
    DisconnectRequest, DisconnectResponse, DisconnectSurvey, ErrorBody, EventKind, PluginsUsingConnection,
    SURVEY_COMMENT_MAX_CHARS, SurveyReceipt,
};
use rusqlite::params;

use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::api_extractors::ApiJson;
use crate::clock;
use crate::database::{Database, DatabaseError};
use crate::event_log::EventDraft;
use crate::saved_world;
use crate::wire_mapping::{self, domain_plugin};

/// The plugins that lose the connection if it is disconnected now (what the warning popup
/// lists before the red **Disconnect** button); empty when there is nothing to disconnect.
#[utoipa::path(
    get,
    path = "/api/v1/plugins-using-connection",
    tag = "connection",
    responses(
        (status = 200, description = "The plugins using the connection", body = PluginsUsingConnection),
    ),
    security(("session" = []))
)]
pub(crate) async fn plugins_using_connection(
    State(database): State<Database>,
) -> Result<Json<PluginsUsingConnection>, ApiError> {
    let status = database.status().await?;
    Ok(Json(PluginsUsingConnection { plugins: status.plugins_using_connection }))
}

/// Disconnects the site from WordPress.com, from WooPayments' or Jetpack's panel: one
/// connection, so both lose it. Works on a broken connection too: that is how it is reset.
#[utoipa::path(
    post,
    path = "/api/v1/disconnect",
    tag = "connection",
    request_body = DisconnectRequest,
    responses(
        (status = 200, description = "Disconnected: what broke, and the state after", body = DisconnectResponse),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), or refused by the store's state: `nothing_to_disconnect`, `opted_out`, `jetpack_not_active`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn disconnect(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<DisconnectRequest>,
) -> Result<Json<DisconnectResponse>, ApiError> {
    let through = domain_plugin(request.plugin);
    let changed = saved_world::change(&database, Some(request.expected_revision), move |step| {
        let disconnected = step.world.disconnect(through, step.now)?;
        let lost: Vec<String> = disconnected.lost_connection.iter().map(ToString::to_string).collect();
        let summary = format!(
            "Disconnected from WordPress.com (was {}) in {through}: {} lost the connection; no payments until reconnected.",
            disconnected.login,
            lost.join(" and ")
        );
        let outcome = (
            wire_mapping::user(step.world, &disconnected.login),
            disconnected.lost_connection.into_iter().map(wire_mapping::plugin).collect(),
        );
        Ok((outcome, EventDraft::connection(EventKind::Disconnected, summary).by(&actor)))
    })
    .await?;
    let (disconnected, lost_connection) = changed.outcome;
    Ok(Json(DisconnectResponse { disconnected, lost_connection, status: changed.status }))
}

/// Stores the optional feedback after disconnecting (skipped with **No thank you**). It does
/// not change the store, so it names no revision.
#[utoipa::path(
    post,
    path = "/api/v1/disconnect-survey",
    tag = "connection",
    request_body = DisconnectSurvey,
    responses(
        (status = 201, description = "Stored", body = SurveyReceipt),
        (status = 422, description = "`empty_survey` (no reason and no comment), `comment_too_long`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn survey(
    State(database): State<Database>,
    ApiJson(survey): ApiJson<DisconnectSurvey>,
) -> Result<(StatusCode, Json<SurveyReceipt>), ApiError> {
    let comment = survey.comment.map(|comment| comment.trim().to_owned()).filter(|comment| !comment.is_empty());
    if comment.as_ref().is_some_and(|comment| comment.chars().count() > SURVEY_COMMENT_MAX_CHARS) {
        return Err(ApiError::Refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "comment_too_long",
            format!("The comment is too long: at most {SURVEY_COMMENT_MAX_CHARS} characters, please."),
        ));
    }
    if survey.reasons.is_empty() && comment.is_none() {
        return Err(ApiError::Refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty_survey",
            "The survey is empty: choose a reason or write a comment (or skip it with No thank you).".to_owned(),
        ));
    }
    let reasons = serde_json::to_string(&survey.reasons)
        .map_err(|error| ApiError::Internal(format!("survey reasons do not serialize: {error}")))?;
    let id = database
        .write(move |transaction| {
            transaction.execute(
                "INSERT INTO disconnect_surveys (at, reasons, comment) VALUES (?1, ?2, ?3)",
                params![clock::now(), reasons, comment],
            )?;
            Ok::<_, DatabaseError>(transaction.last_insert_rowid())
        })
        .await?;
    Ok((StatusCode::CREATED, Json(SurveyReceipt { id })))
}
