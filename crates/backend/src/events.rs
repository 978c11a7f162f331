//! The connection event log: appending one event per change, and reading it a page at a time.

use connection_domain::World;
use panel_protocol::{ConnectionEvent, EventKind, EventPage};
use rusqlite::{Transaction, params};

use crate::database::DatabaseError;

/// Whose account an event's `from_login` and `to_login` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// The site's connection: the account it was and is connected as.
    Connection,
    /// This browser's WordPress.com session: who was and is logged in.
    Session,
    /// Neither: the event names no accounts.
    Nobody,
}

/// An event about to be logged: what the change was, in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EventDraft {
    /// What kind of change.
    pub kind: EventKind,
    /// One sentence saying what happened.
    pub summary: String,
    /// Whose accounts `from_login` and `to_login` name.
    pub subject: Subject,
}

impl EventDraft {
    /// An event about the site's connection.
    pub(crate) fn connection(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Connection }
    }

    /// An event about this browser's WordPress.com session.
    pub(crate) fn session(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Session }
    }

    /// An event that names no WordPress.com accounts.
    pub(crate) fn other(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Nobody }
    }
}

/// Appends `draft`, the change from `before` to `after` made at `at`, which produced `revision`.
pub(crate) fn append(
    transaction: &Transaction<'_>,
    draft: &EventDraft,
    (before, after): (&World, &World),
    at: i64,
    revision: u64,
) -> Result<(), DatabaseError> {
    let (from_login, to_login) = match draft.subject {
        Subject::Connection => (before.connection().login(), after.connection().login()),
        Subject::Session => (before.wpcom().session().login(), after.wpcom().session().login()),
        Subject::Nobody => (None, None),
    };
    transaction.execute(
        "INSERT INTO events (at, kind, summary, from_login, to_login, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![at, wire_name(draft.kind)?, draft.summary, from_login, to_login, revision],
    )?;
    Ok(())
}

/// Page `page` (from 1) of the log, `per_page` events to a page, newest first.
pub(crate) fn page(transaction: &Transaction<'_>, page: u32, per_page: u32) -> Result<EventPage, DatabaseError> {
    let total: u64 = transaction.query_row("SELECT COUNT(*) FROM events", [], |row| row.get(0))?;
    let offset = u64::from(page.saturating_sub(1)) * u64::from(per_page);
    let mut statement = transaction.prepare(
        "SELECT id, at, kind, summary, from_login, to_login, revision FROM events
         ORDER BY id DESC LIMIT ?1 OFFSET ?2",
    )?;
    let rows = statement.query_map(params![per_page, offset], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, Option<String>>(4)?,
            row.get::<_, Option<String>>(5)?,
            row.get::<_, u64>(6)?,
        ))
    })?;
    let mut events = Vec::new();
    for row in rows {
        let (id, at, kind, summary, from_login, to_login, revision) = row?;
        let kind = serde_json::from_value(serde_json::Value::String(kind))
            .map_err(|error| DatabaseError::Corrupt(format!("event {id} has an unknown kind: {error}")))?;
        events.push(ConnectionEvent { id, at, kind, summary, from_login, to_login, revision });
    }
    Ok(EventPage { events, page, per_page, total })
}

/// The kind's name on the wire (`jetpack_installed`), which is also how it is stored.
fn wire_name(kind: EventKind) -> Result<String, DatabaseError> {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => Ok(name),
        other => Err(DatabaseError::Corrupt(format!("event kind {kind:?} serialized as {other:?}"))),
    }
}
