//! HTTP tests of the ledger: transactions, deposits, disputes, balances and support contacts,
//! against the backend on a loopback port, filled by the demo seeder.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use connection_domain::{Plugin, VerificationStatus, World};
use panel_backend::{Backend, BackendOptions, Database, DemoOptions, SeedError, seed_demo};
use panel_protocol::{
    CalendarDate, Deposit, DepositInterval, DepositStatus, DepositsOverview, DisputeList, DisputeStatus, ErrorBody,
    MAX_PER_PAGE, Page, SupportChannel, SupportContacts, Transaction, TransactionList, TransactionStatus,
    TransactionType,
};
use serde::de::DeserializeOwned;
use tempfile::TempDir;

const ACCOUNT: &str = "acct_1Nv0FGQ9RKHgCVdK";

/// A backend serving on 127.0.0.1 for the length of one test, and a browser signed in to it.
struct Ledger {
    addr: SocketAddr,
    data: TempDir,
    _dist: TempDir,
    browser: reqwest::Client,
}

impl Ledger {
    /// A backend whose store has no WooPayments account, and a signed-in browser.
    async fn without_account() -> Self {
        let data = TempDir::new().expect("temp data dir");
        let dist = TempDir::new().expect("temp dist dir");
        std::fs::write(dist.path().join("index.html"), "<!doctype html><title>panel</title>").expect("index.html");
        let options = BackendOptions { data_dir: data.path().to_owned(), dist: dist.path().to_owned() };
        let backend = Backend::open(&options).expect("backend opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("loopback port");
        let addr = listener.local_addr().expect("bound address");
        let login_link = backend.login_link(&format!("http://{addr}")).await.expect("a login link");
        tokio::spawn(backend.serve(listener));
        let browser = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("HTTP client");
        let signed_in = browser.get(&login_link).send().await.expect("login link opens");
        assert!(signed_in.status().is_redirection(), "the login link signs in: {}", signed_in.status());
        Self { addr, data, _dist: dist, browser }
    }

    /// A backend whose store is connected, with a WooPayments account and `transactions` demo
    /// transactions drawn from `seed`.
    async fn seeded(transactions: u32, seed: u64) -> Self {
        let ledger = Self::without_account().await;
        give_the_site_an_account(ledger.data.path());
        let report = seed_demo(ledger.data.path(), &DemoOptions { transactions, seed, now: now() })
            .await
            .expect("demo data is seeded");
        assert_eq!((report.account_id.as_str(), report.transactions), (ACCOUNT, transactions as usize));
        ledger
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}/api/v1{path}", self.addr)
    }

    /// GETs `path` (under `/api/v1`), expecting a 200 with a `T`.
    async fn get<T: DeserializeOwned>(&self, path: &str) -> T {
        let response = self.browser.get(self.url(path)).send().await.expect("request");
        assert_eq!(response.status(), 200, "GET {path}");
        response.json().await.expect("JSON of the expected shape")
    }

    /// GETs `path`, expecting the error `status` with an [`ErrorBody`].
    async fn error(&self, path: &str, status: u16) -> ErrorBody {
        let response = self.browser.get(self.url(path)).send().await.expect("request");
        assert_eq!(response.status(), status, "GET {path}");
        response.json().await.expect("an ErrorBody")
    }

    /// Every transaction matching `filters` (a query string without paging), page by page.
    async fn all_transactions(&self, filters: &str) -> Vec<Transaction> {
        let mut rows = Vec::new();
        for page in 1.. {
            let list: TransactionList =
                self.get(&format!("/transactions?per_page={MAX_PER_PAGE}&page={page}&{filters}")).await;
            let done = list.transactions.items.len() < MAX_PER_PAGE as usize;
            rows.extend(list.transactions.items);
            if done {
                break;
            }
        }
        rows
    }

    async fn all_deposits(&self, filters: &str) -> Vec<Deposit> {
        let mut rows = Vec::new();
        for page in 1.. {
            let list: Page<Deposit> =
                self.get(&format!("/deposits?per_page={MAX_PER_PAGE}&page={page}&{filters}")).await;
            let done = list.items.len() < MAX_PER_PAGE as usize;
            rows.extend(list.items);
            if done {
                break;
            }
        }
        rows
    }
}

fn now() -> i64 {
    let elapsed = SystemTime::now().duration_since(UNIX_EPOCH).expect("the clock is after 1970");
    i64::try_from(elapsed.as_secs()).expect("seconds fit")
}

/// Changes the stored world with `step`, as the backend would (the revision bumped).
fn change_world(data_dir: &Path, step: impl FnOnce(&mut World)) {
    let database = rusqlite::Connection::open(data_dir.join(Database::FILE_NAME)).expect("open db");
    let state: String =
        database.query_row("SELECT state FROM world WHERE id = 1", [], |row| row.get(0)).expect("world");
    let mut world: World = serde_json::from_str(&state).expect("world parses");
    step(&mut world);
    let state = serde_json::to_string(&world).expect("world serializes");
    database
        .execute("UPDATE world SET state = ?1, revision = revision + 1 WHERE id = 1", [state])
        .expect("world saved");
}

/// Walks the first connection in the stored world (log in to WordPress.com as `daisy`,
/// Connect, authorize, verify business details), which creates the Express account [`ACCOUNT`].
fn give_the_site_an_account(data_dir: &Path) {
    change_world(data_dir, |world| {
        world.log_in_to_wpcom("daisy").expect("log in");
        world.start_connecting(Plugin::WooPayments, "daisy").expect("connect");
        world.authorize(now()).expect("authorize");
        world
            .complete_business_verification(ACCOUNT.parse().expect("account id"), VerificationStatus::Complete, now())
            .expect("business verification");
    });
}

#[tokio::test]
async fn pages_cover_the_whole_list_once() {
    let ledger = Ledger::seeded(300, 1).await;
    let first: TransactionList = ledger.get("/transactions").await;
    assert_eq!((first.transactions.total, first.transactions.page, first.transactions.per_page), (300, 1, 25));
    assert_eq!(first.transactions.items.len(), 25);

    let mut seen = HashSet::new();
    for page in 1..=8 {
        let list: TransactionList = ledger.get(&format!("/transactions?per_page=40&page={page}")).await;
        assert_eq!((list.transactions.total, list.transactions.page, list.transactions.per_page), (300, page, 40));
        assert_eq!(list.transactions.items.len(), if page == 8 { 20 } else { 40 }, "page {page}");
        assert_eq!(list.transactions.page_count(), 8);
        seen.extend(list.transactions.items.into_iter().map(|row| row.id));
    }
    assert_eq!(seen.len(), 300, "no row twice, none missing");

    let past_the_end: TransactionList = ledger.get("/transactions?per_page=40&page=9").await;
    assert!(past_the_end.transactions.items.is_empty());
    assert_eq!(past_the_end.transactions.total, 300);
}

#[tokio::test]
async fn every_sort_orders_rows_both_ways() {
    let ledger = Ledger::seeded(300, 2).await;
    let default: TransactionList = ledger.get("/transactions?per_page=100").await;
    let times: Vec<_> = default.transactions.items.iter().map(|row| row.created_at).collect();
    assert!(times.windows(2).all(|pair| pair[0] >= pair[1]), "newest first by default");

    let key = |sort: &str, row: &Transaction| -> (i64, String) {
        match sort {
            "created_at" => (row.created_at, String::new()),
            "amount" => (row.amount, String::new()),
            "fee" => (row.fee, String::new()),
            "net" => (row.net, String::new()),
            "order_number" => (i64::try_from(row.order_number).expect("fits"), String::new()),
            _ => (0, row.customer_name.to_lowercase()),
        }
    };
    for sort in ["created_at", "amount", "fee", "net", "customer", "order_number"] {
        for order in ["asc", "desc"] {
            let list: TransactionList =
                ledger.get(&format!("/transactions?per_page=100&sort={sort}&order={order}")).await;
            let keys: Vec<_> = list.transactions.items.iter().map(|row| key(sort, row)).collect();
            let ordered =
                keys.windows(2).all(|pair| if order == "asc" { pair[0] <= pair[1] } else { pair[0] >= pair[1] });
            assert!(ordered, "sort={sort}&order={order}: {keys:?}");
        }
    }
    // Equal keys keep one order: the pages of a sort with many ties still cover every row once.
    let mut seen = HashSet::new();
    for page in 1..=12 {
        let list: TransactionList = ledger.get(&format!("/transactions?sort=fee&per_page=25&page={page}")).await;
        seen.extend(list.transactions.items.into_iter().map(|row| row.id));
    }
    assert_eq!(seen.len(), 300);

    let deposits: Page<Deposit> = ledger.get("/deposits?sort=amount&order=asc&per_page=100").await;
    assert!(deposits.items.windows(2).all(|pair| pair[0].amount <= pair[1].amount));
    let disputes: DisputeList = ledger.get("/disputes?sort=respond_by&order=asc").await;
    assert!(disputes.disputes.items.windows(2).all(|pair| pair[0].respond_by <= pair[1].respond_by));
}

#[tokio::test]
async fn each_filter_keeps_exactly_the_matching_rows() {
    let ledger = Ledger::seeded(400, 3).await;
    let all = ledger.all_transactions("").await;
    assert_eq!(all.len(), 400);

    let check = |filters: &'static str, keep: &dyn Fn(&Transaction) -> bool| {
        let expected: Vec<_> = all.iter().filter(|row| keep(row)).map(|row| row.id.clone()).collect();
        (filters, expected)
    };
    let some = &all[57];
    let day = CalendarDate::from_unix_seconds(some.created_at);
    let (from, to) = (day.add_days(-10), day);
    let search = some.customer_name.split(' ').next_back().expect("a last name").to_uppercase();
    let cases = vec![
        check("type=refund", &|row| row.kind == TransactionType::Refund),
        check("type=dispute,dispute_reversal", &|row| {
            matches!(row.kind, TransactionType::Dispute | TransactionType::DisputeReversal)
        }),
        check("status=refunded,partially_refunded", &|row| {
            matches!(row.status, TransactionStatus::Refunded | TransactionStatus::PartiallyRefunded)
        }),
        check("currency=gbp", &|row| row.currency == "GBP"),
        check("currency=EUR&type=charge", &|row| row.currency == "EUR" && row.kind == TransactionType::Charge),
    ];
    for (filters, expected) in cases {
        let rows = ledger.all_transactions(filters).await;
        assert!(!expected.is_empty(), "{filters} matches something in the demo data");
        assert_eq!(rows.iter().map(|row| row.id.clone()).collect::<Vec<_>>(), expected, "{filters}");
    }

    let range = ledger.all_transactions(&format!("from={from}&to={to}")).await;
    let expected = all
        .iter()
        .filter(|row| row.created_at >= from.unix_seconds() && row.created_at < to.add_days(1).unix_seconds())
        .count();
    assert_eq!(range.len(), expected);
    assert!(range.iter().any(|row| row.id == some.id), "the `to` day is included");

    let found = ledger.all_transactions(&format!("search={search}")).await;
    let expected = all.iter().filter(|row| row.customer_name.to_uppercase().contains(&search)).count();
    assert!(found.len() >= expected && found.iter().any(|row| row.id == some.id), "search ignores case");
    let by_order = ledger.all_transactions(&format!("search={}", some.order_number)).await;
    assert!(by_order.iter().any(|row| row.id == some.id));
    let by_id = ledger.all_transactions(&format!("search={}", some.id)).await;
    assert_eq!(by_id.iter().map(|row| &row.id).collect::<Vec<_>>(), [&some.id]);
    let nothing: TransactionList = ledger.get("/transactions?search=%25_nobody_%25").await;
    assert_eq!(nothing.transactions.total, 0, "% and _ are matched literally");

    let deposit_id = all.iter().find_map(|row| row.deposit_id.clone()).expect("some rows are deposited");
    let of_deposit = ledger.all_transactions(&format!("deposit={deposit_id}")).await;
    let expected = all.iter().filter(|row| row.deposit_id.as_ref() == Some(&deposit_id)).count();
    assert_eq!(of_deposit.len(), expected);
}

#[tokio::test]
async fn summary_totals_are_the_sums_of_the_rows() {
    let ledger = Ledger::seeded(350, 4).await;
    for filters in ["", "currency=EUR", "type=charge,refund&status=refunded,succeeded"] {
        let list: TransactionList = ledger.get(&format!("/transactions?per_page=10&{filters}")).await;
        let rows = ledger.all_transactions(filters).await;
        assert_eq!(list.summary.count, rows.len() as u64);
        assert_eq!(list.transactions.total, rows.len() as u64);
        let mut expected: HashMap<String, (u64, i64, i64, i64)> = HashMap::new();
        for row in &rows {
            let totals = expected.entry(row.currency.clone()).or_default();
            *totals = (totals.0 + 1, totals.1 + row.amount, totals.2 + row.fee, totals.3 + row.net);
        }
        assert_eq!(list.summary.currencies.len(), expected.len(), "{filters}");
        for totals in &list.summary.currencies {
            assert_eq!(
                (totals.count, totals.gross, totals.fees, totals.net),
                expected[&totals.currency],
                "{filters}: {}",
                totals.currency
            );
            assert_eq!(totals.net, totals.gross - totals.fees);
        }
        let codes: Vec<_> = list.summary.currencies.iter().map(|totals| totals.currency.as_str()).collect();
        assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "by currency code");
    }
}

#[tokio::test]
async fn balances_are_the_funds_not_yet_deposited_per_currency() {
    let ledger = Ledger::seeded(500, 5).await;
    let overview: DepositsOverview = ledger.get("/deposits/overview").await;
    let asked_at = now();
    let schedule = overview.schedule.expect("the seeded account has a schedule");
    assert_eq!((schedule.interval, schedule.delay_days), (DepositInterval::Daily, 2));

    let rows = ledger.all_transactions("").await;
    let deposits = ledger.all_deposits("").await;
    let currencies: Vec<_> = overview.balances.iter().map(|balance| balance.currency.as_str()).collect();
    assert_eq!(currencies, ["EUR", "GBP", "USD"]);
    for balance in &overview.balances {
        let waiting = rows.iter().filter(|row| row.currency == balance.currency && row.deposit_id.is_none());
        let (available, pending): (Vec<_>, Vec<_>) = waiting.partition(|row| row.available_on <= asked_at);
        assert_eq!(balance.available, available.iter().map(|row| row.net).sum::<i64>(), "{}", balance.currency);
        assert_eq!(balance.pending, pending.iter().map(|row| row.net).sum::<i64>(), "{}", balance.currency);

        let on_its_way = deposits
            .iter()
            .filter(|deposit| {
                deposit.currency == balance.currency
                    && matches!(deposit.status, DepositStatus::Pending | DepositStatus::InTransit)
            })
            .min_by_key(|deposit| deposit.date);
        let next = balance.next_deposit.as_ref();
        match on_its_way {
            Some(deposit) => {
                let next = next.expect("a deposit on its way is the next one");
                assert_eq!(
                    (next.deposit_id.as_deref(), next.date, next.amount),
                    (Some(deposit.id.as_str()), deposit.date, deposit.amount)
                );
            }
            None => {
                assert!(next.is_none_or(|next| next.deposit_id.is_none() && next.amount > 0 && next.date > asked_at))
            }
        }
    }
}

#[tokio::test]
async fn deposits_filter_by_status_and_currency_and_pay_out_their_transactions() {
    let ledger = Ledger::seeded(500, 6).await;
    let all = ledger.all_deposits("").await;
    let first: Page<Deposit> = ledger.get("/deposits").await;
    assert_eq!(first.total, all.len() as u64);
    assert!(first.items.windows(2).all(|pair| pair[0].date >= pair[1].date), "latest first by default");

    for filters in ["status=paid", "status=pending,in_transit", "currency=usd", "status=paid&currency=GBP"] {
        let rows = ledger.all_deposits(filters).await;
        let expected: Vec<_> = all
            .iter()
            .filter(|deposit| {
                let status_ok = match filters {
                    f if f.starts_with("status=paid") => deposit.status == DepositStatus::Paid,
                    f if f.starts_with("status=pending") => {
                        matches!(deposit.status, DepositStatus::Pending | DepositStatus::InTransit)
                    }
                    _ => true,
                };
                let currency_ok = match filters {
                    f if f.contains("usd") => deposit.currency == "USD",
                    f if f.contains("GBP") => deposit.currency == "GBP",
                    _ => true,
                };
                status_ok && currency_ok
            })
            .map(|deposit| deposit.id.clone())
            .collect();
        assert!(!expected.is_empty(), "{filters}");
        assert_eq!(rows.into_iter().map(|deposit| deposit.id).collect::<Vec<_>>(), expected, "{filters}");
    }

    let deposit = all.iter().find(|deposit| deposit.status == DepositStatus::Paid).expect("a paid deposit");
    let list: TransactionList = ledger.get(&format!("/transactions?deposit={}", deposit.id)).await;
    assert_eq!(list.transactions.total, deposit.transaction_count);
    assert_eq!(list.summary.currencies.len(), 1);
    assert_eq!(list.summary.currencies[0].net, deposit.amount, "a deposit pays out the nets of its transactions");
}

#[tokio::test]
async fn disputes_count_those_needing_a_response() {
    let ledger = Ledger::seeded(600, 7).await;
    let list: DisputeList = ledger.get("/disputes?per_page=100").await;
    let needing: DisputeList = ledger.get("/disputes?status=needs_response&per_page=100").await;
    assert!(list.needing_response >= 2, "the demo always has disputes awaiting a response");
    assert_eq!(needing.disputes.total, list.needing_response);
    assert_eq!(needing.needing_response, list.needing_response, "the count ignores the filters");
    let asked_at = now();
    assert!(
        needing
            .disputes
            .items
            .iter()
            .all(|dispute| dispute.status == DisputeStatus::NeedsResponse && dispute.respond_by > asked_at)
    );

    let settled: DisputeList = ledger.get("/disputes?status=won,lost,accepted&per_page=100").await;
    let under_review: DisputeList = ledger.get("/disputes?status=under_review").await;
    assert_eq!(settled.disputes.total + under_review.disputes.total + needing.disputes.total, list.disputes.total);

    let dispute = &list.disputes.items[0];
    let charge: Transaction = ledger.get(&format!("/transactions/{}", dispute.transaction_id)).await;
    assert_eq!((charge.kind, charge.status), (TransactionType::Charge, TransactionStatus::Disputed));
    assert_eq!(
        (charge.amount, &charge.currency, charge.order_number),
        (dispute.amount, &dispute.currency, dispute.order_number)
    );
    let in_usd: DisputeList = ledger.get("/disputes?currency=USD&per_page=100").await;
    assert!(in_usd.disputes.items.iter().all(|dispute| dispute.currency == "USD"));
}

#[tokio::test]
async fn ten_thousand_transactions_answer_a_page_quickly() {
    let ledger = Ledger::seeded(10_000, 8).await;
    for path in [
        "/transactions?page=250&per_page=40",
        "/transactions?page=100&per_page=100&sort=amount&order=asc",
        "/transactions?sort=customer&type=charge&currency=EUR&search=an",
        "/deposits?page=2",
        "/deposits/overview",
        "/disputes?sort=respond_by",
    ] {
        let started = Instant::now();
        let response = ledger.browser.get(ledger.url(path)).send().await.expect("request");
        assert_eq!(response.status(), 200, "{path}");
        let elapsed = started.elapsed();
        assert!(elapsed.as_millis() < 2_000, "{path} took {elapsed:?}");
    }
    let last: TransactionList = ledger.get("/transactions?page=250&per_page=40").await;
    assert_eq!((last.transactions.total, last.transactions.items.len()), (10_000, 40));
    assert_eq!(last.summary.count, 10_000);
}

#[tokio::test]
async fn a_transaction_is_found_by_id_and_an_unknown_one_is_a_404() {
    let ledger = Ledger::seeded(50, 9).await;
    let list: TransactionList = ledger.get("/transactions?per_page=1").await;
    let first = &list.transactions.items[0];
    let found: Transaction = ledger.get(&format!("/transactions/{}", first.id)).await;
    assert_eq!(&found, first);

    let error = ledger.error("/transactions/txn_nope", 404).await;
    assert_eq!(error.code, "no_transaction");
    assert!(error.message.contains("txn_nope"), "{}", error.message);
}

#[tokio::test]
async fn bad_query_parameters_are_400s_naming_the_parameter() {
    let ledger = Ledger::seeded(20, 10).await;
    for (path, parameter) in [
        ("/transactions?per_page=0", "per_page"),
        ("/transactions?per_page=10000", "per_page"),
        ("/transactions?page=0", "page"),
        ("/transactions?page=two", "page"),
        ("/transactions?sort=colour", "sort"),
        ("/transactions?order=sideways", "order"),
        ("/transactions?type=payout", "type"),
        ("/transactions?from=2024-02-30", "from"),
        ("/transactions?to=31/12/2024", "to"),
        ("/transactions?from=2024-03-02&to=2024-03-01", "from"),
        ("/transactions?currency=dollars", "currency"),
        ("/transactions?perpage=10", "perpage"),
        ("/transactions?page=1&page=2", "page"),
        ("/deposits?status=lost", "status"),
        ("/deposits?sort=created_at", "sort"),
        ("/disputes?status=open", "status"),
        ("/disputes?per_page=101", "per_page"),
    ] {
        let error = ledger.error(path, 400).await;
        assert_eq!(error.code, "invalid_query", "{path}");
        assert!(error.message.contains(&format!("`{parameter}`")), "{path}: {}", error.message);
    }
    let error = ledger.error("/transactions?per_page=10000", 400).await;
    assert!(error.message.contains("from 1 to 100"), "{}", error.message);
}

#[tokio::test]
async fn support_names_woocommerce_first_then_stripe_wordpress_com_and_the_stripe_extension() {
    let ledger = Ledger::without_account().await;
    let support: SupportContacts = ledger.get("/support").await;
    let channels: Vec<_> = support.contacts.iter().map(|contact| contact.channel).collect();
    assert_eq!(
        channels,
        [
            SupportChannel::Woocommerce,
            SupportChannel::Stripe,
            SupportChannel::WordpressCom,
            SupportChannel::StripeExtension
        ]
    );
    let urls: Vec<_> = support.contacts.iter().map(|contact| contact.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://woocommerce.com/my-account/create-a-ticket/",
            "https://support.stripe.com/questions/contact-stripe-support",
            "https://wordpress.com/support/contact/",
            "https://woocommerce.com/woocommerce-and-stripe/",
        ]
    );
}

#[tokio::test]
async fn a_store_without_an_account_has_an_empty_ledger_and_cannot_be_seeded() {
    let ledger = Ledger::without_account().await;
    let list: TransactionList = ledger.get("/transactions").await;
    assert_eq!((list.transactions.total, list.summary.count), (0, 0));
    let overview: DepositsOverview = ledger.get("/deposits/overview").await;
    assert_eq!((overview.balances.len(), overview.schedule), (0, None));
    let disputes: DisputeList = ledger.get("/disputes").await;
    assert_eq!((disputes.disputes.total, disputes.needing_response), (0, 0));
    ledger.error("/transactions/txn_1", 404).await;

    let refused = seed_demo(ledger.data.path(), &DemoOptions::default()).await;
    assert!(matches!(refused, Err(SeedError::NoAccount)), "{refused:?}");
    let too_many = DemoOptions { transactions: DemoOptions::MAX_TRANSACTIONS + 1, ..DemoOptions::default() };
    assert!(matches!(seed_demo(ledger.data.path(), &too_many).await, Err(SeedError::BadCount(_))));
}

#[tokio::test]
async fn the_seed_demo_command_replaces_the_ledger() {
    let ledger = Ledger::without_account().await;
    let command = |transactions: &str| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_panel-backend"));
        command
            .args(["seed-demo", "--transactions", transactions, "--seed", "3", "--data-dir"])
            .arg(ledger.data.path());
        command
    };
    let refused = command("60").output().expect("seed-demo runs");
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("no WooPayments account") && message.contains("Finish setup"), "{message}");

    give_the_site_an_account(ledger.data.path());
    for _ in 0..2 {
        let output = command("60").output().expect("seed-demo runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stdout).contains("60 transactions"));
    }
    let list: TransactionList = ledger.get("/transactions").await;
    assert_eq!(list.transactions.total, 60, "seeding again replaces the ledger");
    let bad = command("0").output().expect("seed-demo runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--transactions"));
}

#[tokio::test]
async fn the_ledger_stays_with_the_express_account_when_the_site_reconnects_as_another_user() {
    let ledger = Ledger::seeded(80, 11).await;
    let before: TransactionList = ledger.get("/transactions?per_page=100").await;
    change_world(ledger.data.path(), |world| {
        world.disconnect(Plugin::WooPayments, 0).expect("disconnect");
        world.log_out_of_wpcom().expect("log out");
        world.log_in_to_wpcom("sam").expect("log in as another user");
        world.start_connecting(Plugin::WooPayments, "daisy").expect("Finish setup");
        world.authorize(now()).expect("authorize");
    });
    let after: TransactionList = ledger.get("/transactions?per_page=100").await;
    assert_eq!(after, before, "the same Express account, the same ledger");
}

#[tokio::test]
async fn the_ledger_needs_a_signed_in_browser_and_is_in_the_openapi_document() {
    let ledger = Ledger::seeded(20, 12).await;
    for path in ["/transactions", "/transactions/txn_1", "/deposits", "/deposits/overview", "/disputes", "/support"] {
        let response = reqwest::get(ledger.url(path)).await.expect("request");
        assert_eq!(response.status(), 401, "{path} without the session cookie");
        let error: ErrorBody = response.json().await.expect("an ErrorBody");
        assert_eq!(error.code, "not_signed_in");
    }

    let document: serde_json::Value =
        reqwest::get(ledger.url("/openapi.json")).await.expect("request").json().await.expect("JSON");
    for path in ["/transactions", "/transactions/{id}", "/deposits", "/deposits/overview", "/disputes", "/support"] {
        let operation = &document["paths"][format!("/api/v1{path}")]["get"];
        assert!(operation.is_object(), "{path} is documented");
    }
    let parameters = document["paths"]["/api/v1/transactions"]["get"]["parameters"].as_array().expect("parameters");
    let names: Vec<_> = parameters.iter().filter_map(|parameter| parameter["name"].as_str()).collect();
    assert_eq!(
        names,
        ["page", "per_page", "sort", "order", "type", "status", "currency", "deposit", "from", "to", "search"]
    );
    for schema in ["TransactionList", "Transaction", "DepositsOverview", "DisputeList", "SupportContacts"] {
        assert!(document["components"]["schemas"][schema].is_object(), "{schema} is described");
    }
}
