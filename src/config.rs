//! What the page that hosts the panel tells it at mount time.

/// How the panel reaches its backend and where its screens live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelConfig {
    /// The JSON API's root URL, without a trailing slash, e.g. `/api/v1`.
    pub api_root: String,
    /// The request nonce every action must carry (the host page's, or the one the backend
    /// put into the standalone page).
    pub nonce: Option<String>,
    /// The path under which the panel's screens live, without a trailing slash (`""` for the
    /// site root, `/wp-admin/payments` when embedded there).
    pub route_base: String,
    /// How long to wait for an answer before giving up, in milliseconds (the API client's
    /// default, 20 s, when `None`).
    pub request_timeout_ms: Option<u32>,
}

impl PanelConfig {
    /// The standalone page's API root: the backend that served the page.
    pub const DEFAULT_API_ROOT: &str = panel_protocol::API_PREFIX;

    /// A config for the API at `api_root`, with screens at the site root and no nonce.
    pub fn new(api_root: impl Into<String>) -> Self {
        Self {
            api_root: without_trailing_slash(api_root.into()),
            nonce: None,
            route_base: String::new(),
            request_timeout_ms: None,
        }
    }

    /// The same config, sending `nonce` with every action; an empty nonce counts as none.
    pub fn with_nonce(mut self, nonce: Option<String>) -> Self {
        self.nonce = nonce.filter(|nonce| !nonce.is_empty());
        self
    }

    /// The same config, giving up on a request after `timeout_ms` (the default when `None`).
    pub fn with_request_timeout_ms(mut self, timeout_ms: Option<u32>) -> Self {
        self.request_timeout_ms = timeout_ms;
        self
    }

    /// The same config, with the panel's screens under `route_base`.
    pub fn with_route_base(mut self, route_base: impl Into<String>) -> Self {
        self.route_base = without_trailing_slash(route_base.into());
        self
    }
}

impl Default for PanelConfig {
    fn default() -> Self {
        Self::new(Self::DEFAULT_API_ROOT)
    }
}

fn without_trailing_slash(mut path: String) -> String {
    while path.ends_with('/') {
        path.pop();
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_slashes_are_dropped_and_empty_nonces_ignored() {
        let config =
            PanelConfig::new("/api/v1//").with_route_base("/wp-admin/payments/").with_nonce(Some(String::new()));
        assert_eq!(config.api_root, "/api/v1");
        assert_eq!(config.route_base, "/wp-admin/payments");
        assert_eq!(config.nonce, None);
        assert_eq!(PanelConfig::default().with_nonce(Some("n1".into())).nonce.as_deref(), Some("n1"));
    }
}
