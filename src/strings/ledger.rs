//! The words of the ledger screens: Transactions, Deposits, Disputes and their panels.

use crate::i18n::{sprintf, t, tn};

use panel_protocol::{
    CardBrand, DepositInterval, DepositSchedule, DepositStatus, DisputeReason, DisputeStatus, TransactionStatus,
    TransactionType, Weekday,
};

use crate::format::grouped;

/// Menu entry and screen: Transactions.
pub fn transactions() -> &'static str {
    t("Transactions")
}
/// Menu entry and screen: Deposits.
pub fn deposits() -> &'static str {
    t("Deposits")
}
/// Menu entry and screen: Disputes.
pub fn disputes() -> &'static str {
    t("Disputes")
}

/// Which ledger list: its counts agree in number with their own nouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// The Transactions list.
    Transactions,
    /// The Deposits list.
    Deposits,
    /// The Disputes list.
    Disputes,
}

/// The words one ledger list uses for its rows and its states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListWords {
    /// Which list, for its counts.
    pub kind: ListKind,
    /// The table's accessible name.
    pub caption: &'static str,
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
pub fn transaction_words() -> ListWords {
    ListWords {
        kind: ListKind::Transactions,
        caption: t("Transactions"),
        loading: t("Loading transactions…"),
        failed: t("The transactions could not be loaded."),
        none_yet: t("No transactions yet. Payments your customers make appear here."),
        none_matching: t("No transactions match these filters."),
    }
}

/// The deposit list's words.
pub fn deposit_words() -> ListWords {
    ListWords {
        kind: ListKind::Deposits,
        caption: t("Deposits"),
        loading: t("Loading deposits…"),
        failed: t("The deposits could not be loaded."),
        none_yet: t("No deposits yet. Your balance is deposited to your bank account on your deposit schedule."),
        none_matching: t("No deposits match these filters."),
    }
}

/// The dispute list's words.
pub fn dispute_words() -> ListWords {
    ListWords {
        kind: ListKind::Disputes,
        caption: t("Disputes"),
        loading: t("Loading disputes…"),
        failed: t("The disputes could not be loaded."),
        none_yet: t("No disputes. When a customer disputes a payment with their bank, it appears here."),
        none_matching: t("No disputes match these filters."),
    }
}

/// How many rows: "No transactions", "1 transaction", "10,000 transactions".
pub fn count_of(count: u64, words: &ListWords) -> String {
    let form = match (words.kind, count) {
        (ListKind::Transactions, 0) => return t("No transactions").to_owned(),
        (ListKind::Deposits, 0) => return t("No deposits").to_owned(),
        (ListKind::Disputes, 0) => return t("No disputes").to_owned(),
        // translators: %s is the count, grouped in thousands ("10,000").
        (ListKind::Transactions, _) => tn("%s transaction", "%s transactions", count),
        (ListKind::Deposits, _) => tn("%s deposit", "%s deposits", count),
        (ListKind::Disputes, _) => tn("%s dispute", "%s disputes", count),
    };
    sprintf(form, &[&grouped(count)])
}

/// Which rows are shown: "Showing 26–50 of 10,000 transactions".
pub fn showing(first: u64, last: u64, total: u64, words: &ListWords) -> String {
    let form = match words.kind {
        ListKind::Transactions => {
            tn("Showing %1$s–%2$s of %3$s transaction", "Showing %1$s–%2$s of %3$s transactions", total)
        }
        ListKind::Deposits => tn("Showing %1$s–%2$s of %3$s deposit", "Showing %1$s–%2$s of %3$s deposits", total),
        ListKind::Disputes => tn("Showing %1$s–%2$s of %3$s dispute", "Showing %1$s–%2$s of %3$s disputes", total),
    };
    sprintf(form, &[&grouped(first), &grouped(last), &grouped(total)])
}

/// The page asked for is past the list's last page.
pub fn past_the_end(page_count: u64) -> String {
    sprintf(
        tn(
            "This page is past the end of the list, which has %s page.",
            "This page is past the end of the list, which has %s pages.",
            page_count,
        ),
        &[&grouped(page_count)],
    )
}

/// The pagination landmark's label.
pub fn pagination() -> &'static str {
    t("Pagination")
}
/// Goes to the first page.
pub fn first_page() -> &'static str {
    t("First page")
}
/// Goes one page back.
pub fn previous_page() -> &'static str {
    t("Previous")
}
/// Goes one page on.
pub fn next_page() -> &'static str {
    t("Next")
}
/// Goes to the last page.
pub fn last_page() -> &'static str {
    t("Last page")
}
/// Label of the page size.
pub fn rows_per_page() -> &'static str {
    t("Rows per page")
}

/// Label of the region in which the transaction list scrolls sideways on a narrow screen.
pub fn transactions_scroll() -> &'static str {
    t("Transactions, scrolls sideways")
}
/// Label of the region in which the deposit list scrolls sideways.
pub fn deposits_scroll() -> &'static str {
    t("Deposits, scrolls sideways")
}
/// Label of the region in which the dispute list scrolls sideways.
pub fn disputes_scroll() -> &'static str {
    t("Disputes, scrolls sideways")
}
/// Label of the region in which the Overview's recent transactions scroll sideways.
pub fn recent_transactions_scroll() -> &'static str {
    t("Recent transactions, scrolls sideways")
}
/// Label of the region in which the Overview's balances scroll sideways.
pub fn balances_scroll() -> &'static str {
    t("Balances, scrolls sideways")
}
/// Label of the region in which the transaction totals scroll sideways.
pub fn totals_scroll() -> &'static str {
    t("Totals, scrolls sideways")
}

/// Where the pages stand: "Page 2 of 40".
pub fn page_of(page: u32, page_count: u64) -> String {
    sprintf(t("Page %1$s of %2$s"), &[&grouped(u64::from(page)), &grouped(page_count.max(1))])
}

/// Label of the form that narrows a list.
pub fn filters() -> &'static str {
    t("Filters")
}
/// Label of the type filter.
pub fn filter_type() -> &'static str {
    t("Type")
}
/// The type filter, unset.
pub fn all_types() -> &'static str {
    t("All types")
}
/// Label of the status filter.
pub fn filter_status() -> &'static str {
    t("Status")
}
/// The status filter, unset.
pub fn all_statuses() -> &'static str {
    t("All statuses")
}
/// Label of the currency filter.
pub fn filter_currency() -> &'static str {
    t("Currency")
}
/// The currency filter, unset.
pub fn all_currencies() -> &'static str {
    t("All currencies")
}
/// Label of the first day of the date range.
pub fn filter_from() -> &'static str {
    t("From")
}
/// Label of the last day of the date range.
pub fn filter_to() -> &'static str {
    t("To")
}
/// Label of the transaction search box.
pub fn search_label() -> &'static str {
    t("Search by customer, order number, card or ID")
}
/// The search button.
pub fn search() -> &'static str {
    t("Search")
}
/// Removes every filter.
pub fn clear_filters() -> &'static str {
    t("Clear filters")
}
/// Removes the deposit filter.
pub fn show_all_transactions() -> &'static str {
    t("Show all transactions")
}

/// The transaction list shows one deposit's transactions.
pub fn deposit_filter(deposit_id: &str) -> String {
    sprintf(t("Showing the transactions paid out in deposit %s."), &[&deposit_id])
}

/// Column: when it happened.
pub fn column_date() -> &'static str {
    t("Date")
}
/// Column: the type.
pub fn column_type() -> &'static str {
    t("Type")
}
/// Column: the status.
pub fn column_status() -> &'static str {
    t("Status")
}
/// Column: the customer.
pub fn column_customer() -> &'static str {
    t("Customer")
}
/// Column: the WooCommerce order.
pub fn column_order() -> &'static str {
    t("Order")
}
/// Column: the card used.
pub fn column_payment_method() -> &'static str {
    t("Payment method")
}
/// Column: the amount.
pub fn column_amount() -> &'static str {
    t("Amount")
}
/// Column: the fees.
pub fn column_fees() -> &'static str {
    t("Fees")
}
/// Column: the net.
pub fn column_net() -> &'static str {
    t("Net")
}
/// Column: the bank account a deposit goes to.
pub fn column_bank_account() -> &'static str {
    t("Bank account")
}
/// Column: the transactions a deposit pays out.
pub fn column_transactions() -> &'static str {
    t("Transactions")
}
/// Column: when a dispute was opened.
pub fn column_disputed_on() -> &'static str {
    t("Disputed on")
}
/// Column: why the customer disputed.
pub fn column_reason() -> &'static str {
    t("Reason")
}
/// Column: the response deadline.
pub fn column_respond_by() -> &'static str {
    t("Respond by")
}
/// Column: the currency.
pub fn column_currency() -> &'static str {
    t("Currency")
}
/// Column: the gross amount.
pub fn column_gross() -> &'static str {
    t("Gross")
}

/// Caption of the transaction totals.
pub fn totals_caption() -> &'static str {
    t("Totals of all matching transactions, per currency")
}

/// An order number as shown: "#1001".
pub fn order_number(number: u64) -> String {
    sprintf(t("#%d"), &[&number])
}

/// A card as shown: "Visa •••• 4242".
pub fn card(brand: CardBrand, last4: &str) -> String {
    sprintf(t("%1$s •••• %2$s"), &[&card_brand_label(brand), &last4])
}

/// A bank account as shown: "•••• 6789".
pub fn bank_account(last4: &str) -> String {
    sprintf(t("•••• %s"), &[&last4])
}

/// How a card brand reads.
fn card_brand_label(brand: CardBrand) -> &'static str {
    match brand {
        CardBrand::Visa => t("Visa"),
        CardBrand::Mastercard => t("Mastercard"),
        CardBrand::Amex => t("American Express"),
        CardBrand::Discover => t("Discover"),
    }
}

/// How a transaction type reads.
pub fn transaction_type_label(kind: TransactionType) -> &'static str {
    match kind {
        TransactionType::Charge => t("Charge"),
        TransactionType::Refund => t("Refund"),
        TransactionType::Dispute => t("Dispute"),
        TransactionType::DisputeReversal => t("Dispute reversal"),
    }
}

/// How a transaction status reads.
pub fn transaction_status_label(status: TransactionStatus) -> &'static str {
    match status {
        TransactionStatus::Succeeded => t("Paid"),
        TransactionStatus::PartiallyRefunded => t("Partially refunded"),
        TransactionStatus::Refunded => t("Refunded"),
        TransactionStatus::Disputed => t("Disputed"),
    }
}

/// How a deposit status reads.
pub fn deposit_status_label(status: DepositStatus) -> &'static str {
    match status {
        DepositStatus::Pending => t("Pending"),
        DepositStatus::InTransit => t("In transit"),
        DepositStatus::Paid => t("Deposited"),
        DepositStatus::Failed => t("Failed"),
    }
}

/// How a dispute status reads.
pub fn dispute_status_label(status: DisputeStatus) -> &'static str {
    match status {
        DisputeStatus::NeedsResponse => t("Needs response"),
        DisputeStatus::UnderReview => t("Under review"),
        DisputeStatus::Won => t("Won"),
        DisputeStatus::Lost => t("Lost"),
        DisputeStatus::Accepted => t("Accepted"),
    }
}

/// How a dispute reason reads.
pub fn dispute_reason_label(reason: DisputeReason) -> &'static str {
    match reason {
        DisputeReason::Fraudulent => t("Fraudulent"),
        DisputeReason::ProductNotReceived => t("Product not received"),
        DisputeReason::ProductUnacceptable => t("Product unacceptable"),
        DisputeReason::Duplicate => t("Duplicate"),
        DisputeReason::SubscriptionCanceled => t("Subscription canceled"),
        DisputeReason::CreditNotProcessed => t("Credit not processed"),
        DisputeReason::General => t("General"),
    }
}

/// Heading of the deposits panel.
pub fn deposits_heading() -> &'static str {
    t("Deposits")
}
/// Heading of the same panel on the Deposits screen.
pub fn balances_heading() -> &'static str {
    t("Balances and deposit schedule")
}
/// Shown while the balances are on their way.
pub fn loading_deposits_overview() -> &'static str {
    t("Loading the balances and the deposit schedule…")
}
/// Heading of the notice when the balances could not be loaded.
pub fn deposits_overview_failed() -> &'static str {
    t("The balances and the deposit schedule could not be loaded.")
}
/// Caption of the balances table.
pub fn balances_caption() -> &'static str {
    t("Balances per currency")
}
/// Column: funds available for the next deposit.
pub fn available() -> &'static str {
    t("Available")
}
/// Column: funds still waiting out the deposit delay.
pub fn pending() -> &'static str {
    t("Pending")
}
/// Column: the next deposit.
pub fn next_deposit() -> &'static str {
    t("Next deposit")
}
/// No deposit is due in a currency.
pub fn no_deposit_due() -> &'static str {
    t("None due")
}
/// The account holds no money yet.
pub fn no_balances() -> &'static str {
    t("No balance yet: funds appear here once customers pay.")
}
/// The account has no deposit schedule yet (none before the first payments).
pub fn no_schedule() -> &'static str {
    t("No deposit schedule yet: it is set once the first payments arrive.")
}
/// Link to the Deposits screen.
pub fn view_deposits() -> &'static str {
    t("View all deposits")
}

/// A next deposit whose amount the schedule estimates.
pub fn estimated(amount: &str) -> String {
    sprintf(t("%s (estimated)"), &[&amount])
}

/// The deposit schedule as a sentence: "Deposits are made every Friday, from funds available
/// 2 days after each payment."
pub fn schedule_text(schedule: &DepositSchedule) -> String {
    let delay = u64::from(schedule.delay_days);
    match schedule.interval {
        DepositInterval::Daily => sprintf(
            tn(
                "Deposits are made every day, from funds available %d day after each payment.",
                "Deposits are made every day, from funds available %d days after each payment.",
                delay,
            ),
            &[&delay],
        ),
        // translators: %1$s is a weekday ("Friday"), %2$d the days funds wait.
        DepositInterval::Weekly { weekday } => sprintf(
            tn(
                "Deposits are made every %1$s, from funds available %2$d day after each payment.",
                "Deposits are made every %1$s, from funds available %2$d days after each payment.",
                delay,
            ),
            &[&weekday_label(weekday), &delay],
        ),
        DepositInterval::Monthly { day } => sprintf(
            tn(
                "Deposits are made monthly, on day %1$d of the month, from funds available %2$d day after each payment.",
                "Deposits are made monthly, on day %1$d of the month, from funds available %2$d days after each payment.",
                delay,
            ),
            &[&day, &delay],
        ),
    }
}

/// How a weekday reads.
fn weekday_label(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => t("Monday"),
        Weekday::Tuesday => t("Tuesday"),
        Weekday::Wednesday => t("Wednesday"),
        Weekday::Thursday => t("Thursday"),
        Weekday::Friday => t("Friday"),
        Weekday::Saturday => t("Saturday"),
        Weekday::Sunday => t("Sunday"),
    }
}

/// Heading of the disputes panel.
pub fn disputes_heading() -> &'static str {
    t("Disputes")
}
/// Shown while the disputes awaiting a response are on their way.
pub fn loading_disputes_panel() -> &'static str {
    t("Loading disputes…")
}
/// Heading of the notice when the disputes panel could not load.
pub fn disputes_panel_failed() -> &'static str {
    t("The disputes could not be loaded.")
}
/// Link to the disputes awaiting a response.
pub fn respond_to_disputes() -> &'static str {
    t("Respond to disputes")
}
/// Link to the disputes awaiting a response while the store cannot challenge them.
pub fn see_awaiting_disputes() -> &'static str {
    t("See the disputes awaiting a response")
}
/// Link to the Disputes screen.
pub fn view_disputes() -> &'static str {
    t("View all disputes")
}
/// Caption of the list of the disputes due soonest.
pub fn due_soonest() -> &'static str {
    t("Due soonest")
}

/// How many disputes await a response, as a sentence.
pub fn disputes_awaiting(count: u64) -> String {
    match count {
        0 => t("No disputes need a response.").to_owned(),
        _ => sprintf(tn("%s dispute needs a response.", "%s disputes need a response.", count), &[&grouped(count)]),
    }
}

/// One dispute awaiting a response, before its deadline: "$45.00 from Ada Lovelace (order
/// #1001), respond by".
pub fn dispute_due(amount: &str, customer: &str, order: u64) -> String {
    sprintf(t("%1$s from %2$s (order #%3$d), respond by"), &[&amount, &customer, &order])
}

/// Heading of the recent transactions.
pub fn recent_transactions_heading() -> &'static str {
    t("Recent transactions")
}
/// Link to the Transactions screen.
pub fn view_transactions() -> &'static str {
    t("View all transactions")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_and_agree_in_number() {
        assert_eq!(count_of(0, &transaction_words()), "No transactions");
        assert_eq!(count_of(1, &deposit_words()), "1 deposit");
        assert_eq!(count_of(10_000, &transaction_words()), "10,000 transactions");
        assert_eq!(showing(26, 50, 10_000, &transaction_words()), "Showing 26–50 of 10,000 transactions");
        assert_eq!(showing(1, 1, 1, &dispute_words()), "Showing 1–1 of 1 dispute");
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
