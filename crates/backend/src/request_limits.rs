//! What one request may carry.

/// The largest request body accepted, in bytes (64 KiB); larger ones get `413`.
pub const BODY_LIMIT: usize = 64 * 1024;
