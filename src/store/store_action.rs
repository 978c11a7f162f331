//! The actions the owner can start, named so the view can tell which one runs or failed.

use panel_protocol::{ChangeAction, Plugin};

use crate::api::JetpackAction;

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
    /// One action of the guided change of the connection.
    Change(ChangeAction),
}

/// An action that failed, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFailure {
    /// What was attempted.
    pub action: StoreAction,
    /// What went wrong.
    pub error: crate::api::ApiError,
}
