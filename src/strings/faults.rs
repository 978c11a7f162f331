//! What the panel says when a request fails or is slow, and while the browser is offline.

/// The browser is offline, so a request could not leave it.
pub const BROWSER_OFFLINE: &str = "This browser is offline, so the store's server could not be reached. Once the connection is back the panel refreshes itself; then try again.";

/// The calm notice shown while the browser is offline.
pub const OFFLINE_NOTICE: &str =
    "You are offline. What you see may be out of date; the panel refreshes itself once the connection is back.";

/// Added to a loading indicator once an answer takes longer than usual.
pub const SLOW_ANSWER: &str =
    "This is taking longer than usual. The store's server is slow to answer; the panel keeps waiting.";

/// While a screen's code is on its way (the first time the screen is shown).
pub const LOADING_SCREEN: &str = "Loading this screen…";

/// A screen's code did not arrive.
pub const SCREEN_FAILED: &str = "This screen could not be loaded.";

/// Why a screen's code did not arrive, and what to do.
pub const SCREEN_CODE_MISSING: &str = "Its part of the panel did not arrive from the store's server: the browser may be offline, or the panel was updated meanwhile. Check the connection, then try again; if it keeps happening, reload the page.";

/// No answer within the time limit.
pub fn timed_out(seconds: u32) -> String {
    format!(
        "The store's server did not answer within {seconds} seconds, so the panel stopped waiting. It may be busy: try again in a moment."
    )
}

/// The answer was too large to read.
pub fn too_large(bytes: u64) -> String {
    let megabytes = bytes.div_ceil(1024 * 1024);
    format!(
        "The store's server sent an answer far larger than expected ({megabytes} MB), so the panel did not read it. Try again; if it keeps happening, contact WooCommerce support."
    )
}

/// The answer lacked a field the panel needs.
pub fn missing_field(path: &str) -> String {
    format!(
        "The store's server sent an answer without the field `{path}`, which the panel needs. Try again; if it keeps happening, contact WooCommerce support and mention that field."
    )
}

/// The answer had a value of the wrong kind.
pub fn unexpected_value(path: &str) -> String {
    format!(
        "The store's server sent an answer with an unexpected value in the field `{path}`. Try again; if it keeps happening, contact WooCommerce support and mention that field."
    )
}

/// Heading of the notice after Connect or Finish setup failed.
pub const CONNECT_FAILED: &str = "Connecting to WordPress.com did not start.";
/// Heading of the notice after Disconnect failed.
pub const DISCONNECT_FAILED: &str = "Disconnecting did not work.";
/// Heading of the notice after installing Jetpack failed.
pub const INSTALL_FAILED: &str = "Jetpack could not be installed.";
/// Heading of the notice after activating Jetpack failed.
pub const ACTIVATE_FAILED: &str = "Jetpack could not be activated.";
/// Heading of the notice after deactivating Jetpack failed.
pub const DEACTIVATE_FAILED: &str = "Jetpack could not be deactivated.";
/// Heading of the notice after deleting Jetpack failed.
pub const DELETE_FAILED: &str = "Jetpack could not be deleted.";
/// Heading of the notice after Log Out failed.
pub const LOG_OUT_FAILED: &str = "Logging out of WordPress.com did not work.";
/// Heading of the notice after sending the survey failed.
pub const SURVEY_FAILED: &str = "Your feedback could not be sent.";
/// Heading of the notice after opening the Express dashboard failed.
pub const EXPRESS_FAILED: &str = "The Stripe Express dashboard could not be opened.";
/// Heading of the notice after Check now failed.
pub const CHECK_FAILED: &str = "The connection could not be checked.";
/// Heading of the notice after the store changed under an action.
pub const NOTHING_DONE: &str = "Nothing was done.";
