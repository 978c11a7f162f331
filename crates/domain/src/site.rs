//! The store itself, and what happens to it outside the panel: restores and address changes.

use serde::{Deserialize, Serialize};

use crate::connection::{BreakCause, Connection};
use crate::error::DomainError;
use crate::world::World;

/// The store the panel administers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    name: String,
    url: String,
    /// The address before the last change of address (absent in sites saved before it existed).
    #[serde(default)]
    previous_url: Option<String>,
}

impl Site {
    /// A site with this name at this address (`http://` or `https://`, no spaces).
    pub fn new(name: impl Into<String>, url: impl Into<String>) -> Result<Self, DomainError> {
        let url = url.into();
        if !is_site_address(&url) {
            return Err(DomainError::InvalidSiteAddress { given: url });
        }
        Ok(Self { name: name.into(), url, previous_url: None })
    }

    /// The store's name, as set in its general settings.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The store's home address, e.g. `https://shop.example`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address the site had before its last change of address, if it changed.
    pub fn previous_url(&self) -> Option<&str> {
        self.previous_url.as_deref()
    }
}

/// Whether `url` is an `http://` or `https://` address with a host and no whitespace.
pub(crate) fn is_site_address(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.chars().any(char::is_whitespace))
}

/// What an event outside the panel did to the site's WordPress.com connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionImpact {
    /// The connection worked and is now broken.
    Broke,
    /// There was no working connection to break; nothing changed about it.
    Unaffected,
}

impl World {
    /// The site is restored from a backup: a working connection breaks (the restored tokens no
    /// longer work). Nothing to refuse: a restore happens whatever the panel thinks of it.
    pub fn restore_from_backup(&mut self) -> ConnectionImpact {
        self.break_connection(BreakCause::RestoredFromBackup)
    }

    /// The site now answers at another address (moved, or copied to a staging address): a
    /// working connection breaks.
    pub fn change_site_address(&mut self, url: impl Into<String>) -> Result<ConnectionImpact, DomainError> {
        let url = url.into();
        if !is_site_address(&url) {
            return Err(DomainError::InvalidSiteAddress { given: url });
        }
        if url == self.site.url {
            return Err(DomainError::SiteAddressUnchanged);
        }
        self.site.previous_url = Some(std::mem::replace(&mut self.site.url, url));
        Ok(self.break_connection(BreakCause::SiteAddressChanged))
    }

    /// A check of the connection found that WordPress.com no longer accepts the site's keys: a
    /// working connection breaks.
    pub fn find_keys_revoked(&mut self) -> ConnectionImpact {
        self.break_connection(BreakCause::KeysRevoked)
    }

    /// Breaks a working connection for `cause`; a missing or already broken one stays as it is.
    fn break_connection(&mut self, cause: BreakCause) -> ConnectionImpact {
        let Connection::Connected { login, through, since } = &self.connection else {
            return ConnectionImpact::Unaffected;
        };
        self.connection = Connection::Broken { login: login.clone(), through: *through, since: *since, cause };
        ConnectionImpact::Broke
    }
}
