//! The browser comes back from WordPress.com's authorization page with `?connected=1` or
//! `?connect_error=<code>`; the store turns that into a notice and cleans the address.

use panel_protocol::{CONNECT_ERROR_PARAM, CONNECTED_PARAM};

use crate::strings;

/// What the return from WordPress.com said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthorizationReturn {
    /// Connected.
    Connected,
    /// Connecting failed; the backend's error code.
    Failed(String),
}

impl AuthorizationReturn {
    /// Reads a query string such as `?connected=1&x=y`; `None` when it is not a return.
    pub fn from_query(query: &str) -> Option<Self> {
        let pairs = query.trim_start_matches('?').split('&').filter_map(|pair| pair.split_once('='));
        let mut result = None;
        for (key, value) in pairs {
            if key == CONNECT_ERROR_PARAM {
                return Some(Self::Failed(value.to_owned()));
            }
            if key == CONNECTED_PARAM && value == "1" {
                result = Some(Self::Connected);
            }
        }
        result
    }

    /// The notice to show the owner.
    pub fn message(&self) -> String {
        match self {
            Self::Connected => strings::return_connected().to_owned(),
            Self::Failed(code) => strings::connect_failed(code),
        }
    }
}

/// `query` without the return parameters, for `history.replaceState`.
pub fn without_return_params(query: &str) -> String {
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split_once('=').map_or(*pair, |(key, _)| key);
            key != CONNECTED_PARAM && key != CONNECT_ERROR_PARAM
        })
        .collect();
    if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_return_parameters() {
        assert_eq!(AuthorizationReturn::from_query("?connected=1"), Some(AuthorizationReturn::Connected));
        assert_eq!(
            AuthorizationReturn::from_query("?page=x&connect_error=access_denied"),
            Some(AuthorizationReturn::Failed("access_denied".into()))
        );
        assert_eq!(AuthorizationReturn::from_query("?page=x"), None);
        assert_eq!(AuthorizationReturn::from_query(""), None);
    }

    #[test]
    fn a_denied_authorization_says_nothing_changed() {
        let message = AuthorizationReturn::Failed("access_denied".into()).message();
        assert!(message.contains("not approved"), "{message}");
    }

    #[test]
    fn cleaning_keeps_the_other_parameters() {
        assert_eq!(without_return_params("?connected=1"), "");
        assert_eq!(without_return_params("?page=wc&connect_error=x&tab=2"), "?page=wc&tab=2");
    }
}
