//! The ledger of the WooPayments account: transactions, deposits, disputes, balances per
//! currency, the deposit schedule, and who to contact for help.
//!
//! # Money
//! Every amount is an integer count of the currency's **minor unit** (cents for USD, pence for
//! GBP, yen for JPY) next to an ISO 4217 code in upper case (`"USD"`). Never a float.
//! [`minor_unit_digits`] says where the decimal point goes; the app writes amounts for people.
//!
//! # Time
//! Instants are seconds since the Unix epoch (UTC). Calendar dates (a deposit's arrival date, a
//! transaction's `available_on`) are the instant of 00:00 UTC that day; [`CalendarDate`] converts.
//!
//! # Lists
//! Each list endpoint answers one [`Page`] at a time. Its query string is built and read by one
//! query type per list ([`TransactionQuery`], [`DepositQuery`], [`DisputeQuery`]), so the app and
//! the backend agree on every parameter: `page` (from 1), `per_page` (1 to [`MAX_PER_PAGE`],
//! larger values are rejected, not capped), `sort` and `order` (`asc`/`desc`), and filters. List
//! filters take comma-separated values (`type=charge,refund`); an empty value means "no filter";
//! a parameter given twice, an unknown parameter or a bad value is an error naming the parameter.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Path of the transaction list, relative to [`crate::API_PREFIX`].
pub const TRANSACTIONS_PATH: &str = "/transactions";
/// Path of the deposit list, relative to [`crate::API_PREFIX`].
pub const DEPOSITS_PATH: &str = "/deposits";
/// Path of the balances, the deposit schedule and the next deposits, relative to [`crate::API_PREFIX`].
pub const DEPOSITS_OVERVIEW_PATH: &str = "/deposits/overview";
/// Path of the dispute list, relative to [`crate::API_PREFIX`].
pub const DISPUTES_PATH: &str = "/disputes";
/// Path of the support contacts, relative to [`crate::API_PREFIX`].
pub const SUPPORT_PATH: &str = "/support";

/// Page size when the query names none.
pub const DEFAULT_PER_PAGE: u32 = 25;
/// Largest page size a list answers; a larger `per_page` is rejected with a 400.
pub const MAX_PER_PAGE: u32 = 100;
/// Longest `search` text accepted, in characters.
pub const MAX_SEARCH_CHARS: usize = 100;

/// Path of one transaction, relative to [`crate::API_PREFIX`]: `/transactions/{id}`.
pub fn transaction_path(id: &str) -> String {
    format!("{TRANSACTIONS_PATH}/{}", percent_encode(id))
}

/// Declares a fieldless enum sent on the wire (and stored) under fixed `snake_case` names, with
/// `ALL`, `as_str`, `from_wire` and `Display`.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $wire)] $variant, )+
        }

        impl $name {
            /// Every value, in the order the type declares them.
            pub const ALL: &[Self] = &[$(Self::$variant),+];

            /// The value's name on the wire, in query strings and in the database.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)+
                }
            }

            /// Reads a value from its wire name; `None` for any other text.
            pub fn from_wire(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|value| value.as_str() == text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

/// One page of a list, with the size of the whole (filtered) list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    /// The rows of this page, in the requested order; empty past the last page.
    pub items: Vec<T>,
    /// How many rows match the filters, on all pages together.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// The page size asked for (the last page may hold fewer rows).
    pub per_page: u32,
}

impl<T> Page<T> {
    /// How many pages the whole list takes (0 for an empty list).
    pub fn page_count(&self) -> u64 {
        if self.per_page == 0 { 0 } else { self.total.div_ceil(u64::from(self.per_page)) }
    }
}

wire_enum! {
    /// The direction of a sort.
    pub enum SortOrder {
        /// Smallest (or oldest, or A) first.
        Asc = "asc",
        /// Largest (or newest, or Z) first.
        Desc = "desc",
    }
}

// ---------------------------------------------------------------------------------------------
// Transactions
// ---------------------------------------------------------------------------------------------

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

/// The query string of `GET /transactions`: page, sort and filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransactionQuery {
    /// Page number, from 1 (`page`).
    pub page: u32,
    /// Rows per page, 1 to [`MAX_PER_PAGE`] (`per_page`).
    pub per_page: u32,
    /// Sort field (`sort`).
    pub sort: TransactionSort,
    /// Sort direction (`order`).
    pub order: SortOrder,
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

impl Default for TransactionQuery {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
            sort: TransactionSort::CreatedAt,
            order: SortOrder::Desc,
            types: Vec::new(),
            statuses: Vec::new(),
            currency: None,
            deposit_id: None,
            from: None,
            to: None,
            search: None,
        }
    }
}

impl TransactionQuery {
    const PARAMETERS: &[&str] =
        &["page", "per_page", "sort", "order", "type", "status", "currency", "deposit", "from", "to", "search"];

    /// Reads and checks a decoded query string. Every problem is an error naming its parameter.
    pub fn parse(pairs: &[(String, String)]) -> Result<Self, QueryError> {
        let params = Params::new(pairs, Self::PARAMETERS)?;
        let defaults = Self::default();
        let (page, per_page) = params.pagination()?;
        let (from, to) = params.date_range()?;
        Ok(Self {
            page,
            per_page,
            sort: params.one("sort", TransactionSort::from_wire, TransactionSort::ALL)?.unwrap_or(defaults.sort),
            order: params.one("order", SortOrder::from_wire, SortOrder::ALL)?.unwrap_or(defaults.order),
            types: params.list("type", TransactionType::from_wire, TransactionType::ALL)?,
            statuses: params.list("status", TransactionStatus::from_wire, TransactionStatus::ALL)?,
            currency: params.currency()?,
            deposit_id: params.text("deposit", 64)?,
            from,
            to,
            search: params.text("search", MAX_SEARCH_CHARS)?,
        })
    }

    /// The query string (without `?`), naming only what differs from the defaults.
    pub fn to_query_string(&self) -> String {
        let defaults = Self::default();
        let mut query = QueryString::default();
        query.pagination(self.page, self.per_page);
        query.push_if("sort", self.sort.as_str(), self.sort != defaults.sort);
        query.push_if("order", self.order.as_str(), self.order != defaults.order);
        query.list("type", self.types.iter().map(|value| value.as_str()));
        query.list("status", self.statuses.iter().map(|value| value.as_str()));
        query.optional("currency", self.currency.as_deref());
        query.optional("deposit", self.deposit_id.as_deref());
        query.optional("from", self.from.map(|date| date.to_string()).as_deref());
        query.optional("to", self.to.map(|date| date.to_string()).as_deref());
        query.optional("search", self.search.as_deref());
        query.0
    }

    /// The path to request, relative to [`crate::API_PREFIX`]: `/transactions?...`.
    pub fn path(&self) -> String {
        with_query(TRANSACTIONS_PATH, &self.to_query_string())
    }
}

// ---------------------------------------------------------------------------------------------
// Deposits
// ---------------------------------------------------------------------------------------------

wire_enum! {
    /// Where a deposit (a payout to the owner's bank account) stands.
    pub enum DepositStatus {
        /// Created, not yet sent to the bank.
        Pending = "pending",
        /// Sent; on its way to the bank account.
        InTransit = "in_transit",
        /// Arrived in the bank account.
        Paid = "paid",
        /// The bank refused it; its money went back to the balance and into a later deposit.
        Failed = "failed",
    }
}

/// A deposit: money paid out of the WooPayments balance to the owner's bank account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Deposit {
    /// The deposit's id, e.g. `po_1Ow...`.
    pub id: String,
    /// The day it arrives (or arrived, or was due) in the bank account: 00:00 UTC, in seconds.
    pub date: i64,
    /// The amount paid out, in minor units.
    pub amount: i64,
    /// ISO 4217 code in upper case.
    pub currency: String,
    /// Where it stands.
    pub status: DepositStatus,
    /// The last four digits of the bank account it goes to.
    pub bank_account_last4: String,
    /// How many transactions it pays out (0 for a failed deposit: they moved to a later one).
    pub transaction_count: u64,
}

wire_enum! {
    /// What a deposit list can be sorted by.
    pub enum DepositSort {
        /// The arrival date (the default, latest first).
        Date = "date",
        /// The amount.
        Amount = "amount",
    }
}

/// The query string of `GET /deposits`: page, sort and filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepositQuery {
    /// Page number, from 1 (`page`).
    pub page: u32,
    /// Rows per page, 1 to [`MAX_PER_PAGE`] (`per_page`).
    pub per_page: u32,
    /// Sort field (`sort`).
    pub sort: DepositSort,
    /// Sort direction (`order`).
    pub order: SortOrder,
    /// Only these statuses; empty for all (`status=pending,in_transit`).
    pub statuses: Vec<DepositStatus>,
    /// Only this currency (`currency=GBP`, any case).
    pub currency: Option<String>,
}

impl Default for DepositQuery {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
            sort: DepositSort::Date,
            order: SortOrder::Desc,
            statuses: Vec::new(),
            currency: None,
        }
    }
}

impl DepositQuery {
    const PARAMETERS: &[&str] = &["page", "per_page", "sort", "order", "status", "currency"];

    /// Reads and checks a decoded query string. Every problem is an error naming its parameter.
    pub fn parse(pairs: &[(String, String)]) -> Result<Self, QueryError> {
        let params = Params::new(pairs, Self::PARAMETERS)?;
        let defaults = Self::default();
        let (page, per_page) = params.pagination()?;
        Ok(Self {
            page,
            per_page,
            sort: params.one("sort", DepositSort::from_wire, DepositSort::ALL)?.unwrap_or(defaults.sort),
            order: params.one("order", SortOrder::from_wire, SortOrder::ALL)?.unwrap_or(defaults.order),
            statuses: params.list("status", DepositStatus::from_wire, DepositStatus::ALL)?,
            currency: params.currency()?,
        })
    }

    /// The query string (without `?`), naming only what differs from the defaults.
    pub fn to_query_string(&self) -> String {
        let defaults = Self::default();
        let mut query = QueryString::default();
        query.pagination(self.page, self.per_page);
        query.push_if("sort", self.sort.as_str(), self.sort != defaults.sort);
        query.push_if("order", self.order.as_str(), self.order != defaults.order);
        query.list("status", self.statuses.iter().map(|value| value.as_str()));
        query.optional("currency", self.currency.as_deref());
        query.0
    }

    /// The path to request, relative to [`crate::API_PREFIX`]: `/deposits?...`.
    pub fn path(&self) -> String {
        with_query(DEPOSITS_PATH, &self.to_query_string())
    }
}

wire_enum! {
    /// A day of the week.
    pub enum Weekday {
        /// Monday.
        Monday = "monday",
        /// Tuesday.
        Tuesday = "tuesday",
        /// Wednesday.
        Wednesday = "wednesday",
        /// Thursday.
        Thursday = "thursday",
        /// Friday.
        Friday = "friday",
        /// Saturday.
        Saturday = "saturday",
        /// Sunday.
        Sunday = "sunday",
    }
}

/// How often deposits are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "period", rename_all = "snake_case")]
pub enum DepositInterval {
    /// Every day.
    Daily,
    /// Once a week, on one weekday.
    Weekly {
        /// The weekday of the deposit.
        weekday: Weekday,
    },
    /// Once a month, on one day of the month (the month's last day when it is shorter).
    Monthly {
        /// The day of the month, 1 to 31.
        day: u8,
    },
}

/// The account's deposit schedule: how often, and how long funds wait before they can go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DepositSchedule {
    /// How often deposits are made.
    pub interval: DepositInterval,
    /// Days a payment's funds stay pending before they are available for a deposit.
    pub delay_days: u32,
}

/// The next deposit in one currency: one already on its way, or else the one the schedule will
/// make from the funds available by then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextDeposit {
    /// The day it arrives (00:00 UTC, in seconds).
    pub date: i64,
    /// The amount, in minor units (an estimate when `deposit_id` is `null`).
    pub amount: i64,
    /// The deposit's id when it exists already (pending or in transit); `null` for an estimate.
    pub deposit_id: Option<String>,
}

/// The balance of the account in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Balance {
    /// ISO 4217 code in upper case.
    pub currency: String,
    /// Funds available for the next deposit, in minor units.
    pub available: i64,
    /// Funds still waiting out the deposit delay, in minor units.
    pub pending: i64,
    /// The next deposit in this currency, if any money is due to go out.
    pub next_deposit: Option<NextDeposit>,
}

/// The answer of `GET /deposits/overview`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DepositsOverview {
    /// The balance in each currency the account holds, by currency code.
    pub balances: Vec<Balance>,
    /// The deposit schedule; `null` while the store has no WooPayments account.
    pub schedule: Option<DepositSchedule>,
}

// ---------------------------------------------------------------------------------------------
// Disputes
// ---------------------------------------------------------------------------------------------

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

/// The query string of `GET /disputes`: page, sort and filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeQuery {
    /// Page number, from 1 (`page`).
    pub page: u32,
    /// Rows per page, 1 to [`MAX_PER_PAGE`] (`per_page`).
    pub per_page: u32,
    /// Sort field (`sort`).
    pub sort: DisputeSort,
    /// Sort direction (`order`).
    pub order: SortOrder,
    /// Only these statuses; empty for all (`status=needs_response`).
    pub statuses: Vec<DisputeStatus>,
    /// Only this currency (`currency=USD`, any case).
    pub currency: Option<String>,
}

impl Default for DisputeQuery {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
            sort: DisputeSort::CreatedAt,
            order: SortOrder::Desc,
            statuses: Vec::new(),
            currency: None,
        }
    }
}

impl DisputeQuery {
    const PARAMETERS: &[&str] = &["page", "per_page", "sort", "order", "status", "currency"];

    /// Reads and checks a decoded query string. Every problem is an error naming its parameter.
    pub fn parse(pairs: &[(String, String)]) -> Result<Self, QueryError> {
        let params = Params::new(pairs, Self::PARAMETERS)?;
        let defaults = Self::default();
        let (page, per_page) = params.pagination()?;
        Ok(Self {
            page,
            per_page,
            sort: params.one("sort", DisputeSort::from_wire, DisputeSort::ALL)?.unwrap_or(defaults.sort),
            order: params.one("order", SortOrder::from_wire, SortOrder::ALL)?.unwrap_or(defaults.order),
            statuses: params.list("status", DisputeStatus::from_wire, DisputeStatus::ALL)?,
            currency: params.currency()?,
        })
    }

    /// The query string (without `?`), naming only what differs from the defaults.
    pub fn to_query_string(&self) -> String {
        let defaults = Self::default();
        let mut query = QueryString::default();
        query.pagination(self.page, self.per_page);
        query.push_if("sort", self.sort.as_str(), self.sort != defaults.sort);
        query.push_if("order", self.order.as_str(), self.order != defaults.order);
        query.list("status", self.statuses.iter().map(|value| value.as_str()));
        query.optional("currency", self.currency.as_deref());
        query.0
    }

    /// The path to request, relative to [`crate::API_PREFIX`]: `/disputes?...`.
    pub fn path(&self) -> String {
        with_query(DISPUTES_PATH, &self.to_query_string())
    }
}

// ---------------------------------------------------------------------------------------------
// Support
// ---------------------------------------------------------------------------------------------

wire_enum! {
    /// A place the owner can turn to for help.
    pub enum SupportChannel {
        /// WooCommerce support (the Happiness Engineers): always the first contact.
        Woocommerce = "woocommerce",
        /// Stripe support, when WooCommerce support refers the owner there.
        Stripe = "stripe",
        /// WordPress.com support, for WordPress.com accounts.
        WordpressCom = "wordpress_com",
        /// The separate Stripe extension, for an existing Stripe account.
        StripeExtension = "stripe_extension",
    }
}

/// Who to contact for what, in the words of the support documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportContact {
    /// Which contact this is (stable, for icons and tests).
    pub channel: SupportChannel,
    /// Its name, as shown: e.g. `WooCommerce support`.
    pub name: String,
    /// When to turn to it, as a sentence.
    pub when: String,
    /// The topics it helps with, each a short phrase.
    pub topics: Vec<String>,
    /// Where to go.
    pub url: String,
}

/// The answer of `GET /support`: every contact, the first one first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportContacts {
    /// The contacts, in the order to try them.
    pub contacts: Vec<SupportContact>,
}

// ---------------------------------------------------------------------------------------------
// Query errors
// ---------------------------------------------------------------------------------------------

/// A query string the API cannot answer: which parameter, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// The parameter at fault, as it appeared in the query string.
    pub parameter: String,
    /// What is wrong and what is accepted, as a sentence about the parameter.
    pub problem: String,
}

impl QueryError {
    fn new(parameter: &str, problem: impl Into<String>) -> Self {
        Self { parameter: parameter.to_owned(), problem: problem.into() }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "The query parameter `{}` {}", self.parameter, self.problem)
    }
}

impl std::error::Error for QueryError {}

/// A decoded query string, checked against the parameters one list knows.
struct Params<'a> {
    pairs: &'a [(String, String)],
}

impl<'a> Params<'a> {
    /// Rejects unknown parameters and parameters given twice.
    fn new(pairs: &'a [(String, String)], known: &[&str]) -> Result<Self, QueryError> {
        for (index, (name, _)) in pairs.iter().enumerate() {
            if !known.contains(&name.as_str()) {
                return Err(QueryError::new(name, format!("is not known here; use one of: {}.", known.join(", "))));
            }
            if pairs[..index].iter().any(|(earlier, _)| earlier == name) {
                return Err(QueryError::new(
                    name,
                    "is given more than once; give it once (list several values separated by commas).",
                ));
            }
        }
        Ok(Self { pairs })
    }

    /// The parameter's trimmed value, `None` when absent or empty.
    fn value(&self, name: &str) -> Option<&'a str> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.trim()).filter(|value| !value.is_empty())
    }

    fn pagination(&self) -> Result<(u32, u32), QueryError> {
        let page = match self.value("page") {
            None => 1,
            Some(text) => text
                .parse::<u32>()
                .ok()
                .filter(|page| *page >= 1)
                .ok_or_else(|| QueryError::new("page", format!("must be a whole number from 1, not `{text}`.")))?,
        };
        let per_page = match self.value("per_page") {
            None => DEFAULT_PER_PAGE,
            Some(text) => {
                text.parse::<u32>().ok().filter(|size| (1..=MAX_PER_PAGE).contains(size)).ok_or_else(|| {
                    QueryError::new(
                        "per_page",
                        format!("must be a whole number from 1 to {MAX_PER_PAGE}, not `{text}`."),
                    )
                })?
            }
        };
        Ok((page, per_page))
    }

    fn one<T>(&self, name: &str, parse: fn(&str) -> Option<T>, all: &[T]) -> Result<Option<T>, QueryError>
    where
        T: fmt::Display,
    {
        self.value(name).map(|text| parse(text).ok_or_else(|| unknown_value(name, text, all))).transpose()
    }

    fn list<T>(&self, name: &str, parse: fn(&str) -> Option<T>, all: &[T]) -> Result<Vec<T>, QueryError>
    where
        T: fmt::Display + PartialEq,
    {
        let mut values = Vec::new();
        for text in self.value(name).into_iter().flat_map(|list| list.split(',')).map(str::trim) {
            if text.is_empty() {
                continue;
            }
            let value = parse(text).ok_or_else(|| unknown_value(name, text, all))?;
            if !values.contains(&value) {
                values.push(value);
            }
        }
        Ok(values)
    }

    fn currency(&self) -> Result<Option<String>, QueryError> {
        self.value("currency")
            .map(|text| {
                if text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_alphabetic()) {
                    Ok(text.to_ascii_uppercase())
                } else {
                    Err(QueryError::new(
                        "currency",
                        format!("must be a three-letter ISO 4217 code such as USD, not `{text}`."),
                    ))
                }
            })
            .transpose()
    }

    fn text(&self, name: &str, max_chars: usize) -> Result<Option<String>, QueryError> {
        self.value(name)
            .map(|text| {
                if text.chars().count() <= max_chars {
                    Ok(text.to_owned())
                } else {
                    Err(QueryError::new(name, format!("must be at most {max_chars} characters long.")))
                }
            })
            .transpose()
    }

    fn date(&self, name: &str) -> Result<Option<CalendarDate>, QueryError> {
        self.value(name)
            .map(|text| {
                CalendarDate::parse(text).ok_or_else(|| {
                    QueryError::new(
                        name,
                        format!("must be a date written YYYY-MM-DD, such as 2024-05-31, not `{text}`."),
                    )
                })
            })
            .transpose()
    }

    fn date_range(&self) -> Result<(Option<CalendarDate>, Option<CalendarDate>), QueryError> {
        let (from, to) = (self.date("from")?, self.date("to")?);
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err(QueryError::new("from", format!("({from}) must not be after `to` ({to}).")));
        }
        Ok((from, to))
    }
}

fn unknown_value<T: fmt::Display>(name: &str, text: &str, all: &[T]) -> QueryError {
    let accepted = all.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    QueryError::new(name, format!("cannot be `{text}`; use one of: {accepted}."))
}

/// A query string being built, `name=value` pairs joined by `&`, values percent-encoded.
#[derive(Default)]
struct QueryString(String);

impl QueryString {
    fn push(&mut self, name: &str, value: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(name);
        self.0.push('=');
        self.0.push_str(&percent_encode(value));
    }

    fn push_if(&mut self, name: &str, value: &str, condition: bool) {
        if condition {
            self.push(name, value);
        }
    }

    fn optional(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value.filter(|value| !value.is_empty()) {
            self.push(name, value);
        }
    }

    fn list<'v>(&mut self, name: &str, values: impl Iterator<Item = &'v str>) {
        let joined = values.collect::<Vec<_>>().join(",");
        self.optional(name, Some(&joined));
    }

    fn pagination(&mut self, page: u32, per_page: u32) {
        self.push_if("page", &page.to_string(), page != 1);
        self.push_if("per_page", &per_page.to_string(), per_page != DEFAULT_PER_PAGE);
    }
}

fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
}

/// Percent-encodes every byte but ASCII letters, digits, `-`, `.`, `_`, `~` and `,`.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b',') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

// ---------------------------------------------------------------------------------------------
// Calendar dates and minor units
// ---------------------------------------------------------------------------------------------

const SECONDS_PER_DAY: i64 = 86_400;

/// A day of the proleptic Gregorian calendar, in UTC, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    /// Days since 1970-01-01.
    days: i64,
}

impl CalendarDate {
    /// The date of `year`-`month`-`day`, if that day exists (years 0 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        let valid =
            (0..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then(|| Self { days: days_from_civil(i64::from(year), month, day) })
    }

    /// Reads exactly `YYYY-MM-DD`; `None` for any other text or a day that does not exist.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            let part = bytes.get(range)?;
            part.iter().all(u8::is_ascii_digit).then(|| std::str::from_utf8(part).ok()?.parse::<u32>().ok()).flatten()
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = i32::try_from(digits(0..4)?).ok()?;
        Self::new(year, digits(5..7)?, digits(8..10)?)
    }

    /// The day (UTC) that holds the instant `seconds` since the Unix epoch.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self { days: seconds.div_euclid(SECONDS_PER_DAY) }
    }

    /// The instant this day starts, 00:00 UTC, in seconds since the Unix epoch.
    pub fn unix_seconds(self) -> i64 {
        self.days * SECONDS_PER_DAY
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Self {
        Self { days: self.days + days }
    }

    /// The year, e.g. 2024.
    pub fn year(self) -> i32 {
        // Years stay within i32 for every date this type makes from i64 seconds.
        i32::try_from(civil_from_days(self.days).0).unwrap_or(i32::MAX)
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        civil_from_days(self.days).1
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        civil_from_days(self.days).2
    }

    /// How many days this date's month has.
    pub fn days_in_month(self) -> u32 {
        days_in_month(self.year(), self.month())
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday: index 3 counting from Monday.
        let index = (self.days + 3).rem_euclid(7);
        Weekday::ALL[usize::try_from(index).unwrap_or(0)]
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.days);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date (year, month, day) of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Both are small positive numbers by construction (1..=31, 1..=12).
    (year, u32::try_from(month).unwrap_or(1), u32::try_from(day).unwrap_or(1))
}

/// How many digits after the decimal point the currency's minor unit has (2 for USD, 0 for
/// JPY, 3 for KWD), as Stripe counts them.
pub fn minor_unit_digits(currency: &str) -> u32 {
    const ZERO: &[&str] = &[
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    ];
    const THREE: &[&str] = &["BHD", "JOD", "KWD", "OMR", "TND"];
    let code = currency.to_ascii_uppercase();
    if ZERO.contains(&code.as_str()) {
        0
    } else if THREE.contains(&code.as_str()) {
        3
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(query: &str) -> Vec<(String, String)> {
        query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(name), percent_decode(value))
            })
            .collect()
    }

    fn percent_decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut index = 0;
        while index < bytes.len() {
            if bytes[index] == b'%' {
                let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).expect("ascii");
                out.push(u8::from_str_radix(hex, 16).expect("hex"));
                index += 3;
            } else {
                out.push(if bytes[index] == b'+' { b' ' } else { bytes[index] });
                index += 1;
            }
        }
        String::from_utf8(out).expect("utf-8")
    }

    fn error_of(result: Result<impl fmt::Debug, QueryError>) -> QueryError {
        result.expect_err("the query is rejected")
    }

    #[test]
    fn an_empty_query_is_the_default() {
        assert_eq!(TransactionQuery::parse(&[]), Ok(TransactionQuery::default()));
        assert_eq!(DepositQuery::parse(&[]), Ok(DepositQuery::default()));
        assert_eq!(DisputeQuery::parse(&[]), Ok(DisputeQuery::default()));
        assert_eq!(TransactionQuery::default().path(), "/transactions");
    }

    #[test]
    fn a_full_transaction_query_is_read() {
        let query = TransactionQuery::parse(&pairs(
            "page=3&per_page=100&sort=net&order=asc&type=charge,%20refund&status=refunded&currency=eur\
             &deposit=po_1&from=2024-02-01&to=2024-02-29&search=Ada+L",
        ))
        .expect("valid");
        assert_eq!(query.page, 3);
        assert_eq!(query.per_page, 100);
        assert_eq!((query.sort, query.order), (TransactionSort::Net, SortOrder::Asc));
        assert_eq!(query.types, [TransactionType::Charge, TransactionType::Refund]);
        assert_eq!(query.statuses, [TransactionStatus::Refunded]);
        assert_eq!(query.currency.as_deref(), Some("EUR"));
        assert_eq!(query.deposit_id.as_deref(), Some("po_1"));
        assert_eq!(query.from, CalendarDate::new(2024, 2, 1));
        assert_eq!(query.to, CalendarDate::new(2024, 2, 29));
        assert_eq!(query.search.as_deref(), Some("Ada L"));
    }

    #[test]
    fn queries_survive_the_trip_through_their_query_string() {
        let transactions = TransactionQuery {
            page: 2,
            per_page: 50,
            sort: TransactionSort::Customer,
            order: SortOrder::Asc,
            types: vec![TransactionType::Dispute, TransactionType::DisputeReversal],
            statuses: vec![TransactionStatus::Disputed],
            currency: Some("GBP".into()),
            deposit_id: Some("po_X".into()),
            from: CalendarDate::new(2024, 1, 1),
            to: CalendarDate::new(2024, 12, 31),
            search: Some("O'Brien & Sons, 100%".into()),
        };
        let text = transactions.to_query_string();
        assert!(!text.contains(' ') && !text.contains('\''), "{text}");
        assert_eq!(TransactionQuery::parse(&pairs(&text)), Ok(transactions));

        let deposits = DepositQuery {
            page: 4,
            statuses: vec![DepositStatus::InTransit, DepositStatus::Pending],
            currency: Some("USD".into()),
            ..DepositQuery::default()
        };
        assert_eq!(deposits.path(), "/deposits?page=4&status=in_transit,pending&currency=USD");
        assert_eq!(DepositQuery::parse(&pairs(&deposits.to_query_string())), Ok(deposits));

        let disputes = DisputeQuery {
            sort: DisputeSort::RespondBy,
            order: SortOrder::Asc,
            statuses: vec![DisputeStatus::NeedsResponse],
            ..DisputeQuery::default()
        };
        assert_eq!(disputes.path(), "/disputes?sort=respond_by&order=asc&status=needs_response");
        assert_eq!(DisputeQuery::parse(&pairs(&disputes.to_query_string())), Ok(disputes));
    }

    #[test]
    fn page_sizes_outside_one_to_the_maximum_are_rejected() {
        for bad in ["per_page=0", "per_page=101", "per_page=10000", "per_page=-1", "per_page=ten"] {
            let error = error_of(TransactionQuery::parse(&pairs(bad)));
            assert_eq!(error.parameter, "per_page", "{bad}");
            assert!(error.to_string().contains("from 1 to 100"), "{error}");
        }
        assert_eq!(TransactionQuery::parse(&pairs("per_page=1")).map(|query| query.per_page), Ok(1));
        let error = error_of(DisputeQuery::parse(&pairs("page=0")));
        assert_eq!(error.parameter, "page");
    }

    #[test]
    fn unknown_sorts_values_and_parameters_are_named() {
        let error = error_of(TransactionQuery::parse(&pairs("sort=colour")));
        assert_eq!(error.parameter, "sort");
        assert!(error.to_string().contains("created_at, amount"), "{error}");

        let error = error_of(DepositQuery::parse(&pairs("order=up")));
        assert_eq!(error.parameter, "order");

        let error = error_of(TransactionQuery::parse(&pairs("type=charge,payout")));
        assert_eq!(error.parameter, "type");
        assert!(error.to_string().contains("`payout`"), "{error}");

        let error = error_of(DisputeQuery::parse(&pairs("perpage=10")));
        assert_eq!(error.parameter, "perpage");
        assert!(error.to_string().contains("per_page"), "{error}");

        let error = error_of(DepositQuery::parse(&pairs("status=paid&status=failed")));
        assert_eq!(error.parameter, "status");
        assert!(error.problem.contains("more than once"), "{error}");
    }

    #[test]
    fn dates_must_be_real_days_in_order() {
        for bad in ["from=2024-13-01", "from=2023-02-29", "from=yesterday", "from=2024-1-01", "from=1700000000"] {
            assert_eq!(error_of(TransactionQuery::parse(&pairs(bad))).parameter, "from", "{bad}");
        }
        let error = error_of(TransactionQuery::parse(&pairs("from=2024-03-02&to=2024-03-01")));
        assert_eq!(error.parameter, "from");
        assert!(TransactionQuery::parse(&pairs("from=2024-03-01&to=2024-03-01")).is_ok());
    }

    #[test]
    fn currencies_and_search_are_checked_and_empty_values_ignored() {
        assert_eq!(error_of(DepositQuery::parse(&pairs("currency=US"))).parameter, "currency");
        assert_eq!(error_of(DepositQuery::parse(&pairs("currency=U5D"))).parameter, "currency");
        let long = "x".repeat(MAX_SEARCH_CHARS + 1);
        assert_eq!(error_of(TransactionQuery::parse(&pairs(&format!("search={long}")))).parameter, "search");
        assert_eq!(
            TransactionQuery::parse(&pairs("currency=&search=%20&type=&status=,")),
            Ok(TransactionQuery::default())
        );
    }

    #[test]
    fn calendar_dates_convert_to_and_from_unix_seconds() {
        let date = CalendarDate::parse("2024-02-29").expect("leap day");
        assert_eq!(date.unix_seconds(), 1_709_164_800);
        assert_eq!(CalendarDate::from_unix_seconds(1_709_164_800 + 86_399), date);
        assert_eq!(CalendarDate::from_unix_seconds(-1).to_string(), "1969-12-31");
        assert_eq!((date.year(), date.month(), date.day(), date.days_in_month()), (2024, 2, 29, 29));
        assert_eq!(date.weekday(), Weekday::Thursday);
        assert_eq!(date.add_days(1).to_string(), "2024-03-01");
        assert_eq!(CalendarDate::parse("1970-01-01").map(CalendarDate::unix_seconds), Some(0));
        assert_eq!(CalendarDate::parse("2000-02-30"), None);
        assert_eq!(CalendarDate::parse("2024-02-29x"), None);
        assert_eq!(CalendarDate::parse("+024-02-09"), None);
        // Every day of four centuries survives the round trip.
        let start = CalendarDate::parse("1900-01-01").expect("date");
        for offset in 0..146_097 {
            let day = start.add_days(offset);
            assert_eq!(CalendarDate::parse(&day.to_string()), Some(day));
        }
    }

    #[test]
    fn ledger_types_use_snake_case_names_on_the_wire() {
        let transaction = Transaction {
            id: "txn_1".into(),
            created_at: 1_700_000_000,
            available_on: 1_700_179_200,
            kind: TransactionType::DisputeReversal,
            amount: 1_000,
            fee: -1_500,
            net: 2_500,
            currency: "USD".into(),
            customer_name: "Ada".into(),
            order_number: 1001,
            status: TransactionStatus::Succeeded,
            payment_method: PaymentMethod { brand: CardBrand::Amex, last4: "0005".into() },
            charge_id: Some("txn_0".into()),
            deposit_id: None,
        };
        let value = serde_json::to_value(&transaction).expect("serializes");
        assert_eq!(value["type"], "dispute_reversal");
        assert_eq!(value["payment_method"], json!({ "brand": "amex", "last4": "0005" }));
        assert_eq!(value["deposit_id"], serde_json::Value::Null);
        assert_eq!(serde_json::from_value::<Transaction>(value).expect("parses"), transaction);

        let schedule =
            DepositSchedule { interval: DepositInterval::Weekly { weekday: Weekday::Friday }, delay_days: 2 };
        assert_eq!(
            serde_json::to_value(schedule).expect("serializes"),
            json!({ "interval": { "period": "weekly", "weekday": "friday" }, "delay_days": 2 })
        );
        assert_eq!(serde_json::to_value(DisputeStatus::NeedsResponse).expect("serializes"), "needs_response");
        assert_eq!(DepositStatus::from_wire("in_transit"), Some(DepositStatus::InTransit));
        assert_eq!(SupportChannel::WordpressCom.to_string(), "wordpress_com");
    }

    #[test]
    fn pages_count_their_pages_and_paths_are_encoded() {
        let page = Page::<u8> { items: vec![], total: 101, page: 1, per_page: 25 };
        assert_eq!(page.page_count(), 5);
        assert_eq!(Page::<u8> { items: vec![], total: 0, page: 1, per_page: 25 }.page_count(), 0);
        assert_eq!(transaction_path("txn_1/../x"), "/transactions/txn_1%2F..%2Fx");
    }
}
