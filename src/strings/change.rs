//! The words of the guided **Change or reset connection** flow.

use panel_protocol::{ChangeAction, ChangeGoal, ChangeStep, JetpackChoice};

/// Menu entry, screen title and the links that lead to the flow.
pub const CHANGE_OR_RESET: &str = "Change or reset connection";
/// The link from the manual reset to the guided one.
pub const GUIDED_RESET: &str = "Or let the panel guide you through it, step by step";
/// Heading of the facts at the start.
pub const CHANGE_NOW_HEADING: &str = "Where things stand";
/// Label: the WordPress.com account connected now.
pub const CHANGE_CONNECTED_NOW: &str = "Connected now as";
/// Label: the WordPress.com account of a broken connection.
pub const CHANGE_WAS_CONNECTED: &str = "Was connected as (broken)";
/// Label: the WooPayments account.
pub const CHANGE_EXPRESS: &str = "WooPayments account";
/// The WooPayments account stays the same.
pub const CHANGE_EXPRESS_STAYS: &str =
    "stays the same: whichever WordPress.com account you connect, the store comes back on it, with no other step.";
/// Label: Jetpack.
pub const CHANGE_JETPACK: &str = "Jetpack";
/// Heading of what will happen.
pub const CHANGE_WHAT_HAPPENS: &str = "What will happen";
/// Payments pause from the disconnect until the reconnect.
pub const CHANGE_PAUSE: &str = "Payments pause from the moment you disconnect until you connect again. The panel does every step it can by itself; the one that happens on WordPress.com is noticed when you come back to this tab.";
/// Heading of the steps list at the start.
pub const CHANGE_STEPS_AHEAD: &str = "The steps ahead";
/// The button that starts the flow.
pub const CHANGE_START: &str = "Start";
/// Heading of why the connection broke.
pub const CHANGE_WHY_HEADING: &str = "Why it broke";
/// The restore broke the tokens.
pub const WHY_RESTORE: &str = "The site was restored from a backup. The backup brought back old connection keys that WordPress.com no longer accepts, so the store looks connected but cannot take payments. Resetting the connection (disconnect, then connect the same account again) repairs it.";
/// Why the connection broke: a check found WordPress.com no longer accepts the site's keys.
pub const WHY_KEYS_REVOKED: &str = "A check found that WordPress.com no longer accepts your site's connection keys, so the store looks connected but cannot take payments. Resetting the connection (disconnect, then connect again) issues fresh keys.";

/// The address changed: from where to where.
pub fn why_address(now: &str, before: Option<&str>) -> String {
    match before {
        Some(before) => format!(
            "The site now answers at {now}; its connection was made at {before}. WordPress.com ties the connection to the address, so it stopped working. Is this the same site, moved, or a copy of it?"
        ),
        None => format!(
            "The site now answers at {now}, not at the address its connection was made at, so the connection stopped working. Is this the same site, moved, or a copy of it?"
        ),
    }
}

/// Heading of the choice.
pub const CHANGE_CHOOSE_HEADING: &str = "What do you want to do?";
/// Legend of the goal choice.
pub const CHANGE_GOAL_LEGEND: &str = "The connection";
/// Legend of the Jetpack choice.
pub const CHANGE_JETPACK_LEGEND: &str = "Jetpack, afterwards";
/// Continue with the chosen plan.
pub const CHANGE_CONTINUE: &str = "Continue";
/// Stop the change.
pub const CHANGE_CANCEL: &str = "Cancel the change";
/// What cancelling means once something was done.
pub const CHANGE_CANCEL_HINT: &str = "Cancelling stops the guide here; what was done stays done.";
/// Shown while an action of the flow runs.
pub const CHANGE_WORKING: &str = "Working…";
/// The list of steps, for screen readers.
pub const CHANGE_PROGRESS_LABEL: &str = "Progress";
/// A done step, for screen readers.
pub const CHANGE_STEP_DONE: &str = "(done)";

/// "Step 2 of 5".
pub fn step_of(number: usize, total: usize) -> String {
    format!("Step {number} of {total}")
}

/// How a goal reads as a choice.
pub fn goal_label(goal: ChangeGoal) -> &'static str {
    match goal {
        ChangeGoal::AnotherAccount => "Connect another WordPress.com account",
        ChangeGoal::SameAccount => "Reconnect the same WordPress.com account (reset the connection)",
        ChangeGoal::MovedSite => "This is the moved site: keep its connection",
        ChangeGoal::CopyOfSite => {
            "This is a copy of the site (for example staging): start a fresh connection for it, in test mode, and leave the original's alone"
        }
        ChangeGoal::DecideLater => {
            "Decide later: payments stay off on this site, and neither site's connection changes"
        }
    }
}

/// How a Jetpack choice reads.
pub fn jetpack_choice_label(choice: JetpackChoice) -> &'static str {
    match choice {
        JetpackChoice::Keep => "Keep Jetpack: it shares the new connection",
        JetpackChoice::Remove => "Remove Jetpack: the panel deactivates and deletes it",
    }
}

/// A step's title.
pub fn step_title(step: ChangeStep) -> &'static str {
    match step {
        ChangeStep::Disconnect => "Disconnect",
        ChangeStep::ConfirmMove => "Keep the connection at the new address",
        ChangeStep::StartFresh => "Let go of the original site's connection",
        ChangeStep::RemoveJetpack => "Remove Jetpack",
        ChangeStep::LogOutOfWpcom => "Log out of WordPress.com",
        ChangeStep::Reconnect => "Connect again",
        ChangeStep::Check => "Check the result",
    }
}

/// What the Disconnect step does.
pub const STEP_DISCONNECT: &str = "Disconnect the store from WordPress.com. The warning popup lists what stops working; payments pause until you connect again. No need to install Jetpack for this.";
/// What the Remove Jetpack step does.
pub const STEP_REMOVE_JETPACK: &str = "The panel deactivates Jetpack and deletes it from the site.";
/// The button of the Remove Jetpack step.
pub const REMOVE_JETPACK: &str = "Deactivate and delete Jetpack";

/// What the Log out step asks, for the account logged in now.
pub fn step_log_out(who: &str) -> String {
    format!(
        "This browser is logged in to WordPress.com as {who}. Open your WordPress.com profile, click Log Out, then come back to this tab: the panel notices."
    )
}
/// The link out to the WordPress.com profile.
pub const OPEN_WPCOM_PROFILE: &str = "Open WordPress.com to log out (new tab)";
/// Check the session again.
pub const CHECK_AGAIN: &str = "I have logged out: check again";
/// Still logged in after checking.
pub const STILL_LOGGED_IN: &str =
    "Still logged in as the same account. Log Out on your WordPress.com profile, then check again.";

/// What the Reconnect step asks, for the goal and the account to connect.
pub fn step_reconnect(goal: ChangeGoal, from: &str) -> String {
    match goal {
        ChangeGoal::AnotherAccount => format!(
            "Click Finish setup and, on WordPress.com, log in as the account you want (not {from}) or create one, then Approve."
        ),
        ChangeGoal::SameAccount => {
            format!("Click Finish setup and, on WordPress.com, approve as {from} (log in as {from} if asked).")
        }
        ChangeGoal::MovedSite | ChangeGoal::CopyOfSite | ChangeGoal::DecideLater => {
            "Click Finish setup and approve the connection on WordPress.com.".to_owned()
        }
    }
}
/// What the Keep-connection step does.
pub fn step_confirm_move(now: &str) -> String {
    format!(
        "WordPress.com takes the new address, {now}, and the connection works again as before. Payments resume at once."
    )
}
/// The button of the Keep-connection step.
pub const KEEP_CONNECTION: &str = "Keep the connection";
/// What the Start-fresh step does.
pub fn step_start_fresh(original: &str) -> String {
    format!(
        "This copy stops using the connection it copied from the original site ({original}), whose connection stays exactly as it is. Then you connect this copy on its own."
    )
}
/// The button of the Start-fresh step.
pub const START_FRESH: &str = "Start a fresh connection";

/// Heading of the result.
pub const CHECK_HEADING: &str = "The result";
/// Result row: connected as whom.
pub fn check_connected(who: Option<&str>) -> String {
    match who {
        Some(who) => format!("Connected to WordPress.com as {who}"),
        None => "Not connected to WordPress.com".to_owned(),
    }
}
/// Result row: the account is what was chosen.
pub const CHECK_ACCOUNT_OK: &str = "The account you chose";
/// Result row: the account is not what was chosen.
pub const CHECK_ACCOUNT_WRONG: &str = "This is not the account you chose. WordPress.com approved as whoever was logged in there: change it again to fix it.";
/// Result row: the same WooPayments account.
pub fn check_same_express(id: &str) -> String {
    format!("Same WooPayments account as before: {id}")
}
/// Result row: the WooPayments account changed (should never happen).
pub const CHECK_EXPRESS_DIFFERENT: &str =
    "The WooPayments account is not the one from before: contact WooCommerce support.";
/// Result row of a copy: it has its own test account, the live one stays with the original.
pub fn check_copy_apart(live: &str) -> String {
    format!(
        "This copy runs in test mode with a test account of its own; the live WooPayments account {live} stays with the original site"
    )
}
/// The one result row of deciding later.
pub const CHECK_DECIDED_LATER: &str = "Payments stay off on this site, and neither site's connection changed. Come back to Change or reset connection when you know which site this is.";
/// Result row: payments on.
pub const CHECK_PAYMENTS_ON: &str = "Payments are on";
/// Result row: payments still off.
pub const CHECK_PAYMENTS_OFF: &str = "Payments are still off: see the banner above for why.";
/// Result row: Jetpack as chosen.
pub const CHECK_JETPACK_OK: &str = "Jetpack is as you chose";
/// Result row: Jetpack not as chosen.
pub const CHECK_JETPACK_WRONG: &str = "Jetpack is not as you chose: see the Plugins screen.";
/// Finish the change.
pub const CHANGE_DONE: &str = "Done";
/// Start the change again.
pub const CHANGE_AGAIN: &str = "Change it again";

/// The pause so far: "Payments paused for 12 minutes".
pub fn paused_for(duration: &str) -> String {
    format!("Payments paused for {duration}")
}
/// The pause ended.
pub fn paused_was(duration: &str) -> String {
    format!("Payments were paused for {duration}.")
}

/// The reminder on the other Payments screens.
pub fn change_in_progress(step: &str, title: &str) -> String {
    format!("A change of the connection is in progress: {step}, {title}.")
}
/// The link back to the flow.
pub const CHANGE_RESUME: &str = "Continue the change";

/// Nothing to change: not connected.
pub const NOTHING_TO_CHANGE: &str = "The store is not connected to WordPress.com, so there is no connection to change or reset. Connect it with Finish setup.";

/// The heading of the notice saying a step of the change failed.
pub fn change_failed(action: ChangeAction) -> &'static str {
    match action {
        ChangeAction::Start => "The change could not be started.",
        ChangeAction::Choose { .. } => "Your choice could not be saved.",
        ChangeAction::ConfirmMove => "The connection could not be kept at the new address.",
        ChangeAction::StartFresh => "The fresh connection could not be started.",
        ChangeAction::RemoveJetpack => "Jetpack could not be removed.",
        ChangeAction::Finish => "The change could not be finished.",
        ChangeAction::Cancel => "The change could not be cancelled.",
    }
}
