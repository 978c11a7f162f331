//! What every handler can reach: the open database, the app bundle's directory and the Stripe
//! webhook's secret and the host's service key.

use std::path::PathBuf;

use axum::extract::FromRef;

use crate::auth::service::ServiceKey;
use crate::database::Database;
use crate::stripe_webhook_secret::WebhookSecret;

/// What every handler can reach: the database, the bundle's directory, the webhook's secret.
#[derive(Clone)]
pub struct AppState {
    /// The open database.
    pub database: Database,
    /// Directory of the release bundle built by Trunk.
    pub dist: PathBuf,
    /// The secret Stripe's webhook events are signed with.
    pub stripe_webhook_secret: WebhookSecret,
    /// The secret the host's plugin forwards calls with.
    pub service_key: ServiceKey,
}

impl FromRef<AppState> for ServiceKey {
    fn from_ref(state: &AppState) -> Self {
        state.service_key.clone()
    }
}

impl FromRef<AppState> for Database {
    fn from_ref(state: &AppState) -> Self {
        state.database.clone()
    }
}
