//! What happens to the store outside the admin, as operator commands of the `panel-backend`
//! binary: a restore from backup, a change of the site's address, support unlinking the
//! account, WordPress.com revoking the site's keys, Stripe reporting on the account
//! ([`stripe_event`], over HTTP to the running server's webhook), and a new login link. Each opens the data directory's database (the server may be
//! running on it) and changes it the way the API does: one transaction, the revision bumped,
//! the event logged.

mod people;
mod stripe_event;

use std::fmt;
use std::path::Path;

use connection_domain::{ConnectionImpact, DomainError};
use panel_protocol::EventKind;

use crate::auth::login::{self, IssueError};
use crate::database::{Database, DatabaseError};
use crate::event_log::EventDraft;
use crate::saved_world::{self, ChangeError};
use crate::wpcom_site_keys;

pub use connection_domain::Environment as SiteEnvironment;
pub use people::{UserRole, add_user, delete_user, link_wpcom, set_environment, set_role};
pub use stripe_event::{Rejection, ReportedStatus, StripeEventOptions, StripeEventSent, stripe_event};

/// What an operator command did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorReport {
    /// The revision the change produced.
    pub revision: u64,
    /// What happened, as the event log says it.
    pub summary: String,
}

/// Why an operator command changed nothing.
#[derive(Debug)]
pub enum OperatorError {
    /// The domain refused the step (e.g. unlinking a store that has no account).
    Refused(DomainError),
    /// The database, or the random source, failed.
    Failed(String),
}

impl fmt::Display for OperatorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Refused(error) => write!(f, "refused: {error}"),
            Self::Failed(what) => write!(f, "failed: {what}"),
        }
    }
}

impl std::error::Error for OperatorError {}

impl From<DatabaseError> for OperatorError {
    fn from(error: DatabaseError) -> Self {
        Self::Failed(error.to_string())
    }
}

impl From<ChangeError> for OperatorError {
    fn from(error: ChangeError) -> Self {
        match error {
            ChangeError::Domain(error) => Self::Refused(error),
            other => Self::Failed(other.to_string()),
        }
    }
}

impl From<IssueError> for OperatorError {
    fn from(error: IssueError) -> Self {
        match error {
            IssueError::Random(error) => Self::Failed(error.to_string()),
            IssueError::Database(error) => Self::Failed(error.to_string()),
            IssueError::NotAnAdministrator(login) => {
                Self::Failed(format!("{login} is not an administrator of the site (see `add-user`)"))
            }
        }
    }
}

/// The site is restored from a backup: a working connection breaks.
pub async fn restore_backup(data_dir: &Path) -> Result<OperatorReport, OperatorError> {
    run(data_dir, |step| {
        let summary = match (step.world.restore_from_backup(), step.world.connection().login()) {
            (ConnectionImpact::Broke, Some(login)) => format!(
                "The site was restored from a backup: its connection as {login} is broken; no payments until it is reset."
            ),
            _ => "The site was restored from a backup; there was no working connection to break.".to_owned(),
        };
        Ok(EventDraft::connection(EventKind::RestoredFromBackup, summary))
    })
    .await
}

/// The site now answers at `url`: a working connection breaks.
pub async fn change_site_address(data_dir: &Path, url: &str) -> Result<OperatorReport, OperatorError> {
    let url = url.to_owned();
    run(data_dir, move |step| {
        let impact = step.world.change_site_address(url.as_str())?;
        let effect = match impact {
            ConnectionImpact::Broke => "its connection is broken; no payments until it is reset",
            ConnectionImpact::Unaffected => "there was no working connection to break",
        };
        let summary = format!("The site's address changed to {url}: {effect}.");
        Ok(EventDraft::connection(EventKind::SiteAddressChanged, summary))
    })
    .await
}

/// Support unlinks the WooPayments account at the owner's request (opting out of the Stripe
/// agreement): the panel goes read-only; the balance is still deposited.
pub async fn support_unlink(data_dir: &Path) -> Result<OperatorReport, OperatorError> {
    run(data_dir, |step| {
        step.world.opt_out(step.now)?;
        let id = step.world.account().map(|account| account.id().to_string()).unwrap_or_default();
        let summary = format!(
            "Support unlinked the WooPayments account {id} (opted out of the Stripe agreement): no new orders, refunds, \
             dispute challenges or Express login; the remaining balance is still deposited."
        );
        Ok(EventDraft::other(EventKind::OptedOut, summary))
    })
    .await
}

/// WordPress.com stops accepting the site's keys, without the site noticing: the connection
/// still reads connected (same revision, nothing logged) until its next check breaks it.
pub async fn revoke_keys(data_dir: &Path) -> Result<String, OperatorError> {
    let database = Database::open_in(data_dir)?;
    database.write(wpcom_site_keys::revoke).await?;
    Ok("WordPress.com no longer accepts the site's keys. The site does not know yet: the panel finds out at its next \
        check of the connection (at most 5 minutes after the last one, or on Check now)."
        .to_owned())
}

/// A new one-time login link under `base_url` (e.g. `http://127.0.0.1:8080`) for the
/// administrator `user` (the site's first administrator when `None`).
pub async fn login_link(data_dir: &Path, base_url: &str, user: Option<&str>) -> Result<String, OperatorError> {
    let database = Database::open_in(data_dir)?;
    Ok(login::issue_link(&database, base_url, user).await?)
}

/// Opens the database of `data_dir` and makes the change `step` describes.
pub(crate) async fn run<F>(data_dir: &Path, step: F) -> Result<OperatorReport, OperatorError>
where
    F: FnOnce(saved_world::Step<'_, '_>) -> Result<EventDraft, ChangeError> + Send + 'static,
{
    let database = Database::open_in(data_dir)?;
    let changed = saved_world::change(&database, None, |step_in| {
        let event = step(step_in)?;
        Ok((event.summary.clone(), event))
    })
    .await?;
    Ok(OperatorReport { revision: changed.status.revision, summary: changed.outcome })
}
