//! Every sentence the panel shows, in one place, in the words of the support documents.

/// The admin menu that holds everything WooPayments.
pub const PAYMENTS_MENU: &str = "Payments";
/// The Payments menu's first entry.
pub const OVERVIEW: &str = "Overview";
/// The label of the admin navigation landmark.
pub const ADMIN_MENU_LABEL: &str = "Admin menu";
/// The button that shows and hides the admin menu on a narrow screen (as wp-admin's toggle).
pub const MENU_TOGGLE: &str = "Menu";
/// Label of the region in which the plugin list scrolls sideways on a narrow screen.
pub const PLUGINS_SCROLL: &str = "Installed plugins, scrolls sideways";

/// Shown while the status is on its way.
pub const LOADING_STATUS: &str = "Loading the store's payment status…";
/// The button that repeats a failed request.
pub const TRY_AGAIN: &str = "Try again";
/// Heading of the notice shown when the status could not be loaded.
pub const STATUS_FAILED: &str = "The payment status could not be loaded.";
/// The backend did not answer.
pub const BACKEND_UNREACHABLE: &str = "The store's server did not answer. Check that the site is online and try again.";
/// The backend answered with something the panel cannot read.
pub const BACKEND_MALFORMED: &str = "The store's server sent an answer the panel could not read. Try again; if it keeps happening, contact WooCommerce support.";

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
pub const BROKEN_EFFECT: &str = "WooPayments cannot accept payments until the connection is reset. This often happens after restoring the site from a backup.";

/// The site is connected as `who`.
pub fn connected_as(who: &str) -> String {
    format!("Connected to WordPress.com as {who}")
}

/// No check of the connection was made since the site connected.
pub const CONNECTION_NOT_CHECKED: &str = "Connection not checked yet";
/// The **Check now** button: checks that WordPress.com still accepts the connection.
pub const CHECK_NOW: &str = "Check now";
/// The **Check now** button while the check runs.
pub const CHECKING: &str = "Checking…";

/// The last check of the connection was made `ago` ("2 minutes ago") and found it `working`.
pub fn connection_checked(ago: &str, working: bool) -> String {
    let result = if working { "working" } else { "not working" };
    format!("Connection checked {ago}: {result}")
}

/// The broken connection had been made as `who`.
pub fn broken_was(who: &str) -> String {
    format!("It was connected as {who}.")
}

/// Heading of the account panel.
pub const ACCOUNT_HEADING: &str = "WooPayments account";
/// The owner has not signed up yet.
pub const NO_ACCOUNT: &str = "No WooPayments account yet. It is created when you verify your personal and business information with Stripe during setup.";
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

/// An action was refused because the store changed elsewhere in the meantime.
pub const STORE_CHANGED: &str = "The store changed since this page last looked (in another tab or window, or an earlier click went through after all), so nothing was done. The panel now shows the current state: check it and try again.";
/// The admin session ended.
pub const SIGNED_OUT: &str =
    "You are signed out of the store's admin. Sign in again (open the login link), then try again.";
/// The notice after coming back from WordPress.com connected.
pub const RETURN_CONNECTED: &str = "Your store is connected to WordPress.com.";

/// The notice after coming back from WordPress.com without a connection.
pub fn connect_failed(code: &str) -> String {
    match code {
        "access_denied" => {
            "The connection was not approved on WordPress.com, so nothing changed. Click Connect to try again."
                .to_owned()
        }
        _ => format!(
            "Connecting to WordPress.com did not finish ({code}). Click Connect to try again; if it keeps failing, contact WooCommerce support."
        ),
    }
}

/// **Finish setup**: the button and task that connect the store (words of the support pages).
pub const FINISH_SETUP: &str = "Finish setup";
/// **Connect**: the button that starts authorizing at WordPress.com.
pub const CONNECT: &str = "Connect";
/// The link to the reset of a broken connection.
pub const RESET_CONNECTION: &str = "Reset the connection";
/// The link to the Stripe Express dashboard when Stripe needs details.
pub const UPDATE_IN_EXPRESS: &str = "Update your details";
/// The link to the support contacts.
pub const CONTACT_SUPPORT: &str = "Contact support";

/// Payments are off: disconnected after having been set up.
pub const OFF_DISCONNECTED: &str = "WooPayments cannot take payments: the store is disconnected from WordPress.com. Reconnect as soon as possible with Finish setup.";
/// Payments are off: never connected.
pub const OFF_NEVER_CONNECTED: &str =
    "WooPayments cannot take payments yet: connect the store to WordPress.com to finish setting it up.";
/// Payments are off: the connection is broken.
pub const OFF_BROKEN: &str = "WooPayments cannot take payments: the store's connection to WordPress.com is broken. Reset the connection to take payments again.";
/// Payments are off: connected, but no WooPayments account yet.
pub const OFF_NO_ACCOUNT: &str =
    "WooPayments cannot take payments yet: verify your business details with Stripe to finish setup.";
/// Payments are off: Stripe restricted or rejected the account.
pub const OFF_STRIPE: &str = "WooPayments cannot take payments: Stripe has paused payments on this account. See the account status for what it needs.";
/// Payments are off for good: opted out of the Stripe agreement.
pub const OFF_OPTED_OUT: &str = "WooPayments can no longer be used on this store: the account was unlinked at your request (opted out of the Stripe agreement).";

/// A broken connection caused by a restore from backup.
pub const BROKEN_BY_RESTORE: &str = "The site was restored from a backup, and the restored connection no longer works.";
/// A broken connection caused by a change of the site's address.
pub const BROKEN_BY_ADDRESS: &str = "The site's address changed (as for a moved site, or a copy of the site at another address), and the connection no longer works.";
/// Why the connection is broken: a check found WordPress.com no longer accepts the site's keys.
pub const BROKEN_BY_KEYS_REVOKED: &str =
    "WordPress.com no longer accepts your site's connection keys, so the connection no longer works.";

/// Jetpack is not installed.
pub const JETPACK_NOT_INSTALLED: &str = "Not installed";
/// Jetpack is installed but inactive.
pub const JETPACK_INACTIVE: &str = "Installed, inactive";
/// Jetpack is active.
pub const JETPACK_ACTIVE: &str = "Active";

/// Menu entry: the Account screen.
pub const ACCOUNT: &str = "Account";
/// Menu entry: the Support screen.
pub const SUPPORT: &str = "Support";
/// Menu entry and screen: Jetpack.
pub const JETPACK: &str = "Jetpack";
/// Menu entry and screen: Plugins.
pub const PLUGINS: &str = "Plugins";
/// The accessible name of a menu badge.
pub const NEEDS_ATTENTION: &str = "needs your attention";

/// Heading of the banner shown on every Payments screen while payments are off.
pub const PAYMENTS_OFF_HEADING: &str = "Payments are off";
/// The dismiss button of a notice.
pub const DISMISS: &str = "Dismiss";
/// Heading of a failed action's notice.
pub const ACTION_FAILED: &str = "That did not work.";

/// Heading of the setup task list.
pub const SETUP_TASKS_HEADING: &str = "Finish setting up WooPayments";
/// Task: connect to WordPress.com.
pub const TASK_CONNECT: &str = "Connect your store to WordPress.com";
/// Task: verify the business with Stripe.
pub const TASK_VERIFY: &str = "Verify your personal and business information with Stripe";
/// A task that is done.
pub const DONE: &str = "Done";
/// A task that is still to do.
pub const TO_DO: &str = "To do";

/// The connection was made through this plugin.
pub fn through(plugin: panel_protocol::Plugin) -> &'static str {
    match plugin {
        panel_protocol::Plugin::WooPayments => "through WooPayments",
        panel_protocol::Plugin::Jetpack => "through Jetpack",
    }
}

/// How a plugin is named on screen.
pub fn plugin_name(plugin: panel_protocol::Plugin) -> &'static str {
    match plugin {
        panel_protocol::Plugin::WooPayments => "WooPayments",
        panel_protocol::Plugin::Jetpack => "Jetpack",
    }
}

/// What disconnecting does to a plugin that uses the connection.
pub fn loses_when_disconnected(plugin: panel_protocol::Plugin) -> &'static str {
    match plugin {
        panel_protocol::Plugin::WooPayments => {
            "WooPayments will be unable to take payments until reconnected to WordPress.com."
        }
        panel_protocol::Plugin::Jetpack => "Jetpack's features that need WordPress.com will stop working.",
    }
}

/// Label of the WordPress.com session card.
pub const WPCOM_SESSION_HEADING: &str = "WordPress.com account in this browser";
/// The browser is logged out of WordPress.com.
pub const WPCOM_LOGGED_OUT: &str =
    "You are logged out of WordPress.com. Connecting will ask you to log in, or to create an account.";
/// The address of the WordPress.com profile page (simulated by the reference backend).
pub const WPCOM_PROFILE_URL: &str = "/wpcom/me";
/// The link to the WordPress.com profile page.
pub const WPCOM_PROFILE_LINK: &str = "Open your WordPress.com profile page";
/// The **Log Out** button, in WordPress.com's words.
pub const LOG_OUT: &str = "Log Out";

/// The browser is logged in to WordPress.com as `who`.
pub fn wpcom_logged_in(who: &str) -> String {
    format!("You are logged in to WordPress.com as {who}. Connecting will use this account.")
}
/// How to connect a different WordPress.com account.
pub const WPCOM_OTHER_ACCOUNT: &str =
    "To connect a different WordPress.com account, go to the WordPress.com profile page and click Log Out first.";

/// Heading of the connect screen.
pub const CONNECT_HEADING: &str = "Connect to WordPress.com";
/// Why WooPayments needs the connection.
pub const CONNECT_WHY: &str = "WooPayments requires a connection to a WordPress.com account to accept payments from buyers and to show you details about transactions, deposits, and disputes.";
/// The Express account comes back automatically.
pub const SAME_EXPRESS_ACCOUNT: &str = "Once you are connected to any WordPress.com account, WooPayments automatically connects to the same Stripe Express account as before, and resumes taking payments.";
/// Existing Stripe accounts cannot be connected.
pub const NO_EXISTING_STRIPE: &str = "It is not possible to connect an existing Stripe account to WooPayments. If you must use one, install the free Stripe extension (both can be used together).";
/// The link to the Stripe extension.
pub const STRIPE_EXTENSION: &str = "The Stripe extension";
/// The Stripe extension's page.
pub const STRIPE_EXTENSION_URL: &str = "https://woocommerce.com/woocommerce-and-stripe/";
/// The Connect button while it runs.
pub const CONNECTING: &str = "Connecting…";
/// A connection was started and not finished.
pub const AUTHORIZATION_PENDING: &str =
    "You started connecting but did not finish on WordPress.com. Continue there, or click Connect to start again.";
/// The link back to the authorization page.
pub const CONTINUE_ON_WPCOM: &str = "Continue on WordPress.com";
/// Connected and all set.
pub const CONNECTED_ALL_SET: &str = "Your store is connected to WordPress.com. Nothing to do here.";
/// How to change the connected account.
pub const CHANGE_ACCOUNT_HINT: &str = "To change the WordPress.com account, disconnect on the Jetpack screen, log out of WordPress.com, then come back here.";
/// Connected, but no WooPayments account yet.
pub const VERIFY_PENDING: &str = "Your store is connected to WordPress.com. To finish setup, verify your personal and business information with Stripe: this creates your WooPayments account. If you left Stripe's page before the end, start again there: nothing is lost.";
/// The way to Stripe's verification, for setup left half way (or never started there).
pub const VERIFY_WITH_STRIPE: &str = "Verify with Stripe";
/// Heading of the reset section.
pub const RESET_HEADING: &str = "Reset the connection";
/// How the reset goes.
pub const RESET_STEPS: &str = "Disconnect the broken connection, then connect again to your original WordPress.com account. Your WooPayments account stays the same.";
/// The button that disconnects a broken connection.
pub const DISCONNECT: &str = "Disconnect";
/// The red button while it runs.
pub const DISCONNECTING: &str = "Disconnecting…";
/// The button that keeps the connection.
pub const STAY_CONNECTED: &str = "Stay connected";
/// The link that skips the survey, in the support pages' words.
pub const NO_THANK_YOU: &str = "No thank you";
/// The button that opens the survey.
pub const HELP_US_IMPROVE: &str = "Help us improve";

/// Heading of the warning popup.
pub fn disconnect_heading(plugin: panel_protocol::Plugin) -> String {
    format!("Disconnect {}?", plugin_name(plugin))
}
/// The warning popup's lead sentence.
pub const DISCONNECT_WARNING: &str = "This breaks the site's connection to WordPress.com, which these plugins share. Once you disconnect, they will no longer work:";
/// The advice under the warning.
pub const DISCONNECT_ADVICE: &str = "Reconnect as quickly as possible: payments stay off until you do.";
/// The confirmation after disconnecting.
pub const DISCONNECTED_DONE: &str = "Jetpack and WooPayments are now disconnected from WordPress.com.";
/// Heading of the confirmation step.
pub const DISCONNECTED_HEADING: &str = "Disconnected";
/// Heading of the survey step.
pub const SURVEY_HEADING: &str = "Why did you disconnect?";
/// The survey's free-text label.
pub const SURVEY_COMMENT: &str = "Anything else? (optional)";
/// Submit the survey.
pub const SUBMIT: &str = "Submit";
/// Skip the survey.
pub const SKIP: &str = "Skip";
/// Heading of the thank-you step.
pub const THANKS_HEADING: &str = "Thank you";
/// The thank-you step's text.
pub const THANKS: &str = "Thank you for your feedback.";
/// Close the dialog.
pub const CLOSE: &str = "Close";
/// The next step after disconnecting, pointing to Finish setup.
pub const AFTER_DISCONNECT: &str =
    "WooPayments cannot take payments until you reconnect: go to Payments and click Finish setup.";

/// How a survey reason reads.
pub fn survey_reason(reason: panel_protocol::DisconnectReason) -> &'static str {
    use panel_protocol::DisconnectReason::*;
    match reason {
        ChangingAccount => "I am changing the connected WordPress.com account",
        ResettingConnection => "I am resetting a broken connection",
        RemovingJetpack => "I am removing Jetpack",
        SomethingBroke => "Something did not work",
        Other => "Another reason",
    }
}

/// Characters left in the survey's text box.
pub fn characters_left(left: usize) -> String {
    format!("{left} characters left")
}

/// The Jetpack screen's card heading.
pub const JETPACK_CONNECTION_HEADING: &str = "Jetpack connection";
/// Jetpack is not active, so it has no connection to show.
pub const JETPACK_NOT_ACTIVE: &str = "Jetpack is not active. The Jetpack plugin is not required to accept payments with WooPayments; install and activate it under Plugins to manage the connection with it.";
/// Jetpack is active but the site is not connected.
pub const JETPACK_NOT_CONNECTED: &str = "Jetpack is active but not connected to WordPress.com.";
/// Connect through Jetpack.
pub const CONNECT_JETPACK: &str = "Connect Jetpack";

/// Plugins screen: the action buttons.
pub const INSTALL: &str = "Install";
/// Activate a plugin.
pub const ACTIVATE: &str = "Activate";
/// Deactivate a plugin.
pub const DEACTIVATE: &str = "Deactivate";
/// Delete a plugin.
pub const DELETE: &str = "Delete";
/// Confirm deleting Jetpack.
pub const DELETE_JETPACK_HEADING: &str = "Delete Jetpack?";
/// What deleting Jetpack does.
pub const DELETE_JETPACK_TEXT: &str =
    "Jetpack's files are removed from the site. WooPayments keeps working: it does not need Jetpack.";
/// Cancel a confirmation.
pub const CANCEL: &str = "Cancel";
/// Plugins table column.
pub const PLUGIN: &str = "Plugin";
/// Plugins table column.
pub const STATUS: &str = "Status";
/// Plugins table column.
pub const ACTIONS: &str = "Actions";
/// WooPayments' row on the Plugins screen.
pub const WOOPAYMENTS_ACTIVE: &str = "Active (required for payments)";
/// A plugin action under way.
pub const WORKING: &str = "Working…";

/// Heading of the opted-out notice.
pub const OPTED_OUT_HEADING: &str = "WooPayments is read-only";
/// What still happens after opting out.
pub const OPTED_OUT_DEPOSITS: &str =
    "Your remaining account balance will still be deposited as per your usual schedule.";
/// Lead-in to what no longer can happen.
pub const OPTED_OUT_NO_LONGER: &str = "You will not be able to:";
/// What no longer can happen after opting out, in the support document's words.
pub const OPTED_OUT_LOST: &[&str] = &[
    "Have customers place new orders via WooPayments",
    "Refund any orders placed with WooPayments",
    "Challenge disputes filed for WooPayments orders",
    "Log into the WooPayments Stripe Express account",
];
/// The end of using WooPayments.
pub const OPTED_OUT_END: &str = "Opting out ends your usage of WooPayments; you can delete the plugin from your site.";
/// The link from the account panel to the Account screen.
pub const ACCOUNT_DETAILS_LINK: &str = "See account details";
/// Heading of the existing-Stripe-account note.
pub const EXISTING_STRIPE_HEADING: &str = "Have a Stripe account already?";
/// Heading of the account details card.
pub const ACCOUNT_DETAILS_HEADING: &str = "Account details";
/// Loading the account details.
pub const LOADING_ACCOUNT: &str = "Loading the account details…";
/// The account details could not be loaded.
pub const ACCOUNT_FAILED: &str = "The account details could not be loaded.";
/// The button to the Stripe Express dashboard.
pub const EDIT_IN_EXPRESS: &str = "Edit in Stripe Express";
/// Why the Express dashboard cannot be opened now.
pub const EXPRESS_UNAVAILABLE: &str =
    "The Stripe Express dashboard can be opened only while the store is connected and the account is active.";
/// No standard Stripe Dashboard.
pub const NO_STRIPE_DASHBOARD: &str = "WooPayments accounts do not have access to the standard Stripe Dashboard. Your name, address, contact information, business information, ownership details and bank account are updated in the Stripe Express dashboard.";
/// Account details: name.
pub const DETAIL_NAME: &str = "Name";
/// Account details: address.
pub const DETAIL_ADDRESS: &str = "Address";
/// Account details: contact information.
pub const DETAIL_CONTACT: &str = "Contact information";
/// Account details: business information.
pub const DETAIL_BUSINESS: &str = "Business information";
/// Account details: ownership details.
pub const DETAIL_OWNERSHIP: &str = "Ownership details";
/// Account details: bank account.
pub const DETAIL_BANK: &str = "Bank account";
/// Loading the support contacts.
pub const LOADING_SUPPORT: &str = "Loading the support contacts…";
/// The support contacts could not be loaded.
pub const SUPPORT_FAILED: &str = "The support contacts could not be loaded.";

/// The ledger screens' words (Transactions, Deposits, Disputes).
mod account;
mod change;
mod ledger;
mod people;
pub use account::*;
pub use change::*;
pub use ledger::*;
pub use people::*;

/// Label of whether the store takes payments.
pub const TAKES_PAYMENTS: &str = "Takes payments:";
/// Yes.
pub const YES: &str = "Yes";
/// No.
pub const NO: &str = "No";

mod faults;
pub use faults::*;
