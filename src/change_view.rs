//! What the **Change or reset connection** screens derive from the status snapshot: which
//! screen to show, where the owner is in the plan, and why the connection broke. Pure, tested
//! natively.

use panel_protocol::{
    BreakCause, ChangeGoal, ChangePlan, ChangeProgress, ChangeStep, Connection, JetpackChoice, StatusSnapshot,
};

use crate::strings;

/// Which screen of the flow the snapshot calls for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeScreen {
    /// Nothing to change: the store is not connected (or opted out).
    NothingToChange,
    /// No change yet: the facts, what will happen, and **Start**.
    Start,
    /// Started, no plan yet: choose one of the options.
    Choose,
    /// Walking the plan.
    Walk,
}

/// The screen for `snapshot`.
pub fn change_screen(snapshot: &StatusSnapshot) -> ChangeScreen {
    match &snapshot.change {
        Some(change) if change.plan.is_some() => ChangeScreen::Walk,
        Some(_) => ChangeScreen::Choose,
        None if snapshot.change_options.is_empty() => ChangeScreen::NothingToChange,
        None => ChangeScreen::Start,
    }
}

/// Where the owner is in the plan: the current step, its number from 1, and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// The step the owner is on.
    pub step: ChangeStep,
    /// Its number, from 1.
    pub number: usize,
    /// How many steps the plan has.
    pub total: usize,
}

/// The owner's position in `change`, once a plan is chosen.
pub fn position(change: &ChangeProgress) -> Option<Position> {
    let step = change.current?;
    let index = change.steps.iter().position(|state| state.step == step)?;
    Some(Position { step, number: index + 1, total: change.steps.len() })
}

/// "A change of the connection is in progress: Step 2 of 4, Log out of WordPress.com.", for
/// the other Payments screens; `None` when no plan is being walked.
pub fn change_reminder(snapshot: &StatusSnapshot) -> Option<String> {
    let change = snapshot.change.as_ref()?;
    match position(change) {
        Some(at) => {
            Some(strings::change_in_progress(&strings::step_of(at.number, at.total), strings::step_title(at.step)))
        }
        None => {
            Some(strings::change_in_progress(strings::change_choose_heading().trim_end_matches('?'), "not chosen yet"))
        }
    }
}

/// What the panel can tell about why the connection broke, for the reset path: from the change
/// in progress, or from the broken connection itself.
pub fn why_it_broke(snapshot: &StatusSnapshot) -> Option<String> {
    let cause = match (&snapshot.change, &snapshot.connection) {
        (Some(change), _) => change.cause?,
        (None, Connection::Broken { cause, .. }) => *cause,
        (None, _) => return None,
    };
    Some(match cause {
        BreakCause::RestoredFromBackup => strings::why_restore().to_owned(),
        BreakCause::KeysRevoked => strings::why_keys_revoked().to_owned(),
        BreakCause::SiteAddressChanged => {
            strings::why_address(&snapshot.site.url, snapshot.site.previous_url.as_deref())
        }
    })
}

/// The goals on offer, in the backend's order (the likely one first), each once.
pub fn goals(options: &[ChangePlan]) -> Vec<ChangeGoal> {
    let mut goals = Vec::new();
    for plan in options {
        if !goals.contains(&plan.goal) {
            goals.push(plan.goal);
        }
    }
    goals
}

/// The Jetpack choices offered with `goal` (none when Jetpack is not installed).
pub fn jetpack_choices(options: &[ChangePlan], goal: ChangeGoal) -> Vec<JetpackChoice> {
    options.iter().filter(|plan| plan.goal == goal).filter_map(|plan| plan.jetpack).collect()
}

/// The plan for `goal` with `jetpack`, or for `goal` alone when it leaves Jetpack be.
pub fn plan_for(options: &[ChangePlan], goal: ChangeGoal, jetpack: Option<JetpackChoice>) -> Option<&ChangePlan> {
    options
        .iter()
        .find(|plan| plan.goal == goal && plan.jetpack == jetpack)
        .or_else(|| options.iter().find(|plan| plan.goal == goal && plan.jetpack.is_none()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::connected;
    use panel_protocol::{ChangeStepState, WpcomUser};

    fn plan(goal: ChangeGoal, jetpack: Option<JetpackChoice>, steps: &[ChangeStep]) -> ChangePlan {
        ChangePlan { goal, jetpack, steps: steps.to_vec() }
    }

    fn progress(steps: &[(ChangeStep, bool)], current: Option<ChangeStep>) -> ChangeProgress {
        ChangeProgress {
            started_at: 1,
            from: WpcomUser { login: "daisy".into(), display_name: "Daisy".into() },
            express_account_id: None,
            cause: None,
            jetpack_installed: false,
            plan: Some(plan(ChangeGoal::AnotherAccount, None, &[])),
            steps: steps.iter().map(|&(step, done)| ChangeStepState { step, done }).collect(),
            current,
            paused_since: None,
            reconnected_at: None,
            check: None,
        }
    }

    #[test]
    fn the_screen_follows_the_change() {
        let mut snapshot = connected();
        assert_eq!(change_screen(&snapshot), ChangeScreen::NothingToChange);
        snapshot.change_options = vec![plan(ChangeGoal::AnotherAccount, None, &[ChangeStep::Check])];
        assert_eq!(change_screen(&snapshot), ChangeScreen::Start);
        let mut change = progress(&[], None);
        change.plan = None;
        snapshot.change = Some(change.clone());
        assert_eq!(change_screen(&snapshot), ChangeScreen::Choose);
        change.plan = Some(plan(ChangeGoal::AnotherAccount, None, &[]));
        snapshot.change = Some(change);
        assert_eq!(change_screen(&snapshot), ChangeScreen::Walk);
    }

    #[test]
    fn the_position_counts_from_one() {
        let change = progress(
            &[(ChangeStep::Disconnect, true), (ChangeStep::LogOutOfWpcom, false), (ChangeStep::Check, false)],
            Some(ChangeStep::LogOutOfWpcom),
        );
        assert_eq!(position(&change), Some(Position { step: ChangeStep::LogOutOfWpcom, number: 2, total: 3 }));
        let mut snapshot = connected();
        snapshot.change = Some(change);
        assert_eq!(
            change_reminder(&snapshot).as_deref(),
            Some("A change of the connection is in progress: Step 2 of 3, Log out of WordPress.com.")
        );
    }

    #[test]
    fn why_it_broke_names_the_addresses() {
        let mut snapshot = connected();
        assert_eq!(why_it_broke(&snapshot), None);
        let Connection::Connected { user, since, through } = snapshot.connection.clone() else { panic!("connected") };
        snapshot.connection = Connection::Broken { user, since, through, cause: BreakCause::SiteAddressChanged };
        snapshot.site.url = "https://donuts.shop".into();
        snapshot.site.previous_url = Some("https://donuts.example".into());
        let why = why_it_broke(&snapshot).expect("broken");
        assert!(
            why.starts_with(
                "The site now answers at https://donuts.shop; its connection was made at https://donuts.example."
            ),
            "{why}"
        );
    }

    #[test]
    fn options_group_by_goal_with_their_jetpack_choices() {
        use ChangeGoal::*;
        use JetpackChoice::*;
        let options = vec![
            plan(AnotherAccount, Some(Keep), &[ChangeStep::Disconnect]),
            plan(AnotherAccount, Some(Remove), &[ChangeStep::Disconnect, ChangeStep::RemoveJetpack]),
            plan(SameAccount, Some(Keep), &[]),
            plan(SameAccount, Some(Remove), &[]),
        ];
        assert_eq!(goals(&options), vec![AnotherAccount, SameAccount]);
        assert_eq!(jetpack_choices(&options, AnotherAccount), vec![Keep, Remove]);
        assert_eq!(plan_for(&options, AnotherAccount, Some(Remove)).map(|plan| plan.steps.len()), Some(2));
        let moved = vec![plan(MovedSite, None, &[ChangeStep::ConfirmMove])];
        assert_eq!(plan_for(&moved, MovedSite, Some(Keep)).map(|plan| plan.goal), Some(MovedSite));
    }
}
