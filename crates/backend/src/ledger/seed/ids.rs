//! Stripe-like ids for the demo ledger's rows.

use crate::ledger::prng::mix;

/// Stripe-like ids (`txn_`, `po_`, `dp_` and 22 letters or digits), unique per prefix: the
/// first 11 characters encode a bijection of the counter.
pub(super) struct IdMaker {
    /// What makes these ids differ from another ledger's.
    pub(super) salt: u64,
}

impl IdMaker {
    /// The id of the `counter`th item with `prefix`.
    pub(super) fn make(&self, prefix: &str, counter: u64) -> String {
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
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01B3))
}

#[cfg(test)]
mod tests {
    use super::*;

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
