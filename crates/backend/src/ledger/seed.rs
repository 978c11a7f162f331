//! Demo data for the ledger (`panel-backend seed-demo`): realistic transactions over the last
//! 90 days in USD, EUR and GBP, the deposits the schedule made from them, and disputes, some
//! awaiting a response. Deterministic: the same seed, count and time give the same ledger.
//!
//! Seeding **replaces** the whole ledger of the site's WooPayments account (every transaction,
//! deposit, dispute and the deposit schedule); it touches nothing else. The ledger is a
//! snapshot as of the seeding time: deposits in transit stay so until it is seeded again.

use std::fmt;
use std::path::Path;

use panel_protocol::{
    CalendarDate, CardBrand, Deposit, DepositInterval, DepositSchedule, DepositStatus, Dispute, DisputeReason,
    DisputeStatus, PaymentMethod, Transaction, TransactionStatus, TransactionType,
};
use rusqlite::params;

use super::money::{self, DISPUTE_FEE};
use super::prng::{SplitMix64, mix};
use super::queries;
use super::schedule::{self, BANK_TRANSIT_DAYS};
use crate::clock;
use crate::database::{Database, DatabaseError};

/// What to seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// How many transactions to make, 1 to [`DemoOptions::MAX_TRANSACTIONS`].
    pub transactions: u32,
    /// The seed of the pseudo-random choices: the same seed gives the same ledger.
    pub seed: u64,
    /// The time the ledger ends at, in seconds since the Unix epoch (usually now).
    pub now: i64,
}

impl Default for DemoOptions {
    /// [`Self::DEFAULT_TRANSACTIONS`] with [`Self::DEFAULT_SEED`], ending now (reads the clock).
    fn default() -> Self {
        Self { transactions: Self::DEFAULT_TRANSACTIONS, seed: Self::DEFAULT_SEED, now: clock::now() }
    }
}

impl DemoOptions {
    /// Transactions made when the operator names no count.
    pub const DEFAULT_TRANSACTIONS: u32 = 300;
    /// The seed used when the operator names none.
    pub const DEFAULT_SEED: u64 = 1;
    /// The most transactions one seeding makes.
    pub const MAX_TRANSACTIONS: u32 = 1_000_000;
}

/// What a seeding wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// The Express account whose ledger was replaced.
    pub account_id: String,
    /// Transactions written.
    pub transactions: usize,
    /// Deposits written.
    pub deposits: usize,
    /// Disputes written.
    pub disputes: usize,
    /// Of those, disputes awaiting a response.
    pub needing_response: usize,
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Seeded the ledger of {}: {} transactions, {} deposits, {} disputes ({} needing a response).",
            self.account_id, self.transactions, self.deposits, self.disputes, self.needing_response
        )
    }
}

/// Why seeding wrote nothing.
#[derive(Debug)]
pub enum SeedError {
    /// The site has no WooPayments account yet, so there is no ledger to fill.
    NoAccount,
    /// The transaction count is outside 1 to [`DemoOptions::MAX_TRANSACTIONS`].
    BadCount(u32),
    /// The database failed.
    Database(DatabaseError),
}

impl From<DatabaseError> for SeedError {
    fn from(error: DatabaseError) -> Self {
        Self::Database(error)
    }
}

impl From<rusqlite::Error> for SeedError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Database(DatabaseError::from(error))
    }
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAccount => f.write_str(
                "the store has no WooPayments account yet, so there is no ledger to fill. Connect it first \
                 (in the panel: Payments > Finish setup, connect to WordPress.com, verify the business details \
                 with Stripe), then run seed-demo again.",
            ),
            Self::BadCount(count) => {
                write!(f, "--transactions must be from 1 to {}, not {count}.", DemoOptions::MAX_TRANSACTIONS)
            }
            Self::Database(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for SeedError {}

/// Replaces the ledger of the site's WooPayments account in the database of `data_dir` (which
/// is created and migrated if needed) with demo data, in one transaction.
pub async fn seed_demo(data_dir: &Path, options: &DemoOptions) -> Result<DemoReport, SeedError> {
    if !(1..=DemoOptions::MAX_TRANSACTIONS).contains(&options.transactions) {
        return Err(SeedError::BadCount(options.transactions));
    }
    let database = Database::open_in(data_dir)?;
    let options = options.clone();
    database
        .transact(move |transaction| {
            let account_id = queries::account_id(transaction)?.ok_or(SeedError::NoAccount)?;
            let ledger = generate(&options, &account_id);
            store(transaction, &account_id, &ledger)?;
            Ok(DemoReport {
                transactions: ledger.transactions.len(),
                deposits: ledger.deposits.len(),
                disputes: ledger.disputes.len(),
                needing_response: ledger
                    .disputes
                    .iter()
                    .filter(|dispute| dispute.status == DisputeStatus::NeedsResponse)
                    .count(),
                account_id,
            })
        })
        .await
}

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

const DAY: i64 = 86_400;
/// How far back the demo ledger goes.
const WINDOW_DAYS: i64 = 90;
/// Daily deposits of the funds available two days after each payment: WooPayments' usual.
const DEMO_SCHEDULE: DepositSchedule = DepositSchedule { interval: DepositInterval::Daily, delay_days: 2 };
const CURRENCIES: &[(&str, u64)] = &[("USD", 60), ("EUR", 25), ("GBP", 15)];
const BRANDS: &[(CardBrand, u64)] =
    &[(CardBrand::Visa, 50), (CardBrand::Mastercard, 30), (CardBrand::Amex, 12), (CardBrand::Discover, 8)];
const REASONS: &[(DisputeReason, u64)] = &[
    (DisputeReason::Fraudulent, 35),
    (DisputeReason::ProductNotReceived, 25),
    (DisputeReason::ProductUnacceptable, 15),
    (DisputeReason::Duplicate, 8),
    (DisputeReason::SubscriptionCanceled, 7),
    (DisputeReason::CreditNotProcessed, 5),
    (DisputeReason::General, 5),
];
const FIRST_NAMES: &[&str] = &[
    "Ada", "Bruno", "Chloé", "Daniel", "Emma", "Farah", "Gabriel", "Hannah", "Iris", "Jonas", "Keiko", "Liam", "Maya",
    "Noah", "Olivia", "Pedro", "Quinn", "Rosa", "Sofia", "Tom", "Uma", "Victor", "Wen", "Zoe",
];
const LAST_NAMES: &[&str] = &[
    "Andersen", "Baker", "Costa", "Dubois", "Evans", "Fischer", "García", "Hughes", "Ito", "Jensen", "Kowalski",
    "Lopez", "Müller", "Nguyen", "O'Brien", "Patel", "Rossi", "Schmidt", "Taylor", "Walsh", "Yilmaz",
];
/// Per mille of charges later refunded, and of the others later disputed.
const REFUND_PER_MILLE: u64 = 60;
const DISPUTE_PER_MILLE: u64 = 25;
/// Disputes opened on recent charges whatever the draw, so the demo always has some awaiting a
/// response (when it has at least [`FORCED_DISPUTES_FROM`] transactions).
const FORCED_DISPUTES: usize = 2;
const FORCED_DISPUTES_FROM: u32 = 20;

struct ChargeDraft {
    created_at: i64,
    amount: i64,
    currency: &'static str,
    customer_name: String,
    payment_method: PaymentMethod,
    status: TransactionStatus,
}

/// A refund, dispute or dispute reversal of a charge.
struct MovementDraft {
    charge: usize,
    created_at: i64,
    kind: TransactionType,
    amount: i64,
    fee: i64,
}

struct DisputeDraft {
    charge: usize,
    created_at: i64,
    reason: DisputeReason,
    status: DisputeStatus,
    respond_by: i64,
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

/// The drawn charges and what followed them, before ids and order numbers.
struct Drafts {
    charges: Vec<ChargeDraft>,
    movements: Vec<MovementDraft>,
    disputes: Vec<DisputeDraft>,
}

impl Drafts {
    fn draw(options: &DemoOptions) -> Self {
        let mut random = SplitMix64::new(options.seed);
        let now = options.now;
        let target = usize::try_from(options.transactions).unwrap_or(usize::MAX);
        let mut drafts = Self { charges: Vec::new(), movements: Vec::new(), disputes: Vec::new() };
        let mut forced = if options.transactions >= FORCED_DISPUTES_FROM { FORCED_DISPUTES } else { 0 };
        while drafts.rows() < target {
            let created_at = if forced > 0 {
                now - random.between(3 * DAY, 8 * DAY)
            } else {
                random.between(now - WINDOW_DAYS * DAY, now - 1)
            };
            let charge = drafts.charges.len();
            drafts.charges.push(ChargeDraft {
                created_at,
                amount: price(&mut random),
                currency: random.weighted(CURRENCIES).copied().unwrap_or("USD"),
                customer_name: format!(
                    "{} {}",
                    random.pick(FIRST_NAMES).copied().unwrap_or("Ada"),
                    random.pick(LAST_NAMES).copied().unwrap_or("Baker")
                ),
                payment_method: PaymentMethod {
                    brand: random.weighted(BRANDS).copied().unwrap_or(CardBrand::Visa),
                    last4: format!("{:04}", random.below(10_000)),
                },
                status: TransactionStatus::Succeeded,
            });
            if forced > 0 {
                forced -= 1;
                drafts.dispute(charge, true, now, target, &mut random);
            } else if random.chance(REFUND_PER_MILLE) {
                drafts.refund(charge, now, target, &mut random);
            } else if random.chance(DISPUTE_PER_MILLE) {
                drafts.dispute(charge, false, now, target, &mut random);
            }
        }
        drafts
    }

    fn rows(&self) -> usize {
        self.charges.len() + self.movements.len()
    }

    /// Refunds the charge in full or in part, a few days later, if that is in the past.
    fn refund(&mut self, charge: usize, now: i64, target: usize, random: &mut SplitMix64) {
        let draft = &self.charges[charge];
        let created_at = draft.created_at + random.between(DAY / 2, 14 * DAY);
        if created_at >= now || self.rows() >= target {
            return;
        }
        let full = random.chance(600);
        let percent = u8::try_from(random.between(10, 90)).unwrap_or(50);
        let refunded = if full { draft.amount } else { money::percent_of(draft.amount, percent).max(1) };
        self.charges[charge].status =
            if full { TransactionStatus::Refunded } else { TransactionStatus::PartiallyRefunded };
        self.movements.push(MovementDraft {
            charge,
            created_at,
            kind: TransactionType::Refund,
            amount: -refunded,
            fee: 0,
        });
    }

    /// Opens a dispute of the charge and plays it out up to `now`. A `recent` one is opened a day
    /// or two after the charge and still awaits a response.
    fn dispute(&mut self, charge: usize, recent: bool, now: i64, target: usize, random: &mut SplitMix64) {
        let draft = &self.charges[charge];
        let (amount, charged_at) = (draft.amount, draft.created_at);
        let created_at =
            charged_at + if recent { random.between(DAY, 2 * DAY) } else { random.between(2 * DAY, 30 * DAY) };
        if created_at >= now || self.rows() >= target {
            return;
        }
        let respond_by = created_at + random.between(if recent { 14 } else { 7 }, 21) * DAY;
        let reason = random.weighted(REASONS).copied().unwrap_or(DisputeReason::General);
        let decided_at = respond_by + random.between(3 * DAY, 30 * DAY);
        let mut status = if respond_by > now {
            if recent || random.chance(650) { DisputeStatus::NeedsResponse } else { DisputeStatus::UnderReview }
        } else if decided_at >= now {
            DisputeStatus::UnderReview
        } else {
            random
                .weighted(&[(DisputeStatus::Won, 40), (DisputeStatus::Lost, 40), (DisputeStatus::Accepted, 20)])
                .copied()
                .unwrap_or(DisputeStatus::Lost)
        };
        self.charges[charge].status = TransactionStatus::Disputed;
        self.movements.push(MovementDraft {
            charge,
            created_at,
            kind: TransactionType::Dispute,
            amount: -amount,
            fee: DISPUTE_FEE,
        });
        if status == DisputeStatus::Won {
            if self.rows() < target {
                self.movements.push(MovementDraft {
                    charge,
                    created_at: decided_at,
                    kind: TransactionType::DisputeReversal,
                    amount,
                    fee: -DISPUTE_FEE,
                });
            } else {
                // No room left for the money coming back: the bank decided the other way.
                status = DisputeStatus::Lost;
            }
        }
        self.disputes.push(DisputeDraft { charge, created_at, reason, status, respond_by });
    }
}

/// A price as shops set them, in minor units: mostly 15 to 90, some up to 300, a few up to 1,200,
/// ending in .00, .50, .95 or .99.
fn price(random: &mut SplitMix64) -> i64 {
    let (low, high) = *random.weighted(&[((15, 90), 70), ((90, 300), 25), ((300, 1_200), 5)]).unwrap_or(&(15, 90));
    let whole = random.between(low, high);
    let cents = random.pick(&[0, 50, 95, 99]).copied().unwrap_or(0);
    whole * 100 + cents
}

/// Makes the deposits the schedule made, every deposit day before today, from the funds
/// available by then in each currency (money out counts from its own day); marks each
/// transaction with its deposit. A deposit is made only of a positive sum. One older deposit
/// per currency may fail: its money waits for the next deposit.
fn make_deposits(transactions: &mut [Transaction], now: i64, ids: &IdMaker, random: &mut SplitMix64) -> Vec<Deposit> {
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

/// Stripe-like ids (`txn_`, `po_`, `dp_` and 22 letters or digits), unique per prefix: the
/// first 11 characters encode a bijection of the counter.
struct IdMaker {
    salt: u64,
}

impl IdMaker {
    fn make(&self, prefix: &str, counter: u64) -> String {
        let unique = mix(self.salt ^ counter);
        let filler = mix(unique ^ 0xA5A5_A5A5_A5A5_A5A5);
        format!("{prefix}{}{}", base62(unique), base62(filler))
    }
}

/// `value` in 11 base-62 digits (enough for every u64), most significant first.
fn base62(mut value: u64) -> String {
    const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut text = [b'0'; 11];
    for slot in text.iter_mut().rev() {
        *slot = DIGITS[(value % 62) as usize];
        value /= 62;
    }
    text.iter().map(|digit| char::from(*digit)).collect()
}

/// The 64-bit FNV-1a hash of `bytes`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01B3))
}

/// Writes `ledger` as the whole ledger of `account_id`, replacing what it had.
fn store(transaction: &rusqlite::Transaction<'_>, account_id: &str, ledger: &DemoLedger) -> Result<(), DatabaseError> {
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

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use super::*;

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

    #[test]
    fn ids_encode_their_counter_in_base62() {
        assert_eq!(base62(0), "00000000000");
        assert_eq!(base62(61), "0000000000z");
        assert_eq!(base62(u64::MAX), "LygHa16AHYF");
        let maker = IdMaker { salt: 9 };
        assert_ne!(maker.make("po_", 1), maker.make("po_", 2));
        assert_eq!(fnv1a(b""), 0xCBF2_9CE4_8422_2325);
    }
}
