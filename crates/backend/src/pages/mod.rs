//! The server-rendered pages: the simulated WordPress.com (`/wpcom/`), the simulated Stripe
//! (`/stripe/`), and the panel's sign-in (`/login`). They stand in for the outside world so
//! every flow can be walked in a browser here. Plain HTML forms, no script; every form that
//! changes something carries the session's nonce.

mod express_dashboard;
pub(crate) mod html;
pub(crate) mod stripe_verify;
mod wpcom;

use std::fmt::Display;

use axum::Form;
use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::auth::login::{LOGIN_PATH, login};
use crate::auth::{self, Session};
use crate::authorization_requests::AUTHORIZE_PAGE;
use crate::database::{Database, DatabaseError};
use crate::express_login_links::EXPRESS_LOGIN_PAGE;
use html::{STYLESHEET_PATH, Site};
use stripe_verify::VERIFY_PAGE;

/// The pages' routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(STYLESHEET_PATH, get(stylesheet))
        .route(LOGIN_PATH, get(login))
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

/// A page's query string of type `T`. One that does not decode (a parameter given twice, say)
/// gets a page saying so, with the pages' headers, instead of axum's plain-text rejection.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for PageQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Self(value)),
            Err(rejection) => Err(html::notice(
                rejection.status(),
                Site::Panel,
                "This address could not be read",
                &rejection.body_text(),
                ("/", "Back to the panel"),
            )),
        }
    }
}

/// A page shown instead of the one asked for: sign in first, a refused form, a failure.
#[derive(Debug)]
pub(crate) struct Detour(Box<Response>);

impl From<Response> for Detour {
    fn from(page: Response) -> Self {
        Self(Box::new(page))
    }
}

impl From<DatabaseError> for Detour {
    fn from(error: DatabaseError) -> Self {
        failure(error).into()
    }
}

impl IntoResponse for Detour {
    fn into_response(self) -> Response {
        *self.0
    }
}

/// The browser's session, or the page to show instead (sign in first, or a failure).
pub(crate) async fn signed_in(database: &Database, headers: &HeaderMap) -> Result<Session, Detour> {
    match auth::session(database, headers).await {
        Ok(Some(session)) => Ok(session),
        Ok(None) => Err(html::sign_in_required().into()),
        Err(error) => Err(error.into()),
    }
}

/// The browser's session and its submitted form, checked: signed in, the form readable and
/// carrying the session's nonce.
pub(crate) async fn signed_in_form<T: HasNonce>(
    database: &Database,
    headers: &HeaderMap,
    form: Result<Form<T>, FormRejection>,
) -> Result<(Session, T), Detour> {
    let session = signed_in(database, headers).await?;
    let Form(form) = form.map_err(|rejection| {
        html::notice(
            rejection.status(),
            Site::Panel,
            "This form could not be read",
            &rejection.body_text(),
            ("/", "Back to the panel"),
        )
    })?;
    if !session.accepts(form.nonce()) {
        return Err(Detour::from(html::notice(
            StatusCode::FORBIDDEN,
            Site::Panel,
            "This form has expired",
            "The form lacks this session's security nonce (was it opened in another session?). Go back, reload the page and try again.",
            ("/", "Back to the panel"),
        )));
    }
    Ok((session, form))
}

/// A form that carries the session's nonce in a hidden `nonce` field.
pub(crate) trait HasNonce {
    /// The nonce the form was submitted with.
    fn nonce(&self) -> &str;
}

/// The page shown when the backend itself failed (the cause goes to the log, not the page).
pub(crate) fn failure(error: impl Display) -> Response {
    eprintln!("panel-backend: {error}");
    html::notice(
        StatusCode::INTERNAL_SERVER_ERROR,
        Site::Panel,
        "Something went wrong",
        "The backend could not finish this step; nothing was changed. Try again in a moment.",
        ("/", "Back to the panel"),
    )
}
