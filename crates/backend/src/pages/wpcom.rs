//! The simulated WordPress.com: log in (as an existing account, or create one), the
//! authorization page (**Approve** / **Deny**), and the profile page with **Log Out**.

use axum::Form;
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use connection_domain::{JetpackPlugin, World, WpcomUser};
use panel_protocol::{API_PREFIX, CONNECT_RETURN_PATH, EventKind};
use serde::Deserialize;

use crate::authorization_requests::{self, AUTHORIZE_PAGE, authorize_url};
use crate::database::{Database, DatabaseError};
use crate::event_log::EventDraft;
use crate::html::detour::{Detour, HasNonce, failure, signed_in, signed_in_form};
use crate::html::page_query::PageQuery;
use crate::html::{self, Site, escape, hidden};
use crate::random;
use crate::saved_world::{self, ChangeError};
use crate::url::is_token;
use crate::wpcom_log_out::log_out as log_out_step;

/// The log-in page (and the form posting to it).
pub(crate) const LOG_IN_PAGE: &str = "/wpcom/log-in";
/// Where the create-an-account form posts.
pub(crate) const SIGN_UP_PATH: &str = "/wpcom/sign-up";
/// The profile page, with **Log Out**.
pub(crate) const PROFILE_PAGE: &str = "/wpcom/me";
/// Where **Log Out** posts.
pub(crate) const LOG_OUT_PATH: &str = "/wpcom/log-out";

/// The authorization request a page is part of, if any: `?state=...`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct StateQuery {
    #[serde(default)]
    state: String,
}

impl StateQuery {
    /// The request's `state`, if it is one this backend could have made.
    fn pending(&self) -> Option<&str> {
        pending(&self.state)
    }
}

/// `state` if it is one this backend could have made.
fn pending(state: &str) -> Option<&str> {
    is_token(state).then_some(state)
}

/// `path`, carrying the authorization request `state` along if there is one.
fn carrying(path: &str, state: Option<&str>) -> String {
    state.map_or_else(|| path.to_owned(), |state| format!("{path}?state={state}"))
}

/// Where to go once logged in: back to the authorization page, or to the profile.
fn after_log_in(state: Option<&str>) -> Redirect {
    Redirect::to(&state.map_or_else(|| PROFILE_PAGE.to_owned(), authorize_url))
}

/// `GET /wpcom/log-in`: log in as an existing account, or create one.
pub(crate) async fn log_in_page(
    State(database): State<Database>,
    headers: HeaderMap,
    PageQuery(query): PageQuery<StateQuery>,
) -> Result<Response, Detour> {
    let session = signed_in(&database, &headers).await?;
    let world = load_world(&database).await?;
    if let Some(login) = world.wpcom().session().login() {
        let next = query.pending().map_or_else(|| PROFILE_PAGE.to_owned(), authorize_url);
        return Ok(html::notice(
            StatusCode::OK,
            Site::Wpcom,
            "You are logged in",
            &format!(
                "You are logged in to WordPress.com as {login}. To use another account, Log Out on your profile page first."
            ),
            (&next, "Continue"),
        ));
    }
    Ok(log_in_form(StatusCode::OK, &world, query.pending(), &session.nonce, None))
}

/// The world, as stored.
async fn load_world(database: &Database) -> Result<World, DatabaseError> {
    database.read(|transaction| saved_world::load(transaction).map(|(world, _)| world)).await
}

/// The log-in page, with `error` at the top if the last try failed.
fn log_in_form(status: StatusCode, world: &World, state: Option<&str>, nonce: &str, error: Option<&str>) -> Response {
    let mut body = String::new();
    if let Some(error) = error {
        body.push_str(&format!("<p class=\"error\" role=\"alert\">{}</p>\n", escape(error)));
    }
    if state.is_some() {
        body.push_str(&format!(
            "<p>Log in to approve the connection of <strong>{}</strong>, or create a WordPress.com account if you have none.</p>\n",
            escape(world.site().name())
        ));
    }
    let carried = format!("{}{}", hidden("nonce", nonce), hidden("state", state.unwrap_or_default()));
    let accounts: String = world
        .wpcom()
        .accounts()
        .iter()
        .map(|user| format!("<li><code>{}</code> — {}</li>", escape(&user.login), escape(&user.display_name)))
        .collect();
    body.push_str(&format!(
        "<h2>Log in</h2>\n<form method=\"post\" action=\"{LOG_IN_PAGE}\">{carried}\n\
         <label for=\"log-in-username\">Username</label>\n\
         <input type=\"text\" id=\"log-in-username\" name=\"username\" required autocomplete=\"username\">\n\
         <p>This simulation asks for no password. Accounts that exist:</p>\n<ul class=\"accounts\">{accounts}</ul>\n\
         <button type=\"submit\">Log In</button>\n</form>\n\
         <h2>Create a WordPress.com account</h2>\n<form method=\"post\" action=\"{SIGN_UP_PATH}\">{carried}\n\
         <label for=\"sign-up-username\">Username (lowercase letters and digits)</label>\n\
         <input type=\"text\" id=\"sign-up-username\" name=\"username\" required pattern=\"[a-z0-9]+\">\n\
         <label for=\"sign-up-display-name\">Display name</label>\n\
         <input type=\"text\" id=\"sign-up-display-name\" name=\"display_name\" required maxlength=\"100\">\n\
         <button type=\"submit\">Create Account</button>\n</form>"
    ));
    html::page(status, Site::Wpcom, "Log in to WordPress.com", &body)
}

/// The log-in form.
#[derive(Debug, Deserialize)]
pub(crate) struct LogInForm {
    #[serde(default)]
    nonce: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    username: String,
}

impl HasNonce for LogInForm {
    fn nonce(&self) -> &str {
        &self.nonce
    }
}

/// `POST /wpcom/log-in`: logs this browser in as an existing account.
pub(crate) async fn log_in(
    State(database): State<Database>,
    headers: HeaderMap,
    form: Result<Form<LogInForm>, FormRejection>,
) -> Result<Response, Detour> {
    let (session, form) = signed_in_form(&database, &headers, form).await?;
    let login = form.username.trim().to_owned();
    let changed = saved_world::change(&database, None, move |step| {
        step.world.log_in_to_wpcom(&login)?;
        let summary = format!("Logged in to WordPress.com as {login}.");
        Ok(((), EventDraft::session(EventKind::WpcomLoggedIn, summary)))
    })
    .await;
    finish_log_in(&database, changed, pending(&form.state), &session.nonce).await
}

/// The create-an-account form.
#[derive(Debug, Deserialize)]
pub(crate) struct SignUpForm {
    #[serde(default)]
    nonce: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
}

impl HasNonce for SignUpForm {
    fn nonce(&self) -> &str {
        &self.nonce
    }
}

/// `POST /wpcom/sign-up`: creates a WordPress.com account and logs this browser in as it.
pub(crate) async fn sign_up(
    State(database): State<Database>,
    headers: HeaderMap,
    form: Result<Form<SignUpForm>, FormRejection>,
) -> Result<Response, Detour> {
    let (session, form) = signed_in_form(&database, &headers, form).await?;
    let user = WpcomUser { login: form.username.trim().to_owned(), display_name: form.display_name.trim().to_owned() };
    let changed = saved_world::change(&database, None, move |step| {
        if user.display_name.is_empty() || user.display_name.chars().count() > 100 {
            return Err(ChangeError::Refused {
                code: "invalid_display_name",
                message: "Enter the name to show with the account (at most 100 characters).".to_owned(),
            });
        }
        let summary =
            format!("Created the WordPress.com account {} ({}) and logged in as it.", user.login, user.display_name);
        let login = user.login.clone();
        step.world.create_wpcom_account(user)?;
        step.world.log_in_to_wpcom(&login)?;
        Ok(((), EventDraft::session(EventKind::WpcomAccountCreated, summary)))
    })
    .await;
    finish_log_in(&database, changed, pending(&form.state), &session.nonce).await
}

/// After a log-in or sign-up: on to the next page, or the log-in page again saying why not.
async fn finish_log_in(
    database: &Database,
    changed: Result<saved_world::Changed<()>, ChangeError>,
    state: Option<&str>,
    nonce: &str,
) -> Result<Response, Detour> {
    let message = match changed {
        Ok(_) => return Ok(after_log_in(state).into_response()),
        Err(ChangeError::Domain(error)) => error.to_string(),
        Err(ChangeError::Refused { message, .. }) => message,
        Err(other) => return Err(failure(other).into()),
    };
    let world = load_world(database).await?;
    Ok(log_in_form(StatusCode::UNPROCESSABLE_ENTITY, &world, state, nonce, Some(&message)))
}

/// The page shown for an authorization request that is no longer pending.
fn expired() -> Response {
    html::notice(
        StatusCode::GONE,
        Site::Wpcom,
        "This connection request has expired",
        "It was finished, or Connect was clicked again since. Go back to the Payments page and click Connect (or Finish setup) again.",
        ("/", "Back to Payments"),
    )
}

/// `GET /wpcom/authorize?state=...`: approve (or deny) the site's connection as the logged-in
/// user; logged out, the browser goes to the log-in page first.
pub(crate) async fn authorize_page(
    State(database): State<Database>,
    headers: HeaderMap,
    PageQuery(query): PageQuery<StateQuery>,
) -> Result<Response, Detour> {
    let session = signed_in(&database, &headers).await?;
    let Some(state) = query.pending().map(str::to_owned) else {
        return Ok(expired());
    };
    let lookup = state.clone();
    let found = database
        .read(move |transaction| {
            let (world, _) = saved_world::load(transaction)?;
            let request = authorization_requests::find(transaction, &lookup)?;
            Ok(request.is_some().then_some(world))
        })
        .await?;
    let Some(world) = found.filter(|world| world.authorizing().is_some()) else {
        return Ok(expired());
    };
    let Some(login) = world.wpcom().session().login() else {
        return Ok(Redirect::to(&carrying(LOG_IN_PAGE, Some(&state))).into_response());
    };
    let display_name = world.wpcom().user(login).map_or(login, |user| user.display_name.as_str());
    let jetpack = if world.jetpack() == JetpackPlugin::Active {
        "<p>Jetpack is active on the site: it will share this connection.</p>\n"
    } else {
        ""
    };
    let body = format!(
        "<p><strong>{site}</strong> (<code>{url}</code>) would like to connect to your WordPress.com account, \
         so WooPayments can take payments.</p>\n{jetpack}\
         <p>You are logged in as <strong>{display_name}</strong> ({login}). \
         <a href=\"{profile}\">Not you? Log Out on your profile page</a>.</p>\n\
         <form method=\"post\" action=\"{AUTHORIZE_PAGE}\">{nonce}{state_field}\n\
         <button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n\
         <button type=\"submit\" class=\"secondary\" name=\"decision\" value=\"deny\">Deny</button>\n</form>",
        site = escape(world.site().name()),
        url = escape(world.site().url()),
        display_name = escape(display_name),
        login = escape(login),
        profile = carrying(PROFILE_PAGE, Some(&state)),
        nonce = hidden("nonce", &session.nonce),
        state_field = hidden("state", &state),
    );
    Ok(html::page(StatusCode::OK, Site::Wpcom, "Connect your site to WordPress.com", &body))
}

/// The authorization form.
#[derive(Debug, Deserialize)]
pub(crate) struct AuthorizeForm {
    #[serde(default)]
    nonce: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    decision: String,
}

impl HasNonce for AuthorizeForm {
    fn nonce(&self) -> &str {
        &self.nonce
    }
}

/// What approving found.
enum Approval {
    /// Approved: the one-time code to return with.
    Approved(String),
    /// Logged out meanwhile: log in first.
    LoggedOut,
    /// The request is no longer pending.
    Expired,
}

/// `POST /wpcom/authorize`: **Approve** records the approval (a one-time code) and sends the
/// browser back to the site's return route; **Deny** sends it back with `error=access_denied`.
pub(crate) async fn authorize(
    State(database): State<Database>,
    headers: HeaderMap,
    form: Result<Form<AuthorizeForm>, FormRejection>,
) -> Result<Response, Detour> {
    let (_, form) = signed_in_form(&database, &headers, form).await?;
    let Some(state) = pending(&form.state).map(str::to_owned) else {
        return Ok(expired());
    };
    let return_route = format!("{API_PREFIX}{CONNECT_RETURN_PATH}?state={state}");
    match form.decision.as_str() {
        "deny" => return Ok(Redirect::to(&format!("{return_route}&error=access_denied")).into_response()),
        "approve" => {}
        _ => {
            return Ok(html::notice(
                StatusCode::BAD_REQUEST,
                Site::Wpcom,
                "Approve or Deny?",
                "The form did not say whether to approve the connection.",
                (&authorize_url(&state), "Back to the authorization page"),
            ));
        }
    }
    let code = random::token().map_err(|error| Detour::from(failure(error)))?;
    let given = state.clone();
    let approval = database
        .write(move |transaction| {
            let (world, _) = saved_world::load(transaction)?;
            if authorization_requests::find(transaction, &given)?.is_none() || world.authorizing().is_none() {
                return Ok(Approval::Expired);
            }
            let Some(login) = world.wpcom().session().login() else {
                return Ok(Approval::LoggedOut);
            };
            authorization_requests::approve(transaction, &given, &code, login)?;
            Ok(Approval::Approved(code))
        })
        .await?;
    Ok(match approval {
        Approval::Approved(code) => Redirect::to(&format!("{return_route}&code={code}")).into_response(),
        Approval::LoggedOut => Redirect::to(&carrying(LOG_IN_PAGE, Some(&state))).into_response(),
        Approval::Expired => expired(),
    })
}

/// `GET /wpcom/me`: who is logged in, and the **Log Out** button.
pub(crate) async fn profile(
    State(database): State<Database>,
    headers: HeaderMap,
    PageQuery(query): PageQuery<StateQuery>,
) -> Result<Response, Detour> {
    let session = signed_in(&database, &headers).await?;
    let world = load_world(&database).await?;
    let state = query.pending();
    let Some(login) = world.wpcom().session().login() else {
        return Ok(html::notice(
            StatusCode::OK,
            Site::Wpcom,
            "My Profile",
            "You are logged out of WordPress.com.",
            (&carrying(LOG_IN_PAGE, state), "Log In"),
        ));
    };
    let display_name = world.wpcom().user(login).map_or(login, |user| user.display_name.as_str());
    let back = state.map_or_else(String::new, |state| {
        format!("<p><a href=\"{}\">Back to the connection request</a></p>\n", authorize_url(state))
    });
    let body = format!(
        "<dl class=\"facts\"><dt>Display name</dt><dd>{display_name}</dd><dt>Username</dt><dd>{login}</dd></dl>\n\
         <p>Log out to connect your site with another WordPress.com account.</p>\n\
         <form method=\"post\" action=\"{LOG_OUT_PATH}\">{nonce}{state_field}\n\
         <button type=\"submit\">Log Out</button>\n</form>\n{back}",
        display_name = escape(display_name),
        login = escape(login),
        nonce = hidden("nonce", &session.nonce),
        state_field = hidden("state", state.unwrap_or_default()),
    );
    Ok(html::page(StatusCode::OK, Site::Wpcom, "My Profile", &body))
}

/// The **Log Out** form.
#[derive(Debug, Deserialize)]
pub(crate) struct LogOutForm {
    #[serde(default)]
    nonce: String,
    #[serde(default)]
    state: String,
}

impl HasNonce for LogOutForm {
    fn nonce(&self) -> &str {
        &self.nonce
    }
}

/// `POST /wpcom/log-out`: logs this browser out of WordPress.com; on to the log-in page if a
/// connection is being authorized, to the profile page otherwise.
pub(crate) async fn log_out(
    State(database): State<Database>,
    headers: HeaderMap,
    form: Result<Form<LogOutForm>, FormRejection>,
) -> Result<Response, Detour> {
    let (_, form) = signed_in_form(&database, &headers, form).await?;
    match saved_world::change(&database, None, log_out_step).await {
        Ok(_) | Err(ChangeError::Domain(connection_domain::DomainError::AlreadyLoggedOut)) => {
            let state = pending(&form.state);
            let next = if state.is_some() { LOG_IN_PAGE } else { PROFILE_PAGE };
            Ok(Redirect::to(&carrying(next, state)).into_response())
        }
        Err(error) => Err(failure(error).into()),
    }
}
