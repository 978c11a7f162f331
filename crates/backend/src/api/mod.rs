//! The JSON API under `/api/v1/`. Every route but the OpenAPI document needs a signed-in
//! browser, and every mutation the session's nonce ([`crate::auth`]); every error is a JSON
//! [`panel_protocol::ErrorBody`].

pub(crate) mod account;
pub(crate) mod change;
pub(crate) mod connect;
pub(crate) mod disconnect;
pub(crate) mod events;
pub(crate) mod jetpack;
pub(crate) mod status;
pub(crate) mod wpcom;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::middleware;
use axum::routing::{get, post};
use panel_protocol::{
    ACCOUNT_PATH, CHANGE_PATH, CONNECT_PATH, CONNECT_RETURN_PATH, DISCONNECT_PATH, DISCONNECT_SURVEY_PATH, EVENTS_PATH,
    EXPRESS_LOGIN_LINK_PATH, JETPACK_ACTIVATE_PATH, JETPACK_DEACTIVATE_PATH, JETPACK_DELETE_PATH, JETPACK_INSTALL_PATH,
    OPENAPI_PATH, PLUGINS_USING_CONNECTION_PATH, STATUS_PATH, WPCOM_LOGOUT_PATH, WPCOM_SESSION_PATH,
};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;
use crate::api_error::ApiError;
use crate::auth;
use crate::openapi;

/// The API's routes, relative to `/api/v1`. Unknown paths answer a JSON 404, known paths with
/// another method a JSON 405.
pub(crate) fn routes(state: &AppState) -> Router<AppState> {
    // Routes merged into `signed_in` (e.g. another module's `.merge(its::routes())`) get the
    // session and nonce checks.
    let signed_in = Router::new()
        .route(STATUS_PATH, get(status::status))
        .route(CONNECT_PATH, post(connect::connect))
        .route(CONNECT_RETURN_PATH, get(connect::connect_return))
        .route(DISCONNECT_PATH, post(disconnect::disconnect))
        .route(DISCONNECT_SURVEY_PATH, post(disconnect::survey))
        .route(PLUGINS_USING_CONNECTION_PATH, get(disconnect::plugins_using_connection))
        .route(JETPACK_INSTALL_PATH, post(jetpack::install))
        .route(JETPACK_ACTIVATE_PATH, post(jetpack::activate))
        .route(JETPACK_DEACTIVATE_PATH, post(jetpack::deactivate))
        .route(JETPACK_DELETE_PATH, post(jetpack::delete))
        .route(WPCOM_SESSION_PATH, get(wpcom::session))
        .route(WPCOM_LOGOUT_PATH, post(wpcom::logout))
        .route(ACCOUNT_PATH, get(account::details))
        .route(EXPRESS_LOGIN_LINK_PATH, post(account::express_login_link))
        .route(EVENTS_PATH, get(events::events))
        .route(CHANGE_PATH, post(change::change))
        .merge(crate::ledger::routes())
        .route_layer(middleware::from_fn_with_state(state.database.clone(), auth::require_session));
    Router::new()
        .route(OPENAPI_PATH, get(openapi::document))
        .merge(signed_in)
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}
