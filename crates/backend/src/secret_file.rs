//! A secret shared with something outside the backend (Stripe's webhook, the host's plugin):
//! the environment variable's value when it is set and not empty, else a file of the data
//! directory, made (mode 0600) at first start so the operator can copy it where it is needed.

use std::fmt;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::random;

/// Why a secret could not be had.
#[derive(Debug)]
pub struct SecretUnavailable(String);

impl fmt::Display for SecretUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the secret {}", self.0)
    }
}

impl std::error::Error for SecretUnavailable {}

/// The secret in `variable`, else in `data_dir`'s `file` (which is made now, holding `prefix`
/// and a fresh random token, when there is none).
pub(crate) fn load_or_create(
    data_dir: &Path,
    variable: &str,
    file: &str,
    prefix: &str,
) -> Result<Arc<str>, SecretUnavailable> {
    if let Some(secret) = std::env::var(variable).ok().filter(|secret| !secret.is_empty()) {
        return Ok(secret.into());
    }
    let path = data_dir.join(file);
    let unreadable = |error: std::io::Error| SecretUnavailable(format!("{}: {error}", path.display()));
    match std::fs::read_to_string(&path) {
        Ok(text) if !text.trim().is_empty() => return Ok(text.trim().into()),
        Ok(_) => return Err(SecretUnavailable(format!("{} is empty", path.display()))),
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(unreadable(error)),
        Err(_) => {}
    }
    let secret = format!("{prefix}{}", random::token().map_err(|error| SecretUnavailable(error.to_string()))?);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(&path) {
        Ok(mut file) => {
            file.write_all(secret.as_bytes()).and_then(|()| file.sync_all()).map_err(unreadable)?;
            Ok(secret.into())
        }
        // Another process made it first: use theirs.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            load_or_create(data_dir, variable, file, prefix)
        }
        Err(error) => Err(unreadable(error)),
    }
}
