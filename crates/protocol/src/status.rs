//! The status snapshot: everything the panel shows, as of one revision.

use serde::{Deserialize, Serialize};

use crate::account::AccountSummary;
use crate::capabilities::{Capabilities, NextStep};
use crate::change::{ChangePlan, ChangeProgress};
use crate::connection::{Connection, JetpackStatus, Plugin, WpcomSession};
use crate::people::{ConnectionOwnership, Environment, PaymentMode, SiteUser};

/// Everything the panel shows about the store, as of one `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusSnapshot {
    /// Grows by one on every change to the store's state; lets clients tell stale from fresh.
    /// Every mutation names the revision it was decided on (`expected_revision`).
    pub revision: u64,
    /// The store this panel administers.
    pub site: Site,
    /// The site's connection to WordPress.com, shared by WooPayments and Jetpack.
    pub connection: Connection,
    /// The WooPayments account (a Stripe Express account), once the owner has signed up. It
    /// stays after opting out: see [`AccountSummary::opted_out_at`].
    pub account: Option<AccountSummary>,
    /// The Jetpack plugin: installed or not, active or not, and connected as whom.
    pub jetpack: JetpackStatus,
    /// This browser's WordPress.com session: connecting authorizes as whoever is logged in.
    pub wpcom_session: WpcomSession,
    /// What the store can do right now (derived from everything above).
    pub capabilities: Capabilities,
    /// The one thing the owner should do next, for the panel to lead with.
    pub next_step: NextStep,
    /// The plugins that lose the connection if it is disconnected now, for the warning popup
    /// before the red **Disconnect** button. Empty when there is nothing to disconnect.
    pub plugins_using_connection: Vec<Plugin>,
    /// A connection started with Connect and not yet approved or denied on WordPress.com.
    pub authorization: Option<Authorization>,
    /// Where the owner verifies their personal and business information with Stripe (relative
    /// to the backend's root), while that is what setup waits for (next step `verify_business`):
    /// the way on for a verification left half way, or never started because the connection
    /// came through Jetpack. The panel adds `return_to`, where the browser comes back to.
    #[serde(default)]
    pub verify_url: Option<String>,
    /// The guided **Change or reset connection** in progress, if any.
    #[serde(default)]
    pub change: Option<ChangeProgress>,
    /// The plans the owner can choose for a change (one about to start, or one started and not
    /// yet planned). Empty when there is nothing to change or the plan is chosen.
    #[serde(default)]
    pub change_options: Vec<ChangePlan>,
    /// The last check that WordPress.com still accepts the site's connection, if one was made
    /// since the site connected. `GET /status` checks again when it is over five minutes old.
    #[serde(default)]
    pub connection_check: Option<ConnectionCheck>,
    /// Who owns the connection.
    #[serde(default = "no_connection")]
    pub ownership: ConnectionOwnership,
    /// The site's WordPress users the panel knows: administrators, and others.
    #[serde(default)]
    pub users: Vec<SiteUser>,
    /// The site's environment (`WP_ENVIRONMENT_TYPE`): only production takes live payments.
    #[serde(default)]
    pub environment: Environment,
    /// Whether the store's payments are real; `account` is the account of this mode.
    #[serde(default)]
    pub payment_mode: PaymentMode,
}

/// What a snapshot without `ownership` means.
fn no_connection() -> ConnectionOwnership {
    ConnectionOwnership::NoConnection
}

/// A check that WordPress.com still accepts the site's connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConnectionCheck {
    /// When it was made, in seconds since the Unix epoch.
    pub checked_at: i64,
    /// Whether the connection worked.
    pub working: bool,
}

/// The store this panel administers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Site {
    /// The store's name, as set in its general settings.
    pub name: String,
    /// The store's home address, e.g. `https://shop.example`.
    pub url: String,
    /// The address before the last change of address, if it changed.
    #[serde(default)]
    pub previous_url: Option<String>,
}

/// A connection in progress: the owner was sent to WordPress.com's authorization page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Authorization {
    /// The plugin whose connect button started it.
    pub through: Plugin,
    /// The authorization page, to go back to it (relative to the backend's root).
    pub authorize_url: String,
}
