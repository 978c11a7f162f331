//! The connection event log: appending one event per change, and reading it a page at a time.

use connection_domain::World;
use panel_protocol::{ConnectionEvent, EventKind, EventPage};
use rusqlite::{Transaction, params};

use crate::actor::Actor;
use crate::database::DatabaseError;

/// Whose account an event's `from_login` and `to_login` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// The site's connection: the account it was and is connected as.
    Connection,
    /// This browser's WordPress.com session: who was and is logged in.
    Session,
    /// A guided change as a whole: the account the site was connected as when it started, and
    /// the one it is connected as now.
    Change,
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
    /// The administrator who made the change, by name (`None` outside the panel).
    pub actor: Option<String>,
}

impl EventDraft {
    /// An event about the site's connection.
    pub(crate) fn connection(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Connection, actor: None }
    }

    /// An event about this browser's WordPress.com session.
    pub(crate) fn session(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Session, actor: None }
    }

    /// The one entry of a guided change, finished or cancelled.
    pub(crate) fn change(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Change, actor: None }
    }

    /// The same event, made by the administrator `actor`.
    pub(crate) fn by(mut self, actor: &Actor) -> Self {
        self.actor = Some(actor.display_name.clone());
        self
    }

    /// An event that names no WordPress.com accounts.
    pub(crate) fn other(kind: EventKind, summary: impl Into<String>) -> Self {
        Self { kind, summary: summary.into(), subject: Subject::Nobody, actor: None }
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
        Subject::Change => (before.change().map(|change| change.from_login()), after.connection().login()),
        Subject::Nobody => (None, None),
    };
    let change_id = after.change().or(before.change()).map(|change| change.id());
    transaction.execute(
        "INSERT INTO events (at, kind, summary, from_login, to_login, revision, change_id, actor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![at, wire_name(draft.kind)?, draft.summary, from_login, to_login, revision, change_id, draft.actor],
    )?;
    Ok(())
}

/// The kinds that close a guided change: its one entry in the log.
const CLOSING_KINDS: &str = "('change_finished', 'change_cancelled')";

/// The events listed on their own: those outside a guided change, the closing entry of each
/// closed change, and the steps of a change still in progress.
fn listed() -> String {
    format!(
        "(change_id IS NULL OR kind IN {CLOSING_KINDS} OR NOT EXISTS (
            SELECT 1 FROM events AS closing WHERE closing.change_id = events.change_id AND closing.kind IN {CLOSING_KINDS}))"
    )
}

/// Page `page` (from 1) of the log, `per_page` entries to a page, newest first. A finished or
/// cancelled guided change is one entry, holding its steps' events.
pub(crate) fn page(transaction: &Transaction<'_>, page: u32, per_page: u32) -> Result<EventPage, DatabaseError> {
    let listed = listed();
    let total: u64 =
        transaction.query_row(&format!("SELECT COUNT(*) FROM events WHERE {listed}"), [], |row| row.get(0))?;
    let offset = u64::from(page.saturating_sub(1)) * u64::from(per_page);
    let mut events =
        select(transaction, &format!("WHERE {listed} ORDER BY id DESC LIMIT ?1 OFFSET ?2"), params![per_page, offset])?;
    for event in &mut events {
        if let (Some(change_id), EventKind::ChangeFinished | EventKind::ChangeCancelled) = (event.change_id, event.kind)
        {
            event.steps = select(
                transaction,
                &format!("WHERE change_id = ?1 AND kind NOT IN {CLOSING_KINDS} ORDER BY id"),
                params![change_id],
            )?;
        }
    }
    Ok(EventPage { events, page, per_page, total })
}

/// The events `filter` (an SQL `WHERE ...` clause with its order and limits) selects.
fn select(
    transaction: &Transaction<'_>,
    filter: &str,
    parameters: impl rusqlite::Params,
) -> Result<Vec<ConnectionEvent>, DatabaseError> {
    let mut statement = transaction.prepare(&format!(
        "SELECT id, at, kind, summary, from_login, to_login, revision, change_id, actor FROM events {filter}"
    ))?;
    let rows = statement.query_map(parameters, |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, Option<String>>(4)?,
            row.get::<_, Option<String>>(5)?,
            row.get::<_, u64>(6)?,
            row.get::<_, Option<u64>>(7)?,
            row.get::<_, Option<String>>(8)?,
        ))
    })?;
    let mut events = Vec::new();
    for row in rows {
        let (id, at, kind, summary, from_login, to_login, revision, change_id, actor) = row?;
        let kind = serde_json::from_value(serde_json::Value::String(kind))
            .map_err(|error| DatabaseError::Corrupt(format!("event {id} has an unknown kind: {error}")))?;
        events.push(ConnectionEvent {
            id,
            at,
            kind,
            summary,
            from_login,
            to_login,
            revision,
            change_id,
            actor,
            steps: Vec::new(),
        });
    }
    Ok(events)
}

/// The kind's name on the wire (`jetpack_installed`), which is also how it is stored.
fn wire_name(kind: EventKind) -> Result<String, DatabaseError> {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => Ok(name),
        other => Err(DatabaseError::Corrupt(format!("event kind {kind:?} serialized as {other:?}"))),
    }
}
