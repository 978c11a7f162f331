//! The Jetpack plugin: installing, activating, deactivating and deleting it.

use serde::{Deserialize, Serialize};

use crate::connection::{Connection, Plugin};
use crate::error::DomainError;
use crate::world::World;

/// Where the Jetpack plugin stands on the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JetpackPlugin {
    /// Not installed.
    #[default]
    NotInstalled,
    /// Installed but inactive.
    Inactive,
    /// Installed and active.
    Active,
}

impl World {
    /// Installs Jetpack (Plugins > Add New); it starts inactive.
    pub fn install_jetpack(&mut self) -> Result<(), DomainError> {
        match self.jetpack {
            JetpackPlugin::NotInstalled => {
                self.jetpack = JetpackPlugin::Inactive;
                Ok(())
            }
            JetpackPlugin::Inactive | JetpackPlugin::Active => Err(DomainError::JetpackAlreadyInstalled),
        }
    }

    /// Activates Jetpack. If the site is connected, Jetpack picks up that same connection.
    pub fn activate_jetpack(&mut self) -> Result<(), DomainError> {
        match self.jetpack {
            JetpackPlugin::NotInstalled => Err(DomainError::JetpackNotInstalled),
            JetpackPlugin::Active => Err(DomainError::JetpackAlreadyActive),
            JetpackPlugin::Inactive => {
                self.jetpack = JetpackPlugin::Active;
                Ok(())
            }
        }
    }

    /// Deactivates Jetpack. The connection stays, since WooPayments shares it; an authorization
    /// started from Jetpack's connect button is abandoned.
    pub fn deactivate_jetpack(&mut self) -> Result<(), DomainError> {
        match self.jetpack {
            JetpackPlugin::NotInstalled => Err(DomainError::JetpackNotInstalled),
            JetpackPlugin::Inactive => Err(DomainError::JetpackNotActive),
            JetpackPlugin::Active => {
                self.jetpack = JetpackPlugin::Inactive;
                if self.authorizing == Some(Plugin::Jetpack) {
                    self.authorizing = None;
                    self.connecting_admin = None;
                }
                Ok(())
            }
        }
    }

    /// Deletes Jetpack (Plugins > Installed Plugins); it must be deactivated first.
    pub fn delete_jetpack(&mut self) -> Result<(), DomainError> {
        match self.jetpack {
            JetpackPlugin::NotInstalled => Err(DomainError::JetpackNotInstalled),
            JetpackPlugin::Active => Err(DomainError::JetpackStillActive),
            JetpackPlugin::Inactive => {
                self.jetpack = JetpackPlugin::NotInstalled;
                Ok(())
            }
        }
    }

    /// The WordPress.com login Jetpack is connected as: `Some` exactly when Jetpack is active
    /// and the site's one connection works.
    pub fn jetpack_connected_as(&self) -> Option<&str> {
        match (&self.jetpack, &self.connection) {
            (JetpackPlugin::Active, Connection::Connected { login, .. }) => Some(login),
            _ => None,
        }
    }
}
