//! A small seeded pseudo-random generator (SplitMix64) for the demo ledger: the same seed gives
//! the same numbers on every machine, with no dependency. Not for secrets (see `random.rs`).

/// SplitMix64: a 64-bit state advanced by a fixed odd constant, each output mixed.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub(crate) fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.state)
    }

    /// A number in `0..bound`, evenly spread (`0` when `bound` is 0).
    pub(crate) fn below(&mut self, bound: u64) -> u64 {
        // The high half of a 128-bit product: bias under 2^-64 * bound, far below what matters.
        let wide = u128::from(self.next_u64()) * u128::from(bound);
        u64::try_from(wide >> 64).unwrap_or(0)
    }

    /// A number in `low..=high` (`low` if the range is empty).
    pub(crate) fn between(&mut self, low: i64, high: i64) -> i64 {
        if high <= low {
            return low;
        }
        let span = high.abs_diff(low).saturating_add(1);
        low.saturating_add_unsigned(self.below(span))
    }

    /// `true` with probability `per_mille` / 1000.
    pub(crate) fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    /// One of `choices`, each as likely as its weight; `None` if there are none (or all weigh 0).
    pub(crate) fn weighted<'a, T>(&mut self, choices: &'a [(T, u64)]) -> Option<&'a T> {
        let sum: u64 = choices.iter().map(|(_, weight)| weight).sum();
        let mut ticket = self.below(sum);
        for (choice, weight) in choices {
            if ticket < *weight {
                return Some(choice);
            }
            ticket -= weight;
        }
        None
    }

    /// One of `choices`, all equally likely; `None` if there are none.
    pub(crate) fn pick<'a, T>(&mut self, choices: &'a [T]) -> Option<&'a T> {
        let index = usize::try_from(self.below(choices.len() as u64)).ok()?;
        choices.get(index)
    }
}

/// SplitMix64's output function: a bijection on `u64` that spreads every input bit.
pub(crate) fn mix(value: u64) -> u64 {
    let mut z = value;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_splitmix64() {
        // SplitMix64 seeded with 1234567, as the reference C code (Vigna, 2015) gives it.
        let mut generator = SplitMix64::new(1_234_567);
        assert_eq!(generator.next_u64(), 6_457_827_717_110_365_317);
        assert_eq!(generator.next_u64(), 3_203_168_211_198_807_973);
    }

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let draw = |seed| {
            let mut generator = SplitMix64::new(seed);
            (0..100).map(|_| generator.between(-5, 5)).collect::<Vec<_>>()
        };
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
        assert!(draw(7).iter().all(|value| (-5..=5).contains(value)));
        assert!((-5..=5).all(|value| draw(7).contains(&value)), "every value comes up");
    }

    #[test]
    fn ranges_and_choices_stay_in_bounds() {
        let mut generator = SplitMix64::new(42);
        assert_eq!(generator.below(0), 0);
        assert_eq!(generator.between(3, 3), 3);
        assert_eq!(generator.between(3, 1), 3);
        for _ in 0..1_000 {
            // The widest range does not overflow.
            let _ = generator.between(i64::MIN, i64::MAX);
        }
        assert_eq!(generator.pick::<u8>(&[]), None);
        assert_eq!(generator.weighted(&[("never", 0), ("always", 5)]), Some(&"always"));
        assert_eq!(generator.weighted::<u8>(&[]), None);
        let heads = (0..10_000).filter(|_| generator.chance(500)).count();
        assert!((4_500..5_500).contains(&heads), "{heads}");
        assert!((0..1000).all(|_| !generator.chance(0)) && (0..1000).all(|_| generator.chance(1000)));
    }

    #[test]
    fn mix_is_one_to_one_on_a_sample() {
        let outputs: std::collections::HashSet<u64> = (0..10_000).map(mix).collect();
        assert_eq!(outputs.len(), 10_000);
    }
}
