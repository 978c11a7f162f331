//! Error bodies: every non-2xx answer of the JSON API carries one.

use serde::{Deserialize, Serialize};

use crate::status::StatusSnapshot;

/// The body of every error response of the JSON API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// A stable, machine-readable error code, e.g. `not_found`.
    pub code: String,
    /// A sentence a person understands, saying what went wrong and what to do.
    pub message: String,
}

impl ErrorBody {
    /// An error body with this code and message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code: code.into(), message: message.into() }
    }
}

/// The code of a mutation refused because the client's `expected_revision` is not the current
/// one: someone (another tab, an operator command) changed the store in between.
pub const STALE_REVISION: &str = "stale_revision";

/// The `409` body of a mutation sent with a stale `expected_revision`: an [`ErrorBody`] (it
/// parses as one) plus the current state, so the client can show it without asking again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaleRevisionBody {
    /// Always [`STALE_REVISION`].
    pub code: String,
    /// A sentence a person understands.
    pub message: String,
    /// The store's state now; nothing was changed.
    pub current: StatusSnapshot,
}
