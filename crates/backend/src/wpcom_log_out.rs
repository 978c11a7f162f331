//! Logging this browser out of WordPress.com: one step, shared by the API's logout and the
//! simulated profile page's **Log Out** button.

use panel_protocol::EventKind;

use crate::event_log::EventDraft;
use crate::saved_world::{ChangeError, Step};

/// The step of logging this browser out of WordPress.com.
pub(crate) fn log_out(step: Step<'_, '_>) -> Result<((), EventDraft), ChangeError> {
    let was = step.world.wpcom().session().login().map(str::to_owned);
    step.world.log_out_of_wpcom()?;
    let summary = format!("Logged out of WordPress.com (was {}).", was.unwrap_or_default());
    Ok(((), EventDraft::session(EventKind::WpcomLoggedOut, summary)))
}
