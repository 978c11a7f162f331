//! The rules every world obeys, and the rules every step between two worlds obeys, checkable.

use std::collections::HashSet;

use crate::change::ChangeGoal;
use crate::connection::{Connection, Plugin};
use crate::environment::{Environment, PaymentMode};
use crate::express_account::ExpressAccount;
use crate::jetpack::JetpackPlugin;
use crate::site::is_site_address;
use crate::users::is_valid_site_login;
use crate::world::World;
use crate::wpcom::is_valid_wpcom_login;

impl World {
    /// Checks the rules every world obeys; `Err` lists each one broken, separated by `; `.
    ///
    /// 1. The site address is an `http://` or `https://` address.
    /// 2. WordPress.com logins are valid and unique.
    /// 3. The browser's WordPress.com user exists.
    /// 4. The user the site is (or was, if broken) connected as exists.
    /// 5. An authorization in progress means: not connected, not opted out, and Jetpack active
    ///    if it was started from Jetpack.
    /// 6. Jetpack connected implies Jetpack active and the site connected as that same user.
    /// 7. Opted out implies no payments, refunds, dispute challenges or Express login.
    /// 8. Taking payments implies connected, an account whose charges are enabled and whose status
    ///    enables payments, and not opted out.
    /// 9. Deposits continuing implies an account whose payouts are enabled and whose status
    ///    enables deposits.
    /// 10. A change in progress means not opted out, and a reconnection it notes follows its
    ///     disconnection (or the confirmed move of the site).
    /// 11. Site logins are valid and unique; a site with users has an administrator; linked
    ///     WordPress.com accounts exist and are linked to one user each.
    /// 12. An owner means a connection, owned by an administrator linked to the account the site
    ///     is connected as; a former owner is remembered only while the connection is ownerless;
    ///     the administrator who started connecting is remembered only while authorizing.
    /// 13. Live payments only on production; the test account is never the live account.
    pub fn check_invariants(&self) -> Result<(), String> {
        let mut broken = Vec::new();

        if !is_site_address(self.site.url()) {
            broken.push(format!("site address {:?} is not an http(s) address", self.site.url()));
        }

        let mut seen = HashSet::new();
        for user in self.wpcom.accounts() {
            if !is_valid_wpcom_login(&user.login) {
                broken.push(format!("WordPress.com login {:?} is invalid", user.login));
            }
            if !seen.insert(user.login.as_str()) {
                broken.push(format!("WordPress.com login {:?} exists twice", user.login));
            }
        }
        if let Some(login) = self.wpcom.session().login()
            && self.wpcom.user(login).is_none()
        {
            broken.push(format!("logged in as {login:?}, who has no WordPress.com account"));
        }
        if let Some(login) = self.connection.login()
            && self.wpcom.user(login).is_none()
        {
            broken.push(format!("connected as {login:?}, who has no WordPress.com account"));
        }

        if let Some(through) = self.authorizing {
            if self.connection != Connection::NotConnected {
                broken.push("authorizing while the site has a connection".to_owned());
            }
            if self.is_opted_out() {
                broken.push("authorizing after opting out".to_owned());
            }
            if through == Plugin::Jetpack && self.jetpack != JetpackPlugin::Active {
                broken.push("authorizing through Jetpack while Jetpack is not active".to_owned());
            }
        }

        if let Some(login) = self.jetpack_connected_as()
            && (self.jetpack != JetpackPlugin::Active
                || !self.connection.is_working()
                || self.connection.login() != Some(login))
        {
            broken.push("Jetpack connected without being active on the site's connection".to_owned());
        }

        let can = self.capabilities();
        if self.is_opted_out() && (can.take_payments || can.refund || can.challenge_disputes || can.log_into_express) {
            broken.push("opted out, yet WooPayments can still be used".to_owned());
        }
        let payments_allowed = self.connection.is_working()
            && !self.is_opted_out()
            && self.account().is_some_and(ExpressAccount::takes_payments);
        if can.take_payments && !payments_allowed {
            broken.push("taking payments without a working connection and account".to_owned());
        }
        let deposits_allowed = self.account().is_some_and(ExpressAccount::deposits_continue);
        if can.deposits_continue && !deposits_allowed {
            broken.push("deposits continue without an account that enables them".to_owned());
        }

        if let Some(change) = self.change() {
            if self.is_opted_out() {
                broken.push("a change of the connection in progress after opting out".to_owned());
            }
            let moved = change.plan().is_some_and(|plan| plan.goal == ChangeGoal::MovedSite);
            if change.reconnected_at().is_some() && change.paused_since().is_none() && !moved {
                broken.push("a change reconnected without disconnecting".to_owned());
            }
        }

        self.check_users(&mut broken);
        self.check_payment_mode(&mut broken);

        if broken.is_empty() { Ok(()) } else { Err(broken.join("; ")) }
    }

    /// Rules 11 and 12.
    fn check_users(&self, broken: &mut Vec<String>) {
        let mut logins = HashSet::new();
        let mut links = HashSet::new();
        for user in &self.users {
            if !is_valid_site_login(&user.login) || !logins.insert(user.login.as_str()) {
                broken.push(format!("site login {:?} is invalid or taken twice", user.login));
            }
            if let Some(wpcom_login) = user.wpcom_login.as_deref()
                && (self.wpcom.user(wpcom_login).is_none() || !links.insert(wpcom_login))
            {
                broken.push(format!("{:?} is linked to a missing or shared WordPress.com account", user.login));
            }
        }
        if !self.users.is_empty() && !self.users.iter().any(|user| user.is_administrator()) {
            broken.push("the site has users but no administrator".to_owned());
        }
        if let Some(owner) = self.owner.as_deref() {
            let linked =
                self.user(owner).filter(|user| user.is_administrator()).and_then(|user| user.wpcom_login.as_deref());
            if self.connection.login().is_none() || linked != self.connection.login() {
                broken.push(format!("{owner:?} owns the connection without being its linked administrator"));
            }
        }
        if self.former_owner.is_some() && !self.is_ownerless() {
            broken.push("a former owner is remembered while the connection has an owner or none".to_owned());
        }
        if self.connecting_admin.is_some() && self.authorizing.is_none() {
            broken.push("an administrator is connecting without an authorization in progress".to_owned());
        }
    }

    /// Rule 13.
    fn check_payment_mode(&self, broken: &mut Vec<String>) {
        if self.mode == PaymentMode::Live && self.environment != Environment::Production {
            broken.push(format!("live payments on a {} site", self.environment));
        }
        if let (Some(live), Some(test)) = (&self.account, &self.test_account)
            && live.id() == test.id()
        {
            broken.push("the test account is the live account".to_owned());
        }
    }

    /// Checks the rules every step from `self` to `next` obeys; `Err` lists each one broken.
    ///
    /// 1. Once created, the Express account stays, with the same id (the live one and the test
    ///    one alike).
    /// 2. Once opted out, the store stays opted out.
    /// 3. WordPress.com accounts are never lost.
    pub fn check_transition(&self, next: &World) -> Result<(), String> {
        let mut broken = Vec::new();
        for (before, after) in [(&self.account, &next.account), (&self.test_account, &next.test_account)] {
            let Some(before) = before else { continue };
            match after {
                None => broken.push(format!("Express account {} disappeared", before.id())),
                Some(after) if after.id() != before.id() => {
                    broken.push(format!("Express account id changed from {} to {}", before.id(), after.id()))
                }
                Some(_) => {}
            }
        }
        if self.is_opted_out() && !next.is_opted_out() {
            broken.push("the opt-out was undone".to_owned());
        }
        for user in self.wpcom.accounts() {
            if next.wpcom.user(&user.login).is_none() {
                broken.push(format!("WordPress.com account {:?} disappeared", user.login));
            }
        }
        if broken.is_empty() { Ok(()) } else { Err(broken.join("; ")) }
    }
}
