//! The site's one connection to WordPress.com, and the plugins that share it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A plugin that uses the site's WordPress.com connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Plugin {
    /// WooPayments itself, always active here: this panel is part of it.
    WooPayments,
    /// The Jetpack plugin, which may be missing, inactive or active.
    Jetpack,
}

impl fmt::Display for Plugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::WooPayments => "WooPayments",
            Self::Jetpack => "Jetpack",
        })
    }
}

/// Why a connection the site still believes in no longer works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakCause {
    /// The site was restored from a backup, bringing back tokens WordPress.com no longer accepts.
    RestoredFromBackup,
    /// The site now answers at another address (moved, or a copy of it runs elsewhere).
    SiteAddressChanged,
    /// WordPress.com no longer accepts the site's keys, as a check of the connection found.
    KeysRevoked,
}

impl fmt::Display for BreakCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::RestoredFromBackup => "the site was restored from a backup",
            Self::SiteAddressChanged => "the site's address changed",
            Self::KeysRevoked => "WordPress.com no longer accepts the site's keys",
        })
    }
}

/// The site's connection to WordPress.com, one and the same for WooPayments and Jetpack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Connection {
    /// Never connected, or disconnected: WooPayments cannot take payments.
    NotConnected,
    /// Connected as one WordPress.com user; the tokens work.
    Connected {
        /// The WordPress.com login the site is connected as.
        login: String,
        /// The plugin whose connect button made the connection.
        through: Plugin,
        /// When the connection was made, in seconds since the Unix epoch.
        since: i64,
    },
    /// The site believes it is connected, but its tokens no longer work.
    Broken {
        /// The WordPress.com login the site was connected as before it broke.
        login: String,
        /// The plugin whose connect button made the connection.
        through: Plugin,
        /// When the connection was made, in seconds since the Unix epoch.
        since: i64,
        /// What broke it.
        cause: BreakCause,
    },
}

impl Connection {
    /// The WordPress.com login the site is connected as (or was, if the connection is broken).
    pub fn login(&self) -> Option<&str> {
        match self {
            Self::NotConnected => None,
            Self::Connected { login, .. } | Self::Broken { login, .. } => Some(login),
        }
    }

    /// What broke the connection, if it is broken.
    pub fn broken_cause(&self) -> Option<BreakCause> {
        match self {
            Self::Broken { cause, .. } => Some(*cause),
            Self::NotConnected | Self::Connected { .. } => None,
        }
    }

    /// Whether the connection exists and works.
    pub fn is_working(&self) -> bool {
        matches!(self, Self::Connected { .. })
    }
}
