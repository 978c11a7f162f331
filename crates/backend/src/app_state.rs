//! What every handler can reach: the open database and the app bundle's directory.

use std::path::PathBuf;

use axum::extract::FromRef;

use crate::database::Database;

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
