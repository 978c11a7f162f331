//! What the page that hosts the panel tells it at mount time.

/// How the panel reaches its backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelConfig {
    /// The JSON API's root URL, without a trailing slash, e.g. `/api/v1` or
    /// `https://shop.example/wp-json/wcpay/v1`.
    pub api_root: String,
}

impl PanelConfig {
    /// The standalone page's API root: the backend that served the page.
    pub const DEFAULT_API_ROOT: &str = panel_protocol::API_PREFIX;

    /// A config for the API at `api_root`; a trailing slash is dropped.
    pub fn new(api_root: impl Into<String>) -> Self {
        let mut api_root = api_root.into();
        while api_root.ends_with('/') {
            api_root.pop();
        }
        Self { api_root }
    }
}

impl Default for PanelConfig {
    fn default() -> Self {
        Self::new(Self::DEFAULT_API_ROOT)
    }
}
