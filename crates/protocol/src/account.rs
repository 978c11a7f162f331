//! The WooPayments account: a Stripe Express account bound to the site, and its details.

use serde::{Deserialize, Serialize};

/// The WooPayments account: a Stripe Express account bound to the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountSummary {
    /// The Express account's id, e.g. `acct_1Nv0FGQ9RKHgCVdK`. It never changes: whichever
    /// WordPress.com account the site is connected to, this account comes back.
    pub id: String,
    /// Where Stripe's verification of the owner's details stands.
    pub verification: VerificationStatus,
    /// When business verification created the account, in seconds since the Unix epoch.
    pub created_at: i64,
    /// When support unlinked the account at the owner's request (opting out of the Stripe
    /// agreement), if it did. From then on the panel is read-only: no new orders, refunds,
    /// dispute challenges or Express login; the remaining balance is still deposited.
    pub opted_out_at: Option<i64>,
    /// Whether Stripe lets the account take charges (Stripe's `charges_enabled`).
    #[serde(default)]
    pub charges_enabled: bool,
    /// Whether Stripe pays the balance out (Stripe's `payouts_enabled`); `false` while charges
    /// go on means deposits are paused.
    #[serde(default)]
    pub payouts_enabled: bool,
    /// What Stripe still needs from the account holder.
    #[serde(default)]
    pub requirements: AccountRequirements,
    /// Why Stripe rejected the account: present exactly when `verification` is `rejected`.
    #[serde(default)]
    pub rejection: Option<RejectionReason>,
}

/// What Stripe still needs from the account holder.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountRequirements {
    /// Stripe requirement codes due now, e.g. `external_account`,
    /// `individual.verification.document`.
    #[serde(default)]
    pub currently_due: Vec<String>,
    /// Requirement codes past their deadline: the account is restricted until they are given.
    #[serde(default)]
    pub past_due: Vec<String>,
    /// When the currently due requirements must be given by, in seconds since the Unix epoch.
    #[serde(default)]
    pub current_deadline: Option<i64>,
}

/// Why Stripe rejected an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RejectionReason {
    /// Stripe suspects fraud.
    Fraud,
    /// The business breaks Stripe's terms of service.
    TermsOfService,
    /// Another reason.
    Other,
}

/// Where Stripe's verification of the account holder's details stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    /// Verified: payments and deposits are enabled.
    Complete,
    /// Stripe is still checking the details the owner gave.
    PendingVerification,
    /// Stripe needs more details soon, or the account will be restricted.
    RestrictedSoon,
    /// Stripe needs more details now; payments or deposits are paused.
    Restricted,
    /// Stripe rejected the account; it cannot take payments.
    Rejected,
    /// Stripe is reviewing the account.
    UnderReview,
}

/// The account's details (`GET /account`): read-only here, edited only in the Stripe Express
/// dashboard (see `POST /account/express-login-link`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountDetails {
    /// The account itself.
    pub account: AccountSummary,
    /// What the owner told Stripe at business verification.
    pub profile: BusinessProfile,
}

/// What the owner told Stripe about themselves and their business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BusinessProfile {
    /// The account holder's full name.
    pub name: String,
    /// The business.
    pub business: BusinessInfo,
    /// The business address.
    pub address: Address,
    /// How Stripe and customers reach the business.
    pub contact: ContactInfo,
    /// Who owns the business.
    pub ownership: Ownership,
    /// Where deposits go.
    pub bank_account: BankAccount,
}

/// The business, as registered with Stripe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BusinessInfo {
    /// The business's name, as customers see it.
    pub name: String,
    /// The kind of business.
    pub business_type: BusinessType,
    /// The business's website.
    pub website: String,
}

/// The kind of business an Express account is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BusinessType {
    /// A sole trader.
    Individual,
    /// A registered company.
    Company,
    /// A non-profit organization.
    NonProfit,
}

/// A postal address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    /// Street and number.
    pub line1: String,
    /// City or town.
    pub city: String,
    /// Postal code.
    pub postal_code: String,
    /// Two-letter country code, e.g. `US`.
    pub country: String,
}

/// How the business is reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactInfo {
    /// Email address.
    pub email: String,
    /// Phone number.
    pub phone: String,
}

/// Who owns the business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ownership {
    /// The owner's full name.
    pub owner_name: String,
    /// The owner's share of the business, in percent (1 to 100).
    pub percent_owned: u8,
}

/// The bank account deposits go to; only its last four digits are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankAccount {
    /// The last four digits of the account number.
    pub last4: String,
}

/// A one-time login link into the Stripe Express dashboard
/// (`POST /account/express-login-link`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpressLoginLink {
    /// The link; it works once (relative to the backend's root for the simulated dashboard).
    pub url: String,
    /// When it stops working, in seconds since the Unix epoch.
    pub expires_at: i64,
}
