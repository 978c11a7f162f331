//! `POST /api/v1/change`: the guided **Change or reset connection** flow. Its progress lives in
//! the world (so a reload or another day resumes it); each action here is one change of the
//! world with its event, and finishing writes the one entry that sums up the whole change.

use axum::extract::State;
use axum::{Extension, Json};
use connection_domain::{ChangeGoal, ChangeSummary, JetpackChoice, World};
use panel_protocol::{ChangeAction, ChangeRequest, ChangeResponse, ErrorBody, EventKind};
use rusqlite::Transaction;

use crate::actor::Actor;
use crate::api_error::ApiError;
use crate::api_extractors::ApiJson;
use crate::database::Database;
use crate::event_log::EventDraft;
use crate::saved_world::{self, ChangeError};
use crate::wire_mapping::{domain_change_goal, domain_jetpack_choice};

/// One action of the guided change: start, choose the plan, the steps the panel takes itself
/// (confirm the move, start fresh, remove Jetpack), finish, or cancel.
#[utoipa::path(
    post,
    path = "/api/v1/change",
    tag = "connection",
    request_body = ChangeRequest,
    responses(
        (status = 200, description = "Done: the state after (its `change` shows the step the owner is on)", body = ChangeResponse),
        (status = 409, description = "`stale_revision` (a StaleRevisionBody), or refused by the store's state: `change_in_progress`, `no_change_in_progress`, `nothing_to_change`, `change_already_planned`, `change_not_planned`, `change_not_offered`, `change_steps_left`, `opted_out`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn change(
    State(database): State<Database>,
    Extension(actor): Extension<Actor>,
    ApiJson(request): ApiJson<ChangeRequest>,
) -> Result<Json<ChangeResponse>, ApiError> {
    let action = request.action;
    let changed = saved_world::change(&database, Some(request.expected_revision), move |step| {
        let event = apply(step.world, step.transaction, action, step.now)?.by(&actor);
        let summary =
            matches!(event.kind, EventKind::ChangeFinished | EventKind::ChangeCancelled).then(|| event.summary.clone());
        Ok((summary, event))
    })
    .await?;
    Ok(Json(ChangeResponse { status: changed.status, summary: changed.outcome }))
}

/// Applies `action` to `world` at `now`; the event it logs.
fn apply(
    world: &mut World,
    transaction: &Transaction<'_>,
    action: ChangeAction,
    now: i64,
) -> Result<EventDraft, ChangeError> {
    Ok(match action {
        ChangeAction::Start => {
            let id: u64 = transaction.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM events", [], |row| row.get(0))?;
            world.start_change(id, now)?;
            let summary = match world.change().and_then(|change| change.cause()) {
                Some(cause) => format!("Started repairing the connection, broken because {cause}."),
                None => format!(
                    "Started changing the connection (connected as {}).",
                    world.connection().login().unwrap_or("nobody")
                ),
            };
            EventDraft::connection(EventKind::ChangeStarted, summary)
        }
        ChangeAction::Choose { goal, jetpack } => {
            let goal = domain_change_goal(goal);
            let jetpack = jetpack.map(domain_jetpack_choice);
            world.choose_change(goal, jetpack)?;
            let steps = world.change_steps().len();
            EventDraft::other(
                EventKind::ChangePlanned,
                format!("Chose to {}: {steps} steps.", plan_words(goal, jetpack)),
            )
        }
        ChangeAction::ConfirmMove => {
            world.confirm_site_moved(now)?;
            let summary = format!(
                "Confirmed the site moved to {}: its connection works again at the new address.",
                world.site().url()
            );
            EventDraft::connection(EventKind::SiteMoveConfirmed, summary)
        }
        ChangeAction::StartFresh => {
            world.start_fresh_connection(now)?;
            let summary = format!(
                "This copy at {} forgot the connection it shared with the original site ({}), which keeps its own.",
                world.site().url(),
                world.site().previous_url().unwrap_or("its old address")
            );
            EventDraft::connection(EventKind::FreshConnectionStarted, summary)
        }
        ChangeAction::RemoveJetpack => {
            world.remove_jetpack_for_change()?;
            EventDraft::other(EventKind::JetpackDeleted, "Deactivated and deleted Jetpack.")
        }
        ChangeAction::Finish => {
            let summary = world.finish_change(now)?;
            EventDraft::change(EventKind::ChangeFinished, finished_words(&summary))
        }
        ChangeAction::Cancel => {
            let cancelled = world.cancel_change()?;
            let summary = format!(
                "Stopped the change of the connection started while connected as {}; the steps taken stay done.",
                cancelled.from_login()
            );
            EventDraft::change(EventKind::ChangeCancelled, summary)
        }
    })
}

/// What a plan does, after "Chose to".
fn plan_words(goal: ChangeGoal, jetpack: Option<JetpackChoice>) -> String {
    let goal = match goal {
        ChangeGoal::AnotherAccount => "connect another WordPress.com account",
        ChangeGoal::SameAccount => "reconnect the same WordPress.com account",
        ChangeGoal::MovedSite => "keep the connection of the moved site",
        ChangeGoal::CopyOfSite => "give this copy of the site a fresh connection, in test mode",
        ChangeGoal::DecideLater => "decide later which site this is, keeping payments off here",
    };
    match jetpack {
        Some(JetpackChoice::Keep) => format!("{goal}, keeping Jetpack"),
        Some(JetpackChoice::Remove) => format!("{goal}, removing Jetpack"),
        None => goal.to_owned(),
    }
}

/// The one sentence the event log keeps about a finished change.
fn finished_words(summary: &ChangeSummary) -> String {
    let to = summary.to_login.as_deref().unwrap_or("nobody");
    let what = match summary.goal {
        ChangeGoal::AnotherAccount => format!("Changed the connection from {} to {to}", summary.from_login),
        ChangeGoal::SameAccount => format!("Reset the connection, connected as {to} again"),
        ChangeGoal::MovedSite => format!("The moved site kept its connection as {to}"),
        ChangeGoal::CopyOfSite => format!("This copy of the site got a fresh connection as {to}, in test mode"),
        ChangeGoal::DecideLater => {
            "Left the choice between the moved site and a copy for later: payments stay off here, and \
             neither site's connection changed"
                .to_owned()
        }
    };
    let account = match (summary.goal, summary.express_account.as_ref()) {
        (_, None) | (ChangeGoal::DecideLater, _) => String::new(),
        (ChangeGoal::CopyOfSite, Some(id)) => format!("; the live account {id} stays with the original site"),
        (_, Some(id)) => format!("; WooPayments stayed on the same account, {id}"),
    };
    let paused = summary
        .paused_for
        .map_or(String::new(), |seconds| format!("; payments were paused for {}", duration_words(seconds)));
    format!("{what}{account}{paused}.")
}

/// How long payments were paused, as the event log's sentence says it: "under a minute",
/// "12 minutes", "3 hours", "2 days". The log keeps the sentence as written; the panel words
/// its live timer itself.
fn duration_words(seconds: i64) -> String {
    let plural = |count: i64, unit: &str| if count == 1 { format!("1 {unit}") } else { format!("{count} {unit}s") };
    match seconds.max(0) {
        0..60 => "under a minute".to_owned(),
        seconds @ 60..3600 => plural(seconds / 60, "minute"),
        seconds @ 3600..86_400 => plural(seconds / 3600, "hour"),
        seconds => plural(seconds / 86_400, "day"),
    }
}

#[cfg(test)]
mod tests {
    use super::duration_words;

    #[test]
    fn pauses_read_as_a_person_says_them() {
        assert_eq!(duration_words(-5), "under a minute");
        assert_eq!(duration_words(60), "1 minute");
        assert_eq!(duration_words(3599), "59 minutes");
        assert_eq!(duration_words(7200), "2 hours");
        assert_eq!(duration_words(86_400 * 3 + 5), "3 days");
    }
}
