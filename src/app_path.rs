//! Paths of the panel's own screens: the one place they are named. Embedded, the screens live
//! under the route base the host page gave (`/wp-admin/payments`, ...), and every in-app link
//! must carry it.

use leptos::prelude::*;

/// The route base, provided in context by the app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteBase(pub String);

/// The panel's screens, each at one path under the route base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// **Payments > Overview**, at the base itself.
    Overview,
    /// **Payments > Finish setup** (and Reset connection).
    Connect,
    /// **Payments > Change or reset connection**.
    Change,
    /// **Payments > Transactions**.
    Transactions,
    /// **Payments > Deposits**.
    Deposits,
    /// **Payments > Disputes**.
    Disputes,
    /// **Payments > Account**.
    Account,
    /// **Payments > Support**.
    Support,
    /// **Jetpack**.
    Jetpack,
    /// **Plugins**.
    Plugins,
}

impl Screen {
    /// The screen's path segment under the route base (`""` for the Overview).
    pub const fn segment(self) -> &'static str {
        match self {
            Screen::Overview => "",
            Screen::Connect => "connect",
            Screen::Change => "change",
            Screen::Transactions => "transactions",
            Screen::Deposits => "deposits",
            Screen::Disputes => "disputes",
            Screen::Account => "account",
            Screen::Support => "support",
            Screen::Jetpack => "jetpack",
            Screen::Plugins => "plugins",
        }
    }

    /// The screen's path relative to the route base: `/connect`, `/` for the Overview.
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }

    /// The screen's address in the app, under the route base in context.
    pub fn href(self) -> String {
        in_app(&self.path())
    }

    /// The screen's address with a query string (`page=2&status=paid`) after it.
    pub fn href_with_query(self, query: &str) -> String {
        if query.is_empty() { self.href() } else { format!("{}?{query}", self.href()) }
    }

    /// Whether `pathname` (the address bar's path, the route base included) is this screen.
    pub fn is_at(self, pathname: &str) -> bool {
        pathname.trim_end_matches('/') == self.href().trim_end_matches('/')
    }
}

/// `path` (such as `/plugins` or `/transactions?page=2`) under the route base in context.
pub fn in_app(path: &str) -> String {
    let base = use_context::<RouteBase>().unwrap_or_default();
    format!("{}{path}", base.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_segment_under_a_slash() {
        assert_eq!(Screen::Overview.path(), "/");
        assert_eq!(Screen::Connect.path(), "/connect");
        assert_eq!(Screen::Transactions.href_with_query("page=2"), "/transactions?page=2");
        assert_eq!(Screen::Deposits.href_with_query(""), "/deposits");
    }

    #[test]
    fn a_screen_is_recognised_with_or_without_a_trailing_slash() {
        assert!(Screen::Jetpack.is_at("/jetpack"));
        assert!(Screen::Jetpack.is_at("/jetpack/"));
        assert!(!Screen::Jetpack.is_at("/plugins"));
        assert!(Screen::Overview.is_at("/"));
    }
}
