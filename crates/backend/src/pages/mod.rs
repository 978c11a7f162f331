//! The server-rendered pages of the simulated WordPress.com (`/wpcom/`) and the simulated
//! Stripe (`/stripe/`). They stand in for the outside world so every flow can be walked in a
//! browser here. Plain HTML forms, no script; every form that changes something carries the
//! session's nonce. Writing a page, and the checks every page makes, are [`crate::html`]'s.

mod express_dashboard;
pub(crate) mod stripe_verify;
mod wpcom;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::app_state::AppState;
use crate::authorization_requests::AUTHORIZE_PAGE;
use crate::business_profiles::VERIFY_PAGE;
use crate::express_login_links::EXPRESS_LOGIN_PAGE;
use crate::html::STYLESHEET_PATH;

/// The simulated sites' routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(STYLESHEET_PATH, get(stylesheet))
        .route("/wpcom", get(|| async { Redirect::to(wpcom::PROFILE_PAGE) }))
        .route(wpcom::LOG_IN_PAGE, get(wpcom::log_in_page).post(wpcom::log_in))
        .route(wpcom::SIGN_UP_PATH, post(wpcom::sign_up))
        .route(AUTHORIZE_PAGE, get(wpcom::authorize_page).post(wpcom::authorize))
        .route(wpcom::PROFILE_PAGE, get(wpcom::profile))
        .route(wpcom::LOG_OUT_PATH, post(wpcom::log_out))
        .route(VERIFY_PAGE, get(stripe_verify::form_page).post(stripe_verify::submit))
        .route(EXPRESS_LOGIN_PAGE, get(express_dashboard::dashboard))
}

/// `GET /simulated/style.css`: the pages' stylesheet.
async fn stylesheet() -> Response {
    let mut response = include_str!("simulation.css").into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    response
}
