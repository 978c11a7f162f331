//! The database file checked from outside the backend: SQLite's own integrity check, the world
//! row (it parses and obeys the domain's rules) and the event log (exactly one event for each
//! revision after the first, in order).

use std::path::Path;

use connection_domain::World;
use panel_backend::Backend;

/// What a consistent database holds, read from the file.
#[derive(Debug)]
pub struct StoredState {
    /// The world row's revision.
    pub revision: u64,
    /// The world, parsed.
    pub world: World,
    /// The event log's kinds, in order: the event at index `i` made revision `i + 2`.
    pub event_kinds: Vec<String>,
    /// The disconnect surveys' comments, in order.
    pub survey_comments: Vec<String>,
}

/// Opens the database of `data_dir` (the server may be running on it) and checks it; panics
/// on the first inconsistency.
pub fn check_database(data_dir: &Path) -> StoredState {
    let database = rusqlite::Connection::open(data_dir.join(Backend::DATABASE_FILE)).expect("the database opens");
    let integrity: String = database.query_row("PRAGMA integrity_check", [], |row| row.get(0)).expect("integrity");
    assert_eq!(integrity, "ok", "PRAGMA integrity_check");
    let foreign: Vec<String> = database
        .prepare("PRAGMA foreign_key_check")
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .expect("foreign_key_check");
    assert!(foreign.is_empty(), "foreign key violations in {foreign:?}");

    let (revision, state): (u64, String) = database
        .query_row("SELECT revision, state FROM world WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("the world row");
    let world: World = serde_json::from_str(&state).expect("the stored world parses");
    world.check_invariants().unwrap_or_else(|broken| panic!("the stored world breaks the rules: {broken}"));

    let events: Vec<(u64, String)> = database
        .prepare("SELECT revision, kind FROM events ORDER BY id")
        .and_then(|mut statement| statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect())
        .expect("the events");
    let revisions: Vec<u64> = events.iter().map(|(revision, _)| *revision).collect();
    assert_eq!(revisions, (2..=revision).collect::<Vec<_>>(), "one event per revision, in order");
    let survey_comments = database
        .prepare("SELECT coalesce(comment, '') FROM disconnect_surveys ORDER BY id")
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .expect("the surveys");
    StoredState { revision, world, event_kinds: events.into_iter().map(|(_, kind)| kind).collect(), survey_comments }
}
