//! The pages shown instead of the one asked for: sign in first, a refused form, a failure; and
//! the checks that send a browser there (signed in, and a form carrying the session's nonce).

use std::fmt::Display;

use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{Site, notice, sign_in_required};
use crate::auth::{self, Session};
use crate::database::{Database, DatabaseError};

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
        Ok(None) => Err(sign_in_required().into()),
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
        notice(
            rejection.status(),
            Site::Panel,
            "This form could not be read",
            &rejection.body_text(),
            ("/", "Back to the panel"),
        )
    })?;
    if !session.accepts(form.nonce()) {
        return Err(Detour::from(notice(
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
    notice(
        StatusCode::INTERNAL_SERVER_ERROR,
        Site::Panel,
        "Something went wrong",
        "The backend could not finish this step; nothing was changed. Try again in a moment.",
        ("/", "Back to the panel"),
    )
}
