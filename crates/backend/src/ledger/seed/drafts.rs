//! The first draw of the demo ledger: charges over the window, and the refunds and disputes
//! that followed some of them, before ids, order numbers and deposits.

use panel_protocol::{CardBrand, DisputeReason, DisputeStatus, PaymentMethod, TransactionStatus, TransactionType};

use super::DemoOptions;
use crate::ledger::money::{self, DISPUTE_FEE};
use crate::ledger::prng::SplitMix64;

/// Seconds in a day.
pub(super) const DAY: i64 = 86_400;
/// How far back the demo ledger goes.
pub(super) const WINDOW_DAYS: i64 = 90;
/// The currencies charged in, with their weights.
pub(super) const CURRENCIES: &[(&str, u64)] = &[("USD", 60), ("EUR", 25), ("GBP", 15)];
/// The card brands paid with, with their weights.
const BRANDS: &[(CardBrand, u64)] =
    &[(CardBrand::Visa, 50), (CardBrand::Mastercard, 30), (CardBrand::Amex, 12), (CardBrand::Discover, 8)];
/// Why customers dispute, with the weights.
const REASONS: &[(DisputeReason, u64)] = &[
    (DisputeReason::Fraudulent, 35),
    (DisputeReason::ProductNotReceived, 25),
    (DisputeReason::ProductUnacceptable, 15),
    (DisputeReason::Duplicate, 8),
    (DisputeReason::SubscriptionCanceled, 7),
    (DisputeReason::CreditNotProcessed, 5),
    (DisputeReason::General, 5),
];
/// The customers' first names.
const FIRST_NAMES: &[&str] = &[
    "Ada", "Bruno", "Chloé", "Daniel", "Emma", "Farah", "Gabriel", "Hannah", "Iris", "Jonas", "Keiko", "Liam", "Maya",
    "Noah", "Olivia", "Pedro", "Quinn", "Rosa", "Sofia", "Tom", "Uma", "Victor", "Wen", "Zoe",
];
/// The customers' last names.
const LAST_NAMES: &[&str] = &[
    "Andersen", "Baker", "Costa", "Dubois", "Evans", "Fischer", "García", "Hughes", "Ito", "Jensen", "Kowalski",
    "Lopez", "Müller", "Nguyen", "O'Brien", "Patel", "Rossi", "Schmidt", "Taylor", "Walsh", "Yilmaz",
];
/// Per mille of charges later refunded.
const REFUND_PER_MILLE: u64 = 60;
/// Per mille of the charges not refunded later disputed.
const DISPUTE_PER_MILLE: u64 = 25;
/// Disputes opened on recent charges whatever the draw, so the demo always has some awaiting a
/// response (when it has at least [`FORCED_DISPUTES_FROM`] transactions).
pub(super) const FORCED_DISPUTES: usize = 2;
const FORCED_DISPUTES_FROM: u32 = 20;

/// A card payment, as drawn.
pub(super) struct ChargeDraft {
    /// When it was paid, in seconds since the Unix epoch.
    pub(super) created_at: i64,
    /// How much, in minor units.
    pub(super) amount: i64,
    /// The currency code (`USD`, ...).
    pub(super) currency: &'static str,
    /// Who paid.
    pub(super) customer_name: String,
    /// The card paid with.
    pub(super) payment_method: PaymentMethod,
    /// Its status after what followed it (refunded, disputed).
    pub(super) status: TransactionStatus,
}

/// A refund, dispute or dispute reversal of a charge.
pub(super) struct MovementDraft {
    /// The index of the charge it follows.
    pub(super) charge: usize,
    /// When it happened.
    pub(super) created_at: i64,
    /// A refund, dispute or dispute reversal.
    pub(super) kind: TransactionType,
    /// How much, in minor units (negative: money out).
    pub(super) amount: i64,
    /// Its fee, in minor units.
    pub(super) fee: i64,
}

/// A dispute of a charge, as drawn.
pub(super) struct DisputeDraft {
    /// The index of the disputed charge.
    pub(super) charge: usize,
    /// When it was opened.
    pub(super) created_at: i64,
    /// Why the customer disputes.
    pub(super) reason: DisputeReason,
    /// Where it stands at the seeding time.
    pub(super) status: DisputeStatus,
    /// The deadline for the evidence.
    pub(super) respond_by: i64,
}

/// The drawn charges and what followed them, before ids and order numbers.
pub(super) struct Drafts {
    /// The card payments.
    pub(super) charges: Vec<ChargeDraft>,
    /// The refunds, disputes and reversals that followed them.
    pub(super) movements: Vec<MovementDraft>,
    /// The disputes.
    pub(super) disputes: Vec<DisputeDraft>,
}

impl Drafts {
    /// Draws the charges, refunds and disputes for `options`.
    pub(super) fn draw(options: &DemoOptions) -> Self {
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

    /// How many transactions the drafts make.
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
