//! Operator commands about the site's WordPress users and its environment: what happens in
//! wp-admin's Users screens and in `wp-config.php`, outside the panel.

use std::path::Path;

use connection_domain::{Environment, SiteRole};
use panel_protocol::EventKind;

use super::{OperatorError, OperatorReport, run};
use crate::event_log::EventDraft;

/// A WordPress role, as the operator names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserRole {
    /// May use the panel and own the connection.
    Administrator,
    /// May not use the panel.
    Editor,
}

impl From<UserRole> for SiteRole {
    fn from(role: UserRole) -> Self {
        match role {
            UserRole::Administrator => Self::Administrator,
            UserRole::Editor => Self::Editor,
        }
    }
}

/// Users > Add New: a user `login` called `display_name` with `role`, with their own
/// WordPress.com account `wpcom` linked when given (created on WordPress.com if it does not
/// exist yet).
pub async fn add_user(
    data_dir: &Path,
    login: &str,
    display_name: &str,
    role: UserRole,
    wpcom: Option<&str>,
) -> Result<OperatorReport, OperatorError> {
    let (login, display_name, wpcom) = (login.to_owned(), display_name.to_owned(), wpcom.map(str::to_owned));
    run(data_dir, move |step| {
        step.world.add_site_user(&login, &display_name, role.into())?;
        let mut summary = format!("{display_name} ({login}) was added to the site as {}", role_words(role.into()));
        if let Some(wpcom) = &wpcom {
            if step.world.wpcom().user(wpcom).is_none() {
                let user = connection_domain::WpcomUser { login: wpcom.clone(), display_name: display_name.clone() };
                step.world.create_wpcom_account(user)?;
            }
            step.world.link_wpcom_account(&login, wpcom)?;
            summary.push_str(&format!(", with their WordPress.com account {wpcom}"));
        }
        summary.push('.');
        Ok(EventDraft::other(EventKind::SiteUserAdded, summary))
    })
    .await
}

/// Users > Delete: the user `login` goes; if they owned the connection, it is ownerless.
pub async fn delete_user(data_dir: &Path, login: &str) -> Result<OperatorReport, OperatorError> {
    let login = login.to_owned();
    run(data_dir, move |step| {
        let name = step.world.user(&login).map(|user| user.display_name.clone()).unwrap_or_else(|| login.clone());
        step.world.delete_site_user(&login)?;
        let summary = format!("{name} ({login}) was deleted from the site{}.", ownerless_words(step.world));
        Ok(EventDraft::other(EventKind::SiteUserDeleted, summary))
    })
    .await
}

/// Users > Change role: `login` gets `role`; an owner who is no longer an administrator leaves
/// the connection ownerless.
pub async fn set_role(data_dir: &Path, login: &str, role: UserRole) -> Result<OperatorReport, OperatorError> {
    let login = login.to_owned();
    run(data_dir, move |step| {
        step.world.set_site_role(&login, role.into())?;
        let summary = format!("{login} is now {}{}.", role_words(role.into()), ownerless_words(step.world));
        Ok(EventDraft::other(EventKind::SiteRoleChanged, summary))
    })
    .await
}

/// The user `login` links their own WordPress.com account `wpcom` (Jetpack's **Connect your
/// WordPress.com account**).
pub async fn link_wpcom(data_dir: &Path, login: &str, wpcom: &str) -> Result<OperatorReport, OperatorError> {
    let (login, wpcom) = (login.to_owned(), wpcom.to_owned());
    run(data_dir, move |step| {
        step.world.link_wpcom_account(&login, &wpcom)?;
        let summary = format!("{login} linked their WordPress.com account {wpcom}.");
        Ok(EventDraft::other(EventKind::WpcomAccountLinked, summary))
    })
    .await
}

/// `wp-config.php` names the site's environment (`WP_ENVIRONMENT_TYPE`): any but production
/// puts the store in test mode.
pub async fn set_environment(data_dir: &Path, environment: Environment) -> Result<OperatorReport, OperatorError> {
    run(data_dir, move |step| {
        step.world.set_environment(environment);
        let summary = match environment {
            Environment::Production => {
                "The site is now a production site; its payment mode stays as it was until someone goes live."
                    .to_owned()
            }
            other => format!("The site is now a {other} site: it runs in test mode and cannot take live payments."),
        };
        Ok(EventDraft::other(EventKind::EnvironmentChanged, summary))
    })
    .await
}

fn role_words(role: SiteRole) -> &'static str {
    match role {
        SiteRole::Administrator => "an administrator",
        SiteRole::Editor => "an editor",
    }
}

/// ": the connection has no owner now" when it has none.
fn ownerless_words(world: &connection_domain::World) -> &'static str {
    if world.is_ownerless() { ": the connection has no owner now" } else { "" }
}
