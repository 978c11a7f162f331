//! Money arithmetic of the ledger, in integer minor units: the fees WooPayments takes and
//! the sums deposits pay out. Every operation that could overflow is checked.

/// The card processing fee of a charge of `amount` minor units: 2.9% of the amount, rounded
/// half up to a whole minor unit, plus 30 minor units (30 cents on a dollar charge).
/// `None` for a negative amount (a charge is never negative).
pub(crate) fn card_fee(amount: i64) -> Option<i64> {
    if amount < 0 {
        return None;
    }
    let percentage = (i128::from(amount) * 29 + 500) / 1000;
    i64::try_from(percentage).ok()?.checked_add(30)
}

/// The fee for a dispute, in minor units of the disputed charge's currency (15.00), given back
/// when the dispute is won.
pub(crate) const DISPUTE_FEE: i64 = 1_500;

/// What a movement of `amount` with `fee` taken from it adds to the balance: `amount - fee`.
pub(crate) fn net(amount: i64, fee: i64) -> Option<i64> {
    amount.checked_sub(fee)
}

/// The sum of `amounts`, or `None` if it does not fit in an `i64`.
pub(crate) fn total(amounts: impl IntoIterator<Item = i64>) -> Option<i64> {
    amounts.into_iter().try_fold(0_i64, i64::checked_add)
}

/// `percent`% of `amount` (0 to 100), rounded down to a whole minor unit; for partial refunds.
pub(crate) fn percent_of(amount: i64, percent: u8) -> i64 {
    let share = i128::from(amount) * i128::from(percent.min(100)) / 100;
    // At most `amount` in magnitude, so it always fits.
    i64::try_from(share).unwrap_or(amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_fee_is_two_point_nine_percent_plus_thirty_rounded_half_up() {
        assert_eq!(card_fee(1_000), Some(59)); // $10.00: 29 + 30
        assert_eq!(card_fee(1_050), Some(60)); // 30.45 rounds down
        assert_eq!(card_fee(1_500), Some(74)); // 43.5 rounds up
        assert_eq!(card_fee(0), Some(30));
        assert_eq!(card_fee(-1), None);
        // 2.9% plus 30 always fits: even the largest amount's fee is computed without overflow.
        assert!(card_fee(i64::MAX).is_some_and(|fee| fee > 0 && fee < i64::MAX / 30));
    }

    #[test]
    fn net_and_totals_are_checked() {
        assert_eq!(net(10_000, 320), Some(9_680));
        assert_eq!(net(-5_000, DISPUTE_FEE), Some(-6_500));
        assert_eq!(net(5_000, -DISPUTE_FEE), Some(6_500));
        assert_eq!(net(i64::MIN, 1), None);
        assert_eq!(total([100, -30, 7]), Some(77));
        assert_eq!(total([]), Some(0));
        assert_eq!(total([i64::MAX, 1]), None);
    }

    #[test]
    fn percentages_round_down_and_stay_within_the_amount() {
        assert_eq!(percent_of(999, 50), 499);
        assert_eq!(percent_of(1_000, 100), 1_000);
        assert_eq!(percent_of(1_000, 250), 1_000);
        assert_eq!(percent_of(i64::MAX, 100), i64::MAX);
    }
}
