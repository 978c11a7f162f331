//! The site's one WordPress.com connection, the plugins sharing it, and WordPress.com itself.

use serde::{Deserialize, Serialize};

use crate::tagged::{MissingField, need};

/// The site's connection to WordPress.com.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case", try_from = "ConnectionFields")]
pub enum Connection {
    /// Never connected, or disconnected: WooPayments cannot take payments.
    NotConnected,
    /// Connected as one WordPress.com user; the tokens work.
    Connected {
        /// The WordPress.com account the site is connected as.
        user: WpcomUser,
        /// When the connection was made, in seconds since the Unix epoch.
        since: i64,
        /// The plugin whose connect button made the connection (one connection all the same).
        through: Plugin,
    },
    /// The site believes it is connected, but its tokens no longer work (for example after a
    /// restore from backup). WooPayments cannot take payments until the connection is reset.
    Broken {
        /// The WordPress.com account the site was connected as before it broke.
        user: WpcomUser,
        /// When the connection was made, in seconds since the Unix epoch.
        since: i64,
        /// The plugin whose connect button made the connection.
        through: Plugin,
        /// What broke it.
        cause: BreakCause,
    },
}

/// A [`Connection`] as its JSON has it: the state and every state's fields (crate::tagged).
#[derive(Deserialize)]
struct ConnectionFields {
    state: ConnectionState,
    user: Option<WpcomUser>,
    since: Option<i64>,
    through: Option<Plugin>,
    cause: Option<BreakCause>,
}

/// The tag of a [`Connection`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ConnectionState {
    NotConnected,
    Connected,
    Broken,
}

impl TryFrom<ConnectionFields> for Connection {
    type Error = MissingField;

    fn try_from(fields: ConnectionFields) -> Result<Self, MissingField> {
        let ConnectionFields { state, user, since, through, cause } = fields;
        Ok(match state {
            ConnectionState::NotConnected => Connection::NotConnected,
            ConnectionState::Connected => Connection::Connected {
                user: need(user, "user")?,
                since: need(since, "since")?,
                through: need(through, "through")?,
            },
            ConnectionState::Broken => Connection::Broken {
                user: need(user, "user")?,
                since: need(since, "since")?,
                through: need(through, "through")?,
                cause: need(cause, "cause")?,
            },
        })
    }
}

/// A WordPress.com account, as the panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WpcomUser {
    /// The account's login name, unique on WordPress.com.
    pub login: String,
    /// The name the account shows to others.
    pub display_name: String,
}

/// A plugin that uses the site's WordPress.com connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Plugin {
    /// WooPayments itself.
    #[serde(rename = "woopayments")]
    WooPayments,
    /// The Jetpack plugin.
    #[serde(rename = "jetpack")]
    Jetpack,
}

/// Why a connection the site still believes in no longer works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BreakCause {
    /// The site was restored from a backup, bringing back tokens WordPress.com no longer accepts.
    RestoredFromBackup,
    /// The site now answers at another address (moved, or a copy of it runs elsewhere).
    SiteAddressChanged,
    /// WordPress.com no longer accepts the site's keys, as a check of the connection found.
    KeysRevoked,
}

/// Whether this browser is logged in to WordPress.com, and as whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case", try_from = "WpcomSessionFields")]
pub enum WpcomSession {
    /// Logged out: connecting asks to log in or to create an account.
    LoggedOut,
    /// Logged in: connecting authorizes as this user. To connect another account, **Log Out**
    /// on the WordPress.com profile page first.
    LoggedIn {
        /// The logged-in account.
        user: WpcomUser,
    },
}

/// A [`WpcomSession`] as its JSON has it (crate::tagged).
#[derive(Deserialize)]
struct WpcomSessionFields {
    state: WpcomSessionState,
    user: Option<WpcomUser>,
}

/// The tag of a [`WpcomSession`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum WpcomSessionState {
    LoggedOut,
    LoggedIn,
}

impl TryFrom<WpcomSessionFields> for WpcomSession {
    type Error = MissingField;

    fn try_from(fields: WpcomSessionFields) -> Result<Self, MissingField> {
        Ok(match fields.state {
            WpcomSessionState::LoggedOut => WpcomSession::LoggedOut,
            WpcomSessionState::LoggedIn => WpcomSession::LoggedIn { user: need(fields.user, "user")? },
        })
    }
}

/// The Jetpack plugin on the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JetpackStatus {
    /// Installed or not, active or not.
    pub plugin: JetpackState,
    /// The WordPress.com account Jetpack is connected as: present exactly when Jetpack is
    /// active and the site's one connection works (it is WooPayments' connection too).
    pub connected_as: Option<WpcomUser>,
}

/// Where the Jetpack plugin stands on the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JetpackState {
    /// Not installed.
    NotInstalled,
    /// Installed but inactive.
    Inactive,
    /// Installed and active.
    Active,
}

/// The plugins that use the site's connection (`GET /plugins-using-connection`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PluginsUsingConnection {
    /// Every plugin that would lose the connection if it were disconnected now; empty when the
    /// site has no connection.
    pub plugins: Vec<Plugin>,
}
