//! Stripe's webhook signature: the `Stripe-Signature` header, `t=<unix seconds>,v1=<hex>`,
//! where the hex is HMAC-SHA256 of `<t>.<raw body>` keyed with the webhook's secret. A
//! signature is accepted within [`TOLERANCE`] of the backend's clock, compared in constant time.

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How far a signature's time may be from the backend's clock, in seconds (5 minutes).
pub(crate) const TOLERANCE: i64 = 300;

/// Why a signature was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SignatureRefusal {
    /// The request has no `Stripe-Signature` header.
    Missing,
    /// The header is not `t=<unix seconds>,v1=<hex>`.
    Malformed,
    /// The signature's time is more than [`TOLERANCE`] from now.
    OutsideTolerance,
    /// No `v1` signature matches the body.
    Mismatch,
}

impl fmt::Display for SignatureRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Missing => "The request has no Stripe-Signature header.",
            Self::Malformed => "The Stripe-Signature header is not of the form t=<unix seconds>,v1=<hex signature>.",
            Self::OutsideTolerance => {
                "The Stripe-Signature header's time is more than 5 minutes from now: the event is refused as a replay."
            }
            Self::Mismatch => "The Stripe-Signature header does not match the body for this webhook's secret.",
        })
    }
}

/// The HMAC of `<timestamp>.<body>` keyed with `secret`, ready to be finished.
fn keyed(secret: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The `Stripe-Signature` header value for `body` signed with `secret` at `timestamp`.
pub(crate) fn header_value(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let signature = keyed(secret, timestamp, body).finalize().into_bytes();
    let hex: String = signature.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

/// Checks `header` (the `Stripe-Signature` value, if any) signs `body` with `secret`, within
/// [`TOLERANCE`] of `now`.
pub(crate) fn verify(header: Option<&str>, secret: &str, body: &[u8], now: i64) -> Result<(), SignatureRefusal> {
    let header = header.ok_or(SignatureRefusal::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for pair in header.split(',') {
        match pair.trim().split_once('=') {
            Some(("t", value)) => timestamp = Some(value.parse::<i64>().map_err(|_| SignatureRefusal::Malformed)?),
            Some(("v1", value)) => signatures.push(from_hex(value).ok_or(SignatureRefusal::Malformed)?),
            Some(_) => {}
            None => return Err(SignatureRefusal::Malformed),
        }
    }
    let timestamp = timestamp.ok_or(SignatureRefusal::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureRefusal::Malformed);
    }
    if now.abs_diff(timestamp) > TOLERANCE.unsigned_abs() {
        return Err(SignatureRefusal::OutsideTolerance);
    }
    let matches = signatures.iter().any(|signature| keyed(secret, timestamp, body).verify_slice(signature).is_ok());
    if matches { Ok(()) } else { Err(SignatureRefusal::Mismatch) }
}

/// The bytes of an even-length hex string, if it is one.
fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| text.get(at..at + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test";
    const BODY: &[u8] = br#"{"id":"evt_1"}"#;

    #[test]
    fn a_signature_it_made_is_accepted_within_the_tolerance_only() {
        let header = header_value(SECRET, 1_000, BODY);
        assert!(header.starts_with("t=1000,v1=") && header.len() == "t=1000,v1=".len() + 64, "{header}");
        assert_eq!(verify(Some(&header), SECRET, BODY, 1_000), Ok(()));
        assert_eq!(verify(Some(&header), SECRET, BODY, 1_300), Ok(()));
        assert_eq!(verify(Some(&header), SECRET, BODY, 1_301), Err(SignatureRefusal::OutsideTolerance));
        assert_eq!(verify(Some(&header), SECRET, BODY, 699), Err(SignatureRefusal::OutsideTolerance));
    }

    #[test]
    fn another_body_secret_or_shape_is_refused() {
        let header = header_value(SECRET, 1_000, BODY);
        assert_eq!(verify(Some(&header), SECRET, b"{}", 1_000), Err(SignatureRefusal::Mismatch));
        assert_eq!(verify(Some(&header), "whsec_other", BODY, 1_000), Err(SignatureRefusal::Mismatch));
        assert_eq!(verify(None, SECRET, BODY, 1_000), Err(SignatureRefusal::Missing));
        for bad in ["", "t=1000", "v1=00", "t=x,v1=00", "t=1000,v1=0g", "t=1000,v1=abc", "garbage"] {
            assert_eq!(verify(Some(bad), SECRET, BODY, 1_000), Err(SignatureRefusal::Malformed), "{bad:?}");
        }
        let with_another = format!("t=1000,v1={},{}", "00".repeat(32), &header["t=1000,".len()..]);
        assert_eq!(verify(Some(&with_another), SECRET, BODY, 1_000), Ok(()), "any v1 may match");
    }
}
