//! Connecting to WordPress.com: `POST /api/v1/connect` starts it and answers the authorization
//! page's URL; `GET /api/v1/connect/return` is where WordPress.com sends the browser back.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::{Extension, Json};
use connection_domain::{Authorized, World};
use panel_protocol::{CONNECT_ERROR_PARAM, CONNECTED_PARAM, ConnectRequest, ConnectResponse, ErrorBody, EventKind};
use serde::Deserialize;

use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::api_extractors::{ApiJson, ApiQuery};
use crate::authorization_requests::{self, authorize_url};
use crate::business_profiles::VERIFY_PAGE;
use crate::database::Database;
use crate::event_log::EventDraft;
use crate::random;
use crate::saved_world::{self, ChangeError};
use crate::url::{is_local_path, with_param};
use crate::wire_mapping::domain_plugin;

/// A connect button was clicked (**Connect**, **Finish setup**, or Jetpack's): the owner goes
/// to WordPress.com's authorization page, whose URL this answers.
#[utoipa::path(
    post,
    path = "/api/v1/connect",
    tag = "connection",
    request_body = ConnectRequest,
    responses(
        (status = 200, description = "Connecting started: send the browser to `authorize_url`", body = ConnectResponse),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody, with the current state), or refused by the store's state: `already_connected`, `connection_broken`, `opted_out`, `jetpack_not_active`", body = ErrorBody),
        (status = 422, description = "`invalid_return_to`: not a path on this site", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn connect(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ConnectRequest>,
) -> Result<Json<ConnectResponse>, ApiError> {
    let return_to = request.return_to.unwrap_or_else(|| "/".to_owned());
    if !is_local_path(&return_to) {
        return Err(ApiError::Refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_return_to",
            "return_to must be a path on this site, like /payments/overview.".to_owned(),
        ));
    }
    let state = random::token()?;
    let through = domain_plugin(request.plugin);
    let changed = saved_world::change(&database, Some(request.expected_revision), move |step| {
        step.world.start_connecting(through, &actor.login)?;
        authorization_requests::start(step.transaction, &state, &return_to, step.now)?;
        let summary = format!(
            "Connect clicked in {through} by {}: sent to WordPress.com to approve the connection.",
            actor.display_name
        );
        Ok((authorize_url(&state), EventDraft::connection(EventKind::ConnectingStarted, summary).by(&actor)))
    })
    .await?;
    Ok(Json(ConnectResponse { authorize_url: changed.outcome, status: changed.status }))
}

/// What WordPress.com sends the browser back with.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ReturnQuery {
    /// The request's `state`, as `POST /connect` made it.
    state: Option<String>,
    /// After **Approve**: the one-time code.
    code: Option<String>,
    /// After **Deny**: why (`access_denied`).
    error: Option<String>,
}

/// How the browser came back.
enum Returned {
    /// Approved and connected.
    Connected(Authorized),
    /// Denied: the attempt was abandoned.
    Denied,
}

/// WordPress.com sends the browser back here after **Approve** or **Deny**: the connection is
/// made (or the attempt abandoned) and the browser goes on to Stripe's business verification
/// (first sign-up) or back to the app, with `?connected=1` or `?connect_error=<code>`.
#[utoipa::path(
    get,
    path = "/api/v1/connect/return",
    tag = "connection",
    params(ReturnQuery),
    responses(
        (status = 303, description = "To the app (`return_to?connected=1` or `return_to?connect_error=<code>`), or to business verification"),
    ),
    security(("session" = []))
)]
pub(crate) async fn connect_return(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiQuery(query): ApiQuery<ReturnQuery>,
) -> Result<Redirect, ApiError> {
    let state = query.state.unwrap_or_default();
    let lookup = state.clone();
    let return_to = database
        .read(move |transaction| authorization_requests::find(transaction, &lookup))
        .await?
        .map_or_else(|| "/".to_owned(), |request| request.return_to);
    let (code, denied) = (query.code, query.error.is_some());
    let returned = saved_world::change(&database, None, move |step| {
        let request = authorization_requests::find(step.transaction, &state)?.ok_or_else(expired)?;
        authorization_requests::clear(step.transaction)?;
        if denied {
            step.world.cancel_connecting()?;
            let summary = "The owner denied the connection on WordPress.com; the site stays disconnected.";
            return Ok((Returned::Denied, EventDraft::connection(EventKind::ConnectingCancelled, summary).by(&actor)));
        }
        let login = match (request.approval, code) {
            (Some((expected, login)), Some(code)) if expected == code => login,
            _ => {
                return Err(ChangeError::Refused {
                    code: "invalid_authorization_code",
                    message: "WordPress.com did not approve this connection. Click Connect again.".to_owned(),
                });
            }
        };
        if step.world.wpcom().session().login() != Some(login.as_str()) {
            return Err(ChangeError::Refused {
                code: "wpcom_session_changed",
                message: "You logged in to WordPress.com as someone else while approving. Click Connect again."
                    .to_owned(),
            });
        }
        let authorized = step.world.authorize(step.now)?;
        let summary = connected_summary(step.world, &authorized);
        Ok((Returned::Connected(authorized), EventDraft::connection(EventKind::Connected, summary).by(&actor)))
    })
    .await;
    Ok(Redirect::to(&match returned {
        Ok(changed) => match changed.outcome {
            Returned::Connected(Authorized { express_account: None, .. }) => {
                with_param(VERIFY_PAGE, "return_to", &return_to)
            }
            Returned::Connected(_) => with_param(&return_to, CONNECTED_PARAM, "1"),
            Returned::Denied => with_param(&return_to, CONNECT_ERROR_PARAM, "access_denied"),
        },
        Err(error) => with_param(&return_to, CONNECT_ERROR_PARAM, error_code(error)),
    }))
}

/// The refusal of a return whose request is no longer pending.
fn expired() -> ChangeError {
    ChangeError::Refused {
        code: "authorization_expired",
        message: "This authorization is no longer pending (it was finished, or Connect was clicked again). \
                  Click Connect again."
            .to_owned(),
    }
}

/// The code the app is sent back with when connecting failed.
fn error_code(error: ChangeError) -> &'static str {
    match error {
        ChangeError::Domain(error) => error.code(),
        ChangeError::Refused { code, .. } => code,
        ChangeError::Stale(_) => panel_protocol::STALE_REVISION,
        ChangeError::RuleBroken(_) | ChangeError::Database(_) => {
            eprintln!("panel-backend: connecting failed: {error}");
            "internal_error"
        }
    }
}

/// The event log's sentence for a connection made.
fn connected_summary(world: &World, authorized: &Authorized) -> String {
    let through = match world.connection() {
        connection_domain::Connection::Connected { through, .. } => format!(" through {through}"),
        connection_domain::Connection::NotConnected | connection_domain::Connection::Broken { .. } => String::new(),
    };
    let mut summary = format!("Connected to WordPress.com as {}{through}.", authorized.login);
    match &authorized.express_account {
        Some(id) => summary.push_str(&format!(" WooPayments is back on its account {id}.")),
        None => summary.push_str(" Business verification with Stripe comes next."),
    }
    if authorized.jetpack_connected {
        summary.push_str(" Jetpack shares the connection.");
    }
    summary
}
