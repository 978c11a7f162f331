//! The SQLite database: opening, migrating, and reading the state the panel shows.

use std::fmt;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use panel_protocol::{AccountSummary, Connection, Site, StatusSnapshot, VerificationStatus, WpcomUser};
use rusqlite::{OptionalExtension, Row};

use crate::migrations::MIGRATIONS;

/// A failure to open or use the database.
#[derive(Debug)]
pub enum DatabaseError {
    /// The data directory could not be created.
    DataDir(std::io::Error),
    /// SQLite reported an error.
    Sqlite(rusqlite::Error),
    /// A stored value is not one the schema allows (the file was edited by hand?).
    Corrupt(String),
    /// The blocking task running the query panicked or was cancelled.
    Task(String),
}

impl fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DataDir(error) => write!(f, "cannot create the data directory: {error}"),
            Self::Sqlite(error) => write!(f, "database error: {error}"),
            Self::Corrupt(what) => write!(f, "the database holds an invalid value: {what}"),
            Self::Task(what) => write!(f, "database task failed: {what}"),
        }
    }
}

impl std::error::Error for DatabaseError {}

impl From<rusqlite::Error> for DatabaseError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Sqlite(error)
    }
}

/// A handle on the open database, cheap to clone and share between requests.
#[derive(Clone)]
pub struct Database {
    connection: Arc<Mutex<rusqlite::Connection>>,
}

impl Database {
    /// Opens the database file (creating it if needed) and runs the migrations it lacks.
    pub fn open(path: &Path) -> Result<Self, DatabaseError> {
        let mut connection = rusqlite::Connection::open(path)?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", true)?;
        migrate(&mut connection)?;
        Ok(Self { connection: Arc::new(Mutex::new(connection)) })
    }

    /// Reads everything the panel shows, as one consistent snapshot.
    pub async fn status(&self) -> Result<StatusSnapshot, DatabaseError> {
        self.read(read_status).await
    }

    /// Runs `query` on a blocking thread, inside one read transaction.
    pub(crate) async fn read<T, Q>(&self, query: Q) -> Result<T, DatabaseError>
    where
        T: Send + 'static,
        Q: FnOnce(&rusqlite::Transaction<'_>) -> Result<T, DatabaseError> + Send + 'static,
    {
        let connection = Arc::clone(&self.connection);
        tokio::task::spawn_blocking(move || {
            let mut connection = connection.lock().unwrap_or_else(PoisonError::into_inner);
            let transaction = connection.transaction()?;
            query(&transaction)
        })
        .await
        .map_err(|error| DatabaseError::Task(error.to_string()))?
    }
}

/// Runs, each in its own transaction, the migrations the database has not seen yet.
fn migrate(connection: &mut rusqlite::Connection) -> Result<(), DatabaseError> {
    let applied: usize = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let transaction = connection.transaction()?;
        transaction.execute_batch(sql)?;
        transaction.pragma_update(None, "user_version", index + 1)?;
        transaction.commit()?;
    }
    Ok(())
}

fn read_status(transaction: &rusqlite::Transaction<'_>) -> Result<StatusSnapshot, DatabaseError> {
    let (revision, site) = transaction.query_row("SELECT revision, name, url FROM site WHERE id = 1", [], |row| {
        Ok((row.get::<_, u64>(0)?, Site { name: row.get(1)?, url: row.get(2)? }))
    })?;
    let connection = transaction
        .query_row(
            "SELECT state, user_login, user_display_name, connected_at FROM wpcom_connection WHERE site_id = 1",
            [],
            connection_from_row,
        )
        .optional()?
        .transpose()?
        .unwrap_or(Connection::NotConnected);
    let account = transaction
        .query_row("SELECT account_id, verification FROM express_account WHERE site_id = 1", [], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })
        .optional()?
        .map(|(id, verification)| Ok::<_, DatabaseError>(AccountSummary { id, verification: parse_verification(&verification)? }))
        .transpose()?;
    Ok(StatusSnapshot { revision, site, connection, account })
}

fn connection_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Connection, DatabaseError>> {
    let state: String = row.get(0)?;
    let user = WpcomUser { login: row.get(1)?, display_name: row.get(2)? };
    let since: i64 = row.get(3)?;
    Ok(match state.as_str() {
        "connected" => Ok(Connection::Connected { user, since }),
        "broken" => Ok(Connection::Broken { user }),
        other => Err(DatabaseError::Corrupt(format!("connection state {other:?}"))),
    })
}

/// Reads a verification status stored under its wire name (`pending_verification`, ...).
fn parse_verification(stored: &str) -> Result<VerificationStatus, DatabaseError> {
    serde_json::from_value(serde_json::Value::String(stored.to_owned()))
        .map_err(|_| DatabaseError::Corrupt(format!("verification status {stored:?}")))
}
