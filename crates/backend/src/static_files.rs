//! Serving the app's release bundle. Paths that are not files get `index.html`, so the app's
//! own routes (`/payments/deposits`, ...) survive a reload.

use std::path::Path;

use axum::http::{HeaderValue, header};
use axum::routing::MethodRouter;
use axum::routing::get_service;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// A service answering with files of `dist`, or its `index.html` for any other path.
pub fn service(dist: &Path) -> MethodRouter {
    let files = ServeDir::new(dist).fallback(ServeFile::new(dist.join("index.html")));
    // Trunk names assets by content hash, but index.html names the current ones: never cache it.
    get_service(files).layer(SetResponseHeaderLayer::if_not_present(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache"),
    ))
}
