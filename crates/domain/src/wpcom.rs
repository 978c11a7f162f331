//! WordPress.com as the store owner meets it: the accounts that exist, and who is logged in.

use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::world::World;

/// A WordPress.com account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WpcomUser {
    /// The account's username, unique on WordPress.com (see [`is_valid_wpcom_login`]).
    pub login: String,
    /// The name the account shows to others.
    pub display_name: String,
}

/// Whether this browser is logged in to WordPress.com, and as whom.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WpcomSession {
    /// Logged out: connecting asks to log in or to create an account.
    #[default]
    LoggedOut,
    /// Logged in: connecting authorizes as this user.
    LoggedIn {
        /// The logged-in user's login.
        login: String,
    },
}

impl WpcomSession {
    /// The logged-in user's login, if any.
    pub fn login(&self) -> Option<&str> {
        match self {
            Self::LoggedOut => None,
            Self::LoggedIn { login } => Some(login),
        }
    }
}

/// Whether `login` follows WordPress.com's username rule: only lowercase letters and digits,
/// at least one.
pub fn is_valid_wpcom_login(login: &str) -> bool {
    !login.is_empty() && login.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
}

/// WordPress.com: the accounts that exist, and this browser's session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Wpcom {
    accounts: Vec<WpcomUser>,
    session: WpcomSession,
}

impl Wpcom {
    /// Every WordPress.com account, in the order they were created.
    pub fn accounts(&self) -> &[WpcomUser] {
        &self.accounts
    }

    /// This browser's WordPress.com session.
    pub fn session(&self) -> &WpcomSession {
        &self.session
    }

    /// The account with this login, if it exists.
    pub fn user(&self, login: &str) -> Option<&WpcomUser> {
        self.accounts.iter().find(|user| user.login == login)
    }

    /// Refuses `user` as a new account if its login is invalid or taken.
    fn check_new_account(&self, user: &WpcomUser) -> Result<(), DomainError> {
        if !is_valid_wpcom_login(&user.login) {
            return Err(DomainError::InvalidWpcomLogin { given: user.login.clone() });
        }
        if self.user(&user.login).is_some() {
            return Err(DomainError::WpcomLoginTaken { login: user.login.clone() });
        }
        Ok(())
    }

    /// Creates `user` and logs this browser in as it, as signing up on WordPress.com does;
    /// refused while logged in, or if the login is invalid or taken.
    pub(crate) fn sign_up(&mut self, user: WpcomUser) -> Result<(), DomainError> {
        if let WpcomSession::LoggedIn { login } = &self.session {
            return Err(DomainError::AlreadyLoggedIn { login: login.clone() });
        }
        self.check_new_account(&user)?;
        self.session = WpcomSession::LoggedIn { login: user.login.clone() };
        self.accounts.push(user);
        Ok(())
    }
}

impl World {
    /// Someone creates a WordPress.com account elsewhere (not in this browser): it exists from
    /// now on, and this browser's session does not change.
    pub fn create_wpcom_account(&mut self, user: WpcomUser) -> Result<(), DomainError> {
        self.wpcom.check_new_account(&user)?;
        self.wpcom.accounts.push(user);
        Ok(())
    }

    /// Logs this browser in to WordPress.com as an existing account.
    pub fn log_in_to_wpcom(&mut self, login: &str) -> Result<(), DomainError> {
        if let WpcomSession::LoggedIn { login: current } = &self.wpcom.session {
            return Err(DomainError::AlreadyLoggedIn { login: current.clone() });
        }
        if self.wpcom.user(login).is_none() {
            return Err(DomainError::UnknownWpcomAccount { login: login.to_owned() });
        }
        self.wpcom.session = WpcomSession::LoggedIn { login: login.to_owned() };
        Ok(())
    }

    /// Logs this browser out of WordPress.com (the **Log Out** button of its profile page), so
    /// the next connection can be made with any account.
    pub fn log_out_of_wpcom(&mut self) -> Result<(), DomainError> {
        if self.wpcom.session == WpcomSession::LoggedOut {
            return Err(DomainError::AlreadyLoggedOut);
        }
        self.wpcom.session = WpcomSession::LoggedOut;
        Ok(())
    }
}
