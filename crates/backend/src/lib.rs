//! The reference backend of the WooPayments connection panel, as a library so tests can start
//! it on a loopback port. [`Backend::open`] opens (and migrates) the database,
//! [`Backend::serve`] answers HTTP until the process ends, and [`operator`] holds the commands
//! for what happens outside the admin (a restore from backup, support unlinking the account).
//!
//! Layers, each using only those below it: the SQLite database ([`database`], which knows
//! nothing of the world); the domain's world saved in it ([`saved_world`], one transaction per
//! change, with the [`event_log`]); the JSON API's handlers ([`api`], behind [`auth`]), the
//! simulated WordPress.com and Stripe pages ([`pages`], written with [`html`]) and the app's
//! bundle ([`static_files`]); and on top, every route assembled in one place ([`router`]).

mod actor;
mod api;
mod api_error;
mod api_extractors;
mod app_page;
mod app_state;
mod auth;
mod authorization_requests;
mod boot_frame;
mod business_profiles;
mod clock;
mod connection_checks;
mod database;
mod event_log;
mod express_login_links;
mod html;
mod last_connection_check;
mod ledger;
mod locale_choice;
mod migrations;
mod openapi;
mod openapi_answers;
mod openapi_links;
pub mod operator;
mod pages;
mod random;
mod request_limits;
mod router;
mod saved_world;
mod secret_file;
mod static_files;
mod stripe_event;
mod stripe_signature;
mod stripe_webhook_secret;
mod url;
mod wire_mapping;
mod wpcom_log_out;
mod wpcom_site_keys;

use std::fmt;
use std::io;
use std::path::PathBuf;

use axum::Router;
use tokio::net::TcpListener;

pub use app_state::AppState;
pub use auth::service::{
    ACTING_ADMIN_HEADER, ACTING_ADMIN_NAME_HEADER, KEY_FILE as SERVICE_KEY_FILE, SERVICE_KEY_HEADER, ServiceCaller,
};
pub use database::{Database, DatabaseError};
pub use ledger::{DemoOptions, DemoReport, SeedError, seed_demo};
pub use operator::OperatorError;
pub use request_limits::BODY_LIMIT;
pub use secret_file::SecretUnavailable;
pub use stripe_event::{
    StripeAccount, StripeEvent, StripeEventData, StripeRequirements, WebhookOutcome, WebhookReceipt,
};
pub use stripe_webhook_secret::SECRET_FILE as STRIPE_WEBHOOK_SECRET_FILE;

/// Where the backend keeps its data and finds the app it serves.
#[derive(Debug, Clone)]
pub struct BackendOptions {
    /// Directory of the SQLite database; created if missing.
    pub data_dir: PathBuf,
    /// Directory of the release bundle built by Trunk (`index.html` and its assets).
    pub dist: PathBuf,
}

/// Why the backend could not open its data directory.
#[derive(Debug)]
pub enum OpenError {
    /// The database could not be opened or migrated.
    Database(DatabaseError),
    /// The Stripe webhook's secret could not be read or made.
    WebhookSecret(SecretUnavailable),
    /// The host's service key could not be read or made.
    ServiceKey(SecretUnavailable),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Database(error) => write!(f, "cannot open the database: {error}"),
            Self::WebhookSecret(error) | Self::ServiceKey(error) => write!(f, "cannot read or make {error}"),
        }
    }
}

impl std::error::Error for OpenError {}

/// A backend with its database open, ready to serve.
#[derive(Clone)]
pub struct Backend {
    state: AppState,
}

impl Backend {
    /// File name of the database inside the data directory.
    pub const DATABASE_FILE: &str = Database::FILE_NAME;

    /// Creates the data directory if needed, opens the database in it and migrates it, and
    /// reads (or makes, at first start) the Stripe webhook's secret and the host's service key.
    pub fn open(options: &BackendOptions) -> Result<Self, OpenError> {
        let database = Database::open_in(&options.data_dir).map_err(OpenError::Database)?;
        let stripe_webhook_secret =
            stripe_webhook_secret::load_or_create(&options.data_dir).map_err(OpenError::WebhookSecret)?;
        let service_key = auth::service::load_or_create(&options.data_dir).map_err(OpenError::ServiceKey)?;
        Ok(Self { state: AppState { database, dist: options.dist.clone(), stripe_webhook_secret, service_key } })
    }

    /// The HTTP routes: the JSON API under `/api/v1/`, the simulated WordPress.com and Stripe
    /// pages, the login link, and the app for everything else.
    pub fn router(&self) -> Router {
        router::router(&self.state)
    }

    /// A new one-time login link under `base_url` (e.g. `http://127.0.0.1:8080`) for the site's
    /// first administrator: opening it signs the browser in as them.
    pub async fn login_link(&self, base_url: &str) -> Result<String, OperatorError> {
        Ok(auth::login::issue_link(&self.state.database, base_url, None).await?)
    }

    /// Serves HTTP on `listener` until the process ends.
    pub async fn serve(self, listener: TcpListener) -> io::Result<()> {
        axum::serve(listener, self.router()).await
    }
}
