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

/// Where Stripe's verification of the account holder's details stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    Rejected,
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
}

/// The site's WooPayments account: a Stripe Express account, created once at the first sign-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpressAccount {
    id: ExpressAccountId,
    verification: VerificationStatus,
    created_at: i64,
    opted_out_at: Option<i64>,
}

impl ExpressAccount {
    /// A new account, as business verification with Stripe creates it.
    pub(crate) fn new(id: ExpressAccountId, verification: VerificationStatus, now: i64) -> Self {
        Self { id, verification, created_at: now, opted_out_at: None }
    }

    /// The account's id; it never changes once the account exists.
    pub fn id(&self) -> &ExpressAccountId {
        &self.id
    }

    /// Where Stripe's verification of the owner's details stands.
    pub fn verification(&self) -> VerificationStatus {
        self.verification
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
}

impl World {
    /// Records a new verification status reported by Stripe for the site's account.
    ///
    /// Refused when the site has no account, or after opting out (Stripe no longer reports to
    /// the site, so the status stays as it was when the account was unlinked).
    pub fn record_verification_status(&mut self, status: VerificationStatus) -> Result<(), DomainError> {
        let account = self.linked_account_mut()?;
        account.verification = status;
        Ok(())
    }

    /// Support unlinks the WooPayments account at the owner's request (opting out of the Stripe
    /// agreement). The panel goes read-only; an authorization in progress is abandoned.
    pub fn opt_out(&mut self, now: i64) -> Result<(), DomainError> {
        let account = self.linked_account_mut()?;
        account.opted_out_at = Some(now);
        self.authorizing = None;
        self.change = None;
        Ok(())
    }

    /// The site's account, unless there is none or the store opted out.
    fn linked_account_mut(&mut self) -> Result<&mut ExpressAccount, DomainError> {
        match &mut self.account {
            None => Err(DomainError::NoAccount),
            Some(account) if account.is_opted_out() => Err(DomainError::OptedOut),
            Some(account) => Ok(account),
        }
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
            (Rejected, false, false),
            (UnderReview, true, false),
        ];
        for (status, payments, deposits) in table {
            assert_eq!(status.payments_enabled(), payments, "payments of {status:?}");
            assert_eq!(status.deposits_enabled(), deposits, "deposits of {status:?}");
        }
    }
}
