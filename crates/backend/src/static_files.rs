//! Serving the app's release bundle. Files of the bundle are served as they are; every other
//! path (`/`, the app's own routes like `/payments/deposits`) gets the app page, so routes
//! survive a reload.

use std::path::Path;

use axum::handler::Handler;
use axum::routing::{MethodRouter, get_service};
use tower_http::services::ServeDir;

use crate::AppState;
use crate::index_page;

/// A service answering with files of `dist`, or the app page for any other path.
pub(crate) fn service(dist: &Path, state: AppState) -> MethodRouter {
    let app_page = index_page::app_page.with_state(state);
    get_service(ServeDir::new(dist).append_index_html_on_directories(false).fallback(app_page))
}
