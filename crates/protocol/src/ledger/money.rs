//! Money on the wire: every amount is an integer count of the currency's **minor unit** (cents
//! for USD, pence for GBP, yen for JPY) next to an ISO 4217 code in upper case. Never a float.

/// How many digits after the decimal point the currency's minor unit has (2 for USD, 0 for
/// JPY, 3 for KWD), as Stripe counts them.
pub fn minor_unit_digits(currency: &str) -> u32 {
    const ZERO: &[&str] = &[
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    ];
    const THREE: &[&str] = &["BHD", "JOD", "KWD", "OMR", "TND"];
    let code = currency.to_ascii_uppercase();
    if ZERO.contains(&code.as_str()) {
        0
    } else if THREE.contains(&code.as_str()) {
        3
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::minor_unit_digits;

    #[test]
    fn minor_units_have_the_digits_stripe_counts() {
        assert_eq!(minor_unit_digits("USD"), 2);
        assert_eq!(minor_unit_digits("jpy"), 0);
        assert_eq!(minor_unit_digits("KWD"), 3);
    }
}
