//! Writing a demo ledger into the database, in place of the account's ledger.

use panel_protocol::DepositInterval;
use rusqlite::{Transaction, params};

use super::demo_ledger::DemoLedger;
use crate::database::DatabaseError;

/// Writes `ledger` as the whole ledger of `account_id`, replacing what it had.
pub(super) fn save(transaction: &Transaction<'_>, account_id: &str, ledger: &DemoLedger) -> Result<(), DatabaseError> {
    transaction.execute("DELETE FROM ledger_dispute WHERE account_id = ?1", [account_id])?;
    transaction.execute("DELETE FROM ledger_transaction WHERE account_id = ?1", [account_id])?;
    transaction.execute("DELETE FROM ledger_deposit WHERE account_id = ?1", [account_id])?;
    let (period, weekday, month_day) = match ledger.schedule.interval {
        DepositInterval::Daily => ("daily", None, None),
        DepositInterval::Weekly { weekday } => ("weekly", Some(weekday.as_str()), None),
        DepositInterval::Monthly { day } => ("monthly", None, Some(day)),
    };
    transaction.execute(
        "INSERT OR REPLACE INTO ledger_deposit_schedule (account_id, period, weekday, month_day, delay_days)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![account_id, period, weekday, month_day, ledger.schedule.delay_days],
    )?;

    let mut insert = transaction.prepare(
        "INSERT INTO ledger_deposit (id, account_id, date, amount, currency, status, bank_account_last4)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for deposit in &ledger.deposits {
        insert.execute(params![
            deposit.id,
            account_id,
            deposit.date,
            deposit.amount,
            deposit.currency,
            deposit.status.as_str(),
            deposit.bank_account_last4
        ])?;
    }
    let mut insert = transaction.prepare(
        "INSERT INTO ledger_transaction (id, account_id, created_at, available_on, type, amount, fee, net, currency,
             customer_name, order_number, status, card_brand, card_last4, charge_id, deposit_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for row in &ledger.transactions {
        insert.execute(params![
            row.id,
            account_id,
            row.created_at,
            row.available_on,
            row.kind.as_str(),
            row.amount,
            row.fee,
            row.net,
            row.currency,
            row.customer_name,
            i64::try_from(row.order_number).unwrap_or(i64::MAX),
            row.status.as_str(),
            row.payment_method.brand.as_str(),
            row.payment_method.last4,
            row.charge_id,
            row.deposit_id
        ])?;
    }
    let mut insert = transaction.prepare(
        "INSERT INTO ledger_dispute (id, account_id, transaction_id, created_at, amount, currency, reason, status,
             respond_by, customer_name, order_number)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for dispute in &ledger.disputes {
        insert.execute(params![
            dispute.id,
            account_id,
            dispute.transaction_id,
            dispute.created_at,
            dispute.amount,
            dispute.currency,
            dispute.reason.as_str(),
            dispute.status.as_str(),
            dispute.respond_by,
            dispute.customer_name,
            i64::try_from(dispute.order_number).unwrap_or(i64::MAX)
        ])?;
    }
    Ok(())
}
