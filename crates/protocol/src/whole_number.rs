//! Whole numbers in requests, read as JSON Schema reads `"type": "integer"`: any JSON number
//! without a fractional part, so `3` and `3.0` are the same revision (a client written from
//! the OpenAPI document may send either). The backend parses floats exactly (serde_json's
//! `float_roundtrip`), so a whole number written with `.0` keeps every digit.

use std::fmt;

use serde::de::{Deserializer, Error, Unexpected, Visitor};

/// Reads a `u64` from a JSON number with no fractional part (`7` or `7.0`); anything else
/// (`7.5`, `-1`, `"7"`) is an error naming what it got.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    deserializer.deserialize_any(WholeNumber)
}

/// 2^64, the first whole number past `u64::MAX`.
const TWO_TO_THE_64: f64 = 18_446_744_073_709_551_616.0;

/// Accepts the numbers that are whole and from 0.
struct WholeNumber;

impl Visitor<'_> for WholeNumber {
    type Value = u64;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a whole number from 0")
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<u64, E> {
        Ok(value)
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<u64, E> {
        u64::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
    }

    fn visit_f64<E: Error>(self, value: f64) -> Result<u64, E> {
        if value.fract() == 0.0 && (0.0..TWO_TO_THE_64).contains(&value) {
            // A whole f64 below 2^64 is a u64 exactly: the conversion loses nothing.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Ok(value as u64)
        } else {
            Err(E::invalid_value(Unexpected::Float(value), &self))
        }
    }
}

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
        assert_eq!(read(r#"{"value": 4018012355559942.0}"#), Ok(4_018_012_355_559_942), "parsed exactly");
        assert_eq!(read(r#"{"value": 1e17}"#), Ok(100_000_000_000_000_000));
        assert!(read(r#"{"value": 1e300}"#).is_err());
        assert!(read(r#"{"value": "7"}"#).is_err());
    }
}
