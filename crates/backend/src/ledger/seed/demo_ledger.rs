//! The demo ledger as a whole: the drafts given ids, order numbers and time order, with the
//! deposits made from them and the disputes.

use panel_protocol::{Deposit, DepositSchedule, Dispute, Transaction, TransactionStatus, TransactionType};

use super::DemoOptions;
use super::deposits::{DEMO_SCHEDULE, make_deposits};
use super::drafts::Drafts;
use super::ids::{IdMaker, fnv1a};
use crate::ledger::money;
use crate::ledger::prng::{SplitMix64, mix};
use crate::ledger::schedule;

/// A generated ledger, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DemoLedger {
    /// The deposit schedule the deposits follow.
    pub(crate) schedule: DepositSchedule,
    /// Transactions, oldest first.
    pub(crate) transactions: Vec<Transaction>,
    /// Deposits, by date.
    pub(crate) deposits: Vec<Deposit>,
    /// Disputes, oldest first.
    pub(crate) disputes: Vec<Dispute>,
}

/// Draws the ledger of `account_id` (which salts the ids) for `options`.
pub(crate) fn generate(options: &DemoOptions, account_id: &str) -> DemoLedger {
    let mut drafts = Drafts::draw(options);
    let mut random = SplitMix64::new(options.seed ^ 0x5EED_DE90_5175_0F0F);
    let ids = IdMaker { salt: mix(options.seed ^ fnv1a(account_id.as_bytes())) };

    // Order numbers grow with time, with the gaps other orders (not paid by card) leave.
    let mut by_time: Vec<usize> = (0..drafts.charges.len()).collect();
    by_time.sort_by_key(|index| (drafts.charges[*index].created_at, *index));
    let mut order_numbers = vec![0_u64; drafts.charges.len()];
    let mut next_order = 1_000_u64;
    for index in by_time {
        order_numbers[index] = next_order;
        next_order += random.below(3) + 1;
    }

    // Every transaction in time order, each charge before what follows from it.
    enum Entry {
        Charge(usize),
        Movement(usize),
    }
    let mut entries: Vec<(i64, u8, usize, Entry)> = drafts
        .charges
        .iter()
        .enumerate()
        .map(|(index, charge)| (charge.created_at, 0, index, Entry::Charge(index)))
        .chain(
            drafts
                .movements
                .iter()
                .enumerate()
                .map(|(index, movement)| (movement.created_at, 1, index, Entry::Movement(index))),
        )
        .collect();
    entries.sort_by_key(|(created_at, kind, index, _)| (*created_at, *kind, *index));

    let mut charge_ids = vec![String::new(); drafts.charges.len()];
    let mut transactions = Vec::with_capacity(entries.len());
    for (position, (_, _, _, entry)) in entries.into_iter().enumerate() {
        let id = ids.make("txn_", position as u64);
        let (charge, created_at, kind, amount, fee, status, charge_id) = match entry {
            Entry::Charge(index) => {
                charge_ids[index] = id.clone();
                let charge = &drafts.charges[index];
                let fee = money::card_fee(charge.amount).unwrap_or(0);
                (index, charge.created_at, TransactionType::Charge, charge.amount, fee, charge.status, None)
            }
            Entry::Movement(index) => {
                let movement = &drafts.movements[index];
                let charge_id = Some(charge_ids[movement.charge].clone());
                let status = TransactionStatus::Succeeded;
                (movement.charge, movement.created_at, movement.kind, movement.amount, movement.fee, status, charge_id)
            }
        };
        let draft = &drafts.charges[charge];
        // Money in waits out the deposit delay; money out counts from its own day.
        let delay = if amount > 0 { DEMO_SCHEDULE.delay_days } else { 0 };
        transactions.push(Transaction {
            id,
            created_at,
            available_on: schedule::available_on(created_at, delay),
            kind,
            amount,
            fee,
            net: money::net(amount, fee).unwrap_or(amount),
            currency: draft.currency.to_owned(),
            customer_name: draft.customer_name.clone(),
            order_number: order_numbers[charge],
            status,
            payment_method: draft.payment_method.clone(),
            charge_id,
            deposit_id: None,
        });
    }

    let deposits = make_deposits(&mut transactions, options.now, &ids, &mut random);
    drafts.disputes.sort_by_key(|dispute| dispute.created_at);
    let disputes = drafts
        .disputes
        .iter()
        .enumerate()
        .map(|(position, dispute)| {
            let charge = &drafts.charges[dispute.charge];
            Dispute {
                id: ids.make("dp_", position as u64),
                transaction_id: charge_ids[dispute.charge].clone(),
                created_at: dispute.created_at,
                amount: charge.amount,
                currency: charge.currency.to_owned(),
                reason: dispute.reason,
                status: dispute.status,
                respond_by: dispute.respond_by,
                customer_name: charge.customer_name.clone(),
                order_number: order_numbers[dispute.charge],
            }
        })
        .collect();
    DemoLedger { schedule: DEMO_SCHEDULE, transactions, deposits, disputes }
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use panel_protocol::{CalendarDate, DepositStatus, DisputeStatus};

    use super::*;
    use crate::ledger::money::DISPUTE_FEE;
    use crate::ledger::seed::drafts::{DAY, FORCED_DISPUTES};

    const NOW: i64 = 1_717_243_200; // 2024-06-01 12:00 UTC
    const ACCOUNT: &str = "acct_1Nv0FGQ9RKHgCVdK";

    fn ledger(transactions: u32, seed: u64) -> DemoLedger {
        generate(&DemoOptions { transactions, seed, now: NOW }, ACCOUNT)
    }

    #[test]
    fn the_same_options_give_the_same_ledger_and_another_seed_another() {
        assert_eq!(ledger(300, 1), ledger(300, 1));
        assert_ne!(ledger(300, 1).transactions, ledger(300, 2).transactions);
        let other_account = generate(&DemoOptions { transactions: 300, seed: 1, now: NOW }, "acct_0000000000000000");
        assert_ne!(ledger(300, 1).transactions[0].id, other_account.transactions[0].id, "ids are salted by account");
    }

    #[test]
    fn the_ledger_has_exactly_the_transactions_asked_for_over_ninety_days() {
        for count in [1, 19, 20, 300, 2_000] {
            let demo = ledger(count, 7);
            assert_eq!(demo.transactions.len(), count as usize);
            assert!(demo.transactions.iter().all(|row| (NOW - 91 * DAY..NOW).contains(&row.created_at)));
            assert!(demo.transactions.windows(2).all(|pair| pair[0].created_at <= pair[1].created_at), "oldest first");
        }
        let currencies: HashSet<_> = ledger(300, 1).transactions.iter().map(|row| row.currency.clone()).collect();
        assert_eq!(currencies, HashSet::from(["USD".to_owned(), "EUR".to_owned(), "GBP".to_owned()]));
    }

    #[test]
    fn ids_are_unique_and_stripe_like() {
        let demo = ledger(10_000, 3);
        let ids: HashSet<_> = demo.transactions.iter().map(|row| row.id.as_str()).collect();
        assert_eq!(ids.len(), demo.transactions.len());
        assert!(demo.transactions.iter().all(|row| row.id.len() == 26 && row.id.starts_with("txn_")));
        assert!(demo.deposits.iter().all(|deposit| deposit.id.starts_with("po_")));
        assert!(demo.disputes.iter().all(|dispute| dispute.id.starts_with("dp_")));
        assert_eq!(demo.deposits.iter().map(|deposit| &deposit.id).collect::<HashSet<_>>().len(), demo.deposits.len());
    }

    #[test]
    fn fees_and_nets_follow_the_rules() {
        let demo = ledger(2_000, 5);
        let by_id: HashMap<_, _> = demo.transactions.iter().map(|row| (row.id.as_str(), row)).collect();
        for row in &demo.transactions {
            assert_eq!(row.net, row.amount - row.fee, "{row:?}");
            match row.kind {
                TransactionType::Charge => {
                    assert!(row.amount >= 1_500 && row.charge_id.is_none());
                    assert_eq!(Some(row.fee), money::card_fee(row.amount));
                }
                TransactionType::Refund => assert!(row.amount < 0 && row.fee == 0),
                TransactionType::Dispute => assert_eq!(row.fee, DISPUTE_FEE),
                TransactionType::DisputeReversal => assert_eq!(row.fee, -DISPUTE_FEE),
            }
            if let Some(charge_id) = &row.charge_id {
                let charge = by_id[charge_id.as_str()];
                assert!(charge.created_at <= row.created_at && charge.order_number == row.order_number);
                assert!(row.amount.abs() <= charge.amount);
                assert_ne!(charge.status, TransactionStatus::Succeeded, "a refunded or disputed charge says so");
            }
        }
        let kinds: HashSet<_> = demo.transactions.iter().map(|row| row.kind).collect();
        assert_eq!(kinds.len(), TransactionType::ALL.len(), "every kind occurs in a big ledger: {kinds:?}");
    }

    #[test]
    fn deposits_pay_out_exactly_the_nets_of_their_transactions() {
        let demo = ledger(1_000, 11);
        let today = CalendarDate::from_unix_seconds(NOW);
        for deposit in &demo.deposits {
            let rows: Vec<_> =
                demo.transactions.iter().filter(|row| row.deposit_id.as_ref() == Some(&deposit.id)).collect();
            assert_eq!(rows.len() as u64, deposit.transaction_count);
            if deposit.status == DepositStatus::Failed {
                assert!(rows.is_empty());
                continue;
            }
            assert!(deposit.amount > 0);
            assert_eq!(deposit.amount, rows.iter().map(|row| row.net).sum::<i64>(), "{deposit:?}");
            assert!(rows.iter().all(|row| row.currency == deposit.currency && row.available_on < deposit.date));
            let arrival = CalendarDate::from_unix_seconds(deposit.date);
            match deposit.status {
                DepositStatus::Paid => assert!(arrival <= today),
                DepositStatus::Pending | DepositStatus::InTransit => assert!(arrival > today),
                DepositStatus::Failed => unreachable!(),
            }
        }
        // Nothing available before yesterday is left out of a deposit, unless it would be negative.
        let undeposited_old = demo
            .transactions
            .iter()
            .filter(|row| row.deposit_id.is_none() && row.available_on < today.add_days(-1).unix_seconds())
            .count();
        assert!(undeposited_old < 5, "{undeposited_old}");
        let statuses: HashSet<_> = demo.deposits.iter().map(|deposit| deposit.status).collect();
        assert!(statuses.contains(&DepositStatus::Paid) && statuses.contains(&DepositStatus::Pending), "{statuses:?}");
        assert!(statuses.contains(&DepositStatus::InTransit), "{statuses:?}");
    }

    #[test]
    fn some_disputes_await_a_response_before_a_future_deadline() {
        for seed in 1..20 {
            let demo = ledger(300, seed);
            let needing: Vec<_> =
                demo.disputes.iter().filter(|dispute| dispute.status == DisputeStatus::NeedsResponse).collect();
            assert!(needing.len() >= FORCED_DISPUTES, "seed {seed}");
            assert!(needing.iter().all(|dispute| dispute.respond_by > NOW));
        }
        for dispute in &ledger(2_000, 4).disputes {
            assert!(dispute.created_at < NOW && dispute.created_at < dispute.respond_by);
            if matches!(dispute.status, DisputeStatus::Won | DisputeStatus::Lost) {
                assert!(dispute.respond_by < NOW);
            }
        }
    }
}
