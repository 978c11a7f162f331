//! Errors of the JSON API: every one becomes a status code and an [`ErrorBody`] a person can read.
//!
//! - 400: malformed JSON (`malformed_json`), a bad query string (`invalid_query`), a path
//!   parameter that does not decode (`invalid_path`).
//! - 401: no valid session cookie (`not_signed_in`).
//! - 403: a mutation without the session's nonce (`bad_nonce`).
//! - 404: no such endpoint (`not_found`), no such resource (`no_account`).
//! - 405: the endpoint exists, the method does not (`method_not_allowed`).
//! - 409: a stale `expected_revision` (`stale_revision`, with the current state), or a step the
//!   store's state does not allow (the domain's codes: `already_connected`, `opted_out`, ...).
//! - 413: a body over the size limit (`body_too_large`).
//! - 415: a body that is not declared as JSON (`unsupported_media_type`).
//! - 422: well-formed JSON with wrong fields or types (`invalid_body`), or a value refused as
//!   input (the domain's `invalid_site_address`, ...; the backend's `invalid_return_to`, ...).
//! - 500: the database or the random source failed (`storage_failed`, `internal_error`);
//!   nothing was changed.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use connection_domain::DomainError;
use panel_protocol::{ErrorBody, STALE_REVISION, StaleRevisionBody, StatusSnapshot};

use crate::database::DatabaseError;
use crate::random::RandomUnavailable;
use crate::saved_world::ChangeError;

/// An error the API reports to its caller.
#[derive(Debug)]
pub enum ApiError {
    /// No endpoint answers at this path.
    NotFound,
    /// The endpoint exists but not with this method.
    MethodNotAllowed,
    /// The request has no valid session cookie.
    NotSignedIn,
    /// A mutation without the session's nonce in its header.
    BadNonce,
    /// The signed-in user is no longer an administrator of the site.
    NotAnAdministrator,
    /// The request could not be read: its status, code and message.
    BadRequest(StatusCode, &'static str, String),
    /// A mutation decided on an older revision: the current state.
    Stale(Box<StatusSnapshot>),
    /// The domain refused the step.
    Domain(DomainError),
    /// The backend refused the step: its status, code and message.
    Refused(StatusCode, &'static str, String),
    /// The database failed; the request changed nothing.
    Database(DatabaseError),
    /// Something that should not happen did (a broken rule, no randomness); nothing changed.
    Internal(String),
}

impl From<DatabaseError> for ApiError {
    fn from(error: DatabaseError) -> Self {
        Self::Database(error)
    }
}

impl From<DomainError> for ApiError {
    fn from(error: DomainError) -> Self {
        Self::Domain(error)
    }
}

impl From<RandomUnavailable> for ApiError {
    fn from(error: RandomUnavailable) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<ChangeError> for ApiError {
    fn from(error: ChangeError) -> Self {
        match error {
            ChangeError::Stale(current) => Self::Stale(current),
            ChangeError::Domain(error) => Self::Domain(error),
            ChangeError::Refused { code, message } => Self::Refused(StatusCode::CONFLICT, code, message),
            ChangeError::RuleBroken(rules) => {
                Self::Internal(format!("a change would break the domain's rules: {rules}"))
            }
            ChangeError::Database(error) => Self::Database(error),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let code = match &rejection {
            JsonRejection::JsonSyntaxError(_) => "malformed_json",
            JsonRejection::JsonDataError(_) => "invalid_body",
            JsonRejection::MissingJsonContentType(_) => "unsupported_media_type",
            _ if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => "body_too_large",
            _ => "unreadable_body",
        };
        let message = match code {
            "unsupported_media_type" => {
                "Send the body as JSON, with the header Content-Type: application/json.".to_owned()
            }
            "body_too_large" => {
                format!("The body is too large: at most {} KiB are accepted.", crate::request_limits::BODY_LIMIT / 1024)
            }
            _ => rejection.body_text(),
        };
        Self::BadRequest(rejection.status(), code, message)
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        Self::BadRequest(StatusCode::BAD_REQUEST, "invalid_path", rejection.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        Self::BadRequest(StatusCode::BAD_REQUEST, "invalid_query", rejection.body_text())
    }
}

/// The status a domain refusal answers with: 422 for a value refused as input, 409 for a step
/// the store's current state does not allow.
fn domain_status(error: &DomainError) -> StatusCode {
    match error {
        DomainError::InvalidSiteAddress { .. }
        | DomainError::InvalidWpcomLogin { .. }
        | DomainError::UnknownWpcomAccount { .. }
        | DomainError::InvalidAccountId { .. }
        | DomainError::InvalidSiteLogin { .. }
        | DomainError::UnknownSiteUser { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        DomainError::SiteAddressUnchanged
        | DomainError::WpcomLoginTaken { .. }
        | DomainError::AlreadyLoggedIn { .. }
        | DomainError::AlreadyLoggedOut
        | DomainError::JetpackAlreadyInstalled
        | DomainError::JetpackNotInstalled
        | DomainError::JetpackAlreadyActive
        | DomainError::JetpackNotActive
        | DomainError::JetpackStillActive
        | DomainError::AlreadyConnected { .. }
        | DomainError::ConnectionBroken { .. }
        | DomainError::NotConnected
        | DomainError::NothingToDisconnect
        | DomainError::NotConnecting
        | DomainError::LoggedOutOfWpcom
        | DomainError::AccountAlreadyExists { .. }
        | DomainError::NoAccount
        | DomainError::OptedOut
        | DomainError::ChangeInProgress
        | DomainError::NoChangeInProgress
        | DomainError::NothingToChange
        | DomainError::ChangeAlreadyPlanned
        | DomainError::ChangeNotPlanned
        | DomainError::ChangeNotOffered
        | DomainError::ChangeStepsLeft
        | DomainError::SiteLoginTaken { .. }
        | DomainError::NotAnAdministrator { .. }
        | DomainError::LastAdministrator { .. }
        | DomainError::WpcomAccountLinked { .. }
        | DomainError::OwnerKeepsAccount
        | DomainError::NotTheOwner { .. }
        | DomainError::AlreadyOwner { .. }
        | DomainError::NoLinkedWpcomAccount { .. }
        | DomainError::NotProduction { .. }
        | DomainError::AlreadyLive
        | DomainError::AccountIdInOtherMode { .. } => StatusCode::CONFLICT,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            Self::NotFound => (
                StatusCode::NOT_FOUND,
                "not_found",
                "There is no such endpoint in this API. Check the address against /api/v1/.".to_owned(),
            ),
            Self::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "This endpoint does not answer to this method: reads are GET, changes are POST.".to_owned(),
            ),
            Self::NotSignedIn => (
                StatusCode::UNAUTHORIZED,
                "not_signed_in",
                "You are not signed in to this panel. Open the login link printed by `make serve` \
                 (or by `panel-backend login-link`), then try again."
                    .to_owned(),
            ),
            Self::BadNonce => (
                StatusCode::FORBIDDEN,
                "bad_nonce",
                "This change was refused: the request lacks this page's security nonce. Reload the page and try again."
                    .to_owned(),
            ),
            Self::NotAnAdministrator => (
                StatusCode::FORBIDDEN,
                "not_an_administrator",
                "You are no longer an administrator of this site, so the payments panel is closed to you. \
                 Ask an administrator of the site for access."
                    .to_owned(),
            ),
            Self::BadRequest(status, code, message) | Self::Refused(status, code, message) => (status, code, message),
            Self::Stale(current) => {
                let body = StaleRevisionBody {
                    code: STALE_REVISION.to_owned(),
                    message: "The store changed since this page last looked (in another tab, or by an operator \
                              command). Nothing was changed: here is the current state; check it and try again."
                        .to_owned(),
                    current: *current,
                };
                return (StatusCode::CONFLICT, Json(body)).into_response();
            }
            Self::Domain(error) => (domain_status(&error), error.code(), error.to_string()),
            Self::Database(error) => {
                eprintln!("panel-backend: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "storage_failed",
                    "The store's data could not be read or written. Nothing was changed; try again in a moment."
                        .to_owned(),
                )
            }
            Self::Internal(what) => {
                eprintln!("panel-backend: {what}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal_error",
                    "Something went wrong in the backend. Nothing was changed; try again in a moment.".to_owned(),
                )
            }
        };
        (status, Json(ErrorBody::new(code, message))).into_response()
    }
}
