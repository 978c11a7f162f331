//! The secret Stripe's webhook events are signed with: `PANEL_STRIPE_WEBHOOK_SECRET` when it is
//! set, else the file [`SECRET_FILE`] of the data directory, made (mode 0600) at first start.
//! The server checks signatures with it; `panel-backend stripe-event` signs with it.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use crate::secret_file::{self, SecretUnavailable};

/// The environment variable that, when set and not empty, is the secret.
pub const SECRET_VARIABLE: &str = "PANEL_STRIPE_WEBHOOK_SECRET";

/// The secret's file in the data directory.
pub const SECRET_FILE: &str = "stripe_webhook_secret";

/// The webhook's secret, cheap to clone.
#[derive(Clone)]
pub struct WebhookSecret(Arc<str>);

impl WebhookSecret {
    /// The secret as text.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(..)")
    }
}

/// The secret of `data_dir` (which must exist): from the environment, from its file, or made now.
pub(crate) fn load_or_create(data_dir: &Path) -> Result<WebhookSecret, SecretUnavailable> {
    secret_file::load_or_create(data_dir, SECRET_VARIABLE, SECRET_FILE, "whsec_").map(WebhookSecret)
}
