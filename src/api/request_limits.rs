//! How long the panel waits for an answer and how large an answer it reads: past either, the
//! request is abandoned with an [`ApiError`](super::ApiError) the owner can act on, instead of
//! a screen that waits forever or a tab that runs out of memory.

/// The largest answer the panel reads. The biggest real one (a page of 100 transactions) is
/// well under 100 KB; anything near this is not an answer the panel can use.
pub const MAX_BODY_BYTES: u64 = 4 * 1024 * 1024;

/// The limits of one transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestLimits {
    /// How long to wait for the whole answer, in milliseconds.
    pub timeout_ms: u32,
    /// The largest body read, in bytes.
    pub max_body_bytes: u64,
}

impl RequestLimits {
    /// The time limit when the host page names none: long enough for a slow shared host.
    pub const DEFAULT_TIMEOUT_MS: u32 = 20_000;

    /// The limits with a time limit of `timeout_ms` (at least one second).
    pub fn with_timeout_ms(timeout_ms: u32) -> Self {
        Self { timeout_ms: timeout_ms.max(1_000), max_body_bytes: MAX_BODY_BYTES }
    }

    /// The time limit in whole seconds, as the owner reads it.
    pub fn timeout_seconds(&self) -> u32 {
        self.timeout_ms.div_ceil(1_000)
    }

    /// The announced size, when a `Content-Length` header announces more than the limit.
    pub fn announced_too_large(&self, content_length: Option<&str>) -> Option<u64> {
        let bytes = content_length?.trim().parse::<u64>().ok()?;
        (bytes > self.max_body_bytes).then_some(bytes)
    }

    /// The received size, when a body is larger than the limit.
    pub fn received_too_large(&self, body: &str) -> Option<u64> {
        let bytes = body.len() as u64;
        (bytes > self.max_body_bytes).then_some(bytes)
    }
}

impl Default for RequestLimits {
    fn default() -> Self {
        Self::with_timeout_ms(Self::DEFAULT_TIMEOUT_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_announced_or_received_body_is_refused_and_a_normal_one_is_not() {
        let limits = RequestLimits::default();
        assert_eq!(limits.announced_too_large(Some("20971520")), Some(20_971_520));
        assert_eq!(limits.announced_too_large(Some("2048")), None);
        assert_eq!(limits.announced_too_large(Some("not a number")), None);
        assert_eq!(limits.announced_too_large(None), None);
        assert_eq!(limits.received_too_large("{}"), None);
        assert_eq!(limits.received_too_large(&"x".repeat(MAX_BODY_BYTES as usize + 1)), Some(MAX_BODY_BYTES + 1));
    }

    #[test]
    fn the_time_limit_is_at_least_a_second_and_read_in_whole_seconds() {
        assert_eq!(RequestLimits::with_timeout_ms(10).timeout_ms, 1_000);
        assert_eq!(RequestLimits::with_timeout_ms(2_500).timeout_seconds(), 3);
        assert_eq!(RequestLimits::default().timeout_seconds(), 20);
    }
}
