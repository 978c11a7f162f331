//! The reference backend of the WooPayments connection panel, as a library so tests can start
//! it on a loopback port. [`Backend::open`] opens (and migrates) the database,
//! [`Backend::serve`] answers HTTP until the process ends.

mod api;
mod api_error;
mod database;
mod migrations;
mod static_files;

use std::io;
use std::path::PathBuf;

use axum::Router;
use tokio::net::TcpListener;

pub use database::{Database, DatabaseError};

/// Where the backend keeps its data and finds the app it serves.
#[derive(Debug, Clone)]
pub struct BackendOptions {
    /// Directory of the SQLite database; created if missing.
    pub data_dir: PathBuf,
    /// Directory of the release bundle built by Trunk (`index.html` and its assets).
    pub dist: PathBuf,
}

/// A backend with its database open, ready to serve.
#[derive(Clone)]
pub struct Backend {
    database: Database,
    dist: PathBuf,
}

impl Backend {
    /// File name of the database inside the data directory.
    pub const DATABASE_FILE: &str = "panel.sqlite3";

    /// Creates the data directory if needed, opens the database in it and migrates it.
    pub fn open(options: &BackendOptions) -> Result<Self, DatabaseError> {
        std::fs::create_dir_all(&options.data_dir).map_err(DatabaseError::DataDir)?;
        let database = Database::open(&options.data_dir.join(Self::DATABASE_FILE))?;
        Ok(Self { database, dist: options.dist.clone() })
    }

    /// The HTTP routes: the JSON API under `/api/v1/`, the app for everything else.
    pub fn router(&self) -> Router {
        Router::new()
            .nest(panel_protocol::API_PREFIX, api::routes(self.database.clone()))
            .fallback_service(static_files::service(&self.dist))
    }

    /// Serves HTTP on `listener` until the process ends.
    pub async fn serve(self, listener: TcpListener) -> io::Result<()> {
        axum::serve(listener, self.router()).await
    }
}
