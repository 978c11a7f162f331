//! The backend as a trusted service of a host admin (the WordPress plugin): the host has
//! checked its own user, capability and request nonce already, and forwards each call
//! server-side with the shared secret in [`SERVICE_KEY_HEADER`] and who is acting in
//! [`ACTING_ADMIN_HEADER`] and [`ACTING_ADMIN_NAME_HEADER`]. The secret is
//! `PANEL_SERVICE_KEY` when set, else the data directory's [`KEY_FILE`], made at first start.
//!
//! [`accept_service`] runs before the session check of the API: a valid key puts a
//! [`ServiceCaller`] into the request's extensions, which the session check accepts instead of
//! a session and its nonce, acting as the site user of the same login ([`actor`]: added as an
//! administrator the first time the host names them); a wrong key is refused. [`bridge_pages_session`] does the same for
//! the simulated WordPress.com and Stripe pages, which the host forwards too (their forms carry
//! a session's nonce): a valid key stands for the host's own session.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use rusqlite::params;
use sha2::Sha256;

use connection_domain::SiteRole;
use panel_protocol::EventKind;

use super::{SESSION_COOKIE, administrator};
use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::clock;
use crate::database::Database;
use crate::event_log::EventDraft;
use crate::saved_world;
use crate::secret_file::{self, SecretUnavailable};

/// The header that carries the shared secret.
pub const SERVICE_KEY_HEADER: &str = "X-Panel-Service-Key";

/// The header naming the host's user who is acting (their login).
pub const ACTING_ADMIN_HEADER: &str = "X-Panel-Acting-Admin";

/// The header with the acting user's display name.
pub const ACTING_ADMIN_NAME_HEADER: &str = "X-Panel-Acting-Admin-Name";

/// The environment variable that, when set and not empty, is the shared secret.
pub const KEY_VARIABLE: &str = "PANEL_SERVICE_KEY";

/// The shared secret's file in the data directory.
pub const KEY_FILE: &str = "service_key";

/// The host's user on whose behalf a service call is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceCaller {
    /// The user's login in the host (WordPress's `user_login`).
    pub login: String,
    /// The name the host shows for them.
    pub display_name: String,
}

/// The shared secret, cheap to clone.
#[derive(Clone)]
pub struct ServiceKey(Arc<str>);

impl fmt::Debug for ServiceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ServiceKey(..)")
    }
}

impl ServiceKey {
    /// Whether `given` is the key (compared in constant time; the lengths may differ).
    fn accepts(&self, given: &[u8]) -> bool {
        let expected = self.0.as_bytes();
        let differ =
            given.iter().zip(expected).fold(given.len() ^ expected.len(), |differ, (a, b)| differ | usize::from(a ^ b));
        differ == 0
    }

    /// A value only this key gives for `purpose` (64 hex digits, the shape of a session token).
    fn derive(&self, purpose: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_bytes()).expect("HMAC takes keys of any length");
        mac.update(purpose.as_bytes());
        mac.finalize().into_bytes().iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// The key of `data_dir` (which must exist): from the environment, from its file, or made now.
pub(crate) fn load_or_create(data_dir: &Path) -> Result<ServiceKey, SecretUnavailable> {
    secret_file::load_or_create(data_dir, KEY_VARIABLE, KEY_FILE, "svc_").map(ServiceKey)
}

/// The service caller [`accept_service`] found in the request, if any.
pub(crate) fn caller(request: &Request) -> Option<&ServiceCaller> {
    request.extensions().get::<ServiceCaller>()
}

/// The site user a service call acts as: `caller`'s login, added to the site as an administrator
/// the first time the host names them (the host's users are the site's, and it checked their
/// capability). A site user of that login who is not an administrator is refused
/// (`403 not_an_administrator`).
pub(crate) async fn actor(database: &Database, caller: ServiceCaller) -> Result<Actor, ApiError> {
    match administrator(database, Some(caller.login.clone())).await? {
        Err(ApiError::NotSignedIn) => {}
        known => return known,
    }
    let (login, name) = (caller.login.clone(), caller.display_name.clone());
    let added = saved_world::change(database, None, move |step| {
        step.world.add_site_user(&login, &name, SiteRole::Administrator)?;
        let summary = format!("{name} ({login}) uses the panel through WordPress, as an administrator of the site.");
        Ok(((), EventDraft::other(EventKind::SiteUserAdded, summary)))
    })
    .await;
    match (added, administrator(database, Some(caller.login)).await?) {
        // Added now, or by a call that came at the same time.
        (_, Ok(actor)) => Ok(actor),
        (Err(error), Err(_)) => Err(error.into()),
        (Ok(_), Err(refused)) => Err(refused),
    }
}

/// What the service headers of `headers` say: `None` without a key, else the caller or why
/// the call is refused (`401 bad_service_key`, `400 missing_acting_admin`).
fn check(key: &ServiceKey, headers: &HeaderMap) -> Option<Result<ServiceCaller, ApiError>> {
    let given = headers.get(SERVICE_KEY_HEADER)?;
    if !key.accepts(given.as_bytes()) {
        return Some(Err(ApiError::Refused(
            StatusCode::UNAUTHORIZED,
            "bad_service_key",
            "The host's service key is not this backend's. Copy the backend's service_key file into the host's settings."
                .to_owned(),
        )));
    }
    let text = |name: &str| headers.get(name).and_then(|value| value.to_str().ok()).map(str::trim).unwrap_or_default();
    let login = text(ACTING_ADMIN_HEADER);
    if login.is_empty() {
        return Some(Err(ApiError::BadRequest(
            StatusCode::BAD_REQUEST,
            "missing_acting_admin",
            format!("A service call must name the acting admin in {ACTING_ADMIN_HEADER}."),
        )));
    }
    let display_name = Some(text(ACTING_ADMIN_NAME_HEADER)).filter(|name| !name.is_empty()).unwrap_or(login);
    Some(Ok(ServiceCaller { login: login.to_owned(), display_name: display_name.to_owned() }))
}

/// Middleware before the API's session check: a request with a valid service key (and an
/// acting admin) carries a [`ServiceCaller`] on; one with a wrong key is refused; one without
/// goes on to the session check unchanged.
pub(crate) async fn accept_service(State(key): State<ServiceKey>, mut request: Request, next: Next) -> Response {
    match check(&key, request.headers()) {
        None => {}
        Some(Ok(caller)) => {
            request.extensions_mut().insert(caller);
        }
        Some(Err(refused)) => return refused.into_response(),
    }
    next.run(request).await
}

/// Middleware of the simulated outside pages: a request with a valid service key is given the
/// acting user's session (one the key and the login derive, renewed on each call) as its cookie, so the
/// pages and their nonce-carrying forms work through the host; a wrong key is refused.
pub(crate) async fn bridge_pages_session(
    State(key): State<ServiceKey>,
    State(database): State<Database>,
    mut request: Request,
    next: Next,
) -> Response {
    let caller = match check(&key, request.headers()) {
        None => return next.run(request).await,
        Some(Err(refused)) => return refused.into_response(),
        Some(Ok(caller)) => caller,
    };
    let login = match actor(&database, caller).await {
        Ok(actor) => actor.login,
        Err(refused) => return refused.into_response(),
    };
    let (token, nonce) = (key.derive(&format!("pages-session:{login}")), key.derive(&format!("pages-nonce:{login}")));
    let cookie = format!("{SESSION_COOKIE}={token}");
    let stored = database
        .write(move |transaction| {
            transaction.execute(
                "INSERT INTO sessions (token, nonce, created_at, user_login) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (token) DO UPDATE SET nonce = excluded.nonce, created_at = excluded.created_at",
                params![token, nonce, clock::now(), login],
            )?;
            Ok(())
        })
        .await;
    if let Err(error) = stored {
        return ApiError::Database(error).into_response();
    }
    let Ok(cookie) = HeaderValue::from_str(&cookie) else {
        return ApiError::NotSignedIn.into_response();
    };
    request.headers_mut().insert(header::COOKIE, cookie);
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> ServiceKey {
        ServiceKey("svc_secret".into())
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, HeaderValue::from_str(value).expect("header value"));
        }
        headers
    }

    #[test]
    fn only_the_whole_key_is_accepted() {
        assert!(key().accepts(b"svc_secret"));
        for wrong in [&b""[..], b"svc_secre", b"svc_secret2", b"SVC_SECRET"] {
            assert!(!key().accepts(wrong), "{wrong:?}");
        }
    }

    #[test]
    fn a_valid_call_names_its_caller_and_the_display_name_defaults_to_the_login() {
        let named = headers(&[
            (SERVICE_KEY_HEADER, "svc_secret"),
            (ACTING_ADMIN_HEADER, "admin"),
            (ACTING_ADMIN_NAME_HEADER, "Ada Admin"),
        ]);
        let caller = check(&key(), &named).and_then(Result::ok);
        assert_eq!(caller, Some(ServiceCaller { login: "admin".into(), display_name: "Ada Admin".into() }));
        let unnamed = headers(&[(SERVICE_KEY_HEADER, "svc_secret"), (ACTING_ADMIN_HEADER, "admin")]);
        assert_eq!(
            check(&key(), &unnamed).and_then(Result::ok).map(|caller| caller.display_name),
            Some("admin".into())
        );
    }

    #[test]
    fn no_key_is_no_service_call_and_a_wrong_key_or_no_acting_admin_is_refused() {
        assert!(check(&key(), &headers(&[(ACTING_ADMIN_HEADER, "admin")])).is_none());
        let wrong = headers(&[(SERVICE_KEY_HEADER, "guess"), (ACTING_ADMIN_HEADER, "admin")]);
        assert!(matches!(
            check(&key(), &wrong),
            Some(Err(ApiError::Refused(StatusCode::UNAUTHORIZED, "bad_service_key", _)))
        ));
        let anonymous = headers(&[(SERVICE_KEY_HEADER, "svc_secret")]);
        assert!(matches!(check(&key(), &anonymous), Some(Err(ApiError::BadRequest(_, "missing_acting_admin", _)))));
    }

    #[test]
    fn derived_values_depend_on_the_key_and_the_purpose() {
        let other = ServiceKey("svc_other".into());
        assert_eq!(key().derive("a").len(), 64);
        assert_ne!(key().derive("a"), key().derive("b"));
        assert_ne!(key().derive("a"), other.derive("a"));
    }
}
