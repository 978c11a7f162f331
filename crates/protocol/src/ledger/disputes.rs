//! Disputes: customers' chargebacks, and the query of `GET /disputes`.

use serde::{Deserialize, Serialize};

use super::pages::{ListFilter, ListQuery, Page, StatusFilter};
use super::query_string::{QueryError, QueryParams, QueryString};
use super::wire_enum::wire_enum;

/// Path of the dispute list, relative to [`crate::API_PREFIX`].
pub const DISPUTES_PATH: &str = "/disputes";

wire_enum! {
    /// Where a dispute stands.
    pub enum DisputeStatus {
        /// The owner must respond (challenge or accept) before `respond_by`.
        NeedsResponse = "needs_response",
        /// Evidence was submitted; the bank is deciding.
        UnderReview = "under_review",
        /// Decided for the store: the money came back.
        Won = "won",
        /// Decided for the customer.
        Lost = "lost",
        /// The owner accepted the dispute without challenging it.
        Accepted = "accepted",
    }
}

wire_enum! {
    /// Why the customer disputed the charge, as their bank reported it.
    pub enum DisputeReason {
        /// The cardholder says they did not make the payment.
        Fraudulent = "fraudulent",
        /// The customer says they did not receive what they paid for.
        ProductNotReceived = "product_not_received",
        /// The customer says what they received was defective, damaged or not as described.
        ProductUnacceptable = "product_unacceptable",
        /// The customer says they were charged twice.
        Duplicate = "duplicate",
        /// The customer says a subscription was charged after they cancelled it.
        SubscriptionCanceled = "subscription_canceled",
        /// The customer says a promised refund or credit never came.
        CreditNotProcessed = "credit_not_processed",
        /// Any other reason.
        General = "general",
    }
}

/// A customer's dispute (chargeback) of a charge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dispute {
    /// The dispute's id, e.g. `dp_1Ox...`.
    pub id: String,
    /// The id of the disputed charge's transaction.
    pub transaction_id: String,
    /// When the dispute was opened, in seconds since the Unix epoch.
    pub created_at: i64,
    /// The disputed amount, in minor units (positive).
    pub amount: i64,
    /// ISO 4217 code in upper case.
    pub currency: String,
    /// Why the customer disputed the charge.
    pub reason: DisputeReason,
    /// Where the dispute stands.
    pub status: DisputeStatus,
    /// The deadline for a response, in seconds since the Unix epoch.
    pub respond_by: i64,
    /// The customer's name, as on the order.
    pub customer_name: String,
    /// The WooCommerce order of the disputed charge.
    pub order_number: u64,
}

/// The answer of `GET /disputes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeList {
    /// The requested page.
    pub disputes: Page<Dispute>,
    /// How many disputes of the account await a response, whatever the filters (for badges).
    pub needing_response: u64,
}

wire_enum! {
    /// What a dispute list can be sorted by.
    pub enum DisputeSort {
        /// When it was opened (the default, newest first).
        CreatedAt = "created_at",
        /// The response deadline.
        RespondBy = "respond_by",
        /// The amount.
        Amount = "amount",
    }
}

/// The filters of `GET /disputes`: `status=needs_response`, `currency=USD`.
pub type DisputeFilter = StatusFilter<DisputeStatus>;

/// The query string of `GET /disputes`: page, sort and [`DisputeFilter`].
pub type DisputeQuery = ListQuery<DisputeFilter>;

impl ListFilter for DisputeFilter {
    type Sort = DisputeSort;
    const DEFAULT_SORT: DisputeSort = DisputeSort::CreatedAt;
    const PATH: &'static str = DISPUTES_PATH;
    const PARAMETERS: &'static [&'static str] = Self::STATUS_PARAMETERS;

    fn read(params: &QueryParams<'_>) -> Result<Self, QueryError> {
        Self::read_status_and_currency(params)
    }

    fn write(&self, query: &mut QueryString) {
        self.write_status_and_currency(query);
    }
}
