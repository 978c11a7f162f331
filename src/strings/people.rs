//! The words about several administrators, the connection's owner, and test mode.

use crate::i18n::{sprintf, t};

/// The connection card's line about its owner, when the viewer owns it.
pub fn you_own_the_connection() -> &'static str {
    t("You own this connection: the site is connected as your WordPress.com account.")
}

/// The connection card's line about its owner, for everyone else.
pub fn owned_by(owner: &str) -> String {
    sprintf(t("Connected by %s, the connection's owner."), &[&owner])
}

/// What an administrator who is not the owner can do.
pub fn not_owner_can(owner: &str) -> String {
    sprintf(
        t(
            "You can manage payments, deposits and disputes here. Only %s can hand the connection to another administrator: ask them to make you the owner if you should be.",
        ),
        &[&owner],
    )
}

/// The button that opens the transfer dialog.
pub fn transfer_ownership() -> &'static str {
    t("Transfer ownership")
}
/// The button that opens the transfer dialog while the connection has no owner.
pub fn choose_new_owner() -> &'static str {
    t("Choose a new owner")
}
/// Heading of the transfer dialog.
pub fn transfer_heading() -> &'static str {
    t("Transfer ownership of the connection")
}
/// What a transfer does.
pub fn transfer_explained() -> &'static str {
    t(
        "The new owner's WordPress.com account becomes the one the site is connected as. Payments go on without a pause and the WooPayments account stays the same.",
    )
}
/// Label of the list of administrators to choose from.
pub fn transfer_choose() -> &'static str {
    t("New owner")
}
/// An administrator who cannot own the connection yet.
pub fn needs_wpcom_account() -> &'static str {
    t("has not connected a WordPress.com account of their own yet")
}
/// No administrator can take the connection.
pub fn no_possible_owner() -> &'static str {
    t(
        "No other administrator has connected a WordPress.com account of their own yet. Ask the administrator who should own the connection to connect their WordPress.com account (in Jetpack, under My Jetpack > Connection), then come back here.",
    )
}
/// The confirm button of the transfer dialog.
pub fn confirm_transfer() -> &'static str {
    t("Transfer ownership")
}
/// What failed when a transfer failed.
pub fn transfer_failed() -> &'static str {
    t("The connection's ownership could not be transferred.")
}

/// The notice after a transfer.
pub fn transferred_to(owner: &str) -> String {
    sprintf(t("%s now owns the connection."), &[&owner])
}

/// Who someone is in a list of administrators: "Sam Rivera (sam), WordPress.com: sam".
pub fn administrator_label(name: &str, login: &str, wpcom: Option<&str>) -> String {
    match wpcom {
        Some(wpcom) => sprintf(t("%1$s (%2$s), WordPress.com account %3$s"), &[&name, &login, &wpcom]),
        None => sprintf(t("%1$s (%2$s), %3$s"), &[&name, &login, &needs_wpcom_account()]),
    }
}

/// Heading of the notice about a connection without an owner.
pub fn ownerless_heading() -> &'static str {
    t("The connection has no owner")
}

/// Why the connection has no owner.
pub fn ownerless_because(former_owner: Option<&str>) -> String {
    match former_owner {
        Some(name) => sprintf(
            t("%s, who connected this store to WordPress.com, is no longer an administrator of the site."),
            &[&name],
        ),
        None => {
            t("The administrator who connected this store to WordPress.com is no longer known to the site.").to_owned()
        }
    }
}

/// What an ownerless connection means, and the ways out.
pub fn ownerless_effect() -> &'static str {
    t(
        "Payments go on for now, but logging into Stripe Express and changing the connection need an owner. Make an administrator with their own WordPress.com account the owner, or reconnect the store.",
    )
}
/// The way out by reconnecting.
pub fn reconnect_instead() -> &'static str {
    t("Reconnect instead")
}

/// Heading of the test mode notice.
pub fn test_mode_heading() -> &'static str {
    t("Test mode")
}
/// What test mode means.
pub fn test_mode_effect() -> &'static str {
    t(
        "Payments on this store are test payments: no real money moves, and test transactions are kept apart from live ones.",
    )
}

/// Why a site that is not production stays in test mode.
pub fn test_mode_environment(environment: &str) -> String {
    sprintf(
        t(
            "This is a %s site, so it can never take live payments or use the live store's account. Only the production site can go live.",
        ),
        &[&environment],
    )
}

/// Why a production site is in test mode.
pub fn test_mode_production() -> &'static str {
    t(
        "This site is in test mode, for example because it was set up as a copy of another site. When it is the store customers should pay, go live.",
    )
}
/// The button that opens the go-live dialog.
pub fn go_live() -> &'static str {
    t("Go live")
}
/// Heading of the go-live dialog.
pub fn go_live_heading() -> &'static str {
    t("Take real payments on this store?")
}
/// What going live does.
pub fn go_live_explained() -> &'static str {
    t(
        "From now on customers pay for real, on the store's live WooPayments account. Only go live on the site customers should use: never on a copy.",
    )
}
/// The confirm button of the go-live dialog.
pub fn confirm_go_live() -> &'static str {
    t("Yes, go live")
}
/// What failed when going live failed.
pub fn go_live_failed() -> &'static str {
    t("The store could not go live.")
}
/// The notice after going live.
pub fn went_live() -> &'static str {
    t("The store takes live payments now.")
}

/// How an environment reads.
pub fn environment_name(environment: panel_protocol::Environment) -> &'static str {
    match environment {
        panel_protocol::Environment::Production => t("production"),
        panel_protocol::Environment::Staging => t("staging"),
        panel_protocol::Environment::Development => t("development"),
    }
}
