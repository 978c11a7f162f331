//! The guided **Change or reset connection** flow on the wire: its plans and its progress (part
//! of the status snapshot, so every tab and every reload sees the same step). Its one action
//! endpoint, `POST /change`, is with the other actions (`actions.rs`).

use serde::{Deserialize, Serialize};

use crate::connection::{BreakCause, WpcomUser};

/// What the owner wants the change to achieve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeGoal {
    /// Connect another WordPress.com account.
    AnotherAccount,
    /// Reconnect the same WordPress.com account (a reset).
    SameAccount,
    /// The site moved to its new address: keep its connection.
    MovedSite,
    /// This is a copy at another address: a fresh connection for it, in test mode; the
    /// original's stays.
    CopyOfSite,
    /// Not sure yet which site this is: payments stay off here, and neither site's connection
    /// changes.
    DecideLater,
}

/// What happens to an installed Jetpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JetpackChoice {
    /// Keep it: it shares the new connection.
    Keep,
    /// Deactivate and delete it.
    Remove,
}

/// One step of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeStep {
    /// Disconnect (the warning popup, the red **Disconnect**): payments pause.
    Disconnect,
    /// Confirm this is the moved site: the connection follows the new address.
    ConfirmMove,
    /// Forget this copy's borrowed connection; the original site's stays as it is.
    StartFresh,
    /// Deactivate and delete Jetpack.
    RemoveJetpack,
    /// Log out of WordPress.com, on its profile page.
    LogOutOfWpcom,
    /// Connect again (**Finish setup**).
    Reconnect,
    /// Check the result and finish.
    Check,
}

/// A plan: the goal, the fate of Jetpack, and its steps in order (the last is `check`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePlan {
    /// What the change achieves.
    pub goal: ChangeGoal,
    /// What happens to Jetpack; absent when it is not installed or the goal leaves it alone.
    pub jetpack: Option<JetpackChoice>,
    /// The steps, in order.
    pub steps: Vec<ChangeStep>,
}

/// A step of the chosen plan, and whether it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeStepState {
    /// The step.
    pub step: ChangeStep,
    /// Whether it is done (judged from the store's state, wherever the owner did it).
    pub done: bool,
}

/// What the last step shows: whether the change did what was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeCheck {
    /// The account the site is connected as now, if it is.
    pub connected_as: Option<WpcomUser>,
    /// Whether that account is what the goal asked for.
    pub account_as_chosen: bool,
    /// Whether the WooPayments account is the one the site had before.
    pub same_express_account: bool,
    /// Whether the store takes payments again.
    pub takes_payments: bool,
    /// Whether Jetpack is where the plan said.
    pub jetpack_as_chosen: bool,
}

/// A change in progress, as of the snapshot's revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeProgress {
    /// When it started, in seconds since the Unix epoch.
    pub started_at: i64,
    /// The WordPress.com account the site was connected as (or was, if broken) at the start.
    pub from: WpcomUser,
    /// The WooPayments (Stripe Express) account, the same before and after.
    pub express_account_id: Option<String>,
    /// What had broken the connection, when the change is a repair.
    pub cause: Option<BreakCause>,
    /// Whether Jetpack was installed at the start.
    pub jetpack_installed: bool,
    /// The chosen plan; absent until the owner chooses (the snapshot's `change_options`).
    pub plan: Option<ChangePlan>,
    /// The plan's steps, each with whether it is done.
    pub steps: Vec<ChangeStepState>,
    /// The step the owner is on: the first not done.
    pub current: Option<ChangeStep>,
    /// Since when payments are paused, in seconds since the Unix epoch.
    pub paused_since: Option<i64>,
    /// When the site had a working connection again.
    pub reconnected_at: Option<i64>,
    /// The result so far, once a plan is chosen.
    pub check: Option<ChangeCheck>,
}
