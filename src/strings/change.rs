//! The words of the guided **Change or reset connection** flow.

use crate::i18n::{sprintf, t};

use panel_protocol::{ChangeAction, ChangeGoal, ChangeStep, JetpackChoice};

/// Menu entry, screen title and the links that lead to the flow.
pub fn change_or_reset() -> &'static str {
    t("Change or reset connection")
}
/// The link from the manual reset to the guided one.
pub fn guided_reset() -> &'static str {
    t("Or let the panel guide you through it, step by step")
}
/// Heading of the facts at the start.
pub fn change_now_heading() -> &'static str {
    t("Where things stand")
}
/// Label: the WordPress.com account connected now.
pub fn change_connected_now() -> &'static str {
    t("Connected now as")
}
/// Label: the WordPress.com account of a broken connection.
pub fn change_was_connected() -> &'static str {
    t("Was connected as (broken)")
}
/// Label: the WooPayments account.
pub fn change_express() -> &'static str {
    t("WooPayments account")
}
/// The WooPayments account stays the same.
pub fn change_express_stays() -> &'static str {
    t("stays the same: whichever WordPress.com account you connect, the store comes back on it, with no other step.")
}
/// Label: Jetpack.
pub fn change_jetpack() -> &'static str {
    t("Jetpack")
}
/// Heading of what will happen.
pub fn change_what_happens() -> &'static str {
    t("What will happen")
}
/// Payments pause from the disconnect until the reconnect.
pub fn change_pause() -> &'static str {
    t(
        "Payments pause from the moment you disconnect until you connect again. The panel does every step it can by itself; the one that happens on WordPress.com is noticed when you come back to this tab.",
    )
}
/// Heading of the steps list at the start.
pub fn change_steps_ahead() -> &'static str {
    t("The steps ahead")
}
/// The button that starts the flow.
pub fn change_start() -> &'static str {
    t("Start")
}
/// Heading of why the connection broke.
pub fn change_why_heading() -> &'static str {
    t("Why it broke")
}
/// The restore broke the tokens.
pub fn why_restore() -> &'static str {
    t(
        "The site was restored from a backup. The backup brought back old connection keys that WordPress.com no longer accepts, so the store looks connected but cannot take payments. Resetting the connection (disconnect, then connect the same account again) repairs it.",
    )
}
/// Why the connection broke: a check found WordPress.com no longer accepts the site's keys.
pub fn why_keys_revoked() -> &'static str {
    t(
        "A check found that WordPress.com no longer accepts your site's connection keys, so the store looks connected but cannot take payments. Resetting the connection (disconnect, then connect again) issues fresh keys.",
    )
}

/// The address changed: from where to where.
pub fn why_address(now: &str, before: Option<&str>) -> String {
    match before {
        Some(before) => sprintf(
            t(
                "The site now answers at %1$s; its connection was made at %2$s. WordPress.com ties the connection to the address, so it stopped working. Is this the same site, moved, or a copy of it?",
            ),
            &[&now, &before],
        ),
        None => sprintf(
            t(
                "The site now answers at %s, not at the address its connection was made at, so the connection stopped working. Is this the same site, moved, or a copy of it?",
            ),
            &[&now],
        ),
    }
}

/// Heading of the choice.
pub fn change_choose_heading() -> &'static str {
    t("What do you want to do?")
}
/// Legend of the goal choice.
pub fn change_goal_legend() -> &'static str {
    t("The connection")
}
/// Legend of the Jetpack choice.
pub fn change_jetpack_legend() -> &'static str {
    t("Jetpack, afterwards")
}
/// Continue with the chosen plan.
pub fn change_continue() -> &'static str {
    t("Continue")
}
/// Stop the change.
pub fn change_cancel() -> &'static str {
    t("Cancel the change")
}
/// What cancelling means once something was done.
pub fn change_cancel_hint() -> &'static str {
    t("Cancelling stops the guide here; what was done stays done.")
}
/// Shown while an action of the flow runs.
pub fn change_working() -> &'static str {
    t("Working…")
}
/// The list of steps, for screen readers.
pub fn change_progress_label() -> &'static str {
    t("Progress")
}
/// A done step, for screen readers.
pub fn change_step_done() -> &'static str {
    t("(done)")
}

/// "Step 2 of 5".
pub fn step_of(number: usize, total: usize) -> String {
    sprintf(t("Step %1$d of %2$d"), &[&number, &total])
}

/// How a goal reads as a choice.
pub fn goal_label(goal: ChangeGoal) -> &'static str {
    match goal {
        ChangeGoal::AnotherAccount => t("Connect another WordPress.com account"),
        ChangeGoal::SameAccount => t("Reconnect the same WordPress.com account (reset the connection)"),
        ChangeGoal::MovedSite => t("This is the moved site: keep its connection"),
        ChangeGoal::CopyOfSite => t(
            "This is a copy of the site (for example staging): start a fresh connection for it, in test mode, and leave the original's alone",
        ),
        ChangeGoal::DecideLater => {
            t("Decide later: payments stay off on this site, and neither site's connection changes")
        }
    }
}

/// How a Jetpack choice reads.
pub fn jetpack_choice_label(choice: JetpackChoice) -> &'static str {
    match choice {
        JetpackChoice::Keep => t("Keep Jetpack: it shares the new connection"),
        JetpackChoice::Remove => t("Remove Jetpack: the panel deactivates and deletes it"),
    }
}

/// A step's title.
pub fn step_title(step: ChangeStep) -> &'static str {
    match step {
        ChangeStep::Disconnect => t("Disconnect"),
        ChangeStep::ConfirmMove => t("Keep the connection at the new address"),
        ChangeStep::StartFresh => t("Let go of the original site's connection"),
        ChangeStep::RemoveJetpack => t("Remove Jetpack"),
        ChangeStep::LogOutOfWpcom => t("Log out of WordPress.com"),
        ChangeStep::Reconnect => t("Connect again"),
        ChangeStep::Check => t("Check the result"),
    }
}

/// What the Disconnect step does.
pub fn step_disconnect() -> &'static str {
    t(
        "Disconnect the store from WordPress.com. The warning popup lists what stops working; payments pause until you connect again. No need to install Jetpack for this.",
    )
}
/// What the Remove Jetpack step does.
pub fn step_remove_jetpack() -> &'static str {
    t("The panel deactivates Jetpack and deletes it from the site.")
}
/// The button of the Remove Jetpack step.
pub fn remove_jetpack() -> &'static str {
    t("Deactivate and delete Jetpack")
}

/// What the Log out step asks, for the account logged in now.
pub fn step_log_out(who: &str) -> String {
    sprintf(
        t(
            "This browser is logged in to WordPress.com as %s. Open your WordPress.com profile, click Log Out, then come back to this tab: the panel notices.",
        ),
        &[&who],
    )
}
/// The link out to the WordPress.com profile.
pub fn open_wpcom_profile() -> &'static str {
    t("Open WordPress.com to log out (new tab)")
}
/// Check the session again.
pub fn check_again() -> &'static str {
    t("I have logged out: check again")
}
/// Still logged in after checking.
pub fn still_logged_in() -> &'static str {
    t("Still logged in as the same account. Log Out on your WordPress.com profile, then check again.")
}

/// What the Reconnect step asks, for the goal and the account to connect.
pub fn step_reconnect(goal: ChangeGoal, from: &str) -> String {
    match goal {
        ChangeGoal::AnotherAccount => sprintf(
            t(
                "Click Finish setup and, on WordPress.com, log in as the account you want (not %s) or create one, then Approve.",
            ),
            &[&from],
        ),
        ChangeGoal::SameAccount => {
            sprintf(t("Click Finish setup and, on WordPress.com, approve as %1$s (log in as %1$s if asked)."), &[&from])
        }
        ChangeGoal::MovedSite | ChangeGoal::CopyOfSite | ChangeGoal::DecideLater => {
            t("Click Finish setup and approve the connection on WordPress.com.").to_owned()
        }
    }
}
/// What the Keep-connection step does.
pub fn step_confirm_move(now: &str) -> String {
    sprintf(
        t(
            "WordPress.com takes the new address, %s, and the connection works again as before. Payments resume at once.",
        ),
        &[&now],
    )
}
/// The button of the Keep-connection step.
pub fn keep_connection() -> &'static str {
    t("Keep the connection")
}
/// What the Start-fresh step does.
pub fn step_start_fresh(original: &str) -> String {
    sprintf(
        t(
            "This copy stops using the connection it copied from the original site (%s), whose connection stays exactly as it is. Then you connect this copy on its own.",
        ),
        &[&original],
    )
}
/// The button of the Start-fresh step.
pub fn start_fresh() -> &'static str {
    t("Start a fresh connection")
}

/// Heading of the result.
pub fn check_heading() -> &'static str {
    t("The result")
}
/// Result row: connected as whom.
pub fn check_connected(who: Option<&str>) -> String {
    match who {
        Some(who) => sprintf(t("Connected to WordPress.com as %s"), &[&who]),
        None => t("Not connected to WordPress.com").to_owned(),
    }
}
/// Result row: the account is what was chosen.
pub fn check_account_ok() -> &'static str {
    t("The account you chose")
}
/// Result row: the account is not what was chosen.
pub fn check_account_wrong() -> &'static str {
    t(
        "This is not the account you chose. WordPress.com approved as whoever was logged in there: change it again to fix it.",
    )
}
/// Result row: the same WooPayments account.
pub fn check_same_express(id: &str) -> String {
    sprintf(t("Same WooPayments account as before: %s"), &[&id])
}
/// Result row: the WooPayments account changed (should never happen).
pub fn check_express_different() -> &'static str {
    t("The WooPayments account is not the one from before: contact WooCommerce support.")
}
/// Result row of a copy: it has its own test account, the live one stays with the original.
pub fn check_copy_apart(live: &str) -> String {
    sprintf(
        t(
            "This copy runs in test mode with a test account of its own; the live WooPayments account %s stays with the original site",
        ),
        &[&live],
    )
}
/// The one result row of deciding later.
pub fn check_decided_later() -> &'static str {
    t(
        "Payments stay off on this site, and neither site's connection changed. Come back to Change or reset connection when you know which site this is.",
    )
}
/// Result row: payments on.
pub fn check_payments_on() -> &'static str {
    t("Payments are on")
}
/// Result row: payments still off.
pub fn check_payments_off() -> &'static str {
    t("Payments are still off: see the banner above for why.")
}
/// Result row: Jetpack as chosen.
pub fn check_jetpack_ok() -> &'static str {
    t("Jetpack is as you chose")
}
/// Result row: Jetpack not as chosen.
pub fn check_jetpack_wrong() -> &'static str {
    t("Jetpack is not as you chose: see the Plugins screen.")
}
/// Finish the change.
pub fn change_done() -> &'static str {
    t("Done")
}
/// Start the change again.
pub fn change_again() -> &'static str {
    t("Change it again")
}

/// The pause so far: "Payments paused for 12 minutes".
pub fn paused_for(duration: &str) -> String {
    sprintf(t("Payments paused for %s"), &[&duration])
}
/// The pause ended.
pub fn paused_was(duration: &str) -> String {
    sprintf(t("Payments were paused for %s."), &[&duration])
}

/// The reminder on the other Payments screens.
pub fn change_in_progress(step: &str, title: &str) -> String {
    sprintf(t("A change of the connection is in progress: %1$s, %2$s."), &[&step, &title])
}
/// The link back to the flow.
pub fn change_resume() -> &'static str {
    t("Continue the change")
}

/// Nothing to change: not connected.
pub fn nothing_to_change() -> &'static str {
    t(
        "The store is not connected to WordPress.com, so there is no connection to change or reset. Connect it with Finish setup.",
    )
}

/// The heading of the notice saying a step of the change failed.
pub fn change_failed(action: ChangeAction) -> &'static str {
    match action {
        ChangeAction::Start => t("The change could not be started."),
        ChangeAction::Choose { .. } => t("Your choice could not be saved."),
        ChangeAction::ConfirmMove => t("The connection could not be kept at the new address."),
        ChangeAction::StartFresh => t("The fresh connection could not be started."),
        ChangeAction::RemoveJetpack => t("Jetpack could not be removed."),
        ChangeAction::Finish => t("The change could not be finished."),
        ChangeAction::Cancel => t("The change could not be cancelled."),
    }
}
