//! The deposits of the demo ledger: what the schedule paid out, day by day, from the funds
//! available in each currency.

use panel_protocol::{CalendarDate, Deposit, DepositInterval, DepositSchedule, DepositStatus, Transaction};

use super::drafts::{CURRENCIES, WINDOW_DAYS};
use super::ids::IdMaker;
use crate::ledger::money;
use crate::ledger::prng::SplitMix64;
use crate::ledger::schedule::{self, BANK_TRANSIT_DAYS};

/// Daily deposits of the funds available two days after each payment: WooPayments' usual.
pub(super) const DEMO_SCHEDULE: DepositSchedule = DepositSchedule { interval: DepositInterval::Daily, delay_days: 2 };

/// Makes the deposits the schedule made, every deposit day before today, from the funds
/// available by then in each currency (money out counts from its own day); marks each
/// transaction with its deposit. A deposit is made only of a positive sum. One older deposit
/// per currency may fail: its money waits for the next deposit.
pub(super) fn make_deposits(
    transactions: &mut [Transaction],
    now: i64,
    ids: &IdMaker,
    random: &mut SplitMix64,
) -> Vec<Deposit> {
    let today = CalendarDate::from_unix_seconds(now);
    let first_day = today.add_days(-WINDOW_DAYS - 1);
    let mut deposits = Vec::new();
    for (currency, _) in CURRENCIES {
        let bank_account_last4 = format!("{:04}", random.below(10_000));
        let mut waiting: Vec<usize> =
            (0..transactions.len()).filter(|index| transactions[*index].currency == *currency).collect();
        waiting.sort_by_key(|index| (transactions[*index].available_on, *index));
        let mut cursor = 0;
        let mut due: Vec<usize> = Vec::new();
        let mut failed_once = false;
        let mut day = first_day;
        while day < today {
            // Deposits are made at the end of their day, of what is available by then.
            while let Some(&index) = waiting.get(cursor) {
                if transactions[index].available_on > day.unix_seconds() {
                    break;
                }
                due.push(index);
                cursor += 1;
            }
            let amount = money::total(due.iter().map(|index| transactions[*index].net)).unwrap_or(0);
            if schedule::is_deposit_day(&DEMO_SCHEDULE, day) && amount > 0 {
                let arrival = day.add_days(BANK_TRANSIT_DAYS);
                let status = if arrival <= today {
                    DepositStatus::Paid
                } else if day == today.add_days(-1) {
                    DepositStatus::Pending
                } else {
                    DepositStatus::InTransit
                };
                let fails =
                    status == DepositStatus::Paid && day < today.add_days(-10) && !failed_once && random.chance(30);
                let id = ids.make("po_", deposits.len() as u64);
                let transaction_count = if fails {
                    failed_once = true;
                    0
                } else {
                    let count = due.len() as u64;
                    for index in due.drain(..) {
                        transactions[index].deposit_id = Some(id.clone());
                    }
                    count
                };
                deposits.push(Deposit {
                    id,
                    date: arrival.unix_seconds(),
                    amount,
                    currency: (*currency).to_owned(),
                    status: if fails { DepositStatus::Failed } else { status },
                    bank_account_last4: bank_account_last4.clone(),
                    transaction_count,
                });
            }
            day = day.add_days(1);
        }
    }
    deposits.sort_by(|a, b| (a.date, &a.currency).cmp(&(b.date, &b.currency)));
    deposits
}
