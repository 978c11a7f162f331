//! Who may use the panel: a browser signed in through a one-time login link holds a session
//! cookie; every `/api/v1` request needs it, and every mutation also needs the session's nonce
//! in the `X-WCPay-Nonce` header (the page gets the nonce at mount time), so another site
//! cannot make the browser change anything. Each session belongs to one administrator of the
//! site: a user who was deleted or lost the role is signed out. Handlers learn who acts from the
//! request's [`Actor`].

pub(crate) mod login;
pub(crate) mod service;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use panel_protocol::NONCE_HEADER;
use rusqlite::OptionalExtension;

use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::clock;
use crate::database::{Database, DatabaseError};
use crate::saved_world;

/// The session cookie's name.
pub(crate) const SESSION_COOKIE: &str = "panel_session";

/// How long a session lasts, in seconds (30 days).
pub(crate) const SESSION_LIFETIME: i64 = 30 * 24 * 60 * 60;

/// A signed-in browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Session {
    /// What every mutation must carry, in the `X-WCPay-Nonce` header or a form's `nonce` field.
    pub nonce: String,
    /// The site user the session belongs to (`None` for sessions from before users existed).
    pub user_login: Option<String>,
}

impl Session {
    /// Whether `given` is this session's nonce (compared in constant time).
    pub(crate) fn accepts(&self, given: &str) -> bool {
        let (given, expected) = (given.as_bytes(), self.nonce.as_bytes());
        given.len() == expected.len() && given.iter().zip(expected).fold(0, |differ, (a, b)| differ | (a ^ b)) == 0
    }
}

/// The session the request's cookie names, if it is a live one.
pub(crate) async fn session(database: &Database, headers: &HeaderMap) -> Result<Option<Session>, DatabaseError> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let oldest = clock::now() - SESSION_LIFETIME;
    database
        .read(move |transaction| {
            Ok(transaction
                .query_row(
                    "SELECT nonce, user_login FROM sessions WHERE token = ?1 AND created_at > ?2",
                    rusqlite::params![token, oldest],
                    |row| Ok(Session { nonce: row.get(0)?, user_login: row.get(1)? }),
                )
                .optional()?)
        })
        .await
}

/// Middleware of the protected API routes: `401 not_signed_in` without a live session of a
/// site user, `403 not_an_administrator` for a user who is no longer one, `403 bad_nonce` for a
/// mutation (any method but GET and HEAD) without the session's nonce. Puts the [`Actor`] in the
/// request's extensions.
pub(crate) async fn require_session(State(database): State<Database>, mut request: Request, next: Next) -> Response {
    // The host checked its user, capability and nonce before forwarding (`service.rs`).
    if let Some(caller) = service::caller(&request).cloned() {
        return match service::actor(&database, caller).await {
            Ok(actor) => {
                request.extensions_mut().insert(actor);
                next.run(request).await
            }
            Err(refused) => refused.into_response(),
        };
    }
    let session = match session(&database, request.headers()).await {
        Ok(Some(session)) => session,
        Ok(None) => return ApiError::NotSignedIn.into_response(),
        Err(error) => return ApiError::Database(error).into_response(),
    };
    let actor = match administrator(&database, session.user_login.clone()).await {
        Ok(Ok(actor)) => actor,
        Ok(Err(refusal)) => return refusal.into_response(),
        Err(error) => return ApiError::Database(error).into_response(),
    };
    let reads_only = request.method() == Method::GET || request.method() == Method::HEAD;
    let nonce = request.headers().get(NONCE_HEADER).and_then(|value| value.to_str().ok());
    if !reads_only && !nonce.is_some_and(|nonce| session.accepts(nonce)) {
        return ApiError::BadNonce.into_response();
    }
    request.extensions_mut().insert(actor);
    next.run(request).await
}

/// The administrator `login` as an [`Actor`], or the refusal for a user who is gone (`401`) or
/// no longer an administrator (`403`).
pub(crate) async fn administrator(
    database: &Database,
    login: Option<String>,
) -> Result<Result<Actor, ApiError>, DatabaseError> {
    let Some(login) = login else { return Ok(Err(ApiError::NotSignedIn)) };
    database
        .read(move |transaction| {
            let (world, _) = saved_world::load(transaction)?;
            Ok(match world.user(&login) {
                None => Err(ApiError::NotSignedIn),
                Some(user) if !user.is_administrator() => Err(ApiError::NotAnAdministrator),
                Some(user) => Ok(Actor { login: user.login.clone(), display_name: user.display_name.clone() }),
            })
        })
        .await
}

/// The value of the cookie `name` in the request's `Cookie` headers.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}
