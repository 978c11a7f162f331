//! Random values from the operating system: secret tokens and new Stripe Express account ids.

use std::fmt;

use connection_domain::ExpressAccountId;

/// The operating system could not provide random bytes.
#[derive(Debug)]
pub struct RandomUnavailable(getrandom::Error);

impl fmt::Display for RandomUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the operating system's random source failed: {}", self.0)
    }
}

impl std::error::Error for RandomUnavailable {}

/// A secret token: 32 random bytes as 64 lowercase hex digits (safe in URLs, cookies, HTML).
pub(crate) fn token() -> Result<String, RandomUnavailable> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).map_err(RandomUnavailable)?;
    Ok(bytes.iter().map(|byte| format!("{byte:02x}")).collect())
}

/// A new Express account id, `acct_` and 16 random letters or digits, as Stripe makes them
/// (the domain checks it when it is parsed into an [`ExpressAccountId`]).
pub(crate) fn express_account_id() -> Result<String, RandomUnavailable> {
    const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut suffix = String::with_capacity(ExpressAccountId::SUFFIX_LEN);
    let mut bytes = [0_u8; 64];
    while suffix.len() < ExpressAccountId::SUFFIX_LEN {
        getrandom::fill(&mut bytes).map_err(RandomUnavailable)?;
        // 248 = 4 * 62: dropping larger bytes keeps every letter equally likely.
        for byte in bytes.iter().filter(|byte| **byte < 248).take(ExpressAccountId::SUFFIX_LEN - suffix.len()) {
            suffix.push(char::from(ALPHABET[usize::from(*byte) % ALPHABET.len()]));
        }
    }
    Ok(format!("{}{suffix}", ExpressAccountId::PREFIX))
}
