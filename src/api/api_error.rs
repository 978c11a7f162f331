//! Every way a request can fail, as a value the view can explain.

use std::fmt;

use panel_protocol::StatusSnapshot;

use super::BadBody;
use crate::strings;

/// A failed request to the backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer at all: the backend is down, the network is off, or the request was blocked.
    Unreachable(String),
    /// The browser is offline: the request could not leave it.
    Offline,
    /// No answer within the panel's time limit; the request was abandoned.
    TimedOut {
        /// The time limit, in seconds.
        seconds: u32,
    },
    /// The answer was far larger than any the panel expects, so it was not read.
    TooLarge {
        /// Its size in bytes, as announced or as received.
        bytes: u64,
    },
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
    Malformed(BadBody),
}

impl ApiError {
    /// What the person at the screen should read: what happened and what to do.
    pub fn user_message(&self) -> String {
        match self {
            Self::Unreachable(_) => strings::backend_unreachable().to_owned(),
            Self::Offline => strings::browser_offline().to_owned(),
            Self::TimedOut { seconds } => strings::timed_out(*seconds),
            Self::TooLarge { bytes } => strings::too_large(*bytes),
            Self::Conflict { .. } => strings::store_changed().to_owned(),
            Self::Status { status: 401, .. } => strings::signed_out().to_owned(),
            Self::Status { message: Some(message), .. } => message.clone(),
            Self::Status { status, message: None, .. } => strings::backend_failed(*status),
            Self::Malformed(BadBody::MissingField { path }) => strings::missing_field(path),
            Self::Malformed(BadBody::WrongShape { path }) if !path.is_empty() => strings::unexpected_value(path),
            Self::Malformed(_) => strings::backend_malformed().to_owned(),
        }
    }

    /// Whether an action that failed this way may have been done after all (the request may
    /// have reached the backend, or the backend refused for a reason the panel cannot see):
    /// the store then asks for the status again so what it shows is true.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Self::Offline | Self::Conflict { .. } => false,
            Self::Status { status, .. } => *status >= 500 || *status == 409,
            Self::Unreachable(_) | Self::TimedOut { .. } | Self::TooLarge { .. } | Self::Malformed(_) => true,
        }
    }

    /// Whether repeating the same request may help: not after a conflict (the owner should
    /// look at the new state first) nor once signed out.
    pub fn retryable(&self) -> bool {
        !matches!(self, Self::Conflict { .. } | Self::Status { status: 401, .. })
    }

    /// The backend's machine-readable error code, when it sent one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Status { code, .. } => code.as_deref(),
            Self::Conflict { .. } => Some(panel_protocol::STALE_REVISION),
            _ => None,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable(detail) => write!(f, "backend unreachable: {detail}"),
            Self::Offline => write!(f, "the browser is offline"),
            Self::TimedOut { seconds } => write!(f, "no answer within {seconds} s"),
            Self::TooLarge { bytes } => write!(f, "answer too large ({bytes} bytes)"),
            Self::Conflict { message, current } => {
                write!(f, "conflict (now at revision {}): {message}", current.revision)
            }
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
