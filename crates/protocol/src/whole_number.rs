//! Whole numbers in requests, read as JSON Schema reads `"type": "integer"`: any JSON number
//! without a fractional part, so `3` and `3.0` are the same revision (a client written from
//! the OpenAPI document may send either).

use serde::Deserialize;
use serde::de::{Deserializer, Error, Unexpected};

/// A JSON number, as it came.
#[derive(Deserialize)]
#[serde(untagged)]
enum Number {
    Unsigned(u64),
    Float(f64),
}

/// Reads a `u64` from a JSON number with no fractional part (`7` or `7.0`); anything else
/// (`7.5`, `-1`, `"7"`) is an error naming what it got.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    match Number::deserialize(deserializer) {
        Ok(Number::Unsigned(value)) => Ok(value),
        Ok(Number::Float(value)) if value.fract() == 0.0 && (0.0..=MAX_EXACT).contains(&value) => {
            // Whole and within the range f64 holds exactly: the conversion is exact.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Ok(value as u64)
        }
        Ok(Number::Float(value)) => Err(D::Error::invalid_value(Unexpected::Float(value), &"a whole number from 0")),
        Err(_) => Err(D::Error::custom("expected a whole number from 0")),
    }
}

/// The largest whole number an `f64` holds exactly, 2^53.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Revision {
        #[serde(deserialize_with = "super::deserialize")]
        value: u64,
    }

    fn read(json: &str) -> Result<u64, String> {
        serde_json::from_str::<Revision>(json).map(|revision| revision.value).map_err(|error| error.to_string())
    }

    #[test]
    fn whole_numbers_are_read_with_or_without_a_fraction_of_zero() {
        assert_eq!(read(r#"{"value": 7}"#), Ok(7));
        assert_eq!(read(r#"{"value": 7.0}"#), Ok(7));
        assert_eq!(read(r#"{"value": 18446744073709551615}"#), Ok(u64::MAX));
        assert!(read(r#"{"value": 7.5}"#).is_err_and(|error| error.contains("a whole number from 0")));
        assert!(read(r#"{"value": -1}"#).is_err());
        assert!(read(r#"{"value": -1.0}"#).is_err());
        assert!(read(r#"{"value": 1e300}"#).is_err());
        assert!(read(r#"{"value": "7"}"#).is_err());
    }
}
