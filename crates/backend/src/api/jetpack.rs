//! The Jetpack plugin under Plugins: install, activate, deactivate, delete.

use axum::extract::State;
use axum::{Extension, Json};
use connection_domain::{DomainError, World};
use panel_protocol::{ErrorBody, EventKind, ExpectedRevision, StatusSnapshot};

use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::api_extractors::ApiJson;
use crate::database::Database;
use crate::event_log::EventDraft;
use crate::saved_world;

/// Installs Jetpack (Plugins > Add New); it starts inactive.
#[utoipa::path(
    post,
    path = "/api/v1/jetpack/install",
    tag = "jetpack",
    request_body = ExpectedRevision,
    responses(
        (status = 200, description = "Installed, inactive", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state) or `jetpack_already_installed`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn install(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ExpectedRevision>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    apply(&database, &actor, request, EventKind::JetpackInstalled, World::install_jetpack, |_| {
        "Jetpack was installed (inactive).".to_owned()
    })
    .await
}

/// Activates Jetpack; if the site is connected, Jetpack picks up that same connection.
#[utoipa::path(
    post,
    path = "/api/v1/jetpack/activate",
    tag = "jetpack",
    request_body = ExpectedRevision,
    responses(
        (status = 200, description = "Active (and connected as the site is, if it is)", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), `jetpack_not_installed`, `jetpack_already_active`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn activate(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ExpectedRevision>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    apply(&database, &actor, request, EventKind::JetpackActivated, World::activate_jetpack, |world| {
        match world.jetpack_connected_as() {
            Some(login) => format!("Jetpack was activated; it picked up the site's connection as {login}."),
            None => "Jetpack was activated; the site has no working connection for it to share.".to_owned(),
        }
    })
    .await
}

/// Deactivates Jetpack; the connection stays, since WooPayments shares it.
#[utoipa::path(
    post,
    path = "/api/v1/jetpack/deactivate",
    tag = "jetpack",
    request_body = ExpectedRevision,
    responses(
        (status = 200, description = "Inactive", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), `jetpack_not_installed`, `jetpack_not_active`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn deactivate(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ExpectedRevision>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    apply(&database, &actor, request, EventKind::JetpackDeactivated, World::deactivate_jetpack, |_| {
        "Jetpack was deactivated; the site's connection stays for WooPayments.".to_owned()
    })
    .await
}

/// Deletes Jetpack (Plugins > Installed Plugins); it must be deactivated first.
#[utoipa::path(
    post,
    path = "/api/v1/jetpack/delete",
    tag = "jetpack",
    request_body = ExpectedRevision,
    responses(
        (status = 200, description = "Not installed", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), `jetpack_not_installed`, `jetpack_still_active`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn delete(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ExpectedRevision>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    apply(&database, &actor, request, EventKind::JetpackDeleted, World::delete_jetpack, |_| {
        "Jetpack was deleted.".to_owned()
    })
    .await
}

/// Applies one Jetpack `transition` and logs it as `kind`, with `summary` of the world after.
async fn apply(
    database: &Database,
    actor: &Actor,
    request: ExpectedRevision,
    kind: EventKind,
    transition: fn(&mut World) -> Result<(), DomainError>,
    summary: fn(&World) -> String,
) -> Result<Json<StatusSnapshot>, ApiError> {
    let actor = actor.clone();
    let changed = saved_world::change(database, Some(request.expected_revision), move |step| {
        transition(step.world)?;
        Ok(((), EventDraft::other(kind, summary(step.world)).by(&actor)))
    })
    .await?;
    Ok(Json(changed.status))
}
