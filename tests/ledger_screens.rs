//! Browser tests of the ledger screens (Transactions, Deposits, Disputes) and their Overview
//! panels: the whole panel mounted at a route, fed by a scripted backend.

mod support;

use std::rc::Rc;

use panel_protocol::{
    Balance, CardBrand, CurrencyTotals, Deposit, DepositInterval, DepositSchedule, DepositStatus, DepositsOverview,
    Dispute, DisputeList, DisputeReason, DisputeStatus, NextDeposit, NextStep, Page, PaymentMethod, Transaction,
    TransactionList, TransactionStatus, TransactionSummary, TransactionType, Weekday,
};
use payments_panel::api::Method;
use payments_panel::strings;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

fn transaction(n: u64) -> Transaction {
    let amount = 1_000 + i64::try_from(n).expect("small") * 100;
    Transaction {
        id: format!("txn_{n}"),
        created_at: 1_700_000_000 - i64::try_from(n).expect("small") * 3_600,
        available_on: 1_700_179_200,
        kind: TransactionType::Charge,
        amount,
        fee: 59,
        net: amount - 59,
        currency: "USD".into(),
        customer_name: format!("Customer {n}"),
        order_number: 1_000 + n,
        status: TransactionStatus::Succeeded,
        payment_method: PaymentMethod { brand: CardBrand::Visa, last4: "4242".into() },
        charge_id: None,
        deposit_id: None,
    }
}

/// Page `page` of a list of `total` transactions, 25 a page, holding `numbers`.
fn transactions(page: u32, total: u64, numbers: impl Iterator<Item = u64>) -> TransactionList {
    TransactionList {
        transactions: Page { items: numbers.map(transaction).collect(), total, page, per_page: 25 },
        summary: TransactionSummary {
            count: total,
            currencies: vec![
                CurrencyTotals { currency: "EUR".into(), count: 400, gross: 4_000_000, fees: 120_000, net: 3_880_000 },
                CurrencyTotals {
                    currency: "USD".into(),
                    count: total.saturating_sub(400),
                    gross: 123_456_789,
                    fees: 3_000_000,
                    net: 120_456_789,
                },
            ],
        },
    }
}

fn no_transactions() -> TransactionList {
    TransactionList {
        transactions: Page { items: vec![], total: 0, page: 1, per_page: 25 },
        summary: TransactionSummary { count: 0, currencies: vec![] },
    }
}

fn deposit(n: u64, status: DepositStatus, transaction_count: u64) -> Deposit {
    Deposit {
        id: format!("po_{n}"),
        date: 1_714_694_400, // 2024-05-03
        amount: 250_000 + i64::try_from(n).expect("small"),
        currency: "USD".into(),
        status,
        bank_account_last4: "6789".into(),
        transaction_count,
    }
}

fn overview() -> DepositsOverview {
    DepositsOverview {
        balances: vec![
            Balance { currency: "EUR".into(), available: 5_000, pending: 1_200, next_deposit: None },
            Balance {
                currency: "USD".into(),
                available: 123_456,
                pending: 7_890,
                next_deposit: Some(NextDeposit { date: 1_714_694_400, amount: 123_456, deposit_id: None }),
            },
        ],
        schedule: Some(DepositSchedule {
            interval: DepositInterval::Weekly { weekday: Weekday::Friday },
            delay_days: 2,
        }),
    }
}

fn dispute(n: u64, status: DisputeStatus) -> Dispute {
    Dispute {
        id: format!("dp_{n}"),
        transaction_id: format!("txn_{n}"),
        created_at: 1_700_000_000,
        amount: 4_500,
        currency: "USD".into(),
        reason: DisputeReason::ProductNotReceived,
        status,
        respond_by: 1_700_600_000,
        customer_name: format!("Disputer {n}"),
        order_number: 2_000 + n,
    }
}

fn disputes(items: Vec<Dispute>, total: u64, needing_response: u64) -> DisputeList {
    DisputeList { disputes: Page { items, total, page: 1, per_page: 25 }, needing_response }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A backend that answers the status (a connected store with an account).
fn backend() -> Rc<ScriptedBackend> {
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&connected()));
    backend
}

fn get(backend: &ScriptedBackend, path: &str, value: &impl serde::Serialize) {
    backend.answer(Method::Get, path, ok(value));
}

/// The text of each row of the list's table (the one that can be busy).
fn rows(host: &HtmlElement) -> Vec<String> {
    let found = host.query_selector_all("table[aria-busy] tbody tr").expect("valid selector");
    (0..found.length()).filter_map(|i| found.item(i)).map(|row| row.text_content().unwrap_or_default()).collect()
}

fn live_status(host: &HtmlElement) -> String {
    text_of(host, ".wcpay-ledger__status")
}

fn attribute(host: &HtmlElement, selector: &str, name: &str) -> Option<String> {
    find(host, selector).and_then(|element| element.get_attribute(name))
}

/// The sort button of the column named `label` (its text ends with an arrow when sorted).
fn sort_button(host: &HtmlElement, label: &str) -> Option<HtmlElement> {
    let found = host.query_selector_all("th button").expect("valid selector");
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|element| element.text_content().unwrap_or_default().trim_end_matches(['▲', '▼']) == label)
}

fn click(element: Option<HtmlElement>, what: &str) {
    element.unwrap_or_else(|| panic!("no {what}")).click();
}

/// The `<select>` labelled `label`, set to `value` as a person would.
fn choose(host: &HtmlElement, label: &str, value: &str) {
    let labels = host.query_selector_all("label.wcpay-filter, label.wcpay-pagination__size").expect("valid selector");
    let select = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|label_element| label_element.text_content().unwrap_or_default().starts_with(label))
        .and_then(|label_element| label_element.query_selector("select").expect("valid selector"))
        .unwrap_or_else(|| panic!("no select labelled {label}"))
        .unchecked_into::<HtmlSelectElement>();
    select.set_value(value);
    select.dispatch_event(&Event::new("change").expect("event")).expect("dispatch");
}

/// How many times each listed path was requested, in the order given.
fn requested(backend: &ScriptedBackend, paths: &[&str]) -> Vec<usize> {
    paths.iter().map(|path| backend.count(Method::Get, path)).collect()
}

fn location() -> String {
    let location = web_sys::window().expect("window").location();
    format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Transactions
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn transactions_load_one_page_of_ten_thousand_with_totals_per_currency() {
    let backend = backend();
    let reply = backend.answer_later(Method::Get, "/transactions");
    let panel = mount_at("/transactions", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::transaction_words().loading).await;
    assert!(find(host, ".wcpay-ledger__results[hidden]").is_some(), "no table before the first page");
    assert_eq!(attribute(host, ".wcpay-ledger__status", "role").as_deref(), Some("status"));

    let _ = reply.send(ok(&transactions(1, 10_000, 1..=25)));
    settle_until_text(host, "Showing 1–25 of 10,000 transactions").await;
    assert_eq!(text_of(host, "h1"), strings::transactions());
    let shown = rows(host);
    assert_eq!(shown.len(), 25, "one page in the DOM, not 10,000 rows");
    assert!(
        shown[0].contains("Customer 1") && shown[0].contains("#1001") && shown[0].contains("Visa •••• 4242"),
        "{}",
        shown[0]
    );
    assert!(shown[0].contains("$11.00") && shown[0].contains("$0.59") && shown[0].contains("$10.41"), "{}", shown[0]);
    assert!(attribute(host, "table[aria-busy] tbody time", "datetime").is_some_and(|at| at.ends_with('Z')));

    let totals = text_of(host, ".wcpay-ledger__totals");
    assert!(totals.contains("EUR") && totals.contains("€40,000.00") && totals.contains("€38,800.00"), "{totals}");
    assert!(totals.contains("9,600") && totals.contains("$1,234,567.89"), "{totals}");
    assert_eq!(text_of(host, "nav[aria-label='Pagination'] .wcpay-pagination__position"), "Page 1 of 400");
    assert_eq!(attribute(host, "table[aria-busy]", "aria-busy").as_deref(), Some("false"));
    assert!(find(host, "table[aria-busy] caption").is_some(), "the table is named");
    assert_eq!(backend.count(Method::Get, "/transactions"), 1);
}

#[wasm_bindgen_test]
async fn paging_keeps_the_page_shown_busy_until_the_next_arrives() {
    let backend = backend();
    get(&backend, "/transactions", &transactions(1, 60, 1..=25));
    let next = backend.answer_later(Method::Get, "/transactions?page=2");
    let panel = mount_at("/transactions", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Showing 1–25 of 60 transactions").await;
    assert_eq!(attribute(host, "nav[aria-label='Pagination'] button", "aria-disabled").as_deref(), Some("true"));

    click(button(host, strings::next_page()), "Next");
    settle_until(host, "the page marked busy", |h| {
        attribute(h, "table[aria-busy]", "aria-busy").as_deref() == Some("true")
    })
    .await;
    assert_eq!(live_status(host), strings::transaction_words().loading);
    assert!(rows(host)[0].contains("Customer 1"), "the previous page stays while the next loads");
    assert_eq!(location(), "/transactions?page=2", "the page is in the address bar");

    let _ = next.send(ok(&transactions(2, 60, 26..=50)));
    settle_until_text(host, "Showing 26–50 of 60 transactions").await;
    assert!(rows(host)[0].contains("Customer 26"));
    assert_eq!(text_of(host, ".wcpay-pagination__position"), "Page 2 of 3");
    assert_eq!(attribute(host, "table[aria-busy]", "aria-busy").as_deref(), Some("false"));

    get(&backend, "/transactions?page=3", &transactions(3, 60, 51..=60));
    click(button(host, strings::last_page()), "Last page");
    settle_until_text(host, "Showing 51–60 of 60 transactions").await;
    let next_button = button(host, strings::next_page()).expect("Next");
    assert_eq!(next_button.get_attribute("aria-disabled").as_deref(), Some("true"), "nowhere further to go");
    next_button.click();
    assert_eq!(backend.requests.borrow().iter().filter(|r| r.path.starts_with("/transactions")).count(), 3);

    // Row 51 is shown first; with 50 rows a page, it is on page 2.
    get(
        &backend,
        "/transactions?page=2&per_page=50",
        &TransactionList {
            transactions: Page { items: (51..=60).map(transaction).collect(), total: 60, page: 2, per_page: 50 },
            ..transactions(2, 60, 0..0)
        },
    );
    choose(host, strings::rows_per_page(), "50");
    settle_until(host, "page 2 of 2", |h| text_of(h, ".wcpay-pagination__position") == "Page 2 of 2").await;
    assert_eq!(live_status(host), "Showing 51–60 of 60 transactions", "the same rows, on fewer pages");
    assert_eq!(backend.count(Method::Get, "/transactions?page=2&per_page=50"), 1);
}

#[wasm_bindgen_test]
async fn sorting_filtering_and_searching_ask_for_the_right_rows() {
    let backend = backend();
    get(&backend, "/transactions?page=2", &transactions(2, 60, 26..=50));
    get(&backend, "/transactions?sort=customer&order=asc", &transactions(1, 60, 30..=54));
    get(&backend, "/transactions?sort=customer", &transactions(1, 60, 1..=25));
    get(&backend, "/transactions?sort=customer&type=refund", &transactions(1, 3, 7..=9));
    get(&backend, "/transactions?sort=customer&type=refund&currency=EUR", &transactions(1, 2, 8..=9));
    get(&backend, "/transactions?sort=customer&type=refund&currency=EUR&search=Ada%20L", &transactions(1, 1, 9..=9));
    get(&backend, "/transactions?sort=customer", &transactions(1, 60, 1..=25));
    let panel = mount_at("/transactions?page=2", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Showing 26–50 of 60 transactions").await;
    assert_eq!(attribute(host, "th[aria-sort]", "aria-sort").as_deref(), Some("descending"));
    assert!(text_of(host, "th[aria-sort]").contains(strings::column_date()));

    let by_customer = sort_button(host, strings::column_customer()).expect("the Customer column's sort button");
    by_customer.focus().expect("focusable");
    by_customer.click();
    settle_until_text(host, "Showing 1–25 of 60 transactions").await;
    assert!(rows(host)[0].contains("Customer 30"));
    assert!(text_of(host, "th[aria-sort]").contains(strings::column_customer()));
    assert_eq!(attribute(host, "th[aria-sort]", "aria-sort").as_deref(), Some("ascending"));
    assert!(focused().is_some_and(|element| by_customer.is_same_node(Some(&element))), "the focus stays on the header");

    click(sort_button(host, strings::column_customer()), "the Customer column's sort button");
    settle_until(host, "descending by customer", |h| {
        attribute(h, "th[aria-sort]", "aria-sort").as_deref() == Some("descending")
    })
    .await;

    choose(host, strings::filter_type(), "refund");
    settle_until_text(host, "Showing 1–3 of 3 transactions").await;
    choose(host, strings::filter_currency(), "EUR");
    settle_until_text(host, "Showing 1–2 of 2 transactions").await;

    let search: HtmlInputElement = find(host, "input[type='search']").expect("the search box").unchecked_into();
    search.set_value("  Ada L ");
    click(button(host, strings::search()), "Search");
    settle_until_text(host, "Showing 1–1 of 1 transaction").await;
    assert_eq!(location(), "/transactions?sort=customer&type=refund&currency=EUR&search=Ada%20L");

    click(button(host, strings::clear_filters()), "Clear filters");
    settle_until_text(host, "Showing 1–25 of 60 transactions").await;
    assert_eq!(search.value(), "", "clearing the filters empties the search box");
    assert_eq!(
        requested(
            &backend,
            &[
                "/transactions?page=2",
                "/transactions?sort=customer&order=asc",
                "/transactions?sort=customer&type=refund",
                "/transactions?sort=customer&type=refund&currency=EUR",
                "/transactions?sort=customer&type=refund&currency=EUR&search=Ada%20L",
                "/transactions?sort=customer",
            ]
        ),
        vec![1, 1, 1, 1, 1, 2]
    );
}

#[wasm_bindgen_test]
async fn a_filter_chosen_while_the_first_page_loads_wins() {
    let backend = backend();
    let first = backend.answer_later(Method::Get, "/transactions");
    get(&backend, "/transactions?type=refund", &transactions(1, 3, 7..=9));
    let panel = mount_at("/transactions", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::transaction_words().loading).await;
    choose(host, strings::filter_type(), "refund");
    settle_until(host, "the refunds asked for", |_| backend.count(Method::Get, "/transactions?type=refund") == 1).await;
    settle_until_text(host, "Showing 1–3 of 3 transactions").await;
    let _ = first.send(ok(&transactions(1, 60, 1..=25)));
    for _ in 0..20 {
        leptos::task::tick().await;
    }
    assert_eq!(live_status(host), "Showing 1–3 of 3 transactions", "a late answer to an older query is dropped");
}

#[wasm_bindgen_test]
async fn a_failed_page_explains_itself_and_try_again_loads_it() {
    let backend = backend();
    backend.answer(Method::Get, "/transactions", error(500, "storage_failed", "The ledger could not be read."));
    let retry = backend.answer_later(Method::Get, "/transactions");
    let panel = mount_at("/transactions", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::transaction_words().failed).await;
    assert!(text_of(host, "[role='alert']").contains("The ledger could not be read."));
    assert!(find(host, ".wcpay-ledger__results[hidden]").is_some(), "no table of a page that did not load");

    click(button(host, strings::try_again()), "Try again");
    settle_until(host, "Try again disabled while retrying", |h| {
        button(h, strings::try_again()).is_some_and(|b| b.has_attribute("disabled"))
    })
    .await;
    let _ = retry.send(ok(&transactions(1, 3, 1..=3)));
    settle_until_text(host, "Showing 1–3 of 3 transactions").await;
    assert!(find(host, "[role='alert']").is_none());
    assert_eq!(rows(host).len(), 3);
    assert!(find(host, "nav[aria-label='Pagination'][hidden]").is_some(), "one page needs no pagination");
}

#[wasm_bindgen_test]
async fn empty_lists_say_why_and_filters_can_be_cleared() {
    let backend = backend();
    get(&backend, "/transactions?status=disputed", &no_transactions());
    get(&backend, "/transactions", &no_transactions());
    // A date that is no date is left out, not a reason to show nothing.
    let panel = mount_at("/transactions?status=disputed&from=yesterday", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::transaction_words().none_matching).await;
    assert_eq!(live_status(host), "No transactions");
    assert_eq!(attribute(host, ".wcpay-ledger__empty td", "colspan").as_deref(), Some("9"));
    let status_select: HtmlSelectElement =
        find(host, "label.wcpay-filter:nth-child(2) select").expect("status filter").unchecked_into();
    assert_eq!(status_select.value(), "disputed", "the filter shows what the address asks");

    let clear =
        host.query_selector(".wcpay-ledger__empty button").expect("selector").expect("Clear filters in the empty row");
    clear.unchecked_into::<HtmlElement>().click();
    settle_until_text(host, strings::transaction_words().none_yet).await;
    assert_eq!(backend.count(Method::Get, "/transactions"), 1);
}

// ---------------------------------------------------------------------------------------------
// Deposits
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn deposits_show_the_balances_and_filter_by_status_and_currency() {
    let backend = backend();
    get(&backend, "/deposits/overview", &overview());
    let list = Page {
        items: vec![deposit(1, DepositStatus::Paid, 12), deposit(2, DepositStatus::Failed, 0)],
        total: 2,
        page: 1,
        per_page: 25,
    };
    get(&backend, "/deposits", &list);
    get(
        &backend,
        "/deposits?status=paid",
        &Page { items: vec![deposit(1, DepositStatus::Paid, 12)], total: 1, page: 1, per_page: 25 },
    );
    get(
        &backend,
        "/deposits?status=paid&currency=EUR",
        &Page::<Deposit> { items: vec![], total: 0, page: 1, per_page: 25 },
    );
    get(
        &backend,
        "/deposits?sort=amount&status=paid&currency=EUR",
        &Page::<Deposit> { items: vec![], total: 0, page: 1, per_page: 25 },
    );
    let panel = mount_at("/deposits", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Showing 1–2 of 2 deposits").await;
    settle_until_text(host, "Deposits are made every Friday").await;
    let balances = text_of(host, ".wcpay-ledger__balances");
    assert!(
        balances.contains("$1,234.56") && balances.contains("$78.90") && balances.contains("(estimated)"),
        "{balances}"
    );
    assert!(balances.contains(strings::no_deposit_due()), "EUR has no deposit due: {balances}");
    assert!(find(host, ".wcpay-ledger__balances time[datetime='2024-05-03']").is_some(), "a calendar day, in UTC");

    let shown = rows(host);
    assert!(
        shown[0].contains("Deposited") && shown[0].contains("$2,500.01") && shown[0].contains("•••• 6789"),
        "{}",
        shown[0]
    );
    assert!(shown[1].contains("Failed") && shown[1].contains("No transactions"), "{}", shown[1]);
    assert_eq!(attribute(host, "table[aria-busy] tbody a", "href").as_deref(), Some("/transactions?deposit=po_1"));
    assert!(text_of(host, "table[aria-busy] tbody a").contains("12 transactions"));

    choose(host, strings::filter_status(), "paid");
    settle_until_text(host, "Showing 1–1 of 1 deposit").await;
    choose(host, strings::filter_currency(), "EUR");
    settle_until_text(host, strings::deposit_words().none_matching).await;
    click(sort_button(host, strings::column_amount()), "the Amount column's sort button");
    settle_until(host, "sorted by amount", |h| text_of(h, "th[aria-sort]").contains(strings::column_amount())).await;
    assert_eq!(
        requested(
            &backend,
            &[
                "/deposits",
                "/deposits?status=paid",
                "/deposits?status=paid&currency=EUR",
                "/deposits?sort=amount&status=paid&currency=EUR"
            ]
        ),
        vec![1, 1, 1, 1]
    );
    assert_eq!(backend.count(Method::Get, "/deposits/overview"), 1, "one overview for the panel and the currencies");
}

#[wasm_bindgen_test]
async fn a_deposit_leads_to_the_transactions_it_paid_out() {
    let backend = backend();
    get(&backend, "/transactions?deposit=po_1", &transactions(1, 3, 1..=3));
    get(&backend, "/transactions", &transactions(1, 60, 1..=25));
    // The address the Deposits table links to (see the test above).
    let panel = mount_at("/transactions?deposit=po_1", backend.clone());
    let host = &panel.host;
    settle_until_text(host, &strings::deposit_filter("po_1")).await;
    settle_until_text(host, "Showing 1–3 of 3 transactions").await;
    click(button(host, strings::show_all_transactions()), "Show all transactions");
    settle_until_text(host, "Showing 1–25 of 60 transactions").await;
}

// ---------------------------------------------------------------------------------------------
// Disputes
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn disputes_filtered_on_needing_a_response_sort_by_deadline() {
    let backend = backend();
    let awaiting =
        disputes(vec![dispute(1, DisputeStatus::NeedsResponse), dispute(2, DisputeStatus::NeedsResponse)], 2, 2);
    get(&backend, "/disputes?status=needs_response", &awaiting);
    get(&backend, "/disputes?sort=respond_by&order=asc&status=needs_response", &awaiting);
    get(&backend, "/disputes?sort=respond_by&order=asc", &disputes(vec![dispute(3, DisputeStatus::Won)], 3, 2));
    let panel = mount_at("/disputes?status=needs_response", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Showing 1–2 of 2 disputes").await;
    assert_eq!(text_of(host, ".wcpay-ledger__awaiting"), "2 disputes need a response.");
    let shown = rows(host);
    assert!(
        shown[0].contains("Needs response") && shown[0].contains("Product not received") && shown[0].contains("$45.00"),
        "{}",
        shown[0]
    );
    assert!(find(host, "tr.wcpay-ledger__row--attention").is_some());

    click(sort_button(host, strings::column_respond_by()), "the Respond by column's sort button");
    settle_until(host, "sorted by deadline", |h| text_of(h, "th[aria-sort]").contains(strings::column_respond_by()))
        .await;
    assert_eq!(attribute(host, "th[aria-sort]", "aria-sort").as_deref(), Some("ascending"), "soonest first");
    choose(host, strings::filter_status(), "");
    settle_until_text(host, "Showing 1–1 of 3 disputes").await;
    assert!(rows(host)[0].contains("Won"));
    assert_eq!(
        requested(
            &backend,
            &[
                "/disputes?status=needs_response",
                "/disputes?sort=respond_by&order=asc&status=needs_response",
                "/disputes?sort=respond_by&order=asc"
            ]
        ),
        vec![1, 1, 1]
    );
}

#[wasm_bindgen_test]
async fn disputes_show_their_loading_and_empty_states() {
    let backend = backend();
    let reply = backend.answer_later(Method::Get, "/disputes");
    let panel = mount_at("/disputes", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::dispute_words().loading).await;
    let _ = reply.send(ok(&disputes(vec![], 0, 0)));
    settle_until_text(host, strings::dispute_words().none_yet).await;
    assert_eq!(text_of(host, ".wcpay-ledger__awaiting"), "No disputes need a response.");
}

// ---------------------------------------------------------------------------------------------
// Overview and menu
// ---------------------------------------------------------------------------------------------

const OVERVIEW_DISPUTES: &str = "/disputes?per_page=3&sort=respond_by&order=asc&status=needs_response";

#[wasm_bindgen_test]
async fn the_overview_shows_deposits_disputes_and_recent_transactions() {
    let backend = backend();
    get(&backend, "/deposits/overview", &overview());
    get(&backend, OVERVIEW_DISPUTES, &disputes(vec![dispute(1, DisputeStatus::NeedsResponse)], 4, 4));
    get(
        &backend,
        "/transactions?per_page=5",
        &TransactionList {
            transactions: Page { items: (1..=5).map(transaction).collect(), total: 60, page: 1, per_page: 5 },
            ..transactions(1, 60, 0..0)
        },
    );
    get(&backend, "/disputes?per_page=1", &disputes(vec![dispute(1, DisputeStatus::NeedsResponse)], 4, 4));
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Deposits are made every Friday, from funds available 2 days after each payment.").await;
    settle_until_text(host, "4 disputes need a response.").await;
    settle_until(host, "the recent transactions", |h| {
        h.query_selector_all(".wcpay-ledger-recent tbody tr").map(|l| l.length()).unwrap_or(0) == 5
    })
    .await;

    let disputes_card = text_of(host, "section[aria-labelledby='wcpay-disputes-heading']");
    assert!(disputes_card.contains("$45.00 from Disputer 1 (order #2001), respond by"), "{disputes_card}");
    assert!(find(host, "section.wcpay-card--warning[aria-labelledby='wcpay-disputes-heading']").is_some());
    let respond = button(host, strings::respond_to_disputes()).expect("the link to the disputes awaiting a response");
    assert_eq!(
        respond.get_attribute("href").as_deref(),
        Some("/disputes?sort=respond_by&order=asc&status=needs_response")
    );
    assert_eq!(
        button(host, strings::view_deposits()).and_then(|a| a.get_attribute("href")).as_deref(),
        Some("/deposits")
    );
    assert_eq!(
        button(host, strings::view_transactions()).and_then(|a| a.get_attribute("href")).as_deref(),
        Some("/transactions")
    );

    settle_until(host, "the Disputes badge", |h| text_of(h, "a[href='/disputes'] .wcpay-badge").contains('4')).await;
    assert!(text_of(host, "a[href='/disputes'] .wcpay-badge").contains(&strings::needs_attention(4)));
    let menu = text_of(host, "nav[aria-label='Admin menu']");
    let order: Vec<_> =
        ["Overview", "Transactions", "Deposits", "Disputes", "Account"].iter().map(|e| menu.find(e)).collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "menu order: {menu}");
}

#[wasm_bindgen_test]
async fn an_opted_out_store_sees_its_disputes_but_is_not_asked_to_respond() {
    let mut opted_out = connected();
    opted_out.capabilities.challenge_disputes = false;
    opted_out.next_step = NextStep::OptedOut;
    if let Some(account) = opted_out.account.as_mut() {
        account.opted_out_at = Some(1_700_100_000);
    }
    let backend = Rc::new(ScriptedBackend::default());
    backend.answer(Method::Get, "/status", ok(&opted_out));
    get(&backend, "/deposits/overview", &overview());
    get(&backend, OVERVIEW_DISPUTES, &disputes(vec![dispute(1, DisputeStatus::NeedsResponse)], 2, 2));
    get(&backend, "/transactions?per_page=5", &no_transactions());
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "2 disputes need a response.").await;
    assert!(button(host, strings::respond_to_disputes()).is_none(), "disputes can no longer be challenged");
    let see = button(host, strings::see_awaiting_disputes()).expect("the way to the disputes awaiting a response");
    assert_eq!(see.get_attribute("href").as_deref(), Some("/disputes?sort=respond_by&order=asc&status=needs_response"));
    assert_eq!(backend.count(Method::Get, "/disputes?per_page=1"), 0, "no badge for what can never be done");
}

/// Tests do not click links: a panel unmounted by an earlier test keeps its router's click
/// listener on the window, which takes the click. The links' addresses are checked where they
/// are shown; here the panel opens at one.
#[wasm_bindgen_test]
async fn the_respond_link_opens_the_disputes_awaiting_a_response_soonest_first() {
    let backend = backend();
    get(
        &backend,
        "/disputes?sort=respond_by&order=asc&status=needs_response",
        &disputes(vec![dispute(1, DisputeStatus::NeedsResponse)], 4, 4),
    );
    let panel = mount_at("/disputes?sort=respond_by&order=asc&status=needs_response", backend.clone());
    let host = &panel.host;
    settle_until_text(host, "Showing 1–1 of 4 disputes").await;
    assert_eq!(text_of(host, "h1"), strings::disputes());
    assert_eq!(attribute(host, "th[aria-sort]", "aria-sort").as_deref(), Some("ascending"));
    assert!(text_of(host, "th[aria-sort]").contains(strings::column_respond_by()));
    let status: HtmlSelectElement =
        find(host, "label.wcpay-filter select").expect("the status filter").unchecked_into();
    assert_eq!(status.value(), "needs_response");
    assert_eq!(text_of(host, "a[aria-current='page']"), strings::disputes(), "the menu shows where the owner is");
}

#[wasm_bindgen_test]
async fn overview_panels_fail_alone_and_retry() {
    let backend = backend();
    backend.answer(Method::Get, "/deposits/overview", error(503, "storage_failed", "Try again in a moment."));
    get(&backend, "/deposits/overview", &DepositsOverview { balances: vec![], schedule: None });
    get(&backend, OVERVIEW_DISPUTES, &disputes(vec![], 0, 0));
    get(&backend, "/transactions?per_page=5", &no_transactions());
    let panel = mount_at("/", backend.clone());
    let host = &panel.host;
    settle_until_text(host, strings::deposits_overview_failed()).await;
    settle_until_text(host, "No disputes need a response.").await;
    settle_until_text(host, strings::transaction_words().none_yet).await;
    assert!(text_of(host, "#wcpay-main").contains("Daisy's Donuts"), "the rest of the Overview is there");
    assert_eq!(
        button(host, strings::view_disputes()).and_then(|a| a.get_attribute("href")).as_deref(),
        Some("/disputes")
    );

    click(button(host, strings::try_again()), "Try again");
    settle_until_text(host, strings::no_schedule()).await;
    assert!(text_of(host, "section[aria-labelledby='wcpay-deposits-heading']").contains(strings::no_balances()));
    assert!(find(host, "a[href='/disputes'] .wcpay-badge").is_none(), "no badge when the count is unknown");
}
