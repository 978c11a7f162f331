//! Requests and responses of the API's actions. Every action that changes the store names the
//! `expected_revision` it was decided on; a stale one is refused with `409`
//! ([`crate::StaleRevisionBody`]).

use serde::{Deserialize, Serialize};

use crate::change::{ChangeGoal, JetpackChoice};
use crate::connection::{Plugin, WpcomUser};
use crate::status::StatusSnapshot;

/// The body of an action that needs nothing but the revision it was decided on (the Jetpack
/// actions, WordPress.com log out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ExpectedRevision {
    /// The snapshot revision the client acted on.
    #[serde(deserialize_with = "crate::whole_number::deserialize")]
    pub expected_revision: u64,
}

/// `POST /connect`: a connect button was clicked (**Connect**, **Finish setup**, or Jetpack's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConnectRequest {
    /// The plugin whose button was clicked.
    pub plugin: Plugin,
    /// The snapshot revision the client acted on.
    #[serde(deserialize_with = "crate::whole_number::deserialize")]
    pub expected_revision: u64,
    /// Where to send the browser back after authorization: a path on the backend's origin
    /// (`/payments/overview`), `/` when absent. `?connected=1` or `?connect_error=<code>` is
    /// added to it.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^/([^/\\#\s\x00-\x1f\x7f-\x9f][^\\#\s\x00-\x1f\x7f-\x9f]*)?$", max_length = 512)
    )]
    pub return_to: Option<String>,
}

/// The answer to `POST /connect`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConnectResponse {
    /// WordPress.com's authorization page: send the browser there (relative to the backend's
    /// root for the simulated WordPress.com).
    pub authorize_url: String,
    /// The state after the click (`authorization` is set, `next_step` is `authorize`).
    pub status: StatusSnapshot,
}

/// `POST /disconnect`: the red **Disconnect** button in the warning popup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DisconnectRequest {
    /// The plugin whose panel the button is in (WooPayments' or Jetpack's): one connection, so
    /// both lose it either way.
    pub plugin: Plugin,
    /// The snapshot revision the client acted on.
    #[serde(deserialize_with = "crate::whole_number::deserialize")]
    pub expected_revision: u64,
}

/// The answer to `POST /disconnect`: what broke.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisconnectResponse {
    /// The WordPress.com account the site was connected as.
    pub disconnected: WpcomUser,
    /// Every plugin that lost the connection (WooPayments always; Jetpack when active).
    pub lost_connection: Vec<Plugin>,
    /// The state after disconnecting: no payments until reconnected.
    pub status: StatusSnapshot,
}

/// The longest free-text comment the disconnect survey keeps, in characters.
pub const SURVEY_COMMENT_MAX_CHARS: usize = 1000;

/// `POST /disconnect-survey`: the optional feedback after disconnecting (the **No thank you**
/// link skips it: then nothing is sent).
/// Its OpenAPI schema is written by hand (`survey_schema`), to say what the backend refuses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisconnectSurvey {
    /// Why the owner disconnected; any number of reasons.
    #[serde(default)]
    pub reasons: Vec<DisconnectReason>,
    /// Anything else, at most [`SURVEY_COMMENT_MAX_CHARS`] characters.
    #[serde(default)]
    pub comment: Option<String>,
}

/// A reason offered by the disconnect survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisconnectReason {
    /// To connect another WordPress.com account.
    ChangingAccount,
    /// To reset a broken connection.
    ResettingConnection,
    /// Jetpack is no longer wanted.
    RemovingJetpack,
    /// Something did not work.
    SomethingBroke,
    /// Another reason (see the comment).
    Other,
}

/// The answer to `POST /disconnect-survey`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyReceipt {
    /// The stored answer's id.
    pub id: i64,
}

/// What `POST /change` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum ChangeAction {
    /// Start the guided change.
    Start,
    /// Choose the plan: one of the snapshot's `change_options`.
    Choose {
        /// The goal.
        goal: ChangeGoal,
        /// What happens to Jetpack, when it is installed.
        #[serde(default)]
        jetpack: Option<JetpackChoice>,
    },
    /// This is the moved site: keep the connection.
    ConfirmMove,
    /// This is a copy: forget the borrowed connection and connect afresh.
    StartFresh,
    /// Deactivate and delete Jetpack.
    RemoveJetpack,
    /// Every step is done: finish, with one entry in the event log for the whole change.
    Finish,
    /// Stop the change where it stands; what was done stays done.
    Cancel,
}

/// `POST /change`: one action of the guided change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangeRequest {
    /// The action.
    pub action: ChangeAction,
    /// The snapshot revision the client acted on.
    #[serde(deserialize_with = "crate::whole_number::deserialize")]
    pub expected_revision: u64,
}

/// The answer to `POST /change`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeResponse {
    /// The state after the action.
    pub status: StatusSnapshot,
    /// For `finish` and `cancel`: the sentence the event log keeps about the whole change.
    pub summary: Option<String>,
}
