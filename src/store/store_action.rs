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
            Self::Connect => strings::CONNECT_FAILED,
            Self::Disconnect(_) => strings::DISCONNECT_FAILED,
            Self::Jetpack(JetpackAction::Install) => strings::INSTALL_FAILED,
            Self::Jetpack(JetpackAction::Activate) => strings::ACTIVATE_FAILED,
            Self::Jetpack(JetpackAction::Deactivate) => strings::DEACTIVATE_FAILED,
            Self::Jetpack(JetpackAction::Delete) => strings::DELETE_FAILED,
            Self::LogOutOfWpcom => strings::LOG_OUT_FAILED,
            Self::SubmitSurvey => strings::SURVEY_FAILED,
            Self::OpenExpress => strings::EXPRESS_FAILED,
            Self::CheckConnection => strings::CHECK_FAILED,
            Self::Change(action) => strings::change_failed(action),
            Self::TransferOwnership => strings::TRANSFER_FAILED,
            Self::GoLive => strings::GO_LIVE_FAILED,
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
            crate::api::ApiError::Conflict { .. } => strings::NOTHING_DONE,
            _ => self.action.failed_heading(),
        }
    }

    /// The heading and why, in one line: a dialog's own error line (its button tries again).
    pub fn sentence(&self) -> String {
        format!("{} {}", self.heading(), self.error.user_message())
    }
}
