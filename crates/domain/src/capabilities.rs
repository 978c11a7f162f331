//! What the store can do, and what its owner should do next: derived from the state, never stored.

use serde::{Deserialize, Serialize};

use crate::connection::{BreakCause, Connection};
use crate::express_account::{ExpressAccount, VerificationStatus};
use crate::world::World;

/// What the store can do right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capabilities {
    /// Customers can place new orders paid through WooPayments.
    pub take_payments: bool,
    /// Orders paid through WooPayments can be refunded.
    pub refund: bool,
    /// Disputes filed on WooPayments orders can be challenged.
    pub challenge_disputes: bool,
    /// The owner can log into the Stripe Express dashboard (where account details are edited).
    pub log_into_express: bool,
    /// Stripe keeps depositing the balance on the usual schedule. This does not need the
    /// WordPress.com connection, and goes on after opting out.
    pub deposits_continue: bool,
    /// WooCommerce support is the owner's first contact about the account (it is restricted,
    /// rejected or under review).
    pub contact_woocommerce_support: bool,
    /// The store is in test mode on a production site, so it may go live.
    pub go_live: bool,
}

/// The one thing the owner should do next, for the UI to lead with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum NextStep {
    /// Opted out of the Stripe agreement: the panel is read-only; nothing can be done.
    OptedOut,
    /// The connection is broken: reset it (**Disconnect**, then connect again, to the original
    /// account to keep things as they were).
    ResetConnection {
        /// What broke it.
        cause: BreakCause,
    },
    /// The owner is on WordPress.com's authorization page: log in (or create an account) and
    /// approve.
    Authorize,
    /// Never signed up: **Connect** to WordPress.com.
    Connect,
    /// Signed up before, not connected now: **Finish setup** to connect again; the same
    /// WooPayments account comes back, with no other step.
    FinishSetup,
    /// Connected, but no WooPayments account yet: verify the business details with Stripe.
    VerifyBusiness,
    /// Stripe needs more details (restricted, or soon): give them in the Stripe Express dashboard.
    ProvideDetailsToStripe,
    /// Stripe is checking or reviewing the account: nothing to do but wait.
    WaitForStripe,
    /// Stripe rejected the account: contact WooCommerce support.
    ContactSupport,
    /// The connection's owner was deleted or demoted: make an administrator the owner, or
    /// reconnect.
    ChooseOwner,
    /// Everything works; nothing to do.
    AllSet,
}

impl World {
    /// The account the store can work with: connected, signed up, and not opted out.
    fn usable_account(&self) -> Option<&ExpressAccount> {
        match (&self.connection, self.account()) {
            (Connection::Connected { .. }, Some(_)) if !self.is_opted_out() => self.account(),
            _ => None,
        }
    }

    /// What the store can do right now.
    pub fn capabilities(&self) -> Capabilities {
        let usable = self.usable_account();
        Capabilities {
            take_payments: usable.is_some_and(ExpressAccount::takes_payments),
            refund: usable.is_some(),
            challenge_disputes: usable.is_some(),
            log_into_express: usable.is_some() && !self.is_ownerless(),
            deposits_continue: self.account().is_some_and(ExpressAccount::deposits_continue),
            contact_woocommerce_support: !self.is_opted_out()
                && self.account().is_some_and(|account| account.verification().contact_woocommerce_support()),
            go_live: self.can_go_live(),
        }
    }

    /// The one thing the owner should do next.
    pub fn next_step(&self) -> NextStep {
        if self.is_opted_out() {
            return NextStep::OptedOut;
        }
        match (&self.connection, self.account()) {
            (Connection::Broken { cause, .. }, _) => NextStep::ResetConnection { cause: *cause },
            (Connection::Connected { .. }, _) if self.is_ownerless() => NextStep::ChooseOwner,
            (Connection::NotConnected, _) if self.authorizing.is_some() => NextStep::Authorize,
            (Connection::NotConnected, None) => NextStep::Connect,
            (Connection::NotConnected, Some(_)) => NextStep::FinishSetup,
            (Connection::Connected { .. }, None) => NextStep::VerifyBusiness,
            (Connection::Connected { .. }, Some(account)) => match account.verification() {
                VerificationStatus::Complete => NextStep::AllSet,
                VerificationStatus::RestrictedSoon | VerificationStatus::Restricted => NextStep::ProvideDetailsToStripe,
                VerificationStatus::PendingVerification | VerificationStatus::UnderReview => NextStep::WaitForStripe,
                VerificationStatus::Rejected { .. } => NextStep::ContactSupport,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Plugin, ReportOutcome, Site, StripeReport, WpcomUser};

    /// A store connected as `alice` with a complete account, as of time 100.
    fn connected_store() -> World {
        let mut world = World::new(Site::new("Shop", "https://shop.example").expect("site"));
        world.create_wpcom_account(WpcomUser { login: "alice".into(), display_name: "Alice".into() }).expect("account");
        world.log_in_to_wpcom("alice").expect("log in");
        world.add_site_user("daisy", "Daisy", crate::SiteRole::Administrator).expect("admin");
        world.start_connecting(Plugin::WooPayments, "daisy").expect("connect");
        world.authorize(100).expect("authorize");
        let id = "acct_1Nv0FGQ9RKHgCVdK".parse().expect("id");
        world.complete_business_verification(id, VerificationStatus::Complete, 100).expect("verify");
        world
    }

    /// A report with both flags on and this disabled reason, past due and currently due codes.
    fn report(disabled: Option<&str>, past_due: &[&str], currently_due: &[&str]) -> StripeReport {
        StripeReport {
            charges_enabled: true,
            payouts_enabled: true,
            currently_due: currently_due.iter().map(|code| (*code).to_owned()).collect(),
            past_due: past_due.iter().map(|code| (*code).to_owned()).collect(),
            current_deadline: (!currently_due.is_empty()).then_some(1_000),
            disabled_reason: disabled.map(str::to_owned),
            ..StripeReport::default()
        }
    }

    #[test]
    fn each_status_and_flag_decides_what_the_store_can_do() {
        let due = ["external_account"];
        let paused = StripeReport { payouts_enabled: false, ..report(None, &[], &[]) };
        let no_charges = StripeReport { charges_enabled: false, ..report(None, &[], &[]) };
        let pending =
            StripeReport { pending_verification: vec!["individual.id_number".into()], ..report(None, &[], &[]) };
        // (report, take payments, deposits continue, WooCommerce support first, next step)
        let table = [
            (report(None, &[], &[]), true, true, false, NextStep::AllSet),
            (paused, true, false, false, NextStep::AllSet),
            (no_charges, false, true, false, NextStep::AllSet),
            (pending, true, false, false, NextStep::WaitForStripe),
            (report(None, &[], &due), true, true, false, NextStep::ProvideDetailsToStripe),
            (report(None, &due, &[]), false, false, true, NextStep::ProvideDetailsToStripe),
            (report(Some("under_review"), &[], &[]), true, false, true, NextStep::WaitForStripe),
            (report(Some("rejected.fraud"), &[], &[]), false, false, true, NextStep::ContactSupport),
            (report(Some("rejected.terms_of_service"), &[], &[]), false, false, true, NextStep::ContactSupport),
            (report(Some("rejected.other"), &[], &[]), false, false, true, NextStep::ContactSupport),
        ];
        for (at, (report, payments, deposits, support, next)) in table.into_iter().enumerate() {
            let mut world = connected_store();
            let created = 200 + i64::try_from(at).expect("small");
            assert_eq!(world.record_stripe_report(&report, created), Ok(ReportOutcome::Applied));
            world.check_invariants().expect("the rules hold");
            let can = world.capabilities();
            assert_eq!(can.take_payments, payments, "take payments with {report:?}");
            assert_eq!(can.deposits_continue, deposits, "deposits with {report:?}");
            assert_eq!(can.contact_woocommerce_support, support, "support first with {report:?}");
            assert!(can.refund && can.challenge_disputes && can.log_into_express, "refunds and disputes as before");
            assert_eq!(world.next_step(), next, "next step with {report:?}");
            world.find_keys_revoked();
            let can = world.capabilities();
            assert!(!can.take_payments && !can.refund, "a broken connection takes no payments");
            assert_eq!(can.deposits_continue, deposits, "deposits do not need the connection");
        }
    }

    #[test]
    fn an_older_report_changes_nothing_and_an_opted_out_store_takes_none() {
        let mut world = connected_store();
        let restricted = report(None, &["external_account"], &[]);
        assert_eq!(world.record_stripe_report(&restricted, 300), Ok(ReportOutcome::Applied));
        let before = world.clone();
        assert_eq!(world.record_stripe_report(&report(None, &[], &[]), 299), Ok(ReportOutcome::Older));
        assert_eq!(world, before);
        assert_eq!(world.record_stripe_report(&report(None, &[], &[]), 300), Ok(ReportOutcome::Applied));
        assert_eq!(world.account().map(ExpressAccount::verification), Some(VerificationStatus::Complete));
        world.opt_out(400).expect("opt out");
        assert_eq!(world.record_stripe_report(&restricted, 500), Err(crate::DomainError::OptedOut));
    }
}
