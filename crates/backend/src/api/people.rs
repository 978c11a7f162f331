//! Several administrators and the site's payment mode: `GET /api/v1/me` (who is signed in),
//! `POST /api/v1/connection/owner` (hand the connection to another administrator) and
//! `POST /api/v1/payments/go-live` (leave test mode, production only).

use axum::extract::State;
use axum::{Extension, Json};
use panel_protocol::{ErrorBody, EventKind, ExpectedRevision, StatusSnapshot, TransferOwnershipRequest, Viewer};

use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::api_extractors::ApiJson;
use crate::database::Database;
use crate::event_log::EventDraft;
use crate::saved_world::{self, ChangeError};
use crate::wire_mapping;

/// The signed-in administrator, with their linked WordPress.com account.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "people",
    responses(
        (status = 200, description = "Who is signed in", body = Viewer),
    ),
    security(("session" = []))
)]
pub(crate) async fn me(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
) -> Result<Json<Viewer>, ApiError> {
    let viewer = database
        .read(move |transaction| {
            let (world, _) = saved_world::load(transaction)?;
            Ok(world.user(&actor.login).map(|user| Viewer { user: wire_mapping::site_user(&world, user) }))
        })
        .await?;
    viewer.map(Json).ok_or(ApiError::NotSignedIn)
}

/// Hands the connection to another administrator, who linked a WordPress.com account of their
/// own: the site is then connected as that account, with the same WooPayments account and no
/// pause in payments. Only the owner may, or any administrator while the connection is
/// ownerless.
#[utoipa::path(
    post,
    path = "/api/v1/connection/owner",
    tag = "people",
    request_body = TransferOwnershipRequest,
    responses(
        (status = 200, description = "The new owner holds the connection", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), or refused: `not_the_owner`, `not_an_administrator`, `no_linked_wpcom_account`, `already_owner`, `not_connected`, `connection_broken`, `change_in_progress`", body = ErrorBody),
        (status = 422, description = "`unknown_site_user`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn transfer_ownership(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<TransferOwnershipRequest>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    let changed = saved_world::change(&database, Some(request.expected_revision), move |step| {
        step.world.transfer_ownership(&actor.login, &request.to)?;
        let owner = step.world.user(&request.to).ok_or(ChangeError::Domain(
            connection_domain::DomainError::UnknownSiteUser { login: request.to.clone() },
        ))?;
        let summary = format!(
            "{} made {} the connection's owner: the site is now connected as their WordPress.com account {}; \
             payments went on without a pause.",
            actor.display_name,
            owner.display_name,
            step.world.connection().login().unwrap_or_default()
        );
        Ok(((), EventDraft::connection(EventKind::OwnershipTransferred, summary).by(&actor)))
    })
    .await?;
    Ok(Json(changed.status))
}

/// Leaves test mode: the store takes real payments from now on, on its live account. Only a
/// production site may (`not_production` otherwise).
#[utoipa::path(
    post,
    path = "/api/v1/payments/go-live",
    tag = "people",
    request_body = ExpectedRevision,
    responses(
        (status = 200, description = "Live", body = StatusSnapshot),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), or refused: `not_production`, `already_live`, `opted_out`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn go_live(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ExpectedRevision>,
) -> Result<Json<StatusSnapshot>, ApiError> {
    let changed = saved_world::change(&database, Some(request.expected_revision), move |step| {
        step.world.go_live()?;
        let summary = format!(
            "{} took the store out of test mode: it takes real payments from now on, on its live account.",
            actor.display_name
        );
        Ok(((), EventDraft::other(EventKind::WentLive, summary).by(&actor)))
    })
    .await?;
    Ok(Json(changed.status))
}
