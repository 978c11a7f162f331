//! Stripe's webhook events as the backend reads them, and applying one: at most once per event
//! id, never older over newer (the account keeps the newest applied `created`), one event-log
//! entry and the next revision for each one applied.

use connection_domain::{ReportOutcome, StripeReport, VerificationStatus};
use panel_protocol::{CalendarDate, EventKind};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::database::Database;
use crate::event_log::EventDraft;
use crate::saved_world::{self, ChangeError, Decision};

/// The only event type applied; others are answered `ignored`.
pub(crate) const ACCOUNT_UPDATED: &str = "account.updated";

/// The envelope of every Stripe event: enough to tell which one it is. The document names it
/// `OtherStripeEvent`: an event of another type, answered `ignored` whatever else it holds.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[schema(as = OtherStripeEvent)]
pub(crate) struct EventEnvelope {
    /// The event's id, `evt_...`.
    pub id: String,
    /// The event's type: anything but `account.updated`.
    #[serde(rename = "type")]
    #[schema(pattern = r"^(?!account\.updated$)")]
    pub kind: String,
}

/// The body the webhook reads, as the document describes it: an `account.updated` event
/// ([`StripeEvent`]) or an event of any other type ([`EventEnvelope`]).
pub(crate) struct WebhookBody;

impl utoipa::PartialSchema for WebhookBody {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::Schema> {
        use utoipa::ToSchema;
        utoipa::openapi::schema::AnyOfBuilder::new()
            .item(utoipa::openapi::Ref::from_schema_name(StripeEvent::name()))
            .item(utoipa::openapi::Ref::from_schema_name(EventEnvelope::name()))
            .description(Some("A Stripe event: `account.updated`, or another type (answered `ignored`)."))
            .into()
    }
}

impl utoipa::ToSchema for WebhookBody {
    fn schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::Schema>)>) {
        use utoipa::PartialSchema;
        schemas.push((StripeEvent::name().into(), StripeEvent::schema()));
        StripeEvent::schemas(schemas);
        schemas.push((EventEnvelope::name().into(), EventEnvelope::schema()));
    }
}

/// An `account.updated` event, as Stripe sends it (fields the panel does not use are ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StripeEvent {
    /// The event's id, `evt_...`: an id seen before is not applied again.
    pub id: String,
    /// `account.updated` (other types are answered `ignored`).
    #[serde(rename = "type")]
    #[schema(pattern = r"^account\.updated$")]
    pub kind: String,
    /// When Stripe made the event, in seconds since the Unix epoch: an event older than one
    /// applied before changes nothing.
    pub created: i64,
    /// The event's object.
    pub data: StripeEventData,
}

/// What an event is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StripeEventData {
    /// The Express account, as it is now.
    pub object: StripeAccount,
}

/// A Stripe account object: what the panel reads of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StripeAccount {
    /// The account's id, `acct_...`: an event for another account is ignored.
    pub id: String,
    /// Whether the account can take charges.
    pub charges_enabled: bool,
    /// Whether Stripe pays the balance out.
    pub payouts_enabled: bool,
    /// What Stripe still needs.
    #[serde(default)]
    pub requirements: StripeRequirements,
}

/// A Stripe account's `requirements`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StripeRequirements {
    /// Requirement codes due now, e.g. `external_account`.
    #[serde(default)]
    pub currently_due: Vec<String>,
    /// Requirement codes past their deadline.
    #[serde(default)]
    pub past_due: Vec<String>,
    /// Requirement codes given and being checked.
    #[serde(default)]
    pub pending_verification: Vec<String>,
    /// When the currently due ones must be given by, in seconds since the Unix epoch.
    #[serde(default)]
    pub current_deadline: Option<i64>,
    /// Why Stripe disabled the account: `rejected.fraud`, `rejected.terms_of_service`,
    /// `rejected.other`, `under_review`, `requirements.past_due`, ...
    #[serde(default)]
    pub disabled_reason: Option<String>,
}

impl StripeAccount {
    /// The report the domain records.
    fn report(&self) -> StripeReport {
        StripeReport {
            charges_enabled: self.charges_enabled,
            payouts_enabled: self.payouts_enabled,
            currently_due: self.requirements.currently_due.clone(),
            past_due: self.requirements.past_due.clone(),
            pending_verification: self.requirements.pending_verification.clone(),
            current_deadline: self.requirements.current_deadline,
            disabled_reason: self.requirements.disabled_reason.clone(),
        }
    }
}

/// What the webhook did with an event (it answers 200 in every case, so Stripe does not retry).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WebhookOutcome {
    /// Applied: the account shows it, at the next revision, with one event logged.
    Applied,
    /// Seen before (Stripe sent it again): nothing changed.
    Duplicate,
    /// Older than an event applied before: recorded as seen, nothing changed.
    Older,
    /// Not for this store: another type, another account, no account, or opted out.
    Ignored,
}

impl WebhookOutcome {
    /// The outcome's name, as the answer and the `stripe_events` table have it.
    fn name(self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Duplicate => "duplicate",
            Self::Older => "older",
            Self::Ignored => "ignored",
        }
    }
}

/// The webhook's answer: the event and what was done with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct WebhookReceipt {
    /// The event's id.
    pub event_id: String,
    /// What was done with it.
    pub outcome: WebhookOutcome,
}

/// Applies `event` once: see [`WebhookOutcome`] for what can happen.
pub(crate) async fn apply(database: &Database, event: StripeEvent) -> Result<WebhookOutcome, ChangeError> {
    let changed = saved_world::change_or_keep(database, move |step| {
        if seen(step.transaction, &event.id)? {
            return Ok(Decision::Keep(WebhookOutcome::Duplicate));
        }
        let ours = step.world.account().is_some_and(|account| account.id().as_str() == event.data.object.id);
        let report = event.data.object.report();
        let outcome = match step.world.record_stripe_report(&report, event.created) {
            Ok(ReportOutcome::Applied) if ours => WebhookOutcome::Applied,
            Ok(ReportOutcome::Older) if ours => WebhookOutcome::Older,
            Ok(_) | Err(_) => WebhookOutcome::Ignored,
        };
        record_seen(step.transaction, &event, outcome, step.now)?;
        if outcome != WebhookOutcome::Applied {
            return Ok(Decision::Keep(outcome));
        }
        let summary = format!("Stripe: {}", describe(&report, event.created));
        Ok(Decision::Change(outcome, EventDraft::other(EventKind::StripeAccountUpdated, summary)))
    })
    .await?;
    Ok(changed.outcome)
}

/// Whether the event `id` was received before.
fn seen(transaction: &Transaction<'_>, id: &str) -> Result<bool, rusqlite::Error> {
    Ok(transaction.query_row("SELECT 1 FROM stripe_events WHERE event_id = ?1", [id], |_| Ok(())).optional()?.is_some())
}

/// Records `event` as received at `now`, with what was done with it.
fn record_seen(
    transaction: &Transaction<'_>,
    event: &StripeEvent,
    outcome: WebhookOutcome,
    now: i64,
) -> Result<(), rusqlite::Error> {
    transaction.execute(
        "INSERT INTO stripe_events (event_id, account_id, created, received_at, outcome) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![event.id, event.data.object.id, event.created, now, outcome.name()],
    )?;
    Ok(())
}

/// What a report says, as the event log's sentence (after `Stripe: `).
fn describe(report: &StripeReport, created: i64) -> String {
    let count = |codes: &[String]| match codes.len() {
        1 => "1 requirement".to_owned(),
        n => format!("{n} requirements"),
    };
    let status = match report.status() {
        VerificationStatus::Complete => "the account is verified".to_owned(),
        VerificationStatus::PendingVerification => "Stripe is checking the details given".to_owned(),
        VerificationStatus::RestrictedSoon => {
            let by = report.current_deadline.unwrap_or(created);
            format!(
                "the account is restricted soon: {} due by {}",
                count(&report.currently_due),
                CalendarDate::from_unix_seconds(by)
            )
        }
        VerificationStatus::Restricted if report.past_due.is_empty() => "the account is restricted".to_owned(),
        VerificationStatus::Restricted => format!("the account is restricted: {} past due", count(&report.past_due)),
        VerificationStatus::UnderReview => "the account is under review".to_owned(),
        VerificationStatus::Rejected { reason } => format!(
            "the account was rejected ({})",
            match reason {
                connection_domain::RejectionReason::Fraud => "fraud",
                connection_domain::RejectionReason::TermsOfService => "terms of service",
                connection_domain::RejectionReason::Other => "other reason",
            }
        ),
    };
    let flow = match (report.charges_enabled, report.payouts_enabled) {
        (true, true) => "payments and deposits are on",
        (true, false) => "payments go on, deposits are paused",
        (false, true) => "payments are paused, deposits go on",
        (false, false) => "payments and deposits are paused",
    };
    format!("{status}; {flow}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_says_what_stripe_reported() {
        let report = StripeReport {
            charges_enabled: true,
            payouts_enabled: true,
            currently_due: vec!["external_account".into(), "individual.verification.document".into()],
            current_deadline: Some(1_709_164_800),
            ..StripeReport::default()
        };
        assert_eq!(
            describe(&report, 0),
            "the account is restricted soon: 2 requirements due by 2024-02-29; payments and deposits are on."
        );
        let rejected = StripeReport { disabled_reason: Some("rejected.fraud".into()), ..StripeReport::default() };
        assert_eq!(describe(&rejected, 0), "the account was rejected (fraud); payments and deposits are paused.");
    }
}
