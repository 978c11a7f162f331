//! Every way a request can fail, as a value the view can explain.

use std::fmt;

use panel_protocol::StatusSnapshot;

use crate::strings;

/// A failed request to the backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer at all: the backend is down, the network is off, or the request was blocked.
    Unreachable(String),
    /// The store changed since the panel last looked (another tab, another person): nothing was
    /// done, and `current` is the state now.
    Conflict {
        /// The backend's explanation.
        message: String,
        /// The store's state now.
        current: Box<StatusSnapshot>,
    },
    /// The backend answered with an error status; `message` is its explanation when it sent one.
    Status {
        /// The HTTP status code, e.g. 500.
        status: u16,
        /// The backend's machine-readable code (`storage_failed`, ...), when it sent one.
        code: Option<String>,
        /// The backend's own explanation, when it sent one.
        message: Option<String>,
    },
    /// The backend answered, but not with what the panel expects; names what was wrong.
    Malformed(String),
}

impl ApiError {
    /// What the person at the screen should read: what happened and what to do.
    pub fn user_message(&self) -> String {
        match self {
            Self::Unreachable(_) => strings::BACKEND_UNREACHABLE.to_owned(),
            Self::Conflict { .. } => strings::STORE_CHANGED.to_owned(),
            Self::Status { status: 401, .. } => strings::SIGNED_OUT.to_owned(),
            Self::Status { message: Some(message), .. } => message.clone(),
            Self::Status { status, message: None, .. } => strings::backend_failed(*status),
            Self::Malformed(_) => strings::BACKEND_MALFORMED.to_owned(),
        }
    }

    /// The backend's machine-readable error code, when it sent one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Status { code, .. } => code.as_deref(),
            Self::Conflict { .. } => Some(panel_protocol::STALE_REVISION),
            Self::Unreachable(_) | Self::Malformed(_) => None,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable(detail) => write!(f, "backend unreachable: {detail}"),
            Self::Conflict { message, current } => write!(f, "conflict (now at revision {}): {message}", current.revision),
            Self::Status { status, code, message } => {
                write!(f, "HTTP {status}")?;
                if let Some(code) = code {
                    write!(f, " ({code})")?;
                }
                if let Some(message) = message {
                    write!(f, ": {message}")?;
                }
                Ok(())
            }
            Self::Malformed(detail) => write!(f, "unexpected response: {detail}"),
        }
    }
}

impl std::error::Error for ApiError {}
