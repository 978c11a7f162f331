//! Every sentence the panel shows, in one place, in the words of the support documents.

/// The admin menu that holds everything WooPayments.
pub const PAYMENTS_MENU: &str = "Payments";
/// The Payments menu's first entry.
pub const OVERVIEW: &str = "Overview";
/// The label of the admin navigation landmark.
pub const ADMIN_MENU_LABEL: &str = "Admin menu";

/// Shown while the status is on its way.
pub const LOADING_STATUS: &str = "Loading the store's payment status…";
/// The button that repeats a failed request.
pub const TRY_AGAIN: &str = "Try again";
/// Heading of the notice shown when the status could not be loaded.
pub const STATUS_FAILED: &str = "The payment status could not be loaded.";
/// The backend did not answer.
pub const BACKEND_UNREACHABLE: &str =
    "The store's server did not answer. Check that the site is online and try again.";
/// The backend answered with something the panel cannot read.
pub const BACKEND_MALFORMED: &str =
    "The store's server sent an answer the panel could not read. Try again; if it keeps happening, contact WooCommerce support.";

/// The backend answered with an error status and no explanation.
pub fn backend_failed(status: u16) -> String {
    format!("The store's server reported an error (HTTP {status}). Nothing was changed; try again in a moment.")
}

/// Heading of the connection panel.
pub const CONNECTION_HEADING: &str = "WordPress.com connection";
/// The site has no WordPress.com connection.
pub const NOT_CONNECTED: &str = "Not connected to WordPress.com";
/// What being unconnected means for the store.
pub const NOT_CONNECTED_EFFECT: &str =
    "WooPayments cannot accept payments until the store is connected to WordPress.com.";
/// The connection's tokens stopped working.
pub const BROKEN: &str = "The connection to WordPress.com is broken";
/// What a broken connection means for the store.
pub const BROKEN_EFFECT: &str =
    "WooPayments cannot accept payments until the connection is reset. This often happens after restoring the site from a backup.";

/// The site is connected as `who`.
pub fn connected_as(who: &str) -> String {
    format!("Connected to WordPress.com as {who}")
}

/// The broken connection had been made as `who`.
pub fn broken_was(who: &str) -> String {
    format!("It was connected as {who}.")
}

/// Heading of the account panel.
pub const ACCOUNT_HEADING: &str = "WooPayments account";
/// The owner has not signed up yet.
pub const NO_ACCOUNT: &str =
    "No WooPayments account yet. It is created when you verify your personal and business information with Stripe during setup.";
/// Label of the Express account id.
pub const EXPRESS_ACCOUNT_ID: &str = "Stripe Express account";
/// Label of the verification status.
pub const VERIFICATION: &str = "Verification";

/// How a verification status reads on screen.
pub fn verification_label(status: panel_protocol::VerificationStatus) -> &'static str {
    use panel_protocol::VerificationStatus::*;
    match status {
        Complete => "Complete",
        PendingVerification => "Pending verification",
        RestrictedSoon => "Restricted soon",
        Restricted => "Restricted",
        Rejected => "Rejected",
        UnderReview => "Under review",
    }
}
