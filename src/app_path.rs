//! Paths of the panel's own screens. Embedded, the screens live under the route base the host
//! page gave (`/wp-admin/payments`, ...), and every in-app link must carry it.

use leptos::prelude::*;

/// The route base, provided in context by the app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteBase(pub String);

/// `path` (such as `/plugins` or `/transactions?page=2`) under the route base in context.
pub fn in_app(path: &str) -> String {
    let base = use_context::<RouteBase>().unwrap_or_default();
    format!("{}{path}", base.0)
}
