//! Where the panel's screens live in the address bar: the one place their addresses are named.
//! Standalone, or embedded by a host that routes paths to it, each screen is a path under a
//! route base (`/embed/plugins`); in wp-admin each screen is one of the host's own pages
//! (`admin.php?page=payments-panel-plugins`), which the host's menu links to as well, so both
//! menus and the address bar always agree.

use leptos::prelude::*;

/// How the panel's screens map to addresses, provided in context by the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Routing {
    /// Each screen at its path under `base` (`""` for the site root), routed in the app.
    Paths {
        /// The route base, without a trailing slash.
        base: String,
    },
    /// Each screen one page of the host: `page_url` (such as
    /// `/wp-admin/admin.php?page=payments-panel`) is the Overview's, and another screen's adds
    /// `-` and its segment to the last query value. Moving to another screen loads the host's
    /// page; a list's page number travels as `paged` (WordPress's name), since the host owns `page`.
    HostPages {
        /// The Overview's address.
        page_url: String,
    },
}

impl Default for Routing {
    fn default() -> Self {
        Routing::Paths { base: String::new() }
    }
}

/// The query parameter that carries a list's page number in host pages.
const HOST_PAGE_NUMBER: &str = "paged";

impl Routing {
    /// The address of `screen`.
    pub fn href(&self, screen: Screen) -> String {
        match self {
            Routing::Paths { base } => format!("{base}{}", screen.path()),
            Routing::HostPages { page_url } if screen == Screen::Overview => page_url.clone(),
            Routing::HostPages { page_url } => format!("{page_url}-{}", screen.segment()),
        }
    }

    /// The address of `screen` with a list's query (`page=2&status=paid`) after it.
    pub fn href_with_query(&self, screen: Screen, query: &str) -> String {
        let href = self.href(screen);
        match self {
            _ if query.is_empty() => href,
            Routing::Paths { .. } => format!("{href}?{query}"),
            Routing::HostPages { .. } => {
                let renamed: Vec<String> = query
                    .split('&')
                    .map(|pair| match pair.strip_prefix("page=") {
                        Some(number) => format!("{HOST_PAGE_NUMBER}={number}"),
                        None => pair.to_owned(),
                    })
                    .collect();
                format!("{href}&{}", renamed.join("&"))
            }
        }
    }

    /// The screen at the address with `pathname` and query `pairs`; the Overview for an
    /// address that names none.
    pub fn screen_at(&self, pathname: &str, pairs: &[(String, String)]) -> Screen {
        let found = match self {
            Routing::Paths { base } => {
                let rest = pathname.strip_prefix(base.as_str()).unwrap_or(pathname);
                Screen::from_segment(rest.trim_matches('/'))
            }
            Routing::HostPages { page_url } => page_url.split_once('?').and_then(|(_, query)| {
                let (name, overview) = query.rsplit(['&']).next()?.split_once('=')?;
                let (_, value) = pairs.iter().find(|(key, _)| key == name)?;
                match value.strip_prefix(overview)? {
                    "" => Some(Screen::Overview),
                    rest => Screen::from_segment(rest.strip_prefix('-')?),
                }
            }),
        };
        found.unwrap_or(Screen::Overview)
    }

    /// A list's query from the address's query `pairs`: the host's own parameters dropped, the
    /// page number under the list's name.
    pub fn list_query_pairs(&self, pairs: Vec<(String, String)>) -> Vec<(String, String)> {
        match self {
            Routing::Paths { .. } => pairs,
            Routing::HostPages { .. } => pairs
                .into_iter()
                .filter(|(name, _)| name != "page")
                .map(|(name, value)| if name == HOST_PAGE_NUMBER { ("page".to_owned(), value) } else { (name, value) })
                .collect(),
        }
    }

    /// The routing in context (the standalone page's when none was provided).
    pub fn expect() -> Self {
        use_context::<Routing>().unwrap_or_default()
    }
}

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

    /// The screen whose segment is `segment`, if any.
    pub fn from_segment(segment: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|screen| screen.segment() == segment)
    }

    /// Every screen.
    pub const ALL: [Screen; 10] = [
        Screen::Overview,
        Screen::Connect,
        Screen::Change,
        Screen::Transactions,
        Screen::Deposits,
        Screen::Disputes,
        Screen::Account,
        Screen::Support,
        Screen::Jetpack,
        Screen::Plugins,
    ];

    /// The screen's path relative to the route base: `/connect`, `/` for the Overview.
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }

    /// The screen's address in the app, by the routing in context.
    pub fn href(self) -> String {
        Routing::expect().href(self)
    }

    /// The screen's address with a list's query string (`page=2&status=paid`) after it.
    pub fn href_with_query(self, query: &str) -> String {
        Routing::expect().href_with_query(self, query)
    }
}

/// The screen the address bar shows now, by the routing in context.
pub fn use_current_screen() -> Memo<Screen> {
    let routing = Routing::expect();
    let location = leptos_router::hooks::use_location();
    Memo::new(move |_| {
        let pairs: Vec<(String, String)> = location
            .query
            .with(|params| params.into_iter().map(|(name, value)| (name.to_string(), value.to_owned())).collect());
        location.pathname.with(|pathname| routing.screen_at(pathname, &pairs))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(base: &str) -> Routing {
        Routing::Paths { base: base.to_owned() }
    }

    fn wp_admin() -> Routing {
        Routing::HostPages { page_url: "/wp-admin/admin.php?page=payments-panel".to_owned() }
    }

    fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
        query.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect()
    }

    #[test]
    fn paths_are_the_segment_under_the_base() {
        assert_eq!(paths("").href(Screen::Overview), "/");
        assert_eq!(paths("/embed").href(Screen::Connect), "/embed/connect");
        assert_eq!(paths("").href_with_query(Screen::Transactions, "page=2"), "/transactions?page=2");
        assert_eq!(paths("").href_with_query(Screen::Deposits, ""), "/deposits");
    }

    #[test]
    fn a_path_names_its_screen_with_or_without_a_trailing_slash() {
        assert_eq!(paths("").screen_at("/jetpack", &[]), Screen::Jetpack);
        assert_eq!(paths("/embed").screen_at("/embed/jetpack/", &[]), Screen::Jetpack);
        assert_eq!(paths("/embed").screen_at("/embed/", &[]), Screen::Overview);
        assert_eq!(paths("").screen_at("/nowhere", &[]), Screen::Overview);
    }

    #[test]
    fn host_pages_are_the_hosts_page_parameter_with_the_segment() {
        assert_eq!(wp_admin().href(Screen::Overview), "/wp-admin/admin.php?page=payments-panel");
        assert_eq!(wp_admin().href(Screen::Plugins), "/wp-admin/admin.php?page=payments-panel-plugins");
        for screen in Screen::ALL {
            let href = wp_admin().href(screen);
            let (_, query) = href.split_once('?').expect("a query");
            let (name, value) = query.split_once('=').expect("a pair");
            assert_eq!(wp_admin().screen_at("/wp-admin/admin.php", &pairs(&[(name, value)])), screen, "{href}");
        }
        assert_eq!(wp_admin().screen_at("/wp-admin/admin.php", &pairs(&[("page", "other-plugin")])), Screen::Overview);
    }

    #[test]
    fn in_host_pages_a_lists_page_number_travels_as_paged() {
        let href = wp_admin().href_with_query(Screen::Transactions, "page=2&status=paid");
        assert_eq!(href, "/wp-admin/admin.php?page=payments-panel-transactions&paged=2&status=paid");
        let read = wp_admin().list_query_pairs(pairs(&[
            ("page", "payments-panel-transactions"),
            ("paged", "2"),
            ("status", "paid"),
        ]));
        assert_eq!(read, pairs(&[("page", "2"), ("status", "paid")]));
        assert_eq!(paths("").list_query_pairs(pairs(&[("page", "2")])), pairs(&[("page", "2")]));
    }
}
