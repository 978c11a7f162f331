//! The guided **Change or reset connection** flow: its progress is part of the world, so it
//! survives reloads and closed tabs, and every step the owner takes (in the flow or by the
//! manual route of the support pages) moves it on.
//!
//! The flow is started, a [`ChangePlan`] is chosen from [`World::change_options`], and the plan's
//! [`ChangeStep`]s are walked; which ones are done is derived from the world (and from the few
//! milestones the transitions record here), never ticked off by the client.

use serde::{Deserialize, Serialize};

use crate::connection::{BreakCause, Connection};
use crate::error::DomainError;
use crate::express_account::ExpressAccountId;
use crate::jetpack::JetpackPlugin;
use crate::world::World;

/// What the owner wants the change to achieve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeGoal {
    /// Connect another WordPress.com account.
    AnotherAccount,
    /// Reconnect the same WordPress.com account (a reset).
    SameAccount,
    /// The site moved to its new address: keep its connection.
    MovedSite,
    /// This is a copy of the site at another address: give it a fresh connection and leave the
    /// original site's connection alone. The copy runs in test mode from then on.
    CopyOfSite,
    /// Not sure which site this is yet: payments stay off here, and neither site's connection
    /// changes.
    DecideLater,
}

/// What happens to an installed Jetpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JetpackChoice {
    /// Keep it: after reconnecting it shares the new connection.
    Keep,
    /// Deactivate and delete it.
    Remove,
}

/// One step of a chosen plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeStep {
    /// Disconnect the site (the warning popup, the red **Disconnect**): payments pause.
    Disconnect,
    /// Confirm this is the moved site: the connection follows the new address.
    ConfirmMove,
    /// Forget this copy's borrowed connection (the original's stays as it is).
    StartFresh,
    /// Deactivate and delete Jetpack.
    RemoveJetpack,
    /// Log out of WordPress.com (on its profile page, elsewhere).
    LogOutOfWpcom,
    /// Connect again (**Finish setup**), as the account of the goal.
    Reconnect,
    /// Check the result and finish.
    Check,
}

/// A plan the owner can choose: the goal, the fate of Jetpack, and the steps it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePlan {
    /// What the change achieves.
    pub goal: ChangeGoal,
    /// What happens to Jetpack; `None` when it is not installed or the goal leaves it alone.
    pub jetpack: Option<JetpackChoice>,
    /// The steps, in order; the last is always [`ChangeStep::Check`].
    pub steps: Vec<ChangeStep>,
}

/// A change in progress: what the world was when it started, the chosen plan, and milestones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionChange {
    id: u64,
    started_at: i64,
    from_login: String,
    express_account: Option<ExpressAccountId>,
    cause: Option<BreakCause>,
    jetpack_installed: bool,
    plan: Option<ChangePlan>,
    disconnected_at: Option<i64>,
    reconnected_at: Option<i64>,
}

impl ConnectionChange {
    /// The id the caller gave the change when starting it (unique per store).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// When the change started, in seconds since the Unix epoch.
    pub fn started_at(&self) -> i64 {
        self.started_at
    }

    /// The WordPress.com account the site was connected as (or was, if broken) at the start.
    pub fn from_login(&self) -> &str {
        &self.from_login
    }

    /// The WooPayments account, which stays the same through the change.
    pub fn express_account(&self) -> Option<&ExpressAccountId> {
        self.express_account.as_ref()
    }

    /// What had broken the connection, when the change started on a broken one (a reset).
    pub fn cause(&self) -> Option<BreakCause> {
        self.cause
    }

    /// Whether Jetpack was installed when the change started.
    pub fn jetpack_installed(&self) -> bool {
        self.jetpack_installed
    }

    /// The chosen plan; `None` until the owner chooses.
    pub fn plan(&self) -> Option<&ChangePlan> {
        self.plan.as_ref()
    }

    /// Since when payments are paused: the disconnect, or the start when the connection was
    /// already broken. `None` before either.
    pub fn paused_since(&self) -> Option<i64> {
        self.disconnected_at.or(self.cause.map(|_| self.started_at))
    }

    /// When the site had a working connection again.
    pub fn reconnected_at(&self) -> Option<i64> {
        self.reconnected_at
    }
}

/// The result of a finished change, for the event log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeSummary {
    /// What the change achieved.
    pub goal: ChangeGoal,
    /// The account the site was connected as before.
    pub from_login: String,
    /// The account it is connected as now.
    pub to_login: Option<String>,
    /// The WooPayments account, the same before and after.
    pub express_account: Option<ExpressAccountId>,
    /// How long payments were paused, in seconds (`None` if they never were).
    pub paused_for: Option<i64>,
}

/// What the last step shows: whether the change did what was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeCheck {
    /// The account the site is connected as now, if it is.
    pub connected_as: Option<String>,
    /// Whether that account is what the goal asked for (another one, or the same one).
    pub account_as_chosen: bool,
    /// Whether the WooPayments account is the one the site had before.
    pub same_express_account: bool,
    /// Whether the store takes payments again.
    pub takes_payments: bool,
    /// Whether Jetpack is where the plan said (kept, or removed).
    pub jetpack_as_chosen: bool,
}

impl World {
    /// The change in progress, if any.
    pub fn change(&self) -> Option<&ConnectionChange> {
        self.change.as_ref()
    }

    /// Starts the guided change, with `id` (unique per store) at `now`. Needs a connection,
    /// working or broken; refused after opting out and while another change is in progress.
    pub fn start_change(&mut self, id: u64, now: i64) -> Result<(), DomainError> {
        if self.is_opted_out() {
            return Err(DomainError::OptedOut);
        }
        if self.change.is_some() {
            return Err(DomainError::ChangeInProgress);
        }
        let login = self.connection.login().ok_or(DomainError::NothingToChange)?.to_owned();
        self.change = Some(ConnectionChange {
            id,
            started_at: now,
            from_login: login,
            express_account: self.account().map(|account| account.id().clone()),
            cause: self.connection.broken_cause(),
            jetpack_installed: self.jetpack != JetpackPlugin::NotInstalled,
            plan: None,
            disconnected_at: None,
            reconnected_at: None,
        });
        Ok(())
    }

    /// The plans the owner can choose from now: for the change in progress (before a plan is
    /// chosen), or for one that would start now. Empty when there is nothing to choose.
    pub fn change_options(&self) -> Vec<ChangePlan> {
        let (from_login, cause, jetpack_installed) = match &self.change {
            Some(change) if change.plan.is_some() => return Vec::new(),
            Some(change) => (change.from_login.as_str(), change.cause, change.jetpack_installed),
            None if self.is_opted_out() => return Vec::new(),
            None => match self.connection.login() {
                None => return Vec::new(),
                Some(login) => (login, self.connection.broken_cause(), self.jetpack != JetpackPlugin::NotInstalled),
            },
        };
        let goals: &[ChangeGoal] = match cause {
            Some(BreakCause::SiteAddressChanged) => {
                &[ChangeGoal::MovedSite, ChangeGoal::CopyOfSite, ChangeGoal::DecideLater]
            }
            Some(BreakCause::RestoredFromBackup | BreakCause::KeysRevoked) => {
                &[ChangeGoal::SameAccount, ChangeGoal::AnotherAccount]
            }
            None => &[ChangeGoal::AnotherAccount, ChangeGoal::SameAccount],
        };
        let jetpack_choices: &[Option<JetpackChoice>] =
            if jetpack_installed { &[Some(JetpackChoice::Keep), Some(JetpackChoice::Remove)] } else { &[None] };
        let mut plans = Vec::new();
        for &goal in goals {
            if matches!(goal, ChangeGoal::MovedSite | ChangeGoal::CopyOfSite | ChangeGoal::DecideLater) {
                plans.push(self.plan_for(goal, None, from_login));
                continue;
            }
            for &jetpack in jetpack_choices {
                plans.push(self.plan_for(goal, jetpack, from_login));
            }
        }
        plans
    }

    /// The steps of `goal` with `jetpack`, for a change from `from_login`, in the world as it is.
    fn plan_for(&self, goal: ChangeGoal, jetpack: Option<JetpackChoice>, from_login: &str) -> ChangePlan {
        let session = self.wpcom.session().login();
        let mut steps = Vec::new();
        match goal {
            ChangeGoal::MovedSite => steps.push(ChangeStep::ConfirmMove),
            ChangeGoal::CopyOfSite => steps.extend([ChangeStep::StartFresh, ChangeStep::Reconnect]),
            ChangeGoal::DecideLater => {}
            ChangeGoal::AnotherAccount | ChangeGoal::SameAccount => {
                steps.push(ChangeStep::Disconnect);
                if jetpack == Some(JetpackChoice::Remove) {
                    steps.push(ChangeStep::RemoveJetpack);
                }
                let wrong_session = match goal {
                    ChangeGoal::AnotherAccount => session == Some(from_login),
                    _ => session.is_some_and(|login| login != from_login),
                };
                if wrong_session {
                    steps.push(ChangeStep::LogOutOfWpcom);
                }
                steps.push(ChangeStep::Reconnect);
            }
        }
        steps.push(ChangeStep::Check);
        ChangePlan { goal, jetpack, steps }
    }

    /// Chooses what the change in progress does: `goal`, and `jetpack` when Jetpack was
    /// installed. Refused without a change in progress, once a plan is chosen, and for a goal or
    /// Jetpack choice [`World::change_options`] does not offer.
    pub fn choose_change(&mut self, goal: ChangeGoal, jetpack: Option<JetpackChoice>) -> Result<(), DomainError> {
        let change = self.change.as_ref().ok_or(DomainError::NoChangeInProgress)?;
        if change.plan.is_some() {
            return Err(DomainError::ChangeAlreadyPlanned);
        }
        let plan = self
            .change_options()
            .into_iter()
            .find(|plan| plan.goal == goal && plan.jetpack == jetpack)
            .ok_or(DomainError::ChangeNotOffered)?;
        if let Some(change) = self.change.as_mut() {
            change.plan = Some(plan);
        }
        Ok(())
    }

    /// Whether `step` of the change in progress is done, judged from the world.
    fn change_step_done(&self, change: &ConnectionChange, step: ChangeStep) -> bool {
        let goal = change.plan.as_ref().map(|plan| plan.goal);
        match step {
            ChangeStep::Disconnect | ChangeStep::StartFresh => change.disconnected_at.is_some(),
            ChangeStep::ConfirmMove | ChangeStep::Reconnect => change.reconnected_at.is_some(),
            ChangeStep::RemoveJetpack => self.jetpack == JetpackPlugin::NotInstalled,
            ChangeStep::LogOutOfWpcom => {
                let session = self.wpcom.session().login();
                change.reconnected_at.is_some()
                    || match goal {
                        Some(ChangeGoal::SameAccount) => session.is_none_or(|login| login == change.from_login),
                        _ => session != Some(change.from_login.as_str()),
                    }
            }
            ChangeStep::Check => false,
        }
    }

    /// The chosen plan's steps, each with whether it is done. Empty before a plan is chosen.
    pub fn change_steps(&self) -> Vec<(ChangeStep, bool)> {
        let Some(change) = &self.change else { return Vec::new() };
        let Some(plan) = &change.plan else { return Vec::new() };
        plan.steps.iter().map(|&step| (step, self.change_step_done(change, step))).collect()
    }

    /// The step the owner is on: the first one not done.
    pub fn current_change_step(&self) -> Option<ChangeStep> {
        self.change_steps().into_iter().find(|(_, done)| !done).map(|(step, _)| step)
    }

    /// What the last step shows; `None` unless a plan is chosen.
    pub fn change_check(&self) -> Option<ChangeCheck> {
        let change = self.change.as_ref()?;
        let plan = change.plan.as_ref()?;
        let connected_as = match &self.connection {
            Connection::Connected { login, .. } => Some(login.clone()),
            _ => None,
        };
        let account_as_chosen = plan.goal == ChangeGoal::DecideLater
            || connected_as.as_deref().is_some_and(|login| match plan.goal {
                ChangeGoal::AnotherAccount => login != change.from_login,
                ChangeGoal::SameAccount | ChangeGoal::MovedSite => login == change.from_login,
                ChangeGoal::CopyOfSite => true,
                ChangeGoal::DecideLater => false,
            });
        let jetpack_as_chosen = match plan.jetpack {
            Some(JetpackChoice::Remove) => self.jetpack == JetpackPlugin::NotInstalled,
            Some(JetpackChoice::Keep) => self.jetpack != JetpackPlugin::NotInstalled,
            None => true,
        };
        Some(ChangeCheck {
            connected_as,
            account_as_chosen,
            same_express_account: self.account().map(|account| account.id()) == change.express_account.as_ref(),
            takes_payments: self.capabilities().take_payments,
            jetpack_as_chosen,
        })
    }

    /// The moved site keeps its connection: WordPress.com takes the new address, and the broken
    /// connection works again as before. Needs a change whose plan is [`ChangeGoal::MovedSite`].
    pub fn confirm_site_moved(&mut self, now: i64) -> Result<(), DomainError> {
        self.require_step(ChangeStep::ConfirmMove)?;
        let Connection::Broken { login, through, since, .. } = &self.connection else {
            return Err(DomainError::ChangeNotOffered);
        };
        self.connection = Connection::Connected { login: login.clone(), through: *through, since: *since };
        if let Some(change) = self.change.as_mut() {
            change.reconnected_at = Some(now);
        }
        Ok(())
    }

    /// This copy forgets the connection it borrowed from the original site, which keeps its own
    /// untouched; the copy then connects afresh, in test mode (it never uses the original's live
    /// account). Needs a [`ChangeGoal::CopyOfSite`] plan.
    pub fn start_fresh_connection(&mut self, now: i64) -> Result<(), DomainError> {
        self.require_step(ChangeStep::StartFresh)?;
        self.connection = Connection::NotConnected;
        self.forget_owner();
        self.mark_as_copy();
        if let Some(change) = self.change.as_mut() {
            change.disconnected_at = Some(now);
        }
        Ok(())
    }

    /// Deactivates (if active) and deletes Jetpack, for a plan that removes it.
    pub fn remove_jetpack_for_change(&mut self) -> Result<(), DomainError> {
        self.require_step(ChangeStep::RemoveJetpack)?;
        if self.jetpack == JetpackPlugin::Active {
            self.deactivate_jetpack()?;
        }
        self.delete_jetpack()
    }

    /// Refuses unless a change is in progress whose plan has `step`, not yet done.
    fn require_step(&self, step: ChangeStep) -> Result<(), DomainError> {
        let change = self.change.as_ref().ok_or(DomainError::NoChangeInProgress)?;
        let planned = change.plan.as_ref().ok_or(DomainError::ChangeNotPlanned)?;
        if !planned.steps.contains(&step) || self.change_step_done(change, step) {
            return Err(DomainError::ChangeNotOffered);
        }
        Ok(())
    }

    /// Finishes the change once every step before the check is done; the world no longer
    /// holds it, and the summary says what it achieved for the event log.
    pub fn finish_change(&mut self, now: i64) -> Result<ChangeSummary, DomainError> {
        let change = self.change.as_ref().ok_or(DomainError::NoChangeInProgress)?;
        let plan = change.plan.as_ref().ok_or(DomainError::ChangeNotPlanned)?;
        if self.current_change_step() != Some(ChangeStep::Check) {
            return Err(DomainError::ChangeStepsLeft);
        }
        let paused_for = change.paused_since().map(|since| change.reconnected_at.unwrap_or(now) - since);
        let summary = ChangeSummary {
            goal: plan.goal,
            from_login: change.from_login.clone(),
            to_login: self.connection.login().map(str::to_owned),
            express_account: change.express_account.clone(),
            paused_for,
        };
        self.change = None;
        Ok(summary)
    }

    /// Stops the change in progress where it is; what was done stays done.
    pub fn cancel_change(&mut self) -> Result<ConnectionChange, DomainError> {
        self.change.take().ok_or(DomainError::NoChangeInProgress)
    }

    /// Records on the change in progress that the site was disconnected at `now`.
    pub(crate) fn note_disconnected(&mut self, now: i64) {
        if let Some(change) = self.change.as_mut()
            && change.disconnected_at.is_none()
        {
            change.disconnected_at = Some(now);
        }
    }

    /// Records on the change in progress, once it disconnected, that the site is connected again
    /// at `now`.
    pub(crate) fn note_reconnected(&mut self, now: i64) {
        if let Some(change) = self.change.as_mut()
            && change.disconnected_at.is_some()
            && change.reconnected_at.is_none()
        {
            change.reconnected_at = Some(now);
        }
    }
}
