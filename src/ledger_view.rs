//! What the ledger screens (Transactions, Deposits, Disputes) derive from their queries and
//! answers: one trait over the three lists and pure functions on it, tested natively, so the
//! three tables page, sort and filter alike.
//!
//! A list's query lives in the address bar (`/disputes?status=needs_response`): it is read with
//! the protocol's own parser, so a link, the Back button and a reload all show the same rows.

use panel_protocol::{
    Deposit, DepositFilter, DepositSort, Dispute, DisputeFilter, DisputeList, DisputeSort, ListFilter, ListQuery, Page,
    SortOrder, Transaction, TransactionFilter, TransactionList, TransactionSort,
};

/// The page sizes offered; the API answers at most [`panel_protocol::MAX_PER_PAGE`] rows.
pub const PAGE_SIZES: [u32; 3] = [25, 50, 100];

/// A list endpoint's answer: one page of rows (and, for some lists, more).
pub trait ListAnswer: Clone + PartialEq + Send + Sync + 'static {
    /// One row of the table.
    type Row: Clone + PartialEq + Send + Sync + 'static;
    /// The page of rows, with the size of the whole filtered list.
    fn page(&self) -> &Page<Self::Row>;
    /// A row's id, unique in the list.
    fn row_id(row: &Self::Row) -> String;
}

/// What a ledger screen adds to its list's filters (and so to its [`ListQuery`]): what the
/// endpoint answers, and which way a column sorts when first chosen.
pub trait LedgerFilter: ListFilter<Sort: Send + Sync> + Send + Sync + 'static {
    /// What the list's endpoint answers.
    type Answer: ListAnswer;
    /// The direction `column` sorts in when first chosen: A to Z or soonest first for some,
    /// largest or newest first for the rest.
    fn first_order(column: Self::Sort) -> SortOrder;
}

impl LedgerFilter for TransactionFilter {
    type Answer = TransactionList;

    fn first_order(column: TransactionSort) -> SortOrder {
        if column == TransactionSort::Customer { SortOrder::Asc } else { SortOrder::Desc }
    }
}

impl LedgerFilter for DepositFilter {
    type Answer = Page<Deposit>;

    fn first_order(_column: DepositSort) -> SortOrder {
        SortOrder::Desc
    }
}

impl LedgerFilter for DisputeFilter {
    type Answer = DisputeList;

    fn first_order(column: DisputeSort) -> SortOrder {
        if column == DisputeSort::RespondBy { SortOrder::Asc } else { SortOrder::Desc }
    }
}

impl ListAnswer for TransactionList {
    type Row = Transaction;

    fn page(&self) -> &Page<Transaction> {
        &self.transactions
    }

    fn row_id(row: &Transaction) -> String {
        row.id.clone()
    }
}

impl ListAnswer for Page<Deposit> {
    type Row = Deposit;

    fn page(&self) -> &Page<Deposit> {
        self
    }

    fn row_id(row: &Deposit) -> String {
        row.id.clone()
    }
}

impl ListAnswer for DisputeList {
    type Row = Dispute;

    fn page(&self) -> &Page<Dispute> {
        &self.disputes
    }

    fn row_id(row: &Dispute) -> String {
        row.id.clone()
    }
}

/// Reads the address bar's query string, leaving out what the list cannot read (a parameter of
/// the host page, a mistyped value) rather than refusing the whole of it.
pub fn read_leniently<F: ListFilter>(mut pairs: Vec<(String, String)>) -> ListQuery<F> {
    loop {
        match ListQuery::parse(&pairs) {
            Ok(query) => return query,
            Err(error) => {
                let before = pairs.len();
                pairs.retain(|(name, _)| *name != error.parameter);
                if pairs.len() == before {
                    return ListQuery::default();
                }
            }
        }
    }
}

/// `query` changed by `change`, from its first page (a filter or sort changes what page 2 is).
pub fn refined<F: ListFilter>(query: &ListQuery<F>, change: impl FnOnce(&mut ListQuery<F>)) -> ListQuery<F> {
    let mut refined = query.clone();
    change(&mut refined);
    refined.page = 1;
    refined
}

/// `query` sorted by `column`: the other way round if it is sorted by it already.
pub fn sorted_by<F: LedgerFilter>(query: &ListQuery<F>, column: F::Sort) -> ListQuery<F> {
    let order = match (query.sort == column, query.order) {
        (true, SortOrder::Asc) => SortOrder::Desc,
        (true, SortOrder::Desc) => SortOrder::Asc,
        (false, _) => F::first_order(column),
    };
    refined(query, |query| {
        query.sort = column;
        query.order = order;
    })
}

/// The `aria-sort` of `column`'s header: only the sorted column has one.
pub fn aria_sort<F: ListFilter>(query: &ListQuery<F>, column: F::Sort) -> Option<&'static str> {
    (query.sort == column).then_some(match query.order {
        SortOrder::Asc => "ascending",
        SortOrder::Desc => "descending",
    })
}

/// `query` at page `page`, page size kept.
pub fn at_page<F: ListFilter>(query: &ListQuery<F>, page: u32) -> ListQuery<F> {
    ListQuery { page: page.max(1), ..query.clone() }
}

/// `query` with pages of `per_page` rows, on the page that holds the first row shown now.
pub fn with_page_size<F: ListFilter>(query: &ListQuery<F>, per_page: u32) -> ListQuery<F> {
    let first_row = u64::from(query.page.saturating_sub(1)) * u64::from(query.per_page);
    let page = u32::try_from(first_row / u64::from(per_page.max(1)) + 1).unwrap_or(1);
    ListQuery { page, per_page, ..query.clone() }
}

/// `query` without its filters, sort and page size kept.
pub fn without_filters<F: ListFilter>(query: &ListQuery<F>) -> ListQuery<F> {
    ListQuery { page: 1, filter: F::default(), ..query.clone() }
}

/// Whether any filter narrows `query`'s list.
pub fn has_filters<F: ListFilter>(query: &ListQuery<F>) -> bool {
    query.filter != F::default()
}

/// The positions (from 1) of the first and last rows of `page` in the whole list, when it has any.
pub fn shown_rows<T>(page: &Page<T>) -> Option<(u64, u64)> {
    let count = u64::try_from(page.items.len()).ok().filter(|count| *count > 0)?;
    let first = u64::from(page.page.saturating_sub(1)) * u64::from(page.per_page) + 1;
    Some((first, first + count - 1))
}

/// A page number as the query takes it.
pub fn page_number(count: u64) -> u32 {
    u32::try_from(count.max(1)).unwrap_or(u32::MAX)
}

/// The currencies a currency filter offers: `known` and the one chosen now, each once, sorted.
pub fn currency_options<'a>(known: impl IntoIterator<Item = &'a str>, chosen: Option<&'a str>) -> Vec<String> {
    let mut options: Vec<String> = known.into_iter().chain(chosen).map(str::to_ascii_uppercase).collect();
    options.sort();
    options.dedup();
    options
}

#[cfg(test)]
mod tests {
    use panel_protocol::{
        CalendarDate, DepositQuery, DepositStatus, DisputeQuery, DisputeStatus, TransactionQuery, TransactionType,
    };

    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect()
    }

    #[test]
    fn the_address_bar_is_read_leaving_out_what_the_list_cannot_read() {
        let query: DisputeQuery = read_leniently(pairs(&[("status", "needs_response"), ("page", "2")]));
        assert_eq!((query.filter.statuses.as_slice(), query.page), ([DisputeStatus::NeedsResponse].as_slice(), 2));

        let query: TransactionQuery = read_leniently(pairs(&[
            ("connected", "1"),
            ("type", "refund"),
            ("per_page", "5000"),
            ("from", "yesterday"),
        ]));
        assert_eq!(query.filter.types, vec![TransactionType::Refund]);
        assert_eq!((query.per_page, query.filter.from), (25, None));

        let query: TransactionQuery = read_leniently(pairs(&[("from", "2024-03-02"), ("to", "2024-03-01")]));
        assert_eq!((query.filter.from, query.filter.to), (None, CalendarDate::new(2024, 3, 1)));
    }

    #[test]
    fn a_column_sorts_its_own_way_first_then_flips_and_starts_again_at_page_one() {
        let on_page_3 = TransactionQuery { page: 3, ..TransactionQuery::default() };
        let by_customer = sorted_by(&on_page_3, TransactionSort::Customer);
        assert_eq!(
            (by_customer.sort, by_customer.order, by_customer.page),
            (TransactionSort::Customer, SortOrder::Asc, 1)
        );
        assert_eq!(sorted_by(&by_customer, TransactionSort::Customer).order, SortOrder::Desc);
        assert_eq!(sorted_by(&on_page_3, TransactionSort::Amount).order, SortOrder::Desc);
        assert_eq!(sorted_by(&on_page_3, TransactionSort::CreatedAt).order, SortOrder::Asc, "newest first flips");
        assert_eq!(sorted_by(&DisputeQuery::default(), DisputeSort::RespondBy).order, SortOrder::Asc);
        assert_eq!(sorted_by(&DepositQuery::default(), DepositSort::Amount).path(), "/deposits?sort=amount");
    }

    #[test]
    fn only_the_sorted_column_has_an_aria_sort() {
        let query = DisputeQuery::default();
        assert_eq!(aria_sort(&query, DisputeSort::CreatedAt), Some("descending"));
        assert_eq!(aria_sort(&query, DisputeSort::Amount), None);
        let by_deadline = sorted_by(&query, DisputeSort::RespondBy);
        assert_eq!(aria_sort(&by_deadline, DisputeSort::RespondBy), Some("ascending"));
    }

    #[test]
    fn paging_keeps_the_size_and_a_new_size_keeps_the_first_row_in_view() {
        let query = DepositQuery {
            page: 5,
            filter: DepositFilter { statuses: vec![DepositStatus::Paid], ..DepositFilter::default() },
            ..DepositQuery::default()
        };
        assert_eq!(at_page(&query, 6).path(), "/deposits?page=6&status=paid");
        assert_eq!(at_page(&query, 0).page, 1);
        // Rows 101..125 are shown; with 100 a page, row 101 is on page 2.
        let resized = with_page_size(&query, 100);
        assert_eq!((resized.page, resized.per_page), (2, 100));
        let resized = with_page_size(&DepositQuery::default(), 50);
        assert_eq!((resized.page, resized.per_page), (1, 50));
    }

    #[test]
    fn filters_reset_the_page_and_clearing_them_keeps_sort_and_size() {
        let query =
            TransactionQuery { page: 4, per_page: 50, sort: TransactionSort::Net, ..TransactionQuery::default() };
        assert!(!has_filters(&query), "page, size and sort are not filters");
        let refunds = refined(&query, |query| query.filter.types = vec![TransactionType::Refund]);
        assert_eq!(refunds.path(), "/transactions?per_page=50&sort=net&type=refund");
        assert!(has_filters(&refunds));
        assert_eq!(without_filters(&refunds).path(), "/transactions?per_page=50&sort=net");
    }

    #[test]
    fn the_rows_shown_are_counted_from_one() {
        let page = Page { items: vec![1, 2, 3], total: 53, page: 3, per_page: 25 };
        assert_eq!(shown_rows(&page), Some((51, 53)));
        assert_eq!(shown_rows(&Page::<u8> { items: vec![], total: 53, page: 9, per_page: 25 }), None);
        assert_eq!((page_number(0), page_number(40), page_number(u64::MAX)), (1, 40, u32::MAX));
    }

    #[test]
    fn currency_options_hold_each_known_currency_and_the_chosen_one_once() {
        assert_eq!(currency_options(["USD", "EUR", "USD"], Some("gbp")), vec!["EUR", "GBP", "USD"]);
        assert_eq!(currency_options([], None), Vec::<String>::new());
    }
}
