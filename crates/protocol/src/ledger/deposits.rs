//! Deposits: payouts to the owner's bank account, the query of `GET /deposits`, and the
//! balances and schedule of `GET /deposits/overview`.

use serde::{Deserialize, Serialize};

use super::calendar::Weekday;
use super::pages::{ListFilter, ListQuery, StatusFilter};
use super::query_string::{QueryError, QueryParams, QueryString};
use super::wire_enum::wire_enum;
use crate::tagged::{MissingField, need};

/// Path of the deposit list, relative to [`crate::API_PREFIX`].
pub const DEPOSITS_PATH: &str = "/deposits";
/// Path of the balances, the deposit schedule and the next deposits, relative to [`crate::API_PREFIX`].
pub const DEPOSITS_OVERVIEW_PATH: &str = "/deposits/overview";

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

/// The filters of `GET /deposits`: `status=pending,in_transit`, `currency=GBP`.
pub type DepositFilter = StatusFilter<DepositStatus>;

/// The query string of `GET /deposits`: page, sort and [`DepositFilter`].
pub type DepositQuery = ListQuery<DepositFilter>;

impl ListFilter for DepositFilter {
    type Sort = DepositSort;
    const DEFAULT_SORT: DepositSort = DepositSort::Date;
    const PATH: &'static str = DEPOSITS_PATH;
    const PARAMETERS: &'static [&'static str] = Self::STATUS_PARAMETERS;

    fn read(params: &QueryParams<'_>) -> Result<Self, QueryError> {
        Self::read_status_and_currency(params)
    }

    fn write(&self, query: &mut QueryString) {
        self.write_status_and_currency(query);
    }
}

/// How often deposits are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "period", rename_all = "snake_case", try_from = "IntervalFields")]
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

/// A [`DepositInterval`] as its JSON has it (crate::tagged).
#[derive(Deserialize)]
struct IntervalFields {
    period: Period,
    weekday: Option<Weekday>,
    day: Option<u8>,
}

/// The tag of a [`DepositInterval`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Period {
    Daily,
    Weekly,
    Monthly,
}

impl TryFrom<IntervalFields> for DepositInterval {
    type Error = MissingField;

    fn try_from(fields: IntervalFields) -> Result<Self, MissingField> {
        Ok(match fields.period {
            Period::Daily => DepositInterval::Daily,
            Period::Weekly => DepositInterval::Weekly { weekday: need(fields.weekday, "weekday")? },
            Period::Monthly => DepositInterval::Monthly { day: need(fields.day, "day")? },
        })
    }
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
