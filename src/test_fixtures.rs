//! Snapshots for native unit tests, from the same JSON fixtures the browser tests use.

use panel_protocol::StatusSnapshot;

/// A connected store with a verified account (tests/fixtures/status_connected.json).
pub fn connected() -> StatusSnapshot {
    serde_json::from_str(include_str!("../tests/fixtures/status_connected.json")).expect("the fixture parses")
}

/// The connected fixture at another revision.
pub fn snapshot_at(revision: u64) -> StatusSnapshot {
    StatusSnapshot { revision, ..connected() }
}
