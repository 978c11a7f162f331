//! The words of the ledger screens: Transactions, Deposits, Disputes and their panels.

use panel_protocol::{
    CardBrand, DepositInterval, DepositSchedule, DepositStatus, DisputeReason, DisputeStatus, TransactionStatus,
    TransactionType, Weekday,
};

use crate::format::grouped;

/// Menu entry and screen: Transactions.
pub const TRANSACTIONS: &str = "Transactions";
/// Menu entry and screen: Deposits.
pub const DEPOSITS: &str = "Deposits";
/// Menu entry and screen: Disputes.
pub const DISPUTES: &str = "Disputes";

/// The words one ledger list uses for its rows and its states.
pub struct ListWords {
    /// The table's accessible name.
    pub caption: &'static str,
    /// One row, e.g. "transaction".
    pub one: &'static str,
    /// Several rows, e.g. "transactions".
    pub many: &'static str,
    /// Shown while the first page is on its way.
    pub loading: &'static str,
    /// Heading of the notice when a page could not be loaded.
    pub failed: &'static str,
    /// The list is empty, with no filter.
    pub none_yet: &'static str,
    /// No row matches the filters.
    pub none_matching: &'static str,
}

/// The transaction list's words.
pub const TRANSACTION_WORDS: ListWords = ListWords {
    caption: "Transactions",
    one: "transaction",
    many: "transactions",
    loading: "Loading transactions…",
    failed: "The transactions could not be loaded.",
    none_yet: "No transactions yet. Payments your customers make appear here.",
    none_matching: "No transactions match these filters.",
};

/// The deposit list's words.
pub const DEPOSIT_WORDS: ListWords = ListWords {
    caption: "Deposits",
    one: "deposit",
    many: "deposits",
    loading: "Loading deposits…",
    failed: "The deposits could not be loaded.",
    none_yet: "No deposits yet. Your balance is deposited to your bank account on your deposit schedule.",
    none_matching: "No deposits match these filters.",
};

/// The dispute list's words.
pub const DISPUTE_WORDS: ListWords = ListWords {
    caption: "Disputes",
    one: "dispute",
    many: "disputes",
    loading: "Loading disputes…",
    failed: "The disputes could not be loaded.",
    none_yet: "No disputes. When a customer disputes a payment with their bank, it appears here.",
    none_matching: "No disputes match these filters.",
};

/// How many rows: "No transactions", "1 transaction", "10,000 transactions".
pub fn count_of(count: u64, words: &ListWords) -> String {
    match count {
        0 => format!("No {}", words.many),
        1 => format!("1 {}", words.one),
        _ => format!("{} {}", grouped(count), words.many),
    }
}

/// Which rows are shown: "Showing 26–50 of 10,000 transactions".
pub fn showing(first: u64, last: u64, total: u64, words: &ListWords) -> String {
    let noun = if total == 1 { words.one } else { words.many };
    format!("Showing {}–{} of {} {noun}", grouped(first), grouped(last), grouped(total))
}

/// The page asked for is past the list's last page.
pub fn past_the_end(page_count: u64) -> String {
    match page_count {
        1 => "This page is past the end of the list, which has 1 page.".to_owned(),
        _ => format!("This page is past the end of the list, which has {} pages.", grouped(page_count)),
    }
}

/// The pagination landmark's label.
pub const PAGINATION: &str = "Pagination";
/// Goes to the first page.
pub const FIRST_PAGE: &str = "First page";
/// Goes one page back.
pub const PREVIOUS_PAGE: &str = "Previous";
/// Goes one page on.
pub const NEXT_PAGE: &str = "Next";
/// Goes to the last page.
pub const LAST_PAGE: &str = "Last page";
/// Label of the page size.
pub const ROWS_PER_PAGE: &str = "Rows per page";

/// Label of the region in which the transaction list scrolls sideways on a narrow screen.
pub const TRANSACTIONS_SCROLL: &str = "Transactions, scrolls sideways";
/// Label of the region in which the deposit list scrolls sideways.
pub const DEPOSITS_SCROLL: &str = "Deposits, scrolls sideways";
/// Label of the region in which the dispute list scrolls sideways.
pub const DISPUTES_SCROLL: &str = "Disputes, scrolls sideways";
/// Label of the region in which the Overview's recent transactions scroll sideways.
pub const RECENT_TRANSACTIONS_SCROLL: &str = "Recent transactions, scrolls sideways";
/// Label of the region in which the Overview's balances scroll sideways.
pub const BALANCES_SCROLL: &str = "Balances, scrolls sideways";
/// Label of the region in which the transaction totals scroll sideways.
pub const TOTALS_SCROLL: &str = "Totals, scrolls sideways";

/// Where the pages stand: "Page 2 of 40".
pub fn page_of(page: u32, page_count: u64) -> String {
    format!("Page {} of {}", grouped(u64::from(page)), grouped(page_count.max(1)))
}

/// Label of the form that narrows a list.
pub const FILTERS: &str = "Filters";
/// Label of the type filter.
pub const FILTER_TYPE: &str = "Type";
/// The type filter, unset.
pub const ALL_TYPES: &str = "All types";
/// Label of the status filter.
pub const FILTER_STATUS: &str = "Status";
/// The status filter, unset.
pub const ALL_STATUSES: &str = "All statuses";
/// Label of the currency filter.
pub const FILTER_CURRENCY: &str = "Currency";
/// The currency filter, unset.
pub const ALL_CURRENCIES: &str = "All currencies";
/// Label of the first day of the date range.
pub const FILTER_FROM: &str = "From";
/// Label of the last day of the date range.
pub const FILTER_TO: &str = "To";
/// Label of the transaction search box.
pub const SEARCH_LABEL: &str = "Search by customer, order number, card or ID";
/// The search button.
pub const SEARCH: &str = "Search";
/// Removes every filter.
pub const CLEAR_FILTERS: &str = "Clear filters";
/// Removes the deposit filter.
pub const SHOW_ALL_TRANSACTIONS: &str = "Show all transactions";

/// The transaction list shows one deposit's transactions.
pub fn deposit_filter(deposit_id: &str) -> String {
    format!("Showing the transactions paid out in deposit {deposit_id}.")
}

/// Column: when it happened.
pub const COLUMN_DATE: &str = "Date";
/// Column: the type.
pub const COLUMN_TYPE: &str = "Type";
/// Column: the status.
pub const COLUMN_STATUS: &str = "Status";
/// Column: the customer.
pub const COLUMN_CUSTOMER: &str = "Customer";
/// Column: the WooCommerce order.
pub const COLUMN_ORDER: &str = "Order";
/// Column: the card used.
pub const COLUMN_PAYMENT_METHOD: &str = "Payment method";
/// Column: the amount.
pub const COLUMN_AMOUNT: &str = "Amount";
/// Column: the fees.
pub const COLUMN_FEES: &str = "Fees";
/// Column: the net.
pub const COLUMN_NET: &str = "Net";
/// Column: the bank account a deposit goes to.
pub const COLUMN_BANK_ACCOUNT: &str = "Bank account";
/// Column: the transactions a deposit pays out.
pub const COLUMN_TRANSACTIONS: &str = "Transactions";
/// Column: when a dispute was opened.
pub const COLUMN_DISPUTED_ON: &str = "Disputed on";
/// Column: why the customer disputed.
pub const COLUMN_REASON: &str = "Reason";
/// Column: the response deadline.
pub const COLUMN_RESPOND_BY: &str = "Respond by";
/// Column: the currency.
pub const COLUMN_CURRENCY: &str = "Currency";
/// Column: the gross amount.
pub const COLUMN_GROSS: &str = "Gross";

/// Caption of the transaction totals.
pub const TOTALS_CAPTION: &str = "Totals of all matching transactions, per currency";

/// An order number as shown: "#1001".
pub fn order_number(number: u64) -> String {
    format!("#{number}")
}

/// A card as shown: "Visa •••• 4242".
pub fn card(brand: CardBrand, last4: &str) -> String {
    format!("{} •••• {last4}", card_brand_label(brand))
}

/// A bank account as shown: "•••• 6789".
pub fn bank_account(last4: &str) -> String {
    format!("•••• {last4}")
}

/// How a card brand reads.
fn card_brand_label(brand: CardBrand) -> &'static str {
    match brand {
        CardBrand::Visa => "Visa",
        CardBrand::Mastercard => "Mastercard",
        CardBrand::Amex => "American Express",
        CardBrand::Discover => "Discover",
    }
}

/// How a transaction type reads.
pub fn transaction_type_label(kind: TransactionType) -> &'static str {
    match kind {
        TransactionType::Charge => "Charge",
        TransactionType::Refund => "Refund",
        TransactionType::Dispute => "Dispute",
        TransactionType::DisputeReversal => "Dispute reversal",
    }
}

/// How a transaction status reads.
pub fn transaction_status_label(status: TransactionStatus) -> &'static str {
    match status {
        TransactionStatus::Succeeded => "Paid",
        TransactionStatus::PartiallyRefunded => "Partially refunded",
        TransactionStatus::Refunded => "Refunded",
        TransactionStatus::Disputed => "Disputed",
    }
}

/// How a deposit status reads.
pub fn deposit_status_label(status: DepositStatus) -> &'static str {
    match status {
        DepositStatus::Pending => "Pending",
        DepositStatus::InTransit => "In transit",
        DepositStatus::Paid => "Deposited",
        DepositStatus::Failed => "Failed",
    }
}

/// How a dispute status reads.
pub fn dispute_status_label(status: DisputeStatus) -> &'static str {
    match status {
        DisputeStatus::NeedsResponse => "Needs response",
        DisputeStatus::UnderReview => "Under review",
        DisputeStatus::Won => "Won",
        DisputeStatus::Lost => "Lost",
        DisputeStatus::Accepted => "Accepted",
    }
}

/// How a dispute reason reads.
pub fn dispute_reason_label(reason: DisputeReason) -> &'static str {
    match reason {
        DisputeReason::Fraudulent => "Fraudulent",
        DisputeReason::ProductNotReceived => "Product not received",
        DisputeReason::ProductUnacceptable => "Product unacceptable",
        DisputeReason::Duplicate => "Duplicate",
        DisputeReason::SubscriptionCanceled => "Subscription canceled",
        DisputeReason::CreditNotProcessed => "Credit not processed",
        DisputeReason::General => "General",
    }
}

/// Heading of the deposits panel.
pub const DEPOSITS_HEADING: &str = "Deposits";
/// Heading of the same panel on the Deposits screen.
pub const BALANCES_HEADING: &str = "Balances and deposit schedule";
/// Shown while the balances are on their way.
pub const LOADING_DEPOSITS_OVERVIEW: &str = "Loading the balances and the deposit schedule…";
/// Heading of the notice when the balances could not be loaded.
pub const DEPOSITS_OVERVIEW_FAILED: &str = "The balances and the deposit schedule could not be loaded.";
/// Caption of the balances table.
pub const BALANCES_CAPTION: &str = "Balances per currency";
/// Column: funds available for the next deposit.
pub const AVAILABLE: &str = "Available";
/// Column: funds still waiting out the deposit delay.
pub const PENDING: &str = "Pending";
/// Column: the next deposit.
pub const NEXT_DEPOSIT: &str = "Next deposit";
/// No deposit is due in a currency.
pub const NO_DEPOSIT_DUE: &str = "None due";
/// The account holds no money yet.
pub const NO_BALANCES: &str = "No balance yet: funds appear here once customers pay.";
/// The account has no deposit schedule yet (none before the first payments).
pub const NO_SCHEDULE: &str = "No deposit schedule yet: it is set once the first payments arrive.";
/// Link to the Deposits screen.
pub const VIEW_DEPOSITS: &str = "View all deposits";

/// A next deposit whose amount the schedule estimates.
pub fn estimated(amount: &str) -> String {
    format!("{amount} (estimated)")
}

/// The deposit schedule as a sentence: "Deposits are made every Friday, from funds available
/// 2 days after each payment."
pub fn schedule_text(schedule: &DepositSchedule) -> String {
    let when = match schedule.interval {
        DepositInterval::Daily => "every day".to_owned(),
        DepositInterval::Weekly { weekday } => format!("every {}", weekday_label(weekday)),
        DepositInterval::Monthly { day } => format!("monthly, on day {day} of the month"),
    };
    let delay = match schedule.delay_days {
        1 => "1 day".to_owned(),
        days => format!("{days} days"),
    };
    format!("Deposits are made {when}, from funds available {delay} after each payment.")
}

/// How a weekday reads.
fn weekday_label(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// Heading of the disputes panel.
pub const DISPUTES_HEADING: &str = "Disputes";
/// Shown while the disputes awaiting a response are on their way.
pub const LOADING_DISPUTES_PANEL: &str = "Loading disputes…";
/// Heading of the notice when the disputes panel could not load.
pub const DISPUTES_PANEL_FAILED: &str = "The disputes could not be loaded.";
/// Link to the disputes awaiting a response.
pub const RESPOND_TO_DISPUTES: &str = "Respond to disputes";
/// Link to the disputes awaiting a response while the store cannot challenge them.
pub const SEE_AWAITING_DISPUTES: &str = "See the disputes awaiting a response";
/// Link to the Disputes screen.
pub const VIEW_DISPUTES: &str = "View all disputes";
/// Caption of the list of the disputes due soonest.
pub const DUE_SOONEST: &str = "Due soonest";

/// How many disputes await a response, as a sentence.
pub fn disputes_awaiting(count: u64) -> String {
    match count {
        0 => "No disputes need a response.".to_owned(),
        1 => "1 dispute needs a response.".to_owned(),
        _ => format!("{} disputes need a response.", grouped(count)),
    }
}

/// One dispute awaiting a response, before its deadline: "$45.00 from Ada Lovelace (order
/// #1001), respond by".
pub fn dispute_due(amount: &str, customer: &str, order: u64) -> String {
    format!("{amount} from {customer} (order #{order}), respond by")
}

/// Heading of the recent transactions.
pub const RECENT_TRANSACTIONS_HEADING: &str = "Recent transactions";
/// Link to the Transactions screen.
pub const VIEW_TRANSACTIONS: &str = "View all transactions";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_and_agree_in_number() {
        assert_eq!(count_of(0, &TRANSACTION_WORDS), "No transactions");
        assert_eq!(count_of(1, &DEPOSIT_WORDS), "1 deposit");
        assert_eq!(count_of(10_000, &TRANSACTION_WORDS), "10,000 transactions");
        assert_eq!(showing(26, 50, 10_000, &TRANSACTION_WORDS), "Showing 26–50 of 10,000 transactions");
        assert_eq!(showing(1, 1, 1, &DISPUTE_WORDS), "Showing 1–1 of 1 dispute");
        assert_eq!(page_of(2, 400), "Page 2 of 400");
        assert_eq!(page_of(1, 0), "Page 1 of 1");
    }

    #[test]
    fn the_schedule_reads_as_a_sentence() {
        let weekly = DepositSchedule { interval: DepositInterval::Weekly { weekday: Weekday::Friday }, delay_days: 2 };
        assert_eq!(
            schedule_text(&weekly),
            "Deposits are made every Friday, from funds available 2 days after each payment."
        );
        let daily = DepositSchedule { interval: DepositInterval::Daily, delay_days: 1 };
        assert!(schedule_text(&daily).contains("every day, from funds available 1 day after"));
        let monthly = DepositSchedule { interval: DepositInterval::Monthly { day: 15 }, delay_days: 7 };
        assert!(schedule_text(&monthly).contains("monthly, on day 15 of the month"));
        assert_eq!(disputes_awaiting(3), "3 disputes need a response.");
    }
}
