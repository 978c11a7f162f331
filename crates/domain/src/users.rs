//! The site's WordPress users who matter to the connection: its administrators, and the one of
//! them who owns the WordPress.com connection (Jetpack's word: the **connection owner**, whose
//! WordPress.com account the site is connected as).
//!
//! Whoever clicks a connect button and approves becomes the owner. The owner can hand the
//! connection to another administrator who has linked their own WordPress.com account. An
//! owner who is deleted or loses the administrator role leaves the connection **ownerless**:
//! payments go on, but nothing that needs the owner's account works until an administrator
//! takes ownership or the site reconnects.

use serde::{Deserialize, Serialize};

use crate::connection::Connection;
use crate::error::DomainError;
use crate::world::World;

/// What a site user may do in WordPress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SiteRole {
    /// Manages the store: may use the panel, connect, and own the connection.
    Administrator,
    /// Edits content: may not use the panel.
    Editor,
}

/// A WordPress user of the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteUser {
    /// The WordPress username, unique on the site (see [`is_valid_site_login`]).
    pub login: String,
    /// The name WordPress shows for the user.
    pub display_name: String,
    /// What the user may do.
    pub role: SiteRole,
    /// The user's own WordPress.com account, once they linked one (by connecting, or in
    /// Jetpack's **Connect your WordPress.com account**). One WordPress.com account is linked
    /// to at most one user of the site.
    pub wpcom_login: Option<String>,
}

impl SiteUser {
    /// Whether the user is an administrator.
    pub fn is_administrator(&self) -> bool {
        self.role == SiteRole::Administrator
    }
}

/// Whether `login` can be a WordPress username: 1 to 60 ASCII letters, digits or `_ . - @`.
pub fn is_valid_site_login(login: &str) -> bool {
    (1..=60).contains(&login.len())
        && login.bytes().all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b'-' | b'@'))
}

/// The connection's ownership, for the panel to say who owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ownership<'a> {
    /// The site has no connection, so nobody owns one.
    NoConnection,
    /// This administrator owns the connection.
    OwnedBy(&'a SiteUser),
    /// The connection's owner was deleted or lost the administrator role; the name they had.
    Ownerless {
        /// The former owner's display name, when known.
        former_owner: Option<&'a str>,
    },
}

impl World {
    /// Every WordPress user the panel knows, in the order they were added.
    pub fn users(&self) -> &[SiteUser] {
        &self.users
    }

    /// The site user with this login, if any.
    pub fn user(&self, login: &str) -> Option<&SiteUser> {
        self.users.iter().find(|user| user.login == login)
    }

    /// Who owns the connection.
    pub fn ownership(&self) -> Ownership<'_> {
        if self.connection == Connection::NotConnected {
            return Ownership::NoConnection;
        }
        match self.owner.as_deref().and_then(|login| self.user(login)) {
            Some(owner) => Ownership::OwnedBy(owner),
            None => Ownership::Ownerless { former_owner: self.former_owner.as_deref() },
        }
    }

    /// Whether the site has a connection (working or broken) that nobody owns.
    pub fn is_ownerless(&self) -> bool {
        matches!(self.ownership(), Ownership::Ownerless { .. })
    }

    /// The administrators who could own the connection instead of its owner now: they linked a
    /// WordPress.com account of their own.
    pub fn possible_owners(&self) -> Vec<&SiteUser> {
        self.users
            .iter()
            .filter(|user| user.is_administrator() && user.wpcom_login.is_some())
            .filter(|user| self.owner.as_deref() != Some(user.login.as_str()))
            .collect()
    }

    /// A WordPress user is added to the site (Users > Add New). Refused if the login is invalid
    /// or taken.
    pub fn add_site_user(&mut self, login: &str, display_name: &str, role: SiteRole) -> Result<(), DomainError> {
        if !is_valid_site_login(login) {
            return Err(DomainError::InvalidSiteLogin { given: login.to_owned() });
        }
        if self.user(login).is_some() {
            return Err(DomainError::SiteLoginTaken { login: login.to_owned() });
        }
        self.users.push(SiteUser {
            login: login.to_owned(),
            display_name: display_name.to_owned(),
            role,
            wpcom_login: None,
        });
        Ok(())
    }

    /// The user `login` links their own WordPress.com account `wpcom_login`. Refused for an
    /// unknown user or account, and for an account another user of the site has linked.
    pub fn link_wpcom_account(&mut self, login: &str, wpcom_login: &str) -> Result<(), DomainError> {
        self.existing_user(login)?;
        if self.wpcom.user(wpcom_login).is_none() {
            return Err(DomainError::UnknownWpcomAccount { login: wpcom_login.to_owned() });
        }
        if let Some(other) = self.linked_user(wpcom_login)
            && other.login != login
        {
            return Err(DomainError::WpcomAccountLinked {
                wpcom_login: wpcom_login.to_owned(),
                by: other.login.clone(),
            });
        }
        if self.owner.as_deref() == Some(login) {
            return Err(DomainError::OwnerKeepsAccount);
        }
        self.user_mut(login)?.wpcom_login = Some(wpcom_login.to_owned());
        Ok(())
    }

    /// The user `login` loses the administrator role (or gets it back with
    /// [`SiteRole::Administrator`]). The owner losing it leaves the connection ownerless.
    /// Refused for an unknown user and for the last administrator.
    pub fn set_site_role(&mut self, login: &str, role: SiteRole) -> Result<(), DomainError> {
        self.existing_user(login)?;
        if role != SiteRole::Administrator {
            self.check_not_last_administrator(login)?;
            self.lose_owner(login);
            self.forget_connecting_admin(login);
        }
        self.user_mut(login)?.role = role;
        Ok(())
    }

    /// The user `login` is deleted from the site (Users > Delete). The owner's deletion leaves
    /// the connection ownerless. Refused for an unknown user and for the last administrator.
    pub fn delete_site_user(&mut self, login: &str) -> Result<(), DomainError> {
        self.existing_user(login)?;
        self.check_not_last_administrator(login)?;
        self.lose_owner(login);
        self.forget_connecting_admin(login);
        self.users.retain(|user| user.login != login);
        Ok(())
    }

    /// The administrator `by` hands the connection to the administrator `to`, who linked their
    /// own WordPress.com account: the site is then connected as that account, with the same
    /// WooPayments account. Only the owner may transfer, or any administrator while the
    /// connection is ownerless. Needs a working connection and no change in progress.
    pub fn transfer_ownership(&mut self, by: &str, to: &str) -> Result<(), DomainError> {
        self.require_administrator(by)?;
        match &self.connection {
            Connection::NotConnected => return Err(DomainError::NotConnected),
            Connection::Broken { cause, .. } => return Err(DomainError::ConnectionBroken { cause: *cause }),
            Connection::Connected { .. } => {}
        }
        if self.change.is_some() {
            return Err(DomainError::ChangeInProgress);
        }
        if let Ownership::OwnedBy(owner) = self.ownership()
            && owner.login != by
        {
            return Err(DomainError::NotTheOwner { owner: owner.display_name.clone() });
        }
        let target = self.require_administrator(to)?;
        if self.owner.as_deref() == Some(to) {
            return Err(DomainError::AlreadyOwner { login: to.to_owned() });
        }
        let wpcom_login =
            target.wpcom_login.clone().ok_or_else(|| DomainError::NoLinkedWpcomAccount { login: to.to_owned() })?;
        if let Connection::Connected { login, .. } = &mut self.connection {
            *login = wpcom_login;
        }
        self.owner = Some(to.to_owned());
        self.former_owner = None;
        Ok(())
    }

    /// A world saved before users existed gets its first administrator, `login`, who becomes
    /// the owner of its connection, if it has one (linked to the account it is connected as,
    /// the way Jetpack names its primary user). Does nothing once the site has users.
    pub fn adopt_first_administrator(&mut self, login: &str, display_name: &str) -> Result<(), DomainError> {
        if !self.users.is_empty() {
            return Ok(());
        }
        self.add_site_user(login, display_name, SiteRole::Administrator)?;
        if let Some(wpcom_login) = self.connection.login().map(str::to_owned) {
            self.user_mut(login)?.wpcom_login = Some(wpcom_login);
            self.owner = Some(login.to_owned());
        }
        Ok(())
    }

    /// The administrator `login`, or why they cannot act as one.
    pub(crate) fn require_administrator(&self, login: &str) -> Result<&SiteUser, DomainError> {
        let user = self.existing_user(login)?;
        if !user.is_administrator() {
            return Err(DomainError::NotAnAdministrator { login: login.to_owned() });
        }
        Ok(user)
    }

    /// Makes the administrator who started connecting the owner, linked to `wpcom_login`; a
    /// link another user had to that account moves to them. Without one (worlds saved before
    /// users existed), the new connection is ownerless.
    pub(crate) fn take_ownership_on_connect(&mut self, wpcom_login: &str) {
        let connecting = self.connecting_admin.take();
        for user in &mut self.users {
            if user.wpcom_login.as_deref() == Some(wpcom_login) {
                user.wpcom_login = None;
            }
            if connecting.as_deref() == Some(user.login.as_str()) {
                user.wpcom_login = Some(wpcom_login.to_owned());
            }
        }
        self.former_owner = None;
        self.owner = connecting.filter(|login| self.user(login).is_some());
    }

    /// The site has no connection any more, so nobody owns it.
    pub(crate) fn forget_owner(&mut self) {
        self.owner = None;
        self.former_owner = None;
    }

    /// The user linked to `wpcom_login`, if any.
    pub(crate) fn linked_user(&self, wpcom_login: &str) -> Option<&SiteUser> {
        self.users.iter().find(|user| user.wpcom_login.as_deref() == Some(wpcom_login))
    }

    fn existing_user(&self, login: &str) -> Result<&SiteUser, DomainError> {
        self.user(login).ok_or_else(|| DomainError::UnknownSiteUser { login: login.to_owned() })
    }

    fn user_mut(&mut self, login: &str) -> Result<&mut SiteUser, DomainError> {
        self.users
            .iter_mut()
            .find(|user| user.login == login)
            .ok_or_else(|| DomainError::UnknownSiteUser { login: login.to_owned() })
    }

    fn check_not_last_administrator(&self, login: &str) -> Result<(), DomainError> {
        let others = self.users.iter().filter(|user| user.is_administrator() && user.login != login).count();
        let is_admin = self.user(login).is_some_and(SiteUser::is_administrator);
        if is_admin && others == 0 { Err(DomainError::LastAdministrator { login: login.to_owned() }) } else { Ok(()) }
    }

    /// The owner `login` goes: the connection stays, ownerless, remembering their name.
    fn lose_owner(&mut self, login: &str) {
        if self.owner.as_deref() == Some(login) {
            self.former_owner = self.user(login).map(|user| user.display_name.clone());
            self.owner = None;
        }
    }

    /// An authorization started by `login` will make nobody the owner.
    fn forget_connecting_admin(&mut self, login: &str) {
        if self.connecting_admin.as_deref() == Some(login) {
            self.connecting_admin = None;
        }
    }
}
