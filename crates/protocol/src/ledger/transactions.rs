//! Transactions: the money movements of the WooPayments account, their totals, and the query of
//! `GET /transactions`.

use serde::{Deserialize, Serialize};

use super::calendar::CalendarDate;
use super::pages::{ListFilter, ListQuery, Page};
use super::query_string::{QueryError, QueryParams, QueryString, percent_encode};
use super::wire_enum::wire_enum;

/// Path of the transaction list, relative to [`crate::API_PREFIX`].
pub const TRANSACTIONS_PATH: &str = "/transactions";
/// Longest `search` text accepted, in characters.
pub const MAX_SEARCH_CHARS: usize = 100;
/// Longest `deposit` id accepted, in characters.
pub(super) const MAX_DEPOSIT_ID_CHARS: usize = 64;

/// Path of one transaction, relative to [`crate::API_PREFIX`]: `/transactions/{id}`.
pub fn transaction_path(id: &str) -> String {
    format!("{TRANSACTIONS_PATH}/{}", percent_encode(id))
}

wire_enum! {
    /// What kind of money movement a transaction is.
    pub enum TransactionType {
        /// A customer's card payment: positive amount, the processing fee taken from it.
        Charge = "charge",
        /// Money given back to a customer: negative amount. Fees are not returned.
        Refund = "refund",
        /// A customer disputed a charge with their bank: the amount is withdrawn, plus a dispute fee.
        Dispute = "dispute",
        /// A dispute was won: the amount and the dispute fee come back.
        DisputeReversal = "dispute_reversal",
    }
}

wire_enum! {
    /// What became of a transaction. Only charges become refunded or disputed.
    pub enum TransactionStatus {
        /// Went through as it is.
        Succeeded = "succeeded",
        /// A charge of which part was refunded.
        PartiallyRefunded = "partially_refunded",
        /// A charge refunded in full.
        Refunded = "refunded",
        /// A charge the customer disputed with their bank.
        Disputed = "disputed",
    }
}

wire_enum! {
    /// The brand of the card a customer paid with.
    pub enum CardBrand {
        /// Visa.
        Visa = "visa",
        /// Mastercard.
        Mastercard = "mastercard",
        /// American Express.
        Amex = "amex",
        /// Discover.
        Discover = "discover",
    }
}

/// The card a transaction was paid with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentMethod {
    /// The card's brand.
    pub brand: CardBrand,
    /// The card number's last four digits, e.g. `"4242"`.
    pub last4: String,
}

/// One money movement in the WooPayments account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Transaction {
    /// The transaction's id, e.g. `txn_3Kd9...`.
    pub id: String,
    /// When it happened, in seconds since the Unix epoch.
    pub created_at: i64,
    /// The day its funds become available for a deposit (00:00 UTC, in seconds).
    pub available_on: i64,
    /// What kind of movement it is.
    #[serde(rename = "type")]
    pub kind: TransactionType,
    /// The amount, in minor units: positive for money in, negative for money out.
    pub amount: i64,
    /// The fee WooPayments took, in minor units (negative when a fee is given back).
    pub fee: i64,
    /// `amount - fee`: what this transaction adds to the balance, in minor units.
    pub net: i64,
    /// ISO 4217 code in upper case, e.g. `"USD"`.
    pub currency: String,
    /// The customer's name, as on the order.
    pub customer_name: String,
    /// The WooCommerce order this transaction belongs to.
    pub order_number: u64,
    /// What became of it.
    pub status: TransactionStatus,
    /// The card used.
    pub payment_method: PaymentMethod,
    /// For a refund, dispute or dispute reversal: the id of the charge it concerns.
    pub charge_id: Option<String>,
    /// The deposit that paid this transaction out, once there is one.
    pub deposit_id: Option<String>,
}

/// Totals of the transactions in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CurrencyTotals {
    /// ISO 4217 code in upper case.
    pub currency: String,
    /// How many transactions are in this currency.
    pub count: u64,
    /// Sum of their amounts, in minor units.
    pub gross: i64,
    /// Sum of their fees, in minor units.
    pub fees: i64,
    /// Sum of their nets (`gross - fees`), in minor units.
    pub net: i64,
}

/// Totals of all transactions matching the filters (every page, not only the one shown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TransactionSummary {
    /// How many transactions match.
    pub count: u64,
    /// Totals per currency, by currency code; amounts in different currencies are never added.
    pub currencies: Vec<CurrencyTotals>,
}

/// The answer of `GET /transactions`: one page and the totals of the whole filtered list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TransactionList {
    /// The requested page.
    pub transactions: Page<Transaction>,
    /// Totals of every matching transaction.
    pub summary: TransactionSummary,
}

wire_enum! {
    /// What a transaction list can be sorted by.
    pub enum TransactionSort {
        /// When it happened (the default, newest first).
        CreatedAt = "created_at",
        /// The amount.
        Amount = "amount",
        /// The fee.
        Fee = "fee",
        /// The net.
        Net = "net",
        /// The customer's name, ignoring case.
        Customer = "customer",
        /// The order number.
        OrderNumber = "order_number",
    }
}

/// The filters of `GET /transactions`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TransactionFilter {
    /// Only these types; empty for all (`type=charge,refund`).
    pub types: Vec<TransactionType>,
    /// Only these statuses; empty for all (`status=refunded,disputed`).
    pub statuses: Vec<TransactionStatus>,
    /// Only this currency (`currency=EUR`, any case).
    pub currency: Option<String>,
    /// Only transactions of the deposit with this id (`deposit=po_...`).
    pub deposit_id: Option<String>,
    /// Only transactions on or after this day, UTC (`from=2024-05-01`).
    pub from: Option<CalendarDate>,
    /// Only transactions on or before this day, UTC (`to=2024-05-31`).
    pub to: Option<CalendarDate>,
    /// Only transactions whose customer name, order number, id or card's last four digits
    /// contain this text, ignoring case (`search=...`).
    pub search: Option<String>,
}

/// The query string of `GET /transactions`: page, sort and [`TransactionFilter`].
pub type TransactionQuery = ListQuery<TransactionFilter>;

impl ListFilter for TransactionFilter {
    type Sort = TransactionSort;
    const DEFAULT_SORT: TransactionSort = TransactionSort::CreatedAt;
    const PATH: &'static str = TRANSACTIONS_PATH;
    const PARAMETERS: &'static [&'static str] = &["type", "status", "currency", "deposit", "from", "to", "search"];

    fn read(params: &QueryParams<'_>) -> Result<Self, QueryError> {
        let (from, to) = params.date_range()?;
        Ok(Self {
            types: params.list("type")?,
            statuses: params.list("status")?,
            currency: params.currency()?,
            deposit_id: params.text("deposit", MAX_DEPOSIT_ID_CHARS)?,
            from,
            to,
            search: params.text("search", MAX_SEARCH_CHARS)?,
        })
    }

    fn write(&self, query: &mut QueryString) {
        query.list("type", &self.types);
        query.list("status", &self.statuses);
        query.optional("currency", self.currency.as_deref());
        query.optional("deposit", self.deposit_id.as_deref());
        query.optional("from", self.from.map(|date| date.to_string()).as_deref());
        query.optional("to", self.to.map(|date| date.to_string()).as_deref());
        query.optional("search", self.search.as_deref());
    }
}
