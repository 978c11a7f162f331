//! Every sentence the panel shows, in one place, in the words of the support documents.

use crate::i18n::{sprintf, t, tn, tx};

/// The admin menu that holds everything WooPayments.
pub fn payments_menu() -> &'static str {
    t("Payments")
}
/// The browser tab's title of the standalone panel, as wp-admin writes its own: the menu, then the
/// store's name.
pub fn page_title(site_name: &str) -> String {
    // translators: the browser tab's title: %1$s is the menu ("Payments"), %2$s the store's name.
    sprintf(tx("page title", "%1$s ‹ %2$s"), &[&payments_menu(), &site_name])
}
/// The Payments menu's first entry.
pub fn overview() -> &'static str {
    t("Overview")
}
/// The link to one of the support contacts, named `name` ("WooCommerce support").
pub fn contact_named(name: &str) -> String {
    sprintf(t("Contact %s"), &[&name])
}
/// Since when Jetpack is connected: %s is the date, in its own element.
pub fn since() -> &'static str {
    t("Since %s")
}
/// The label of the standalone page's language switch.
pub fn language() -> &'static str {
    t("Language")
}
/// The label of the admin navigation landmark.
pub fn admin_menu_label() -> &'static str {
    t("Admin menu")
}
/// The button that shows and hides the admin menu on a narrow screen (as wp-admin's toggle).
pub fn menu_toggle() -> &'static str {
    t("Menu")
}
/// Label of the region in which the plugin list scrolls sideways on a narrow screen.
pub fn plugins_scroll() -> &'static str {
    t("Installed plugins, scrolls sideways")
}

/// Shown while the status is on its way.
pub fn loading_status() -> &'static str {
    t("Loading the store's payment status…")
}
/// The button that repeats a failed request.
pub fn try_again() -> &'static str {
    t("Try again")
}
/// Heading of the notice shown when the status could not be loaded.
pub fn status_failed() -> &'static str {
    t("The payment status could not be loaded.")
}
/// The backend did not answer.
pub fn backend_unreachable() -> &'static str {
    t("The store's server did not answer. Check that the site is online and try again.")
}
/// The backend answered with something the panel cannot read.
pub fn backend_malformed() -> &'static str {
    t(
        "The store's server sent an answer the panel could not read. Try again; if it keeps happening, contact WooCommerce support.",
    )
}

/// The backend answered with an error status and no explanation.
pub fn backend_failed(status: u16) -> String {
    sprintf(
        t("The store's server reported an error (HTTP %d). Nothing was changed; try again in a moment."),
        &[&status],
    )
}

/// Heading of the connection panel.
pub fn connection_heading() -> &'static str {
    t("WordPress.com connection")
}
/// The site has no WordPress.com connection.
pub fn not_connected() -> &'static str {
    t("Not connected to WordPress.com")
}
/// What being unconnected means for the store.
pub fn not_connected_effect() -> &'static str {
    t("WooPayments cannot accept payments until the store is connected to WordPress.com.")
}
/// The connection's tokens stopped working.
pub fn broken() -> &'static str {
    t("The connection to WordPress.com is broken")
}
/// What a broken connection means for the store.
pub fn broken_effect() -> &'static str {
    t(
        "WooPayments cannot accept payments until the connection is reset. This often happens after restoring the site from a backup.",
    )
}

/// The site is connected as `who`.
pub fn connected_as(who: &str) -> String {
    sprintf(t("Connected to WordPress.com as %s"), &[&who])
}

/// No check of the connection was made since the site connected.
pub fn connection_not_checked() -> &'static str {
    t("Connection not checked yet")
}
/// The **Check now** button: checks that WordPress.com still accepts the connection.
pub fn check_now() -> &'static str {
    t("Check now")
}
/// The **Check now** button while the check runs.
pub fn checking() -> &'static str {
    t("Checking…")
}

/// The last check of the connection was made `ago` ("2 minutes ago") and found it `working`.
pub fn connection_checked(ago: &str, working: bool) -> String {
    if working {
        sprintf(t("Connection checked %s: working"), &[&ago])
    } else {
        sprintf(t("Connection checked %s: not working"), &[&ago])
    }
}

/// The broken connection had been made as `who`.
pub fn broken_was(who: &str) -> String {
    sprintf(t("It was connected as %s."), &[&who])
}

/// Heading of the account panel.
pub fn account_heading() -> &'static str {
    t("WooPayments account")
}
/// The owner has not signed up yet.
pub fn no_account() -> &'static str {
    t(
        "No WooPayments account yet. It is created when you verify your personal and business information with Stripe during setup.",
    )
}
/// Label of the Express account id.
pub fn express_account_id() -> &'static str {
    t("Stripe Express account")
}
/// Label of the verification status.
pub fn verification() -> &'static str {
    t("Verification")
}

/// How a verification status reads on screen.
pub fn verification_label(status: panel_protocol::VerificationStatus) -> &'static str {
    use panel_protocol::VerificationStatus::*;
    match status {
        Complete => t("Complete"),
        PendingVerification => t("Pending verification"),
        RestrictedSoon => t("Restricted soon"),
        Restricted => t("Restricted"),
        Rejected => t("Rejected"),
        UnderReview => t("Under review"),
    }
}

/// An action was refused because the store changed elsewhere in the meantime.
pub fn store_changed() -> &'static str {
    t(
        "The store changed since this page last looked (in another tab or window, or an earlier click went through after all), so nothing was done. The panel now shows the current state: check it and try again.",
    )
}
/// The admin session ended.
pub fn signed_out() -> &'static str {
    t("You are signed out of the store's admin. Sign in again (open the login link), then try again.")
}
/// The notice after coming back from WordPress.com connected.
pub fn return_connected() -> &'static str {
    t("Your store is connected to WordPress.com.")
}

/// The notice after coming back from WordPress.com without a connection.
pub fn connect_failed(code: &str) -> String {
    match code {
        "access_denied" => {
            t("The connection was not approved on WordPress.com, so nothing changed. Click Connect to try again.")
                .to_owned()
        }
        _ => sprintf(
            t(
                "Connecting to WordPress.com did not finish (%s). Click Connect to try again; if it keeps failing, contact WooCommerce support.",
            ),
            &[&code],
        ),
    }
}

/// **Finish setup**: the button and task that connect the store (words of the support pages).
pub fn finish_setup() -> &'static str {
    t("Finish setup")
}
/// **Connect**: the button that starts authorizing at WordPress.com.
pub fn connect() -> &'static str {
    t("Connect")
}
/// The link to the reset of a broken connection.
pub fn reset_connection() -> &'static str {
    t("Reset the connection")
}
/// The link to the Stripe Express dashboard when Stripe needs details.
pub fn update_in_express() -> &'static str {
    t("Update your details")
}
/// The link to the support contacts.
pub fn contact_support() -> &'static str {
    t("Contact support")
}

/// Payments are off: disconnected after having been set up.
pub fn off_disconnected() -> &'static str {
    t(
        "WooPayments cannot take payments: the store is disconnected from WordPress.com. Reconnect as soon as possible with Finish setup.",
    )
}
/// Payments are off: never connected.
pub fn off_never_connected() -> &'static str {
    t("WooPayments cannot take payments yet: connect the store to WordPress.com to finish setting it up.")
}
/// Payments are off: the connection is broken.
pub fn off_broken() -> &'static str {
    t(
        "WooPayments cannot take payments: the store's connection to WordPress.com is broken. Reset the connection to take payments again.",
    )
}
/// Payments are off: connected, but no WooPayments account yet.
pub fn off_no_account() -> &'static str {
    t("WooPayments cannot take payments yet: verify your business details with Stripe to finish setup.")
}
/// Payments are off: Stripe restricted or rejected the account.
pub fn off_stripe() -> &'static str {
    t(
        "WooPayments cannot take payments: Stripe has paused payments on this account. See the account status for what it needs.",
    )
}
/// Payments are off for good: opted out of the Stripe agreement.
pub fn off_opted_out() -> &'static str {
    t(
        "WooPayments can no longer be used on this store: the account was unlinked at your request (opted out of the Stripe agreement).",
    )
}

/// A broken connection caused by a restore from backup.
pub fn broken_by_restore() -> &'static str {
    t("The site was restored from a backup, and the restored connection no longer works.")
}
/// A broken connection caused by a change of the site's address.
pub fn broken_by_address() -> &'static str {
    t(
        "The site's address changed (as for a moved site, or a copy of the site at another address), and the connection no longer works.",
    )
}
/// Why the connection is broken: a check found WordPress.com no longer accepts the site's keys.
pub fn broken_by_keys_revoked() -> &'static str {
    t("WordPress.com no longer accepts your site's connection keys, so the connection no longer works.")
}

/// Jetpack is not installed.
pub fn jetpack_not_installed() -> &'static str {
    t("Not installed")
}
/// Jetpack is installed but inactive.
pub fn jetpack_inactive() -> &'static str {
    t("Installed, inactive")
}
/// Jetpack is active.
pub fn jetpack_active() -> &'static str {
    t("Active")
}

/// Menu entry: the Account screen.
pub fn account() -> &'static str {
    t("Account")
}
/// Menu entry: the Support screen.
pub fn support() -> &'static str {
    t("Support")
}
/// Menu entry and screen: Jetpack.
pub fn jetpack() -> &'static str {
    t("Jetpack")
}
/// Menu entry and screen: Plugins.
pub fn plugins() -> &'static str {
    t("Plugins")
}
/// The accessible name of a menu badge: how many things there need the owner.
pub fn needs_attention(count: u32) -> String {
    sprintf(tn("%d needs your attention", "%d need your attention", u64::from(count)), &[&count])
}

/// Heading of the banner shown on every Payments screen while payments are off.
pub fn payments_off_heading() -> &'static str {
    t("Payments are off")
}
/// The dismiss button of a notice.
pub fn dismiss() -> &'static str {
    t("Dismiss")
}
/// Heading of a failed action's notice.
pub fn action_failed() -> &'static str {
    t("That did not work.")
}

/// Heading of the setup task list.
pub fn setup_tasks_heading() -> &'static str {
    t("Finish setting up WooPayments")
}
/// Task: connect to WordPress.com.
pub fn task_connect() -> &'static str {
    t("Connect your store to WordPress.com")
}
/// Task: verify the business with Stripe.
pub fn task_verify() -> &'static str {
    t("Verify your personal and business information with Stripe")
}
/// A task that is done.
pub fn done() -> &'static str {
    t("Done")
}
/// A task that is still to do.
pub fn to_do() -> &'static str {
    t("To do")
}

/// Which plugin made the connection, and since when: %s is the date, in its own element.
pub fn through_since(plugin: panel_protocol::Plugin) -> &'static str {
    match plugin {
        // translators: %s is the date the connection was made ("Nov 14, 2023").
        panel_protocol::Plugin::WooPayments => t("through WooPayments, since %s"),
        // translators: %s is the date the connection was made ("Nov 14, 2023").
        panel_protocol::Plugin::Jetpack => t("through Jetpack, since %s"),
    }
}

/// How a plugin is named on screen.
pub fn plugin_name(plugin: panel_protocol::Plugin) -> &'static str {
    match plugin {
        panel_protocol::Plugin::WooPayments => t("WooPayments"),
        panel_protocol::Plugin::Jetpack => t("Jetpack"),
    }
}

/// What disconnecting does to a plugin that uses the connection.
pub fn loses_when_disconnected(plugin: panel_protocol::Plugin) -> &'static str {
    match plugin {
        panel_protocol::Plugin::WooPayments => {
            t("WooPayments will be unable to take payments until reconnected to WordPress.com.")
        }
        panel_protocol::Plugin::Jetpack => t("Jetpack's features that need WordPress.com will stop working."),
    }
}

/// Label of the WordPress.com session card.
pub fn wpcom_session_heading() -> &'static str {
    t("WordPress.com account in this browser")
}
/// The browser is logged out of WordPress.com.
pub fn wpcom_logged_out() -> &'static str {
    t("You are logged out of WordPress.com. Connecting will ask you to log in, or to create an account.")
}
/// The address of the WordPress.com profile page (simulated by the reference backend).
pub fn wpcom_profile_url() -> &'static str {
    "/wpcom/me"
}
/// The link to the WordPress.com profile page.
pub fn wpcom_profile_link() -> &'static str {
    t("Open your WordPress.com profile page")
}
/// The **Log Out** button, in WordPress.com's words.
pub fn log_out() -> &'static str {
    t("Log Out")
}

/// The browser is logged in to WordPress.com as `who`.
pub fn wpcom_logged_in(who: &str) -> String {
    sprintf(t("You are logged in to WordPress.com as %s. Connecting will use this account."), &[&who])
}
/// How to connect a different WordPress.com account.
pub fn wpcom_other_account() -> &'static str {
    t("To connect a different WordPress.com account, go to the WordPress.com profile page and click Log Out first.")
}

/// Heading of the connect screen.
pub fn connect_heading() -> &'static str {
    t("Connect to WordPress.com")
}
/// Why WooPayments needs the connection.
pub fn connect_why() -> &'static str {
    t(
        "WooPayments requires a connection to a WordPress.com account to accept payments from buyers and to show you details about transactions, deposits, and disputes.",
    )
}
/// The Express account comes back automatically.
pub fn same_express_account() -> &'static str {
    t(
        "Once you are connected to any WordPress.com account, WooPayments automatically connects to the same Stripe Express account as before, and resumes taking payments.",
    )
}
/// Existing Stripe accounts cannot be connected.
pub fn no_existing_stripe() -> &'static str {
    t(
        "It is not possible to connect an existing Stripe account to WooPayments. If you must use one, install the free Stripe extension (both can be used together).",
    )
}
/// The link to the Stripe extension.
pub fn stripe_extension() -> &'static str {
    t("The Stripe extension")
}
/// The Stripe extension's page.
pub fn stripe_extension_url() -> &'static str {
    "https://woocommerce.com/woocommerce-and-stripe/"
}
/// The Connect button while it runs.
pub fn connecting() -> &'static str {
    t("Connecting…")
}
/// A connection was started and not finished.
pub fn authorization_pending() -> &'static str {
    t("You started connecting but did not finish on WordPress.com. Continue there, or click Connect to start again.")
}
/// The link back to the authorization page.
pub fn continue_on_wpcom() -> &'static str {
    t("Continue on WordPress.com")
}
/// Connected and all set.
pub fn connected_all_set() -> &'static str {
    t("Your store is connected to WordPress.com. Nothing to do here.")
}
/// How to change the connected account.
pub fn change_account_hint() -> &'static str {
    t(
        "To change the WordPress.com account, disconnect on the Jetpack screen, log out of WordPress.com, then come back here.",
    )
}
/// Connected, but no WooPayments account yet.
pub fn verify_pending() -> &'static str {
    t(
        "Your store is connected to WordPress.com. To finish setup, verify your personal and business information with Stripe: this creates your WooPayments account. If you left Stripe's page before the end, start again there: nothing is lost.",
    )
}
/// The way to Stripe's verification, for setup left half way (or never started there).
pub fn verify_with_stripe() -> &'static str {
    t("Verify with Stripe")
}
/// Heading of the reset section.
pub fn reset_heading() -> &'static str {
    t("Reset the connection")
}
/// How the reset goes.
pub fn reset_steps() -> &'static str {
    t(
        "Disconnect the broken connection, then connect again to your original WordPress.com account. Your WooPayments account stays the same.",
    )
}
/// The button that disconnects a broken connection.
pub fn disconnect() -> &'static str {
    t("Disconnect")
}
/// The red button while it runs.
pub fn disconnecting() -> &'static str {
    t("Disconnecting…")
}
/// The button that keeps the connection.
pub fn stay_connected() -> &'static str {
    t("Stay connected")
}
/// The link that skips the survey, in the support pages' words.
pub fn no_thank_you() -> &'static str {
    t("No thank you")
}
/// The button that opens the survey.
pub fn help_us_improve() -> &'static str {
    t("Help us improve")
}

/// Heading of the warning popup.
pub fn disconnect_heading(plugin: panel_protocol::Plugin) -> String {
    sprintf(t("Disconnect %s?"), &[&plugin_name(plugin)])
}
/// The warning popup's lead sentence.
pub fn disconnect_warning() -> &'static str {
    t(
        "This breaks the site's connection to WordPress.com, which these plugins share. Once you disconnect, they will no longer work:",
    )
}
/// The advice under the warning.
pub fn disconnect_advice() -> &'static str {
    t("Reconnect as quickly as possible: payments stay off until you do.")
}
/// The confirmation after disconnecting.
pub fn disconnected_done() -> &'static str {
    t("Jetpack and WooPayments are now disconnected from WordPress.com.")
}
/// Heading of the confirmation step.
pub fn disconnected_heading() -> &'static str {
    t("Disconnected")
}
/// Heading of the survey step.
pub fn survey_heading() -> &'static str {
    t("Why did you disconnect?")
}
/// The survey's free-text label.
pub fn survey_comment() -> &'static str {
    t("Anything else? (optional)")
}
/// Submit the survey.
pub fn submit() -> &'static str {
    t("Submit")
}
/// Skip the survey.
pub fn skip() -> &'static str {
    t("Skip")
}
/// Heading of the thank-you step.
pub fn thanks_heading() -> &'static str {
    t("Thank you")
}
/// The thank-you step's text.
pub fn thanks() -> &'static str {
    t("Thank you for your feedback.")
}
/// Close the dialog.
pub fn close() -> &'static str {
    t("Close")
}
/// The next step after disconnecting, pointing to Finish setup.
pub fn after_disconnect() -> &'static str {
    t("WooPayments cannot take payments until you reconnect: go to Payments and click Finish setup.")
}

/// How a survey reason reads.
pub fn survey_reason(reason: panel_protocol::DisconnectReason) -> &'static str {
    use panel_protocol::DisconnectReason::*;
    match reason {
        ChangingAccount => t("I am changing the connected WordPress.com account"),
        ResettingConnection => t("I am resetting a broken connection"),
        RemovingJetpack => t("I am removing Jetpack"),
        SomethingBroke => t("Something did not work"),
        Other => t("Another reason"),
    }
}

/// Characters left in the survey's text box.
pub fn characters_left(left: usize) -> String {
    sprintf(tn("%d character left", "%d characters left", left as u64), &[&left])
}

/// The Jetpack screen's card heading.
pub fn jetpack_connection_heading() -> &'static str {
    t("Jetpack connection")
}
/// Jetpack is not active, so it has no connection to show.
pub fn jetpack_not_active() -> &'static str {
    t(
        "Jetpack is not active. The Jetpack plugin is not required to accept payments with WooPayments; install and activate it under Plugins to manage the connection with it.",
    )
}
/// Jetpack is active but the site is not connected.
pub fn jetpack_not_connected() -> &'static str {
    t("Jetpack is active but not connected to WordPress.com.")
}
/// Connect through Jetpack.
pub fn connect_jetpack() -> &'static str {
    t("Connect Jetpack")
}

/// Plugins screen: the action buttons.
pub fn install() -> &'static str {
    t("Install")
}
/// Activate a plugin.
pub fn activate() -> &'static str {
    t("Activate")
}
/// Deactivate a plugin.
pub fn deactivate() -> &'static str {
    t("Deactivate")
}
/// Delete a plugin.
pub fn delete() -> &'static str {
    t("Delete")
}
/// Confirm deleting Jetpack.
pub fn delete_jetpack_heading() -> &'static str {
    t("Delete Jetpack?")
}
/// What deleting Jetpack does.
pub fn delete_jetpack_text() -> &'static str {
    t("Jetpack's files are removed from the site. WooPayments keeps working: it does not need Jetpack.")
}
/// Cancel a confirmation.
pub fn cancel() -> &'static str {
    t("Cancel")
}
/// Plugins table column.
pub fn plugin() -> &'static str {
    t("Plugin")
}
/// Plugins table column.
pub fn status() -> &'static str {
    t("Status")
}
/// Plugins table column.
pub fn actions() -> &'static str {
    t("Actions")
}
/// WooPayments' row on the Plugins screen.
pub fn woopayments_active() -> &'static str {
    t("Active (required for payments)")
}
/// A plugin action under way.
pub fn working() -> &'static str {
    t("Working…")
}

/// Heading of the opted-out notice.
pub fn opted_out_heading() -> &'static str {
    t("WooPayments is read-only")
}
/// What still happens after opting out.
pub fn opted_out_deposits() -> &'static str {
    t("Your remaining account balance will still be deposited as per your usual schedule.")
}
/// Lead-in to what no longer can happen.
pub fn opted_out_no_longer() -> &'static str {
    t("You will not be able to:")
}
/// What no longer can happen after opting out, in the support document's words.
pub fn opted_out_lost() -> [&'static str; 4] {
    [
        t("Have customers place new orders via WooPayments"),
        t("Refund any orders placed with WooPayments"),
        t("Challenge disputes filed for WooPayments orders"),
        t("Log into the WooPayments Stripe Express account"),
    ]
}
/// The end of using WooPayments.
pub fn opted_out_end() -> &'static str {
    t("Opting out ends your usage of WooPayments; you can delete the plugin from your site.")
}
/// The link from the account panel to the Account screen.
pub fn account_details_link() -> &'static str {
    t("See account details")
}
/// Heading of the existing-Stripe-account note.
pub fn existing_stripe_heading() -> &'static str {
    t("Have a Stripe account already?")
}
/// Heading of the account details card.
pub fn account_details_heading() -> &'static str {
    t("Account details")
}
/// Loading the account details.
pub fn loading_account() -> &'static str {
    t("Loading the account details…")
}
/// The account details could not be loaded.
pub fn account_failed() -> &'static str {
    t("The account details could not be loaded.")
}
/// The button to the Stripe Express dashboard.
pub fn edit_in_express() -> &'static str {
    t("Edit in Stripe Express")
}
/// Why the Express dashboard cannot be opened now.
pub fn express_unavailable() -> &'static str {
    t("The Stripe Express dashboard can be opened only while the store is connected and the account is active.")
}
/// No standard Stripe Dashboard.
pub fn no_stripe_dashboard() -> &'static str {
    t(
        "WooPayments accounts do not have access to the standard Stripe Dashboard. Your name, address, contact information, business information, ownership details and bank account are updated in the Stripe Express dashboard.",
    )
}
/// Account details: name.
pub fn detail_name() -> &'static str {
    t("Name")
}
/// Account details: address.
pub fn detail_address() -> &'static str {
    t("Address")
}
/// Account details: contact information.
pub fn detail_contact() -> &'static str {
    t("Contact information")
}
/// Account details: business information.
pub fn detail_business() -> &'static str {
    t("Business information")
}
/// Account details: ownership details.
pub fn detail_ownership() -> &'static str {
    t("Ownership details")
}
/// Account details: bank account.
pub fn detail_bank() -> &'static str {
    t("Bank account")
}
/// Loading the support contacts.
pub fn loading_support() -> &'static str {
    t("Loading the support contacts…")
}
/// The support contacts could not be loaded.
pub fn support_failed() -> &'static str {
    t("The support contacts could not be loaded.")
}

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
pub fn takes_payments() -> &'static str {
    t("Takes payments:")
}
/// Yes.
pub fn yes() -> &'static str {
    t("Yes")
}
/// No.
pub fn no() -> &'static str {
    t("No")
}

mod faults;
pub use faults::*;
