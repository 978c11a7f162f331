//! The whole connection world, as one value.

use serde::{Deserialize, Serialize};

use crate::change::ConnectionChange;
use crate::connection::{Connection, Plugin};
use crate::express_account::ExpressAccount;
use crate::jetpack::JetpackPlugin;
use crate::site::Site;
use crate::wpcom::Wpcom;

/// Everything the panel reasons about: the site, Jetpack, the WordPress.com connection and
/// session, and the WooPayments (Stripe Express) account.
///
/// Changed only through its transition methods, each of which either succeeds or returns a
/// [`crate::DomainError`] and leaves the world unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct World {
    pub(crate) site: Site,
    pub(crate) jetpack: JetpackPlugin,
    pub(crate) connection: Connection,
    pub(crate) authorizing: Option<Plugin>,
    pub(crate) wpcom: Wpcom,
    pub(crate) account: Option<ExpressAccount>,
    /// The guided change of the connection in progress (absent in worlds saved before it existed).
    #[serde(default)]
    pub(crate) change: Option<ConnectionChange>,
}

impl World {
    /// A freshly set up store: WooPayments just activated, Jetpack not installed, not connected,
    /// no WooPayments account, no WordPress.com accounts known and the browser logged out.
    pub fn new(site: Site) -> Self {
        Self {
            site,
            jetpack: JetpackPlugin::NotInstalled,
            connection: Connection::NotConnected,
            authorizing: None,
            wpcom: Wpcom::default(),
            account: None,
            change: None,
        }
    }

    /// The store.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Where the Jetpack plugin stands.
    pub fn jetpack(&self) -> JetpackPlugin {
        self.jetpack
    }

    /// The site's one WordPress.com connection.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    /// While the owner is on WordPress.com's authorization page: the plugin whose connect button
    /// sent them there.
    pub fn authorizing(&self) -> Option<Plugin> {
        self.authorizing
    }

    /// WordPress.com: its accounts and this browser's session.
    pub fn wpcom(&self) -> &Wpcom {
        &self.wpcom
    }

    /// The WooPayments account, once the owner has verified their business with Stripe. It stays
    /// after opting out (its remaining balance is still deposited).
    pub fn account(&self) -> Option<&ExpressAccount> {
        self.account.as_ref()
    }

    /// Whether the store opted out of the Stripe agreement (support unlinked its account).
    pub fn is_opted_out(&self) -> bool {
        self.account.as_ref().is_some_and(ExpressAccount::is_opted_out)
    }
}
