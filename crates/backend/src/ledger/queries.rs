//! The ledger's reads, each inside the caller's read transaction. Lists page with `LIMIT` and
//! `OFFSET` over indexed sorts (see `migrations/0002_ledger.sql`); totals are SQL aggregates,
//! so a page costs the same with 10 or 100,000 rows.

use panel_protocol::{
    Balance, CalendarDate, CardBrand, CurrencyTotals, Deposit, DepositInterval, DepositQuery, DepositSchedule,
    DepositSort, DepositStatus, DepositsOverview, Dispute, DisputeList, DisputeQuery, DisputeReason, DisputeSort,
    DisputeStatus, NextDeposit, Page, PaymentMethod, SortOrder, Transaction, TransactionList, TransactionQuery,
    TransactionSort, TransactionStatus, TransactionSummary, TransactionType, Weekday,
};
use rusqlite::types::{Type, Value};
use rusqlite::{OptionalExtension, Row, params, params_from_iter};

use super::schedule;
use crate::database::DatabaseError;
use crate::saved_world;

/// The id of the site's WooPayments (Stripe Express) account, if it has one: the ledger shown
/// is always that account's.
pub(crate) fn account_id(transaction: &rusqlite::Transaction<'_>) -> Result<Option<String>, DatabaseError> {
    let (world, _revision) = saved_world::load(transaction)?;
    Ok(world.account().map(|account| account.id().as_str().to_owned()))
}

/// One page of the account's transactions, and the totals of all that match the filters.
pub(crate) fn transactions(
    transaction: &rusqlite::Transaction<'_>,
    query: &TransactionQuery,
) -> Result<TransactionList, DatabaseError> {
    let Some(account) = account_id(transaction)? else {
        let empty = Page { items: Vec::new(), total: 0, page: query.page, per_page: query.per_page };
        return Ok(TransactionList {
            transactions: empty,
            summary: TransactionSummary { count: 0, currencies: Vec::new() },
        });
    };
    let mut filter = Filter::new(&account);
    filter.any_of("type", query.filter.types.iter().map(|kind| kind.as_str()));
    filter.any_of("status", query.filter.statuses.iter().map(|status| status.as_str()));
    if let Some(currency) = &query.filter.currency {
        filter.push("currency = ?", [Value::Text(currency.clone())]);
    }
    if let Some(deposit) = &query.filter.deposit_id {
        filter.push("deposit_id = ?", [Value::Text(deposit.clone())]);
    }
    if let Some(from) = query.filter.from {
        filter.push("created_at >= ?", [Value::Integer(from.unix_seconds())]);
    }
    if let Some(to) = query.filter.to {
        filter.push("created_at < ?", [Value::Integer(to.add_days(1).unix_seconds())]);
    }
    if let Some(search) = &query.filter.search {
        let pattern = Value::Text(like_pattern(search));
        filter.push(
            "(customer_name LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\' \
             OR CAST(order_number AS TEXT) LIKE ? ESCAPE '\\' OR card_last4 LIKE ? ESCAPE '\\')",
            [pattern.clone(), pattern.clone(), pattern.clone(), pattern],
        );
    }

    let mut summary = TransactionSummary { count: 0, currencies: Vec::new() };
    let sql = format!(
        "SELECT currency, COUNT(*), SUM(amount), SUM(fee), SUM(net) FROM ledger_transaction {} \
         GROUP BY currency ORDER BY currency",
        filter.where_clause()
    );
    let mut statement = transaction.prepare(&sql)?;
    let mut rows = statement.query(params_from_iter(filter.values.iter()))?;
    while let Some(row) = rows.next()? {
        let totals = CurrencyTotals {
            currency: row.get(0)?,
            count: count(row, 1)?,
            gross: row.get(2)?,
            fees: row.get(3)?,
            net: row.get(4)?,
        };
        summary.count += totals.count;
        summary.currencies.push(totals);
    }

    let column = match query.sort {
        TransactionSort::CreatedAt => "created_at",
        TransactionSort::Amount => "amount",
        TransactionSort::Fee => "fee",
        TransactionSort::Net => "net",
        TransactionSort::Customer => "customer_name COLLATE NOCASE",
        TransactionSort::OrderNumber => "order_number",
    };
    let sql = format!(
        "SELECT {TRANSACTION_COLUMNS} FROM ledger_transaction {} {} LIMIT ? OFFSET ?",
        filter.where_clause(),
        order_by(column, query.order)
    );
    let items = page_rows(transaction, &sql, &filter, query.page, query.per_page, transaction_from_row)?;
    let page = Page { items, total: summary.count, page: query.page, per_page: query.per_page };
    Ok(TransactionList { transactions: page, summary })
}

/// One transaction of the account, by id.
pub(crate) fn transaction_by_id(
    transaction: &rusqlite::Transaction<'_>,
    id: &str,
) -> Result<Option<Transaction>, DatabaseError> {
    let Some(account) = account_id(transaction)? else {
        return Ok(None);
    };
    let sql = format!("SELECT {TRANSACTION_COLUMNS} FROM ledger_transaction WHERE account_id = ?1 AND id = ?2");
    Ok(transaction.query_row(&sql, params![account, id], transaction_from_row).optional()?)
}

/// One page of the account's deposits.
pub(crate) fn deposits(
    transaction: &rusqlite::Transaction<'_>,
    query: &DepositQuery,
) -> Result<Page<Deposit>, DatabaseError> {
    let Some(account) = account_id(transaction)? else {
        return Ok(Page { items: Vec::new(), total: 0, page: query.page, per_page: query.per_page });
    };
    let mut filter = Filter::new(&account);
    filter.any_of("status", query.filter.statuses.iter().map(|status| status.as_str()));
    if let Some(currency) = &query.filter.currency {
        filter.push("currency = ?", [Value::Text(currency.clone())]);
    }
    let total = total(transaction, "ledger_deposit", &filter)?;
    let column = match query.sort {
        DepositSort::Date => "date",
        DepositSort::Amount => "amount",
    };
    let sql = format!(
        "SELECT id, date, amount, currency, status, bank_account_last4, \
         (SELECT COUNT(*) FROM ledger_transaction WHERE deposit_id = ledger_deposit.id) \
         FROM ledger_deposit {} {} LIMIT ? OFFSET ?",
        filter.where_clause(),
        order_by(column, query.order)
    );
    let items = page_rows(transaction, &sql, &filter, query.page, query.per_page, deposit_from_row)?;
    Ok(Page { items, total, page: query.page, per_page: query.per_page })
}

/// The balances per currency, the schedule and the next deposits, as of `now`.
pub(crate) fn deposits_overview(
    transaction: &rusqlite::Transaction<'_>,
    now: i64,
) -> Result<DepositsOverview, DatabaseError> {
    let Some(account) = account_id(transaction)? else {
        return Ok(DepositsOverview { balances: Vec::new(), schedule: None });
    };
    let schedule = deposit_schedule(transaction, &account)?;
    // Every currency with money not yet deposited, or with a deposit on its way.
    let mut statement = transaction.prepare(
        "SELECT currency,
                COALESCE(SUM(CASE WHEN available_on <= ?2 THEN net END), 0),
                COALESCE(SUM(CASE WHEN available_on > ?2 THEN net END), 0)
         FROM (SELECT currency, available_on, net FROM ledger_transaction
               WHERE deposit_id IS NULL AND account_id = ?1
               UNION ALL
               SELECT currency, 0, 0 FROM ledger_deposit
               WHERE account_id = ?1 AND status IN ('pending', 'in_transit'))
         GROUP BY currency ORDER BY currency",
    )?;
    let sums = statement
        .query_map(params![account, now], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut balances = Vec::with_capacity(sums.len());
    for (currency, available, pending) in sums {
        let next_deposit = next_deposit(transaction, &account, &currency, schedule.as_ref(), now)?;
        balances.push(Balance { currency, available, pending, next_deposit });
    }
    Ok(DepositsOverview { balances, schedule })
}

/// The deposit on its way in `currency` that arrives first; else the one the schedule makes
/// next (on the first deposit day after today) from the funds available by then, if positive.
fn next_deposit(
    transaction: &rusqlite::Transaction<'_>,
    account: &str,
    currency: &str,
    schedule: Option<&DepositSchedule>,
    now: i64,
) -> Result<Option<NextDeposit>, DatabaseError> {
    let on_its_way = transaction
        .query_row(
            "SELECT id, date, amount FROM ledger_deposit
             WHERE account_id = ?1 AND currency = ?2 AND status IN ('pending', 'in_transit')
             ORDER BY date, rowid LIMIT 1",
            params![account, currency],
            |row| Ok(NextDeposit { deposit_id: Some(row.get(0)?), date: row.get(1)?, amount: row.get(2)? }),
        )
        .optional()?;
    if on_its_way.is_some() {
        return Ok(on_its_way);
    }
    let Some(schedule) = schedule else {
        return Ok(None);
    };
    let deposit_day = schedule::next_deposit_day(schedule, CalendarDate::from_unix_seconds(now));
    let amount: i64 = transaction.query_row(
        "SELECT COALESCE(SUM(net), 0) FROM ledger_transaction
         WHERE deposit_id IS NULL AND account_id = ?1 AND currency = ?2 AND available_on <= ?3",
        params![account, currency, deposit_day.unix_seconds()],
        |row| row.get(0),
    )?;
    Ok((amount > 0).then(|| NextDeposit {
        date: deposit_day.add_days(schedule::BANK_TRANSIT_DAYS).unix_seconds(),
        amount,
        deposit_id: None,
    }))
}

/// The account's deposit schedule, if one is stored.
fn deposit_schedule(
    transaction: &rusqlite::Transaction<'_>,
    account: &str,
) -> Result<Option<DepositSchedule>, DatabaseError> {
    let stored = transaction
        .query_row(
            "SELECT period, weekday, month_day, delay_days FROM ledger_deposit_schedule WHERE account_id = ?1",
            [account],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, Option<u8>>(2)?,
                    row.get::<_, u32>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((period, weekday, month_day, delay_days)) = stored else {
        return Ok(None);
    };
    let interval = match (period.as_str(), weekday.as_deref().and_then(Weekday::from_wire), month_day) {
        ("daily", None, None) => DepositInterval::Daily,
        ("weekly", Some(weekday), None) => DepositInterval::Weekly { weekday },
        ("monthly", None, Some(day)) => DepositInterval::Monthly { day },
        _ => return Err(DatabaseError::Corrupt(format!("deposit schedule {period:?} {weekday:?} {month_day:?}"))),
    };
    Ok(Some(DepositSchedule { interval, delay_days }))
}

/// One page of the account's disputes, and how many need a response.
pub(crate) fn disputes(
    transaction: &rusqlite::Transaction<'_>,
    query: &DisputeQuery,
) -> Result<DisputeList, DatabaseError> {
    let Some(account) = account_id(transaction)? else {
        let empty = Page { items: Vec::new(), total: 0, page: query.page, per_page: query.per_page };
        return Ok(DisputeList { disputes: empty, needing_response: 0 });
    };
    let needing_response = transaction.query_row(
        "SELECT COUNT(*) FROM ledger_dispute WHERE account_id = ?1 AND status = 'needs_response'",
        [&account],
        |row| count(row, 0),
    )?;
    let mut filter = Filter::new(&account);
    filter.any_of("status", query.filter.statuses.iter().map(|status| status.as_str()));
    if let Some(currency) = &query.filter.currency {
        filter.push("currency = ?", [Value::Text(currency.clone())]);
    }
    let total = total(transaction, "ledger_dispute", &filter)?;
    let column = match query.sort {
        DisputeSort::CreatedAt => "created_at",
        DisputeSort::RespondBy => "respond_by",
        DisputeSort::Amount => "amount",
    };
    let sql = format!(
        "SELECT id, transaction_id, created_at, amount, currency, reason, status, respond_by, customer_name, \
         order_number FROM ledger_dispute {} {} LIMIT ? OFFSET ?",
        filter.where_clause(),
        order_by(column, query.order)
    );
    let items = page_rows(transaction, &sql, &filter, query.page, query.per_page, dispute_from_row)?;
    Ok(DisputeList { disputes: Page { items, total, page: query.page, per_page: query.per_page }, needing_response })
}

/// The conditions of a list query, `AND`ed, with their values in order. The account comes first.
struct Filter {
    conditions: Vec<String>,
    values: Vec<Value>,
}

impl Filter {
    fn new(account: &str) -> Self {
        Self { conditions: vec!["account_id = ?".to_owned()], values: vec![Value::Text(account.to_owned())] }
    }

    /// Adds a condition with one `?` per value.
    fn push(&mut self, condition: &str, values: impl IntoIterator<Item = Value>) {
        self.conditions.push(condition.to_owned());
        self.values.extend(values);
    }

    /// `column IN (...)`; no condition for no values.
    fn any_of<'a>(&mut self, column: &str, values: impl Iterator<Item = &'a str>) {
        let values: Vec<Value> = values.map(|value| Value::Text(value.to_owned())).collect();
        if !values.is_empty() {
            let marks = vec!["?"; values.len()].join(", ");
            self.push(&format!("{column} IN ({marks})"), values);
        }
    }

    fn where_clause(&self) -> String {
        format!("WHERE {}", self.conditions.join(" AND "))
    }
}

/// `ORDER BY` the column, then by insertion order (rowid) the same way, so rows with equal
/// values keep one order from page to page.
fn order_by(column: &str, order: SortOrder) -> String {
    let direction = match order {
        SortOrder::Asc => "ASC",
        SortOrder::Desc => "DESC",
    };
    format!("ORDER BY {column} {direction}, rowid {direction}")
}

/// How many rows of `table` match `filter`.
fn total(transaction: &rusqlite::Transaction<'_>, table: &str, filter: &Filter) -> Result<u64, DatabaseError> {
    let sql = format!("SELECT COUNT(*) FROM {table} {}", filter.where_clause());
    Ok(transaction.query_row(&sql, params_from_iter(filter.values.iter()), |row| count(row, 0))?)
}

/// The rows of one page of `sql`, which ends in `LIMIT ? OFFSET ?`.
fn page_rows<T>(
    transaction: &rusqlite::Transaction<'_>,
    sql: &str,
    filter: &Filter,
    page: u32,
    per_page: u32,
    from_row: fn(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, DatabaseError> {
    // Both factors are u32: the product fits in an i64.
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let values = filter.values.iter().cloned().chain([Value::Integer(i64::from(per_page)), Value::Integer(offset)]);
    let mut statement = transaction.prepare(sql)?;
    let rows = statement.query_map(params_from_iter(values), from_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// A `LIKE` pattern matching text that contains `search` literally (`%`, `_` and `\` escaped).
fn like_pattern(search: &str) -> String {
    let mut pattern = String::from("%");
    for character in search.chars() {
        if matches!(character, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(character);
    }
    pattern.push('%');
    pattern
}

const TRANSACTION_COLUMNS: &str = "id, created_at, available_on, type, amount, fee, net, currency, customer_name, \
     order_number, status, card_brand, card_last4, charge_id, deposit_id";

fn transaction_from_row(row: &Row<'_>) -> rusqlite::Result<Transaction> {
    Ok(Transaction {
        id: row.get(0)?,
        created_at: row.get(1)?,
        available_on: row.get(2)?,
        kind: wire(row, 3, TransactionType::from_wire)?,
        amount: row.get(4)?,
        fee: row.get(5)?,
        net: row.get(6)?,
        currency: row.get(7)?,
        customer_name: row.get(8)?,
        order_number: count(row, 9)?,
        status: wire(row, 10, TransactionStatus::from_wire)?,
        payment_method: PaymentMethod { brand: wire(row, 11, CardBrand::from_wire)?, last4: row.get(12)? },
        charge_id: row.get(13)?,
        deposit_id: row.get(14)?,
    })
}

fn deposit_from_row(row: &Row<'_>) -> rusqlite::Result<Deposit> {
    Ok(Deposit {
        id: row.get(0)?,
        date: row.get(1)?,
        amount: row.get(2)?,
        currency: row.get(3)?,
        status: wire(row, 4, DepositStatus::from_wire)?,
        bank_account_last4: row.get(5)?,
        transaction_count: count(row, 6)?,
    })
}

fn dispute_from_row(row: &Row<'_>) -> rusqlite::Result<Dispute> {
    Ok(Dispute {
        id: row.get(0)?,
        transaction_id: row.get(1)?,
        created_at: row.get(2)?,
        amount: row.get(3)?,
        currency: row.get(4)?,
        reason: wire(row, 5, DisputeReason::from_wire)?,
        status: wire(row, 6, DisputeStatus::from_wire)?,
        respond_by: row.get(7)?,
        customer_name: row.get(8)?,
        order_number: count(row, 9)?,
    })
}

/// A column holding a wire name (`in_transit`, ...), read as its enum.
fn wire<T>(row: &Row<'_>, index: usize, from_wire: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    from_wire(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, format!("unknown stored value {text:?}").into())
    })
}

/// A column holding a count or another non-negative integer.
fn count(row: &Row<'_>, index: usize) -> rusqlite::Result<u64> {
    let value: i64 = row.get(index)?;
    u64::try_from(value).map_err(|error| rusqlite::Error::FromSqlConversionFailure(index, Type::Integer, error.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_the_search_text_literally() {
        assert_eq!(like_pattern("Ada"), "%Ada%");
        assert_eq!(like_pattern("100%_off\\"), "%100\\%\\_off\\\\%");
    }

    #[test]
    fn filters_join_their_conditions_and_keep_values_in_order() {
        let mut filter = Filter::new("acct_1");
        filter.any_of("status", ["paid", "failed"].into_iter());
        filter.any_of("type", std::iter::empty());
        filter.push("created_at >= ?", [Value::Integer(5)]);
        assert_eq!(filter.where_clause(), "WHERE account_id = ? AND status IN (?, ?) AND created_at >= ?");
        assert_eq!(filter.values.len(), 4);
        assert_eq!(order_by("amount", SortOrder::Asc), "ORDER BY amount ASC, rowid ASC");
    }
}
