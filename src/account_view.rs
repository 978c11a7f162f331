//! What the panel says about the WooPayments account's standing with Stripe, derived from the
//! status snapshot (pure, tested natively): the notice on every Payments screen, and whether
//! deposits are paused and why.

use panel_protocol::{StatusSnapshot, VerificationStatus};

use crate::{format, strings};

/// How loud an account notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something to do before a deadline; payments still work.
    Warning,
    /// Payments or deposits stopped.
    Error,
    /// Nothing to do but wait.
    Info,
}

impl Tone {
    /// The notice's class modifier.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Warning => "wcpay-account-notice wcpay-account-notice--warning",
            Tone::Error => "wcpay-account-notice wcpay-account-notice--error",
            Tone::Info => "wcpay-account-notice wcpay-account-notice--info",
        }
    }
}

/// The account notice: what Stripe reports, what it means, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountNotice {
    /// How loud it is.
    pub tone: Tone,
    /// Its heading.
    pub heading: &'static str,
    /// What it means for the store.
    pub explanation: &'static str,
    /// When the information is due, and how many days are left.
    pub deadline: Option<String>,
    /// What Stripe needs, in the owner's words.
    pub due: Vec<String>,
    /// What works and what does not (payments, deposits, refunds), when something stopped.
    pub works: Vec<&'static str>,
    /// Whether to offer **Update in Stripe Express**.
    pub update_in_express: bool,
    /// Whether to point to WooCommerce support.
    pub contact_support: bool,
}

/// The account notice for `snapshot` at `now` (unix seconds), if the account's standing needs
/// one: restricted soon, restricted, under review or rejected.
pub fn account_notice(snapshot: &StatusSnapshot, now: i64) -> Option<AccountNotice> {
    let account = snapshot.account.as_ref().filter(|account| account.opted_out_at.is_none())?;
    let capabilities = snapshot.capabilities;
    let due = |codes: &[&Vec<String>]| -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for code in codes.iter().flat_map(|list| list.iter()) {
            let line = strings::requirement_words(code);
            if !words.contains(&line) {
                words.push(line);
            }
        }
        words
    };
    let works = vec![
        if capabilities.take_payments { strings::payments_work() } else { strings::payments_stopped() },
        if capabilities.deposits_continue { strings::deposits_work() } else { strings::deposits_stopped() },
        if capabilities.refund { strings::refunds_work() } else { strings::refunds_stopped() },
    ];
    let requirements = &account.requirements;
    let notice = match account.verification {
        VerificationStatus::Complete | VerificationStatus::PendingVerification => return None,
        VerificationStatus::RestrictedSoon => AccountNotice {
            tone: Tone::Warning,
            heading: strings::restricted_soon_heading(),
            explanation: strings::restricted_soon_why(),
            deadline: requirements.current_deadline.map(|deadline| deadline_words(deadline, now)),
            due: due(&[&requirements.currently_due]),
            works: Vec::new(),
            update_in_express: capabilities.log_into_express,
            contact_support: false,
        },
        VerificationStatus::Restricted => AccountNotice {
            tone: Tone::Error,
            heading: strings::restricted_heading(),
            explanation: strings::restricted_why(),
            deadline: None,
            due: due(&[&requirements.past_due, &requirements.currently_due]),
            works,
            update_in_express: capabilities.log_into_express,
            contact_support: true,
        },
        VerificationStatus::UnderReview => AccountNotice {
            tone: Tone::Info,
            heading: strings::under_review_heading(),
            explanation: strings::under_review_why(),
            deadline: None,
            due: Vec::new(),
            works,
            update_in_express: false,
            contact_support: true,
        },
        VerificationStatus::Rejected => AccountNotice {
            tone: Tone::Error,
            heading: strings::rejected_heading(),
            explanation: strings::rejection_words(account.rejection),
            deadline: None,
            due: Vec::new(),
            works,
            update_in_express: false,
            contact_support: true,
        },
    };
    Some(notice)
}

/// "Due by March 5, 2024 (14 days left).": whole days, counted up.
fn deadline_words(deadline: i64, now: i64) -> String {
    const DAY: i64 = 86_400;
    let days_left = ((deadline - now).max(0) + DAY - 1) / DAY;
    strings::due_by(&format::date(deadline), days_left)
}

/// Why deposits are paused, while they are (the account exists and Stripe does not pay out).
pub fn deposits_paused(snapshot: &StatusSnapshot) -> Option<&'static str> {
    let account = snapshot.account.as_ref()?;
    (!snapshot.capabilities.deposits_continue).then(|| strings::deposits_paused_why(account.verification))
}

#[cfg(test)]
mod tests {
    use panel_protocol::{AccountRequirements, Capabilities, RejectionReason};

    use super::*;
    use crate::test_fixtures::connected;

    const NOW: i64 = 1_700_000_000;

    fn with_status(verification: VerificationStatus, capabilities: Capabilities) -> StatusSnapshot {
        let mut snapshot = connected();
        let account = snapshot.account.as_mut().expect("the fixture has an account");
        account.verification = verification;
        snapshot.capabilities = capabilities;
        snapshot
    }

    fn all_on() -> Capabilities {
        connected().capabilities
    }

    #[test]
    fn a_complete_account_needs_no_notice_and_its_deposits_go_on() {
        let snapshot = connected();
        assert_eq!(account_notice(&snapshot, NOW), None);
        assert_eq!(deposits_paused(&snapshot), None);
    }

    #[test]
    fn restricted_soon_says_what_is_due_by_when_and_offers_stripe_express() {
        let mut snapshot = with_status(VerificationStatus::RestrictedSoon, all_on());
        snapshot.account.as_mut().expect("account").requirements = AccountRequirements {
            currently_due: vec!["external_account".into(), "individual.verification.document".into()],
            past_due: vec![],
            current_deadline: Some(NOW + 14 * 86_400 - 60),
        };
        let notice = account_notice(&snapshot, NOW).expect("a notice");
        assert_eq!(notice.tone, Tone::Warning);
        assert_eq!(notice.due, ["Add a bank account", "Verify your identity"]);
        assert_eq!(notice.deadline.as_deref(), Some("Due by November 28, 2023 (14 days left)."));
        assert!(notice.update_in_express);
        assert!(notice.works.is_empty(), "payments still work: nothing to list as stopped");
    }

    #[test]
    fn restricted_lists_what_stopped_and_whom_to_contact() {
        let stopped = Capabilities { take_payments: false, deposits_continue: false, ..all_on() };
        let mut snapshot = with_status(VerificationStatus::Restricted, stopped);
        let requirements = &mut snapshot.account.as_mut().expect("account").requirements;
        requirements.past_due = vec!["company.tax_id".into()];
        requirements.currently_due = vec!["company.tax_id".into()];
        let notice = account_notice(&snapshot, NOW).expect("a notice");
        assert_eq!(notice.tone, Tone::Error);
        assert_eq!(notice.due, ["Add your business tax ID"], "past due and currently due, named once");
        assert_eq!(notice.works, [strings::payments_stopped(), strings::deposits_stopped(), strings::refunds_work()]);
        assert!(notice.update_in_express && notice.contact_support);
        assert_eq!(deposits_paused(&snapshot), Some(strings::deposits_paused_why(VerificationStatus::Restricted)));
    }

    #[test]
    fn under_review_and_rejected_point_to_woocommerce_support() {
        let review =
            with_status(VerificationStatus::UnderReview, Capabilities { deposits_continue: false, ..all_on() });
        let notice = account_notice(&review, NOW).expect("a notice");
        assert_eq!((notice.tone, notice.contact_support, notice.update_in_express), (Tone::Info, true, false));
        assert_eq!(notice.works[1], strings::deposits_stopped());

        let mut rejected = with_status(
            VerificationStatus::Rejected,
            Capabilities { take_payments: false, deposits_continue: false, ..all_on() },
        );
        rejected.account.as_mut().expect("account").rejection = Some(RejectionReason::Fraud);
        let notice = account_notice(&rejected, NOW).expect("a notice");
        assert_eq!(notice.heading, strings::rejected_heading());
        assert!(notice.explanation.contains("fraud"));
        assert!(notice.contact_support);
    }

    #[test]
    fn an_unknown_requirement_is_still_named() {
        assert_eq!(
            strings::requirement_words("person.relationship.title"),
            "Give Stripe the information it asks for (person.relationship.title)"
        );
    }

    #[test]
    fn payouts_paused_on_a_complete_account_say_so() {
        let snapshot = with_status(VerificationStatus::Complete, Capabilities { deposits_continue: false, ..all_on() });
        assert_eq!(account_notice(&snapshot, NOW), None);
        assert!(deposits_paused(&snapshot).is_some());
    }

    #[test]
    fn an_opted_out_account_gets_the_opted_out_notice_instead() {
        let mut snapshot = with_status(VerificationStatus::Restricted, all_on());
        snapshot.account.as_mut().expect("account").opted_out_at = Some(NOW);
        assert_eq!(account_notice(&snapshot, NOW), None);
    }
}
