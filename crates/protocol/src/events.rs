//! The connection event log: what changed, from which WordPress.com account to which, when.

use serde::{Deserialize, Serialize};

/// One change to the store, as the event log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConnectionEvent {
    /// Grows with every event; newer events have larger ids.
    pub id: i64,
    /// When it happened, in seconds since the Unix epoch.
    pub at: i64,
    /// What kind of change it was.
    pub kind: EventKind,
    /// One sentence saying what happened.
    pub summary: String,
    /// For connection and WordPress.com session changes: the account before the change.
    pub from_login: Option<String>,
    /// For connection and WordPress.com session changes: the account after the change.
    pub to_login: Option<String>,
    /// The status revision the change produced.
    pub revision: u64,
    /// The guided change this event was part of, if any.
    #[serde(default)]
    pub change_id: Option<u64>,
    /// The administrator who made the change, by name; absent for what happened outside the
    /// panel (Stripe, WordPress.com, an operator command).
    #[serde(default)]
    pub actor: Option<String>,
    /// For the one entry of a finished or cancelled guided change: the events of its steps,
    /// oldest first (they are not listed on their own).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub steps: Vec<ConnectionEvent>,
}

/// What kind of change an event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A connect button was clicked; the owner went to WordPress.com to authorize.
    ConnectingStarted,
    /// The owner came back from WordPress.com without approving.
    ConnectingCancelled,
    /// The site was connected to WordPress.com.
    Connected,
    /// The site was disconnected from WordPress.com.
    Disconnected,
    /// Business verification created the WooPayments (Stripe Express) account.
    AccountCreated,
    /// The site was restored from a backup.
    RestoredFromBackup,
    /// The site's address changed.
    SiteAddressChanged,
    /// Support unlinked the account: the store opted out of the Stripe agreement.
    OptedOut,
    /// Jetpack was installed.
    JetpackInstalled,
    /// Jetpack was activated.
    JetpackActivated,
    /// Jetpack was deactivated.
    JetpackDeactivated,
    /// Jetpack was deleted.
    JetpackDeleted,
    /// The browser logged in to WordPress.com.
    WpcomLoggedIn,
    /// A WordPress.com account was created (and the browser logged in as it).
    WpcomAccountCreated,
    /// The browser logged out of WordPress.com.
    WpcomLoggedOut,
    /// A guided change of the connection started.
    ChangeStarted,
    /// The plan of a guided change was chosen.
    ChangePlanned,
    /// The moved site kept its connection at its new address.
    SiteMoveConfirmed,
    /// A copy of the site forgot the connection it borrowed from the original.
    FreshConnectionStarted,
    /// A guided change finished: the one entry for the whole change.
    ChangeFinished,
    /// A guided change was cancelled where it stood.
    ChangeCancelled,
    /// Stripe reported a change of the account (one accepted `account.updated` event).
    StripeAccountUpdated,
    /// A check of the connection found it broken.
    ConnectionChecked,
    /// The connection's ownership moved to another administrator.
    OwnershipTransferred,
    /// A WordPress user was added to the site.
    SiteUserAdded,
    /// A WordPress user was deleted from the site.
    SiteUserDeleted,
    /// A WordPress user's role changed.
    SiteRoleChanged,
    /// A site user linked their own WordPress.com account.
    WpcomAccountLinked,
    /// The site's environment (`WP_ENVIRONMENT_TYPE`) changed.
    EnvironmentChanged,
    /// The store left test mode and takes live payments.
    WentLive,
}

/// Which page of the event log to read (`GET /events?page=1&per_page=20`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct EventsQuery {
    /// The page, from 1 (the newest events); 1 when absent.
    pub page: Option<u32>,
    /// Events per page, 1 to 100; 20 when absent.
    pub per_page: Option<u32>,
}

/// One page of the event log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPage {
    /// The events on this page, newest first.
    pub events: Vec<ConnectionEvent>,
    /// This page's number, from 1.
    pub page: u32,
    /// Events per page.
    pub per_page: u32,
    /// How many events the log holds in all.
    pub total: u64,
}
