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
//! generic [`ListQuery`] over the list's filters ([`TransactionQuery`], [`DepositQuery`],
//! [`DisputeQuery`]), so the app and the backend agree on every parameter: `page` (from 1),
//! `per_page` (1 to [`MAX_PER_PAGE`], larger values are rejected, not capped), `sort` and `order`
//! (`asc`/`desc`), and filters. List filters take comma-separated values (`type=charge,refund`);
//! an empty value means "no filter"; a parameter given twice, an unknown parameter or a bad value
//! is an error naming the parameter.
//!
//! One file per subject, everything re-exported here: `pages` (a page, the generic query),
//! `query_string` (reading and writing query strings), `list_parameters` (their OpenAPI
//! description), `transactions`, `deposits`, `disputes`,
//! `support`, `calendar` and `money`.

mod wire_enum;

mod calendar;
mod deposits;
mod disputes;
#[cfg(feature = "openapi")]
mod list_parameters;
mod money;
mod pages;
mod query_string;
mod support;
mod transactions;

pub use calendar::{CalendarDate, Weekday};
pub use deposits::{
    Balance, DEPOSITS_OVERVIEW_PATH, DEPOSITS_PATH, Deposit, DepositFilter, DepositInterval, DepositQuery,
    DepositSchedule, DepositSort, DepositStatus, DepositsOverview, NextDeposit,
};
pub use disputes::{
    DISPUTES_PATH, Dispute, DisputeFilter, DisputeList, DisputeQuery, DisputeReason, DisputeSort, DisputeStatus,
};
#[cfg(feature = "openapi")]
pub use list_parameters::FilterParameters;
pub use money::minor_unit_digits;
pub use pages::{DEFAULT_PER_PAGE, ListFilter, ListQuery, MAX_PER_PAGE, Page, SortOrder, StatusFilter};
pub use query_string::{CURRENCY_PATTERN, QueryError, QueryParams, QueryString, percent_encode};
pub use support::{SUPPORT_PATH, SupportChannel, SupportContact, SupportContacts};
pub use transactions::{
    CardBrand, CurrencyTotals, MAX_SEARCH_CHARS, PaymentMethod, TRANSACTIONS_PATH, Transaction, TransactionFilter,
    TransactionList, TransactionQuery, TransactionSort, TransactionStatus, TransactionSummary, TransactionType,
    transaction_path,
};
pub use wire_enum::{WireEnum, read_wire_name};

#[cfg(test)]
mod tests;
