//! Which of two snapshots to keep: answers can arrive out of order (a refresh racing an
//! action, another tab), and an older one must never overwrite a newer one.

use panel_protocol::StatusSnapshot;

/// Whether `incoming` is at least as new as what the store holds.
pub fn is_fresh(held: Option<&StatusSnapshot>, incoming: &StatusSnapshot) -> bool {
    held.is_none_or(|held| incoming.revision >= held.revision)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::snapshot_at;

    #[test]
    fn a_newer_or_equal_revision_replaces_and_an_older_one_does_not() {
        assert!(is_fresh(None, &snapshot_at(1)));
        assert!(is_fresh(Some(&snapshot_at(4)), &snapshot_at(5)));
        assert!(is_fresh(Some(&snapshot_at(4)), &snapshot_at(4)));
        assert!(!is_fresh(Some(&snapshot_at(4)), &snapshot_at(3)));
    }
}
