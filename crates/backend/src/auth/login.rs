//! One-time login links: `serve` (and the `login-link` command) prints one; opening it signs
//! the browser in with a session cookie, and the link stops working.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use rusqlite::{OptionalExtension, params};
use serde::Deserialize;

use super::{SESSION_COOKIE, SESSION_LIFETIME};
use crate::clock;
use crate::database::{Database, DatabaseError};
use crate::html::page_query::PageQuery;
use crate::html::{self, Site};
use crate::random::{self, RandomUnavailable};
use crate::saved_world;

/// The path of the login link.
pub(crate) const LOGIN_PATH: &str = "/login";

/// How long an unused login link keeps working, in seconds (one day).
const LINK_LIFETIME: i64 = 24 * 60 * 60;

/// Why no login link could be made.
#[derive(Debug)]
pub(crate) enum IssueError {
    /// No random token could be drawn.
    Random(RandomUnavailable),
    /// The database failed.
    Database(DatabaseError),
    /// The user named is not an administrator of the site (or there is none to default to).
    NotAnAdministrator(String),
}

/// Stores a new one-time login token for the administrator `user` (the site's first
/// administrator when `None`) and returns the link that uses it, under `base_url` (e.g.
/// `http://127.0.0.1:8080`).
pub(crate) async fn issue_link(database: &Database, base_url: &str, user: Option<&str>) -> Result<String, IssueError> {
    let token = random::token().map_err(IssueError::Random)?;
    let stored = token.clone();
    let wanted = user.map(str::to_owned);
    let issued = database
        .write(move |transaction| {
            let (world, _) = saved_world::load(transaction)?;
            let admin = match &wanted {
                Some(login) => world.user(login).filter(|user| user.is_administrator()),
                None => world.users().iter().find(|user| user.is_administrator()),
            };
            let Some(admin) = admin else { return Ok(None) };
            transaction.execute(
                "INSERT INTO login_tokens (token, created_at, user_login) VALUES (?1, ?2, ?3)",
                params![stored, clock::now(), admin.login],
            )?;
            Ok(Some(admin.login.clone()))
        })
        .await
        .map_err(IssueError::Database)?;
    if issued.is_none() {
        return Err(IssueError::NotAnAdministrator(user.unwrap_or("(the first administrator)").to_owned()));
    }
    Ok(format!("{}{LOGIN_PATH}?token={token}", base_url.trim_end_matches('/')))
}

/// The login link's query.
#[derive(Debug, Deserialize)]
pub(crate) struct LoginQuery {
    token: Option<String>,
}

/// `GET /login?token=...`: a live, unused token signs the browser in (a session cookie:
/// HttpOnly, SameSite=Strict, Path=/) and sends it to the panel; the token is then spent.
pub(crate) async fn login(State(database): State<Database>, PageQuery(query): PageQuery<LoginQuery>) -> Response {
    let (session_token, nonce) = match (random::token(), random::token()) {
        (Ok(session_token), Ok(nonce)) => (session_token, nonce),
        (Err(error), _) | (_, Err(error)) => {
            eprintln!("panel-backend: {error}");
            return html::notice(
                StatusCode::INTERNAL_SERVER_ERROR,
                Site::Panel,
                "Sign-in failed",
                "The backend could not draw a random session key. Try the link again.",
                ("/", "Back to the panel"),
            );
        }
    };
    let token = query.token.unwrap_or_default();
    let cookie_value = session_token.clone();
    let signed_in = database
        .write(move |transaction| {
            let now = clock::now();
            let link: Option<(i64, Option<String>)> = transaction
                .query_row(
                    "SELECT created_at, user_login FROM login_tokens WHERE token = ?1 AND used_at IS NULL",
                    [&token],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            let Some((created_at, Some(user_login))) = link else { return Ok(false) };
            if now - created_at > LINK_LIFETIME {
                return Ok(false);
            }
            transaction.execute("UPDATE login_tokens SET used_at = ?2 WHERE token = ?1", params![token, now])?;
            transaction.execute(
                "INSERT INTO sessions (token, nonce, created_at, user_login) VALUES (?1, ?2, ?3, ?4)",
                params![session_token, nonce, now, user_login],
            )?;
            Ok(true)
        })
        .await;
    match signed_in {
        Ok(true) => {
            let cookie = format!(
                "{SESSION_COOKIE}={cookie_value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={SESSION_LIFETIME}"
            );
            let mut response = Redirect::to("/").into_response();
            match HeaderValue::from_str(&cookie) {
                Ok(value) => {
                    response.headers_mut().insert(header::SET_COOKIE, value);
                    response
                }
                Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
            }
        }
        Ok(false) => html::notice(
            StatusCode::FORBIDDEN,
            Site::Panel,
            "This login link no longer works",
            "Each login link works once, for a day, for one administrator. Run `panel-backend login-link \
             --data-dir data --user <login>` (or restart `make serve`) for a new one.",
            ("/", "Back to the panel"),
        ),
        Err(error) => {
            eprintln!("panel-backend: {error}");
            html::notice(
                StatusCode::INTERNAL_SERVER_ERROR,
                Site::Panel,
                "Sign-in failed",
                "The store's data could not be read. Try the link again in a moment.",
                ("/", "Back to the panel"),
            )
        }
    }
}
