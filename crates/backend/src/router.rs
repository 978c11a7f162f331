//! Every HTTP route, assembled in one place above the handlers: the JSON API under `/api/v1/`
//! (behind the session and nonce checks) with its OpenAPI document, the simulated WordPress.com
//! and Stripe pages, the login link, and the app for everything else.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::middleware;
use axum::routing::{get, post};
use panel_protocol::{
    ACCOUNT_PATH, CHANGE_PATH, CONNECT_PATH, CONNECT_RETURN_PATH, CONNECTION_CHECK_PATH, CONNECTION_OWNER_PATH,
    DISCONNECT_PATH, DISCONNECT_SURVEY_PATH, EVENTS_PATH, EXPRESS_LOGIN_LINK_PATH, GO_LIVE_PATH, JETPACK_ACTIVATE_PATH,
    JETPACK_DEACTIVATE_PATH, JETPACK_DELETE_PATH, JETPACK_INSTALL_PATH, ME_PATH, OPENAPI_PATH,
    PLUGINS_USING_CONNECTION_PATH, STATUS_PATH, STRIPE_WEBHOOK_PATH, WPCOM_LOGOUT_PATH, WPCOM_SESSION_PATH,
};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::api::{
    account, change, connect, connection_check, disconnect, events, jetpack, people, status, stripe_webhook, wpcom,
};
use crate::api_error::ApiError;
use crate::app_page::app_page;
use crate::app_state::AppState;
use crate::auth::login::{LOGIN_PATH, login};
use crate::auth::require_session;
use crate::auth::service::{accept_service, bridge_pages_session};
use crate::request_limits::BODY_LIMIT;
use crate::{ledger, openapi, pages, static_files};

/// The whole backend's routes, with `state` for every handler.
pub(crate) fn router(state: &AppState) -> Router {
    Router::new()
        .nest(panel_protocol::API_PREFIX, api(state))
        .merge(pages::routes().route_layer(middleware::from_fn_with_state(state.clone(), bridge_pages_session)))
        .route(LOGIN_PATH, get(login))
        .route("/index.html", get(app_page))
        .fallback_service(static_files::service(&state.dist, state.clone()))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state.clone())
}

/// The API's routes, relative to `/api/v1`. Unknown paths answer a JSON 404, known paths with
/// another method a JSON 405.
fn api(state: &AppState) -> Router<AppState> {
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
        .route(CONNECTION_CHECK_PATH, post(connection_check::check))
        .route(ME_PATH, get(people::me))
        .route(CONNECTION_OWNER_PATH, post(people::transfer_ownership))
        .route(GO_LIVE_PATH, post(people::go_live))
        .merge(ledger::routes())
        .route_layer(middleware::from_fn_with_state(state.database.clone(), require_session))
        .route_layer(middleware::from_fn_with_state(state.service_key.clone(), accept_service));
    Router::new()
        .route(OPENAPI_PATH, get(openapi::document))
        // Stripe calls the webhook, not the browser: its signature stands for the session.
        .route(STRIPE_WEBHOOK_PATH, post(stripe_webhook::webhook))
        .merge(signed_in)
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}
