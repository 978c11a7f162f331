//! What the panel says when a request fails or is slow, and while the browser is offline.

use crate::i18n::{sprintf, t, tn};

/// The browser is offline, so a request could not leave it.
pub fn browser_offline() -> &'static str {
    t(
        "This browser is offline, so the store's server could not be reached. Once the connection is back the panel refreshes itself; then try again.",
    )
}

/// The calm notice shown while the browser is offline.
pub fn offline_notice() -> &'static str {
    t("You are offline. What you see may be out of date; the panel refreshes itself once the connection is back.")
}

/// Added to a loading indicator once an answer takes longer than usual.
pub fn slow_answer() -> &'static str {
    t("This is taking longer than usual. The store's server is slow to answer; the panel keeps waiting.")
}

/// While a screen's code is on its way (the first time the screen is shown).
pub fn loading_screen() -> &'static str {
    t("Loading this screen…")
}

/// A screen's code did not arrive.
pub fn screen_failed() -> &'static str {
    t("This screen could not be loaded.")
}

/// Why a screen's code did not arrive, and what to do.
pub fn screen_code_missing() -> &'static str {
    t(
        "Its part of the panel did not arrive from the store's server: the browser may be offline, or the panel was updated meanwhile. Check the connection, then try again; if it keeps happening, reload the page.",
    )
}

/// No answer within the time limit.
pub fn timed_out(seconds: u32) -> String {
    sprintf(
        tn(
            "The store's server did not answer within %d second, so the panel stopped waiting. It may be busy: try again in a moment.",
            "The store's server did not answer within %d seconds, so the panel stopped waiting. It may be busy: try again in a moment.",
            u64::from(seconds),
        ),
        &[&seconds],
    )
}

/// The answer was too large to read.
pub fn too_large(bytes: u64) -> String {
    let megabytes = bytes.div_ceil(1024 * 1024);
    sprintf(
        t(
            "The store's server sent an answer far larger than expected (%d MB), so the panel did not read it. Try again; if it keeps happening, contact WooCommerce support.",
        ),
        &[&megabytes],
    )
}

/// The answer lacked a field the panel needs.
pub fn missing_field(path: &str) -> String {
    sprintf(
        t(
            "The store's server sent an answer without the field `%s`, which the panel needs. Try again; if it keeps happening, contact WooCommerce support and mention that field.",
        ),
        &[&path],
    )
}

/// The answer had a value of the wrong kind.
pub fn unexpected_value(path: &str) -> String {
    sprintf(
        t(
            "The store's server sent an answer with an unexpected value in the field `%s`. Try again; if it keeps happening, contact WooCommerce support and mention that field.",
        ),
        &[&path],
    )
}

/// Heading of the notice after Connect or Finish setup failed.
pub fn connect_action_failed() -> &'static str {
    t("Connecting to WordPress.com did not start.")
}
/// Heading of the notice after Disconnect failed.
pub fn disconnect_failed() -> &'static str {
    t("Disconnecting did not work.")
}
/// Heading of the notice after installing Jetpack failed.
pub fn install_failed() -> &'static str {
    t("Jetpack could not be installed.")
}
/// Heading of the notice after activating Jetpack failed.
pub fn activate_failed() -> &'static str {
    t("Jetpack could not be activated.")
}
/// Heading of the notice after deactivating Jetpack failed.
pub fn deactivate_failed() -> &'static str {
    t("Jetpack could not be deactivated.")
}
/// Heading of the notice after deleting Jetpack failed.
pub fn delete_failed() -> &'static str {
    t("Jetpack could not be deleted.")
}
/// Heading of the notice after Log Out failed.
pub fn log_out_failed() -> &'static str {
    t("Logging out of WordPress.com did not work.")
}
/// Heading of the notice after sending the survey failed.
pub fn survey_failed() -> &'static str {
    t("Your feedback could not be sent.")
}
/// Heading of the notice after opening the Express dashboard failed.
pub fn express_failed() -> &'static str {
    t("The Stripe Express dashboard could not be opened.")
}
/// Heading of the notice after Check now failed.
pub fn check_failed() -> &'static str {
    t("The connection could not be checked.")
}
/// Heading of the notice after the store changed under an action.
pub fn nothing_done() -> &'static str {
    t("Nothing was done.")
}
