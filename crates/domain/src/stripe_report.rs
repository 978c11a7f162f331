//! What Stripe reports about the Express account (its `account.updated` events), and the
//! verification status that follows from a report.

use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::express_account::{RejectionReason, VerificationStatus};
use crate::world::World;

/// One report from Stripe about the account: the fields of its `account` object the panel uses.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StripeReport {
    /// Whether the account can take charges.
    pub charges_enabled: bool,
    /// Whether Stripe pays the balance out.
    pub payouts_enabled: bool,
    /// Requirement codes due now (`requirements.currently_due`).
    pub currently_due: Vec<String>,
    /// Requirement codes past their deadline (`requirements.past_due`).
    pub past_due: Vec<String>,
    /// Requirement codes given and being checked (`requirements.pending_verification`).
    pub pending_verification: Vec<String>,
    /// When the currently due requirements must be given by (`requirements.current_deadline`).
    pub current_deadline: Option<i64>,
    /// Why Stripe disabled the account, if it did (`requirements.disabled_reason`), e.g.
    /// `rejected.fraud`, `under_review`, `requirements.past_due`.
    pub disabled_reason: Option<String>,
}

impl StripeReport {
    /// The verification status the report means, the first that applies: rejected (any
    /// `rejected.*` reason), under review, restricted (past due requirements), restricted soon
    /// (requirements due by a deadline), pending verification, or else complete.
    pub fn status(&self) -> VerificationStatus {
        let disabled = self.disabled_reason.as_deref().unwrap_or_default();
        if let Some(reason) = disabled.strip_prefix("rejected.") {
            let reason = match reason {
                "fraud" => RejectionReason::Fraud,
                "terms_of_service" => RejectionReason::TermsOfService,
                _ => RejectionReason::Other,
            };
            return VerificationStatus::Rejected { reason };
        }
        if disabled == "under_review" {
            VerificationStatus::UnderReview
        } else if !self.past_due.is_empty() || disabled == "requirements.past_due" {
            VerificationStatus::Restricted
        } else if !self.currently_due.is_empty() && self.current_deadline.is_some() {
            VerificationStatus::RestrictedSoon
        } else if !self.pending_verification.is_empty() || disabled == "requirements.pending_verification" {
            VerificationStatus::PendingVerification
        } else {
            VerificationStatus::Complete
        }
    }
}

/// What recording a report did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportOutcome {
    /// The report was newer than any applied before: the account now shows it.
    Applied,
    /// A newer report was applied already: this one arrived late and changed nothing.
    Older,
}

impl World {
    /// Records what Stripe reported about the site's account in an event made at `created`
    /// (seconds since the Unix epoch). A report older than the newest one applied changes
    /// nothing ([`ReportOutcome::Older`]): Stripe's events may arrive out of order.
    ///
    /// Refused when the site has no account, or after opting out.
    pub fn record_stripe_report(&mut self, report: &StripeReport, created: i64) -> Result<ReportOutcome, DomainError> {
        let account = self.linked_account_mut()?;
        if account.reported_at().is_some_and(|newest| created < newest) {
            return Ok(ReportOutcome::Older);
        }
        account.apply(report, created);
        Ok(ReportOutcome::Applied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[&str]) -> Vec<String> {
        list.iter().map(|code| (*code).to_owned()).collect()
    }

    #[test]
    fn the_status_follows_from_the_report_in_order() {
        use VerificationStatus::*;
        let due = codes(&["external_account", "individual.verification.document"]);
        let base = StripeReport { charges_enabled: true, payouts_enabled: true, ..StripeReport::default() };
        let with = |change: &dyn Fn(&mut StripeReport)| {
            let mut report = base.clone();
            change(&mut report);
            report
        };
        let table = [
            (base.clone(), Complete),
            (with(&|r| r.disabled_reason = Some("rejected.fraud".into())), Rejected { reason: RejectionReason::Fraud }),
            (
                with(&|r| r.disabled_reason = Some("rejected.terms_of_service".into())),
                Rejected { reason: RejectionReason::TermsOfService },
            ),
            (with(&|r| r.disabled_reason = Some("rejected.other".into())), Rejected { reason: RejectionReason::Other }),
            (
                with(&|r| r.disabled_reason = Some("rejected.listed".into())),
                Rejected { reason: RejectionReason::Other },
            ),
            (
                with(&|r| {
                    r.disabled_reason = Some("rejected.fraud".into());
                    r.past_due = due.clone();
                }),
                Rejected { reason: RejectionReason::Fraud },
            ),
            (with(&|r| r.disabled_reason = Some("under_review".into())), UnderReview),
            (
                with(&|r| {
                    r.disabled_reason = Some("under_review".into());
                    r.past_due = due.clone();
                }),
                UnderReview,
            ),
            (with(&|r| r.past_due = due.clone()), Restricted),
            (with(&|r| r.disabled_reason = Some("requirements.past_due".into())), Restricted),
            (
                with(&|r| {
                    r.past_due = due.clone();
                    r.currently_due = due.clone();
                    r.current_deadline = Some(1_700_000_000);
                }),
                Restricted,
            ),
            (
                with(&|r| {
                    r.currently_due = due.clone();
                    r.current_deadline = Some(1_700_000_000);
                }),
                RestrictedSoon,
            ),
            (with(&|r| r.currently_due = due.clone()), Complete),
            (
                with(&|r| {
                    r.currently_due = due.clone();
                    r.current_deadline = Some(1_700_000_000);
                    r.pending_verification = due.clone();
                }),
                RestrictedSoon,
            ),
            (with(&|r| r.pending_verification = codes(&["individual.id_number"])), PendingVerification),
            (with(&|r| r.disabled_reason = Some("requirements.pending_verification".into())), PendingVerification),
        ];
        for (report, expected) in table {
            assert_eq!(report.status(), expected, "{report:?}");
        }
    }
}
