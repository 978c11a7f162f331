//! The actions the owner can start, named so the view can tell which one runs or failed.

use panel_protocol::{ChangeAction, Plugin};

use crate::api::JetpackAction;
use crate::strings;

/// One thing the owner asked the store to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreAction {
    /// **Connect** / **Finish setup**: start authorizing at WordPress.com.
    Connect,
    /// The red **Disconnect** button, through the given plugin.
    Disconnect(Plugin),
    /// Install, activate, deactivate or delete Jetpack.
    Jetpack(JetpackAction),
    /// Log this browser out of WordPress.com.
    LogOutOfWpcom,
    /// Send the disconnect feedback survey.
    SubmitSurvey,
    /// Open the Stripe Express dashboard.
    OpenExpress,
    /// **Check now**: check that WordPress.com still accepts the connection.
    CheckConnection,
    /// One action of the guided change of the connection.
    Change(ChangeAction),
    /// Hand the connection to another administrator.
    TransferOwnership,
    /// Leave test mode.
    GoLive,
}

impl StoreAction {
    /// The heading of the notice saying this action failed: what could not be done.
    pub fn failed_heading(self) -> &'static str {
        match self {
            Self::Connect => strings::connect_action_failed(),
            Self::Disconnect(_) => strings::disconnect_failed(),
            Self::Jetpack(JetpackAction::Install) => strings::install_failed(),
            Self::Jetpack(JetpackAction::Activate) => strings::activate_failed(),
            Self::Jetpack(JetpackAction::Deactivate) => strings::deactivate_failed(),
            Self::Jetpack(JetpackAction::Delete) => strings::delete_failed(),
            Self::LogOutOfWpcom => strings::log_out_failed(),
            Self::SubmitSurvey => strings::survey_failed(),
            Self::OpenExpress => strings::express_failed(),
            Self::CheckConnection => strings::check_failed(),
            Self::Change(action) => strings::change_failed(action),
            Self::TransferOwnership => strings::transfer_failed(),
            Self::GoLive => strings::go_live_failed(),
        }
    }
}

/// An action that failed, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFailure {
    /// What was attempted.
    pub action: StoreAction,
    /// What went wrong.
    pub error: crate::api::ApiError,
}

impl ActionFailure {
    /// The heading of its notice: "Nothing was done." for a conflict (the store changed
    /// meanwhile), else what could not be done.
    pub fn heading(&self) -> &'static str {
        match self.error {
            crate::api::ApiError::Conflict { .. } => strings::nothing_done(),
            _ => self.action.failed_heading(),
        }
    }

    /// The heading and why, in one line: a dialog's own error line (its button tries again).
    pub fn sentence(&self) -> String {
        format!("{} {}", self.heading(), self.error.user_message())
    }
}
