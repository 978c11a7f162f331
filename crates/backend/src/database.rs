//! The SQLite database: opening and migrating it, and running reads and writes, each in one
//! transaction on a blocking thread. It knows nothing of what the rows mean: the layer above
//! (the saved world) opens it with the rows every store holds (`Database::open`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Transaction, TransactionBehavior};

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

/// How long a write waits for another process's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Database {
    /// File name of the database inside the data directory.
    pub const FILE_NAME: &str = "panel.sqlite3";

    /// Opens the database file (creating it if needed), runs the migrations it lacks, then runs
    /// `prepare` in one IMMEDIATE transaction, committed if it succeeds: where the layer above
    /// writes the rows every database must hold.
    pub(crate) fn open_with<P>(path: &Path, prepare: P) -> Result<Self, DatabaseError>
    where
        P: FnOnce(&Transaction<'_>) -> Result<(), DatabaseError>,
    {
        let mut connection = rusqlite::Connection::open(path)?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", true)?;
        // Operator commands write to the same file while the server runs: wait for each other.
        connection.busy_timeout(BUSY_TIMEOUT)?;
        migrate(&mut connection)?;
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        prepare(&transaction)?;
        transaction.commit()?;
        Ok(Self { connection: Arc::new(Mutex::new(connection)) })
    }

    /// The database file of the data directory `data_dir`, which is created if missing.
    pub(crate) fn file_in(data_dir: &Path) -> Result<PathBuf, DatabaseError> {
        std::fs::create_dir_all(data_dir).map_err(DatabaseError::DataDir)?;
        Ok(data_dir.join(Self::FILE_NAME))
    }

    /// Runs `query` on a blocking thread, inside one read transaction.
    pub(crate) async fn read<T, Q>(&self, query: Q) -> Result<T, DatabaseError>
    where
        T: Send + 'static,
        Q: FnOnce(&Transaction<'_>) -> Result<T, DatabaseError> + Send + 'static,
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

    /// Runs `change` on a blocking thread inside one IMMEDIATE transaction (it holds the write
    /// lock from its start, so no other writer, in this process or another, interleaves), and
    /// commits it if `change` succeeds. On an error nothing is written.
    pub(crate) async fn write<T, Q>(&self, change: Q) -> Result<T, DatabaseError>
    where
        T: Send + 'static,
        Q: FnOnce(&Transaction<'_>) -> Result<T, DatabaseError> + Send + 'static,
    {
        self.transact(change).await
    }

    /// [`Self::write`] for a change that fails with its own error type `E`: the transaction is
    /// committed exactly when `change` returns `Ok`.
    pub(crate) async fn transact<T, E, Q>(&self, change: Q) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DatabaseError> + Send + 'static,
        Q: FnOnce(&Transaction<'_>) -> Result<T, E> + Send + 'static,
    {
        let connection = Arc::clone(&self.connection);
        tokio::task::spawn_blocking(move || {
            let mut connection = connection.lock().unwrap_or_else(PoisonError::into_inner);
            let transaction =
                connection.transaction_with_behavior(TransactionBehavior::Immediate).map_err(DatabaseError::from)?;
            let outcome = change(&transaction)?;
            transaction.commit().map_err(DatabaseError::from)?;
            Ok(outcome)
        })
        .await
        .map_err(|error| DatabaseError::Task(error.to_string()))?
    }
}

/// Runs, each in its own transaction, the migrations the database has not seen yet. Each
/// transaction reads the version itself, so two processes opening a new file at once agree.
fn migrate(connection: &mut rusqlite::Connection) -> Result<(), DatabaseError> {
    loop {
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let applied: usize = transaction.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let Some(sql) = MIGRATIONS.get(applied) else {
            return Ok(());
        };
        transaction.execute_batch(sql)?;
        transaction.pragma_update(None, "user_version", applied + 1)?;
        transaction.commit()?;
    }
}
