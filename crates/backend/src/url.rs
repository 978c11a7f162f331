//! Building the few URLs the backend redirects to: local paths with a query parameter added.

use panel_protocol::percent_encode;

/// `path` with `key=value` added to its query (`value` is encoded).
pub(crate) fn with_param(path: &str, key: &str, value: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}{key}={}", percent_encode(value))
}

/// Whether `path` is a path on this origin the browser may be sent back to: it starts with
/// one `/`, is at most 512 characters long, and holds no backslash, fragment, whitespace or control character (so it cannot
/// name another host, like `//evil.example` or `/\evil.example`).
pub(crate) fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && path.chars().count() <= 512
        && !path.chars().any(|c| c == '\\' || c == '#' || c.is_whitespace() || c.is_control())
}

/// Whether `text` looks like a token this backend made ([`crate::random`]: 64 hex digits), so
/// it can be put in a URL or a page as it is.
pub(crate) fn is_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_added_to_paths_with_or_without_a_query() {
        assert_eq!(with_param("/", "connected", "1"), "/?connected=1");
        assert_eq!(
            with_param("/payments?tab=a", "connect_error", "access denied"),
            "/payments?tab=a&connect_error=access%20denied"
        );
        assert_eq!(with_param("/", "return_to", "/a?b=c&d"), "/?return_to=%2Fa%3Fb%3Dc%26d");
    }

    #[test]
    fn only_local_paths_are_return_targets() {
        for good in ["/", "/payments/overview", "/payments?tab=deposits"] {
            assert!(is_local_path(good), "{good}");
        }
        for bad in ["", "payments", "//evil.example", "/\\evil.example", "https://evil.example", "/a b", "/a#b", "/a\n"]
        {
            assert!(!is_local_path(bad), "{bad:?}");
        }
    }
}
