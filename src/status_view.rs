//! What the screens derive from the status snapshot: pure functions, tested natively, so every
//! screen tells the same story (why payments are off, what to do next, where to act).

use panel_protocol::{
    BreakCause, Connection, ConnectionCheck, JetpackState, NextStep, StatusSnapshot, VerificationStatus, percent_encode,
};

use crate::app_path::Screen;
use crate::format::time_ago;
use crate::strings;

/// Why the store cannot take payments now, or `None` when it can.
pub fn payments_off_reason(snapshot: &StatusSnapshot) -> Option<&'static str> {
    if snapshot.capabilities.take_payments {
        return None;
    }
    Some(match (&snapshot.connection, &snapshot.next_step) {
        (_, NextStep::OptedOut) => strings::off_opted_out(),
        (Connection::Broken { .. }, _) => strings::off_broken(),
        (Connection::NotConnected, NextStep::FinishSetup | NextStep::Authorize) if snapshot.account.is_some() => {
            strings::off_disconnected()
        }
        (Connection::NotConnected, _) => strings::off_never_connected(),
        // No account yet (in test mode: no test account), whatever else the owner must do first.
        (Connection::Connected { .. }, _) if snapshot.account.is_none() => strings::off_no_account(),
        (Connection::Connected { .. }, _) => strings::off_stripe(),
    })
}

/// Where the fix for what [`payments_off_reason`] reports is, as a screen and the
/// label of the link there: the guided change when one is in progress.
pub fn fix_link(snapshot: &StatusSnapshot) -> Option<(Screen, &'static str)> {
    if snapshot.change.is_some() {
        return Some((Screen::Change, strings::change_resume()));
    }
    match snapshot.next_step {
        NextStep::Connect | NextStep::FinishSetup | NextStep::Authorize | NextStep::VerifyBusiness => {
            Some((Screen::Connect, strings::finish_setup()))
        }
        NextStep::ResetConnection { .. } => Some((Screen::Connect, strings::reset_connection())),
        NextStep::ProvideDetailsToStripe => Some((Screen::Account, strings::update_in_express())),
        NextStep::ContactSupport => Some((Screen::Support, strings::contact_support())),
        NextStep::ChooseOwner => Some((Screen::Overview, strings::choose_new_owner())),
        NextStep::OptedOut | NextStep::WaitForStripe | NextStep::AllSet => None,
    }
}

/// The page where the owner verifies their business with Stripe, coming back to `return_to`
/// (an in-app path), while that is what setup waits for.
pub fn verify_link(snapshot: &StatusSnapshot, return_to: &str) -> Option<String> {
    snapshot.verify_url.as_ref().map(|url| format!("{url}?return_to={}", percent_encode(return_to)))
}

/// Whether setup is unfinished: the store is not connected, or has no account yet.
pub fn setup_unfinished(snapshot: &StatusSnapshot) -> bool {
    matches!(
        snapshot.next_step,
        NextStep::Connect | NextStep::FinishSetup | NextStep::Authorize | NextStep::VerifyBusiness
    )
}

/// What the owner should read about a broken connection's cause.
pub fn break_cause_text(cause: BreakCause) -> &'static str {
    match cause {
        BreakCause::RestoredFromBackup => strings::broken_by_restore(),
        BreakCause::SiteAddressChanged => strings::broken_by_address(),
        BreakCause::KeysRevoked => strings::broken_by_keys_revoked(),
    }
}

/// The connection card's line about the last check, read at `now` (seconds since the epoch):
/// "Connection checked 2 minutes ago: working", or "Connection not checked yet".
pub fn connection_check_line(check: Option<ConnectionCheck>, now: i64) -> String {
    match check {
        Some(check) => strings::connection_checked(&time_ago(check.checked_at, now), check.working),
        None => strings::connection_not_checked().to_owned(),
    }
}

/// How the Jetpack plugin's state reads on screen.
pub fn jetpack_state_label(state: JetpackState) -> &'static str {
    match state {
        JetpackState::NotInstalled => strings::jetpack_not_installed(),
        JetpackState::Inactive => strings::jetpack_inactive(),
        JetpackState::Active => strings::jetpack_active(),
    }
}

/// The counts shown as badges beside the admin menu's entries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MenuBadges {
    /// Beside **Payments**: setup unfinished or connection broken (1), else nothing.
    pub payments: u32,
}

/// The menu's badges for `snapshot`.
pub fn menu_badges(snapshot: &StatusSnapshot) -> MenuBadges {
    let stripe_needs_details = snapshot.account.as_ref().is_some_and(|account| {
        account.opted_out_at.is_none()
            && matches!(account.verification, VerificationStatus::RestrictedSoon | VerificationStatus::Restricted)
    });
    let needs_owner = setup_unfinished(snapshot)
        || matches!(snapshot.connection, Connection::Broken { .. })
        || stripe_needs_details
        || snapshot.next_step == NextStep::ChooseOwner;
    MenuBadges { payments: u32::from(needs_owner) }
}

#[cfg(test)]
mod tests {
    use panel_protocol::{Capabilities, Plugin, WpcomUser};

    use super::*;
    use crate::test_fixtures::connected;

    fn off(snapshot: &mut StatusSnapshot) {
        snapshot.capabilities = Capabilities { take_payments: false, ..snapshot.capabilities };
    }

    #[test]
    fn a_connected_store_without_an_account_is_off_for_that_even_while_ownerless() {
        let mut snapshot = connected();
        off(&mut snapshot);
        snapshot.account = None;
        snapshot.next_step = NextStep::ChooseOwner;
        assert_eq!(payments_off_reason(&snapshot), Some(strings::off_no_account()), "not Stripe's pause");
        snapshot.next_step = NextStep::VerifyBusiness;
        assert_eq!(payments_off_reason(&snapshot), Some(strings::off_no_account()));
    }

    #[test]
    fn a_connected_verified_store_takes_payments_and_needs_nothing() {
        let snapshot = connected();
        assert_eq!(payments_off_reason(&snapshot), None);
        assert_eq!(fix_link(&snapshot), None);
        assert!(!setup_unfinished(&snapshot));
        assert_eq!(menu_badges(&snapshot).payments, 0);
    }

    #[test]
    fn after_disconnect_payments_are_off_until_finish_setup() {
        let mut snapshot = connected();
        off(&mut snapshot);
        snapshot.connection = Connection::NotConnected;
        snapshot.next_step = NextStep::FinishSetup;
        assert_eq!(payments_off_reason(&snapshot), Some(strings::off_disconnected()));
        assert_eq!(fix_link(&snapshot), Some((Screen::Connect, strings::finish_setup())));
        assert_eq!(menu_badges(&snapshot).payments, 1);
    }

    #[test]
    fn a_never_connected_store_is_asked_to_connect() {
        let mut snapshot = connected();
        off(&mut snapshot);
        snapshot.connection = Connection::NotConnected;
        snapshot.account = None;
        snapshot.next_step = NextStep::Connect;
        assert_eq!(payments_off_reason(&snapshot), Some(strings::off_never_connected()));
    }

    #[test]
    fn a_broken_connection_leads_to_the_reset() {
        let mut snapshot = connected();
        off(&mut snapshot);
        snapshot.connection = Connection::Broken {
            user: WpcomUser { login: "daisy".into(), display_name: "Daisy".into() },
            since: 1,
            through: Plugin::WooPayments,
            cause: BreakCause::RestoredFromBackup,
        };
        snapshot.next_step = NextStep::ResetConnection { cause: BreakCause::RestoredFromBackup };
        assert_eq!(payments_off_reason(&snapshot), Some(strings::off_broken()));
        assert_eq!(fix_link(&snapshot), Some((Screen::Connect, strings::reset_connection())));
        assert_eq!(menu_badges(&snapshot).payments, 1);
        let reset: panel_protocol::ChangeProgress = serde_json::from_value(serde_json::json!({
            "started_at": 1, "from": { "login": "daisy", "display_name": "Daisy" }, "express_account_id": null,
            "cause": "restored_from_backup", "jetpack_installed": false, "plan": null, "steps": [], "current": null,
            "paused_since": 1, "reconnected_at": null, "check": null
        }))
        .expect("a change in progress");
        snapshot.change = Some(reset);
        assert_eq!(fix_link(&snapshot), Some((Screen::Change, strings::change_resume())), "back to the guided change");
    }

    #[test]
    fn the_last_check_reads_as_how_long_ago_and_what_it_found() {
        let now = 1_700_000_000;
        let check = |ago: i64, working: bool| Some(ConnectionCheck { checked_at: now - ago, working });
        assert_eq!(connection_check_line(None, now), "Connection not checked yet");
        assert_eq!(connection_check_line(check(10, true), now), "Connection checked just now: working");
        assert_eq!(connection_check_line(check(120, true), now), "Connection checked 2 minutes ago: working");
        assert_eq!(connection_check_line(check(7200, false), now), "Connection checked 2 hours ago: not working");
    }

    #[test]
    fn an_opted_out_store_has_nothing_to_fix() {
        let mut snapshot = connected();
        off(&mut snapshot);
        snapshot.next_step = NextStep::OptedOut;
        assert_eq!(payments_off_reason(&snapshot), Some(strings::off_opted_out()));
        assert_eq!(fix_link(&snapshot), None);
    }

    #[test]
    fn a_store_waiting_for_stripe_verification_is_led_to_it_and_back() {
        let mut snapshot = connected();
        snapshot.account = None;
        snapshot.next_step = NextStep::VerifyBusiness;
        snapshot.verify_url = Some("/stripe/verify".into());
        assert_eq!(
            verify_link(&snapshot, "/wp-admin/payments/").as_deref(),
            Some("/stripe/verify?return_to=%2Fwp-admin%2Fpayments%2F")
        );
        assert_eq!(fix_link(&snapshot), Some((Screen::Connect, strings::finish_setup())));
        snapshot.verify_url = None;
        assert_eq!(verify_link(&snapshot, "/"), None, "no link once there is nothing to verify");
    }
}
