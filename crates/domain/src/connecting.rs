//! Connecting to WordPress.com, signing up for WooPayments, and disconnecting.

use serde::{Deserialize, Serialize};

use crate::connection::{Connection, Plugin};
use crate::error::DomainError;
use crate::express_account::{ExpressAccount, ExpressAccountId, VerificationStatus};
use crate::jetpack::JetpackPlugin;
use crate::world::World;
use crate::wpcom::WpcomUser;

/// What approving the connection on WordPress.com achieved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authorized {
    /// The WordPress.com login the site is now connected as.
    pub login: String,
    /// The site's WooPayments account, back on the new connection as it was (same id), or
    /// `None` on a first sign-up: business verification comes next.
    pub express_account: Option<ExpressAccountId>,
    /// Whether Jetpack (active) now shares the connection as the same user.
    pub jetpack_connected: bool,
}

/// What disconnecting took away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disconnected {
    /// The WordPress.com login the site was connected as.
    pub login: String,
    /// Every plugin that lost the connection (WooPayments always; Jetpack when active).
    pub lost_connection: Vec<Plugin>,
}

impl World {
    /// Clicks a connect button (WooPayments' **Connect** or **Finish setup**, or Jetpack's),
    /// which opens WordPress.com's authorization page. Clicking again while there starts over.
    ///
    /// Refused after opting out, through an inactive Jetpack, while connected (WooPayments never
    /// asks for a second connection: Jetpack's is its own) and while the connection is broken
    /// (it must be reset, by disconnecting, first). `by` is the administrator who clicked: once
    /// approved, they own the connection.
    pub fn start_connecting(&mut self, through: Plugin, by: &str) -> Result<(), DomainError> {
        self.require_administrator(by)?;
        if self.is_opted_out() {
            return Err(DomainError::OptedOut);
        }
        if through == Plugin::Jetpack && self.jetpack != JetpackPlugin::Active {
            return Err(DomainError::JetpackNotActive);
        }
        match &self.connection {
            Connection::Connected { login, .. } => Err(DomainError::AlreadyConnected { login: login.clone() }),
            Connection::Broken { cause, .. } => Err(DomainError::ConnectionBroken { cause: *cause }),
            Connection::NotConnected => {
                self.authorizing = Some(through);
                self.connecting_admin = Some(by.to_owned());
                Ok(())
            }
        }
    }

    /// Leaves WordPress.com's authorization page without approving.
    pub fn cancel_connecting(&mut self) -> Result<(), DomainError> {
        if self.authorizing.take().is_none() {
            return Err(DomainError::NotConnecting);
        }
        self.connecting_admin = None;
        Ok(())
    }

    /// Approves the connection on WordPress.com as the logged-in user, at time `now`.
    ///
    /// The site's WooPayments account, if it has one, comes back on the new connection whatever
    /// the account used; an active Jetpack shares the connection too. The administrator who
    /// clicked the connect button owns the connection, linked to that WordPress.com account.
    pub fn authorize(&mut self, now: i64) -> Result<Authorized, DomainError> {
        let through = self.authorizing.ok_or(DomainError::NotConnecting)?;
        let login = self.wpcom.session().login().ok_or(DomainError::LoggedOutOfWpcom)?.to_owned();
        Ok(self.connect_as(login, through, now))
    }

    /// Creates a WordPress.com account on the authorization page (for someone who has none),
    /// which logs the browser in as it, and approves the connection as it, at time `now`.
    ///
    /// Refused while logged in to WordPress.com (log out first) or if the login is invalid or
    /// taken.
    pub fn sign_up_and_authorize(&mut self, user: WpcomUser, now: i64) -> Result<Authorized, DomainError> {
        let through = self.authorizing.ok_or(DomainError::NotConnecting)?;
        let login = user.login.clone();
        self.wpcom.sign_up(user)?;
        Ok(self.connect_as(login, through, now))
    }

    /// Connects the site as `login`; the caller has checked everything.
    fn connect_as(&mut self, login: String, through: Plugin, now: i64) -> Authorized {
        self.authorizing = None;
        self.take_ownership_on_connect(&login);
        self.connection = Connection::Connected { login: login.clone(), through, since: now };
        self.note_reconnected(now);
        Authorized {
            login,
            express_account: self.account().map(|account| account.id().clone()),
            jetpack_connected: self.jetpack == JetpackPlugin::Active,
        }
    }

    /// Finishes the first sign-up: the owner verified their personal and business details with
    /// Stripe, which created the Express account `id` in `status`, at time `now`. In test mode
    /// it is the test account, whose id must differ from the live account's.
    ///
    /// Needs a working connection; refused once the site has an account in this mode (it is
    /// never replaced: reconnecting brings it back) and after opting out.
    pub fn complete_business_verification(
        &mut self,
        id: ExpressAccountId,
        status: VerificationStatus,
        now: i64,
    ) -> Result<(), DomainError> {
        if self.is_opted_out() {
            return Err(DomainError::OptedOut);
        }
        if let Some(account) = self.account() {
            return Err(DomainError::AccountAlreadyExists { id: account.id().clone() });
        }
        let other_mode = [&self.account, &self.test_account].into_iter().flatten().find(|account| account.id() == &id);
        if other_mode.is_some() {
            return Err(DomainError::AccountIdInOtherMode { id });
        }
        match &self.connection {
            Connection::NotConnected => Err(DomainError::NotConnected),
            Connection::Broken { cause, .. } => Err(DomainError::ConnectionBroken { cause: *cause }),
            Connection::Connected { .. } => {
                *self.account_mut() = Some(ExpressAccount::new(id, status, now));
                Ok(())
            }
        }
    }

    /// The plugins that lose the connection if it is disconnected now, for the warning popup
    /// shown before the red **Disconnect** button. Empty when there is nothing to disconnect.
    pub fn disconnect_breaks(&self) -> Vec<Plugin> {
        if self.connection == Connection::NotConnected {
            return Vec::new();
        }
        let mut plugins = vec![Plugin::WooPayments];
        if self.jetpack == JetpackPlugin::Active {
            plugins.push(Plugin::Jetpack);
        }
        plugins
    }

    /// Disconnects the site from WordPress.com, from WooPayments or from Jetpack: one connection,
    /// so both lose it. Works on a broken connection too; that is how it is reset.
    ///
    /// Refused when not connected, through an inactive Jetpack, and through WooPayments after
    /// opting out (its panel is read-only). A change in progress notes that payments paused at
    /// `now`.
    pub fn disconnect(&mut self, through: Plugin, now: i64) -> Result<Disconnected, DomainError> {
        match through {
            Plugin::WooPayments if self.is_opted_out() => return Err(DomainError::OptedOut),
            Plugin::Jetpack if self.jetpack != JetpackPlugin::Active => {
                return Err(DomainError::JetpackNotActive);
            }
            Plugin::WooPayments | Plugin::Jetpack => {}
        }
        let login = self.connection.login().ok_or(DomainError::NothingToDisconnect)?.to_owned();
        let lost_connection = self.disconnect_breaks();
        self.connection = Connection::NotConnected;
        self.forget_owner();
        self.note_disconnected(now);
        Ok(Disconnected { login, lost_connection })
    }
}
