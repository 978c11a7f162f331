//! The secret Stripe's webhook events are signed with: `PANEL_STRIPE_WEBHOOK_SECRET` when it is
//! set, else the file [`SECRET_FILE`] of the data directory, made (mode 0600) at first start.
//! The server checks signatures with it; `panel-backend stripe-event` signs with it.

use std::fmt;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::random;

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

/// Why the secret could not be had.
#[derive(Debug)]
pub struct SecretUnavailable(String);

impl fmt::Display for SecretUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the Stripe webhook secret: {}", self.0)
    }
}

impl std::error::Error for SecretUnavailable {}

/// The secret of `data_dir` (which must exist): from the environment, from its file, or made now.
pub(crate) fn load_or_create(data_dir: &Path) -> Result<WebhookSecret, SecretUnavailable> {
    if let Some(secret) = std::env::var(SECRET_VARIABLE).ok().filter(|secret| !secret.is_empty()) {
        return Ok(WebhookSecret(secret.into()));
    }
    let path = data_dir.join(SECRET_FILE);
    let unreadable = |error: std::io::Error| SecretUnavailable(format!("{}: {error}", path.display()));
    match std::fs::read_to_string(&path) {
        Ok(text) if !text.trim().is_empty() => return Ok(WebhookSecret(text.trim().into())),
        Ok(_) => return Err(SecretUnavailable(format!("{} is empty", path.display()))),
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(unreadable(error)),
        Err(_) => {}
    }
    let secret = format!("whsec_{}", random::token().map_err(|error| SecretUnavailable(error.to_string()))?);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(&path) {
        Ok(mut file) => {
            file.write_all(secret.as_bytes()).and_then(|()| file.sync_all()).map_err(unreadable)?;
            Ok(WebhookSecret(secret.into()))
        }
        // Another process made it first: use theirs.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => load_or_create(data_dir),
        Err(error) => Err(unreadable(error)),
    }
}
