//! The words about several administrators, the connection's owner, and test mode.

/// The connection card's line about its owner, when the viewer owns it.
pub const YOU_OWN_THE_CONNECTION: &str =
    "You own this connection: the site is connected as your WordPress.com account.";

/// The connection card's line about its owner, for everyone else.
pub fn owned_by(owner: &str) -> String {
    format!("Connected by {owner}, the connection's owner.")
}

/// What an administrator who is not the owner can do.
pub fn not_owner_can(owner: &str) -> String {
    format!(
        "You can manage payments, deposits and disputes here. Only {owner} can hand the connection to another administrator: ask them to make you the owner if you should be."
    )
}

/// The button that opens the transfer dialog.
pub const TRANSFER_OWNERSHIP: &str = "Transfer ownership";
/// The button that opens the transfer dialog while the connection has no owner.
pub const CHOOSE_NEW_OWNER: &str = "Choose a new owner";
/// Heading of the transfer dialog.
pub const TRANSFER_HEADING: &str = "Transfer ownership of the connection";
/// What a transfer does.
pub const TRANSFER_EXPLAINED: &str = "The new owner's WordPress.com account becomes the one the site is connected as. Payments go on without a pause and the WooPayments account stays the same.";
/// Label of the list of administrators to choose from.
pub const TRANSFER_CHOOSE: &str = "New owner";
/// An administrator who cannot own the connection yet.
pub const NEEDS_WPCOM_ACCOUNT: &str = "has not connected a WordPress.com account of their own yet";
/// No administrator can take the connection.
pub const NO_POSSIBLE_OWNER: &str = "No other administrator has connected a WordPress.com account of their own yet. Ask the administrator who should own the connection to connect their WordPress.com account (in Jetpack, under My Jetpack > Connection), then come back here.";
/// The confirm button of the transfer dialog.
pub const CONFIRM_TRANSFER: &str = "Transfer ownership";
/// What failed when a transfer failed.
pub const TRANSFER_FAILED: &str = "The connection's ownership could not be transferred.";

/// The notice after a transfer.
pub fn transferred_to(owner: &str) -> String {
    format!("{owner} now owns the connection.")
}

/// Who someone is in a list of administrators: "Sam Rivera (sam), WordPress.com: sam".
pub fn administrator_label(name: &str, login: &str, wpcom: Option<&str>) -> String {
    match wpcom {
        Some(wpcom) => format!("{name} ({login}), WordPress.com account {wpcom}"),
        None => format!("{name} ({login}), {NEEDS_WPCOM_ACCOUNT}"),
    }
}

/// Heading of the notice about a connection without an owner.
pub const OWNERLESS_HEADING: &str = "The connection has no owner";

/// Why the connection has no owner.
pub fn ownerless_because(former_owner: Option<&str>) -> String {
    match former_owner {
        Some(name) => {
            format!("{name}, who connected this store to WordPress.com, is no longer an administrator of the site.")
        }
        None => {
            "The administrator who connected this store to WordPress.com is no longer known to the site.".to_owned()
        }
    }
}

/// What an ownerless connection means, and the ways out.
pub const OWNERLESS_EFFECT: &str = "Payments go on for now, but logging into Stripe Express and changing the connection need an owner. Make an administrator with their own WordPress.com account the owner, or reconnect the store.";
/// The way out by reconnecting.
pub const RECONNECT_INSTEAD: &str = "Reconnect instead";

/// Heading of the test mode notice.
pub const TEST_MODE_HEADING: &str = "Test mode";
/// What test mode means.
pub const TEST_MODE_EFFECT: &str = "Payments on this store are test payments: no real money moves, and test transactions are kept apart from live ones.";

/// Why a site that is not production stays in test mode.
pub fn test_mode_environment(environment: &str) -> String {
    format!(
        "This is a {environment} site, so it can never take live payments or use the live store's account. Only the production site can go live."
    )
}

/// Why a production site is in test mode.
pub const TEST_MODE_PRODUCTION: &str = "This site is in test mode, for example because it was set up as a copy of another site. When it is the store customers should pay, go live.";
/// The button that opens the go-live dialog.
pub const GO_LIVE: &str = "Go live";
/// Heading of the go-live dialog.
pub const GO_LIVE_HEADING: &str = "Take real payments on this store?";
/// What going live does.
pub const GO_LIVE_EXPLAINED: &str = "From now on customers pay for real, on the store's live WooPayments account. Only go live on the site customers should use: never on a copy.";
/// The confirm button of the go-live dialog.
pub const CONFIRM_GO_LIVE: &str = "Yes, go live";
/// What failed when going live failed.
pub const GO_LIVE_FAILED: &str = "The store could not go live.";
/// The notice after going live.
pub const WENT_LIVE: &str = "The store takes live payments now.";

/// How an environment reads.
pub fn environment_name(environment: panel_protocol::Environment) -> &'static str {
    match environment {
        panel_protocol::Environment::Production => "production",
        panel_protocol::Environment::Staging => "staging",
        panel_protocol::Environment::Development => "development",
    }
}
