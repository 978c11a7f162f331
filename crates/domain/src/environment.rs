//! Which copy of the store this is, and whether its payments are real.
//!
//! A site is production, staging or development, the way WordPress's `WP_ENVIRONMENT_TYPE`
//! names it. Only production may take live payments: every other environment, and a copy of
//! the site chosen as one in the change of address, runs in **test mode**, with a test account
//! of its own and never the live Express account. Going live is an explicit step that only
//! production allows.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::world::World;

/// The site's environment, as WordPress's `WP_ENVIRONMENT_TYPE` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Environment {
    /// The live store, where customers shop.
    #[default]
    Production,
    /// A copy for trying changes before they reach production.
    Staging,
    /// A developer's copy.
    Development,
}

impl fmt::Display for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Production => "production",
            Self::Staging => "staging",
            Self::Development => "development",
        })
    }
}

/// Whether the store's payments are real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMode {
    /// Real payments, on the live Express account.
    #[default]
    Live,
    /// Test payments on a test account: no money moves, and test transactions stay apart.
    Test,
}

impl World {
    /// The site's environment.
    pub fn environment(&self) -> Environment {
        self.environment
    }

    /// Whether the store's payments are real.
    pub fn payment_mode(&self) -> PaymentMode {
        self.mode
    }

    /// Whether [`World::go_live`] would be accepted now.
    pub fn can_go_live(&self) -> bool {
        self.environment == Environment::Production && self.mode == PaymentMode::Test && !self.is_opted_out()
    }

    /// The site's configuration names its environment (`WP_ENVIRONMENT_TYPE`). Any but
    /// production switches the store to test mode; production leaves the mode as it is (going
    /// live stays an explicit step).
    pub fn set_environment(&mut self, environment: Environment) {
        self.environment = environment;
        if environment != Environment::Production {
            self.mode = PaymentMode::Test;
        }
    }

    /// The store leaves test mode and takes real payments from now on, on the live account.
    /// Refused outside production, when already live, and after opting out.
    pub fn go_live(&mut self) -> Result<(), DomainError> {
        if self.environment != Environment::Production {
            return Err(DomainError::NotProduction { environment: self.environment });
        }
        if self.mode == PaymentMode::Live {
            return Err(DomainError::AlreadyLive);
        }
        if self.is_opted_out() {
            return Err(DomainError::OptedOut);
        }
        self.mode = PaymentMode::Live;
        Ok(())
    }

    /// This site is a copy of the store: it runs in test mode from now on.
    pub(crate) fn mark_as_copy(&mut self) {
        self.mode = PaymentMode::Test;
    }
}
