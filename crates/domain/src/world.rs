//! The whole connection world, as one value.

use serde::{Deserialize, Serialize};

use crate::change::ConnectionChange;
use crate::connection::{Connection, Plugin};
use crate::environment::{Environment, PaymentMode};
use crate::express_account::ExpressAccount;
use crate::jetpack::JetpackPlugin;
use crate::site::Site;
use crate::users::SiteUser;
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
    /// The live WooPayments account.
    pub(crate) account: Option<ExpressAccount>,
    /// The guided change of the connection in progress (absent in worlds saved before it existed).
    #[serde(default)]
    pub(crate) change: Option<ConnectionChange>,
    /// The site's WordPress users the panel knows (absent in worlds saved before users existed).
    #[serde(default)]
    pub(crate) users: Vec<SiteUser>,
    /// The login of the administrator who owns the connection.
    #[serde(default)]
    pub(crate) owner: Option<String>,
    /// The display name of the owner who was deleted or demoted, while the connection is ownerless.
    #[serde(default)]
    pub(crate) former_owner: Option<String>,
    /// The administrator who clicked the connect button of the authorization in progress.
    #[serde(default)]
    pub(crate) connecting_admin: Option<String>,
    /// The site's environment.
    #[serde(default)]
    pub(crate) environment: Environment,
    /// Whether the store's payments are real.
    #[serde(default)]
    pub(crate) mode: PaymentMode,
    /// The test account, used in test mode instead of the live one.
    #[serde(default)]
    pub(crate) test_account: Option<ExpressAccount>,
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
            users: Vec::new(),
            owner: None,
            former_owner: None,
            connecting_admin: None,
            environment: Environment::Production,
            mode: PaymentMode::Live,
            test_account: None,
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

    /// The WooPayments account the store works with in its payment mode: the live account, or
    /// in test mode the test account. It appears once the owner has verified their business
    /// with Stripe, and stays after opting out (its remaining balance is still deposited).
    pub fn account(&self) -> Option<&ExpressAccount> {
        match self.mode {
            PaymentMode::Live => self.account.as_ref(),
            PaymentMode::Test => self.test_account.as_ref(),
        }
    }

    /// The live WooPayments account, whatever the payment mode.
    pub fn live_account(&self) -> Option<&ExpressAccount> {
        self.account.as_ref()
    }

    /// The account of the payment mode, to change.
    pub(crate) fn account_mut(&mut self) -> &mut Option<ExpressAccount> {
        match self.mode {
            PaymentMode::Live => &mut self.account,
            PaymentMode::Test => &mut self.test_account,
        }
    }

    /// Whether the store opted out of the Stripe agreement (support unlinked its live account).
    pub fn is_opted_out(&self) -> bool {
        self.account.as_ref().is_some_and(ExpressAccount::is_opted_out)
    }
}
