//! The ledger's queries and wire names, across its subjects.

use std::fmt;

use percent_encoding::percent_decode_str;
use serde_json::json;

use super::*;

/// A query string decoded as a form is (`+` is a space), into its pairs.
fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (form_decode(name), form_decode(value))
        })
        .collect()
}

fn form_decode(text: &str) -> String {
    percent_decode_str(&text.replace('+', " ")).decode_utf8().expect("utf-8").into_owned()
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
    assert_eq!(query.filter.types, [TransactionType::Charge, TransactionType::Refund]);
    assert_eq!(query.filter.statuses, [TransactionStatus::Refunded]);
    assert_eq!(query.filter.currency.as_deref(), Some("EUR"));
    assert_eq!(query.filter.deposit_id.as_deref(), Some("po_1"));
    assert_eq!(query.filter.from, CalendarDate::new(2024, 2, 1));
    assert_eq!(query.filter.to, CalendarDate::new(2024, 2, 29));
    assert_eq!(query.filter.search.as_deref(), Some("Ada L"));
}

#[test]
fn queries_survive_the_trip_through_their_query_string() {
    let transactions = TransactionQuery {
        page: 2,
        per_page: 50,
        sort: TransactionSort::Customer,
        order: SortOrder::Asc,
        filter: TransactionFilter {
            types: vec![TransactionType::Dispute, TransactionType::DisputeReversal],
            statuses: vec![TransactionStatus::Disputed],
            currency: Some("GBP".into()),
            deposit_id: Some("po_X".into()),
            from: CalendarDate::new(2024, 1, 1),
            to: CalendarDate::new(2024, 12, 31),
            search: Some("O'Brien & Sons, 100%".into()),
        },
    };
    let text = transactions.to_query_string();
    assert!(!text.contains(' ') && !text.contains('\''), "{text}");
    assert_eq!(TransactionQuery::parse(&pairs(&text)), Ok(transactions));

    let deposits = DepositQuery {
        page: 4,
        filter: DepositFilter {
            statuses: vec![DepositStatus::InTransit, DepositStatus::Pending],
            currency: Some("USD".into()),
        },
        ..DepositQuery::default()
    };
    assert_eq!(deposits.path(), "/deposits?page=4&status=in_transit,pending&currency=USD");
    assert_eq!(DepositQuery::parse(&pairs(&deposits.to_query_string())), Ok(deposits));

    let disputes = DisputeQuery {
        sort: DisputeSort::RespondBy,
        order: SortOrder::Asc,
        filter: DisputeFilter { statuses: vec![DisputeStatus::NeedsResponse], ..DisputeFilter::default() },
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
    assert_eq!(TransactionQuery::parse(&pairs("currency=&search=%20&type=&status=,")), Ok(TransactionQuery::default()));
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

    let schedule = DepositSchedule { interval: DepositInterval::Weekly { weekday: Weekday::Friday }, delay_days: 2 };
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
