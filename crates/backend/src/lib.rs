//! The reference backend of the WooPayments connection panel, as a library so tests can start
//! it on a loopback port. [`Backend::open`] opens (and migrates) the database,
//! [`Backend::serve`] answers HTTP until the process ends, and [`operator`] holds the commands
//! for what happens outside the admin (a restore from backup, support unlinking the account).
//!
//! Layers: the domain's world in SQLite ([`saved_world`], one transaction per change, with the
//! event log), the JSON API under `/api/v1/` ([`api`], behind [`auth`]), the simulated
//! WordPress.com and Stripe pages ([`pages`]), and the app's bundle ([`static_files`]).

mod api;
mod api_error;
mod api_extractors;
mod app_page;
mod auth;
mod authorization_requests;
mod business_profiles;
mod clock;
mod database;
mod event_log;
mod express_login_links;
mod ledger;
mod migrations;
mod openapi;
pub mod operator;
mod pages;
mod random;
mod saved_world;
mod static_files;
mod url;
mod wire_mapping;

use std::io;
use std::path::PathBuf;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use tokio::net::TcpListener;

pub use database::{Database, DatabaseError};
pub use ledger::{DemoOptions, DemoReport, SeedError, seed_demo};
pub use operator::OperatorError;

/// The largest request body accepted, in bytes (64 KiB); larger ones get `413`.
pub const BODY_LIMIT: usize = 64 * 1024;

/// Where the backend keeps its data and finds the app it serves.
#[derive(Debug, Clone)]
pub struct BackendOptions {
    /// Directory of the SQLite database; created if missing.
    pub data_dir: PathBuf,
    /// Directory of the release bundle built by Trunk (`index.html` and its assets).
    pub dist: PathBuf,
}

/// What every handler can reach: the database, and the bundle's directory.
#[derive(Clone)]
pub struct AppState {
    /// The open database.
    pub database: Database,
    /// Directory of the release bundle built by Trunk.
    pub dist: PathBuf,
}

impl FromRef<AppState> for Database {
    fn from_ref(state: &AppState) -> Self {
        state.database.clone()
    }
}

/// A backend with its database open, ready to serve.
#[derive(Clone)]
pub struct Backend {
    state: AppState,
}

impl Backend {
    /// File name of the database inside the data directory.
    pub const DATABASE_FILE: &str = Database::FILE_NAME;

    /// Creates the data directory if needed, opens the database in it and migrates it.
    pub fn open(options: &BackendOptions) -> Result<Self, DatabaseError> {
        let database = Database::open_in(&options.data_dir)?;
        Ok(Self { state: AppState { database, dist: options.dist.clone() } })
    }

    /// The HTTP routes: the JSON API under `/api/v1/`, the simulated WordPress.com and Stripe
    /// pages, the login link, and the app for everything else.
    pub fn router(&self) -> Router {
        Router::new()
            .nest(panel_protocol::API_PREFIX, api::routes(&self.state))
            .merge(pages::routes())
            .route("/index.html", axum::routing::get(app_page::app_page))
            .fallback_service(static_files::service(&self.state.dist, self.state.clone()))
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .with_state(self.state.clone())
    }

    /// A new one-time login link under `base_url` (e.g. `http://127.0.0.1:8080`): opening it
    /// signs the browser in.
    pub async fn login_link(&self, base_url: &str) -> Result<String, OperatorError> {
        Ok(auth::login::issue_link(&self.state.database, base_url).await?)
    }

    /// Serves HTTP on `listener` until the process ends.
    pub async fn serve(self, listener: TcpListener) -> io::Result<()> {
        axum::serve(listener, self.router()).await
    }
}
