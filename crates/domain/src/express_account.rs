//! The WooPayments account: a Stripe Express account bound to the site, not to a WordPress.com
//! user.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::world::World;

/// The id of a Stripe Express account: `acct_` followed by 16 ASCII letters or digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ExpressAccountId(String);

impl ExpressAccountId {
    /// What every Express account id starts with.
    pub const PREFIX: &'static str = "acct_";
    /// How many letters or digits follow [`Self::PREFIX`].
    pub const SUFFIX_LEN: usize = 16;

    /// The id as text, e.g. `acct_1Nv0FGQ9RKHgCVdK`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `text` is `acct_` followed by exactly 16 ASCII letters or digits.
fn is_express_account_id(text: &str) -> bool {
    text.strip_prefix(ExpressAccountId::PREFIX).is_some_and(|suffix| {
        suffix.len() == ExpressAccountId::SUFFIX_LEN && suffix.bytes().all(|byte| byte.is_ascii_alphanumeric())
    })
}

impl TryFrom<String> for ExpressAccountId {
    type Error = DomainError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        if is_express_account_id(&text) { Ok(Self(text)) } else { Err(DomainError::InvalidAccountId { given: text }) }
    }
}

impl FromStr for ExpressAccountId {
    type Err = DomainError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_from(text.to_owned())
    }
}

impl From<ExpressAccountId> for String {
    fn from(id: ExpressAccountId) -> Self {
        id.0
    }
}

impl fmt::Display for ExpressAccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why Stripe rejected an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectionReason {
    /// Stripe suspects fraud (`rejected.fraud`).
    Fraud,
    /// The business breaks Stripe's terms of service (`rejected.terms_of_service`).
    TermsOfService,
    /// Any other reason Stripe gives (`rejected.other`, or a `rejected.*` it adds later).
    Other,
}

/// Where Stripe's verification of the account holder's details stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", from = "SavedVerification")]
pub enum VerificationStatus {
    /// Verified: payments and deposits are enabled.
    Complete,
    /// Stripe is still checking the details given: payments are on, deposits wait for the check.
    PendingVerification,
    /// Stripe needs more details before a deadline; payments and deposits go on until then.
    RestrictedSoon,
    /// Stripe needs more details now: payments and deposits are paused.
    Restricted,
    /// Stripe rejected the account: no payments, no deposits.
    Rejected {
        /// Why Stripe rejected it.
        reason: RejectionReason,
    },
    /// Stripe is reviewing the account: payments are on, deposits wait for the review.
    UnderReview,
}

impl VerificationStatus {
    /// Whether an account in this status may take payments (the connection aside).
    pub fn payments_enabled(self) -> bool {
        matches!(self, Self::Complete | Self::PendingVerification | Self::RestrictedSoon | Self::UnderReview)
    }

    /// Whether Stripe pays out the balance of an account in this status.
    pub fn deposits_enabled(self) -> bool {
        matches!(self, Self::Complete | Self::RestrictedSoon)
    }

    /// Whether WooCommerce support is the owner's first contact about the account in this
    /// status (restricted, rejected or under review); otherwise there is nothing to ask.
    pub fn contact_woocommerce_support(self) -> bool {
        matches!(self, Self::Restricted | Self::Rejected { .. } | Self::UnderReview)
    }
}

/// A verification status as saved: today's form, or a rejection saved before rejections had a
/// reason (the bare `"rejected"`), read as [`RejectionReason::Other`].
#[derive(Deserialize)]
#[serde(untagged)]
enum SavedVerification {
    /// Today's form.
    Current(CurrentVerification),
    /// A rejection saved without its reason.
    RejectedWithoutReason(RejectedWithoutReason),
}

/// [`VerificationStatus`]'s own form, for [`SavedVerification`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum CurrentVerification {
    Complete,
    PendingVerification,
    RestrictedSoon,
    Restricted,
    Rejected { reason: RejectionReason },
    UnderReview,
}

/// The bare `"rejected"` of worlds saved before rejections had a reason.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RejectedWithoutReason {
    Rejected,
}

impl From<SavedVerification> for VerificationStatus {
    fn from(saved: SavedVerification) -> Self {
        match saved {
            SavedVerification::Current(CurrentVerification::Complete) => Self::Complete,
            SavedVerification::Current(CurrentVerification::PendingVerification) => Self::PendingVerification,
            SavedVerification::Current(CurrentVerification::RestrictedSoon) => Self::RestrictedSoon,
            SavedVerification::Current(CurrentVerification::Restricted) => Self::Restricted,
            SavedVerification::Current(CurrentVerification::Rejected { reason }) => Self::Rejected { reason },
            SavedVerification::Current(CurrentVerification::UnderReview) => Self::UnderReview,
            SavedVerification::RejectedWithoutReason(RejectedWithoutReason::Rejected) => {
                Self::Rejected { reason: RejectionReason::Other }
            }
        }
    }
}

/// What Stripe still needs from the account holder.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AccountRequirements {
    /// Stripe requirement codes due now (e.g. `external_account`,
    /// `individual.verification.document`).
    #[serde(default)]
    pub currently_due: Vec<String>,
    /// Requirement codes whose deadline has passed: the account is restricted until they are given.
    #[serde(default)]
    pub past_due: Vec<String>,
    /// When the currently due requirements must be given by, in seconds since the Unix epoch.
    #[serde(default)]
    pub current_deadline: Option<i64>,
}

/// The site's WooPayments account: a Stripe Express account, created once at the first sign-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SavedExpressAccount")]
pub struct ExpressAccount {
    id: ExpressAccountId,
    verification: VerificationStatus,
    created_at: i64,
    opted_out_at: Option<i64>,
    charges_enabled: bool,
    payouts_enabled: bool,
    requirements: AccountRequirements,
    reported_at: Option<i64>,
}

/// An account as saved; one saved before Stripe's reports were kept has no flags, which then
/// follow its status.
#[derive(Deserialize)]
struct SavedExpressAccount {
    id: ExpressAccountId,
    verification: VerificationStatus,
    created_at: i64,
    opted_out_at: Option<i64>,
    #[serde(default)]
    charges_enabled: Option<bool>,
    #[serde(default)]
    payouts_enabled: Option<bool>,
    #[serde(default)]
    requirements: AccountRequirements,
    #[serde(default)]
    reported_at: Option<i64>,
}

impl From<SavedExpressAccount> for ExpressAccount {
    fn from(saved: SavedExpressAccount) -> Self {
        Self {
            charges_enabled: saved.charges_enabled.unwrap_or(saved.verification.payments_enabled()),
            payouts_enabled: saved.payouts_enabled.unwrap_or(saved.verification.deposits_enabled()),
            id: saved.id,
            verification: saved.verification,
            created_at: saved.created_at,
            opted_out_at: saved.opted_out_at,
            requirements: saved.requirements,
            reported_at: saved.reported_at,
        }
    }
}

impl ExpressAccount {
    /// A new account, as business verification with Stripe creates it: its flags follow `verification`.
    pub(crate) fn new(id: ExpressAccountId, verification: VerificationStatus, now: i64) -> Self {
        Self {
            id,
            verification,
            created_at: now,
            opted_out_at: None,
            charges_enabled: verification.payments_enabled(),
            payouts_enabled: verification.deposits_enabled(),
            requirements: AccountRequirements::default(),
            reported_at: None,
        }
    }

    /// The account's id; it never changes once the account exists.
    pub fn id(&self) -> &ExpressAccountId {
        &self.id
    }

    /// Where Stripe's verification of the owner's details stands.
    pub fn verification(&self) -> VerificationStatus {
        self.verification
    }

    /// Whether Stripe lets the account take charges (Stripe's `charges_enabled`).
    pub fn charges_enabled(&self) -> bool {
        self.charges_enabled
    }

    /// Whether Stripe pays the balance out (Stripe's `payouts_enabled`).
    pub fn payouts_enabled(&self) -> bool {
        self.payouts_enabled
    }

    /// What Stripe still needs from the account holder.
    pub fn requirements(&self) -> &AccountRequirements {
        &self.requirements
    }

    /// When Stripe made the newest report applied to the account (its event's `created`), if any.
    pub fn reported_at(&self) -> Option<i64> {
        self.reported_at
    }

    /// Whether the account may take payments: Stripe enables charges and the status allows them.
    pub fn takes_payments(&self) -> bool {
        self.charges_enabled && self.verification.payments_enabled()
    }

    /// Whether Stripe deposits the balance: payouts enabled and the status allows them.
    pub fn deposits_continue(&self) -> bool {
        self.payouts_enabled && self.verification.deposits_enabled()
    }

    /// When business verification created the account, in seconds since the Unix epoch.
    pub fn created_at(&self) -> i64 {
        self.created_at
    }

    /// When support unlinked the account at the owner's request, if it did.
    pub fn opted_out_at(&self) -> Option<i64> {
        self.opted_out_at
    }

    /// Whether the store opted out of the Stripe agreement (support unlinked the account).
    pub fn is_opted_out(&self) -> bool {
        self.opted_out_at.is_some()
    }

    /// Applies what Stripe reported.
    pub(crate) fn apply(&mut self, report: &crate::StripeReport, created: i64) {
        self.verification = report.status();
        self.charges_enabled = report.charges_enabled;
        self.payouts_enabled = report.payouts_enabled;
        self.requirements = AccountRequirements {
            currently_due: report.currently_due.clone(),
            past_due: report.past_due.clone(),
            current_deadline: report.current_deadline,
        };
        self.reported_at = Some(created);
    }
}

impl World {
    /// Records a new verification status reported by Stripe for the site's account, with the
    /// flags it implies (charges and payouts enabled as the status allows, nothing due): a
    /// shorthand for a whole report ([`World::record_stripe_report`]).
    ///
    /// Refused when the site has no account, or after opting out (Stripe no longer reports to
    /// the site, so the status stays as it was when the account was unlinked).
    pub fn record_verification_status(&mut self, status: VerificationStatus) -> Result<(), DomainError> {
        let account = self.linked_account_mut()?;
        account.verification = status;
        account.charges_enabled = status.payments_enabled();
        account.payouts_enabled = status.deposits_enabled();
        account.requirements = AccountRequirements::default();
        Ok(())
    }

    /// Support unlinks the WooPayments account at the owner's request (opting out of the Stripe
    /// agreement). The panel goes read-only; an authorization in progress is abandoned.
    pub fn opt_out(&mut self, now: i64) -> Result<(), DomainError> {
        let account = match &mut self.account {
            None => return Err(DomainError::NoAccount),
            Some(account) if account.is_opted_out() => return Err(DomainError::OptedOut),
            Some(account) => account,
        };
        account.opted_out_at = Some(now);
        self.authorizing = None;
        self.connecting_admin = None;
        self.change = None;
        Ok(())
    }

    /// The account of the payment mode, unless there is none or the store opted out.
    pub(crate) fn linked_account_mut(&mut self) -> Result<&mut ExpressAccount, DomainError> {
        if self.is_opted_out() {
            return Err(DomainError::OptedOut);
        }
        self.account_mut().as_mut().ok_or(DomainError::NoAccount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_acct_and_sixteen_letters_or_digits() {
        assert!("acct_1Nv0FGQ9RKHgCVdK".parse::<ExpressAccountId>().is_ok());
        for bad in [
            "",
            "acct_",
            "acct_1Nv0FGQ9RKHgCVd",
            "acct_1Nv0FGQ9RKHgCVdKx",
            "ACCT_1Nv0FGQ9RKHgCVdK",
            "acct_1Nv0FGQ9RKHg-VdK",
            "acct_1Nv0FGQ9RKHgCVdé",
        ] {
            assert_eq!(
                bad.parse::<ExpressAccountId>(),
                Err(DomainError::InvalidAccountId { given: bad.to_owned() }),
                "{bad:?} must be refused"
            );
        }
    }

    #[test]
    fn statuses_decide_payments_and_deposits() {
        use VerificationStatus::*;
        let table = [
            (Complete, true, true),
            (PendingVerification, true, false),
            (RestrictedSoon, true, true),
            (Restricted, false, false),
            (Rejected { reason: RejectionReason::Fraud }, false, false),
            (UnderReview, true, false),
        ];
        for (status, payments, deposits) in table {
            assert_eq!(status.payments_enabled(), payments, "payments of {status:?}");
            assert_eq!(status.deposits_enabled(), deposits, "deposits of {status:?}");
        }
    }

    #[test]
    fn accounts_saved_before_reports_were_kept_get_flags_from_their_status() {
        let saved = r#"{"id":"acct_1Nv0FGQ9RKHgCVdK","verification":"rejected","created_at":1,"opted_out_at":null}"#;
        let account: ExpressAccount = serde_json::from_str(saved).expect("an older account parses");
        assert_eq!(account.verification(), VerificationStatus::Rejected { reason: RejectionReason::Other });
        assert!(!account.charges_enabled() && !account.payouts_enabled());
        let complete = saved.replace("rejected", "complete");
        let account: ExpressAccount = serde_json::from_str(&complete).expect("parses");
        assert!(account.charges_enabled() && account.payouts_enabled() && account.takes_payments());
        let again: ExpressAccount =
            serde_json::from_str(&serde_json::to_string(&account).expect("serializes")).expect("round trips");
        assert_eq!(again, account);
    }
}
