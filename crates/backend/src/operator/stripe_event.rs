//! `panel-backend stripe-event`: what Stripe would send about the site's account, as a signed
//! `account.updated` event posted over HTTP to the running server's webhook.

use std::path::Path;

use connection_domain::DomainError;
use panel_protocol::{API_PREFIX, STRIPE_SIGNATURE_HEADER, STRIPE_WEBHOOK_PATH};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::OperatorError;
use crate::clock;
use crate::database::Database;
use crate::random;
use crate::saved_world;
use crate::stripe_event::{ACCOUNT_UPDATED, StripeAccount, StripeEvent, StripeEventData, StripeRequirements};
use crate::stripe_signature;
use crate::stripe_webhook_secret;

/// The account's state the event reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportedStatus {
    /// Verified, nothing due.
    Complete,
    /// Stripe is checking the given details (`pending_verification`).
    PendingVerification,
    /// Requirements due by a deadline (`currently_due`, `current_deadline`).
    RestrictedSoon,
    /// Requirements past due (`past_due`, `disabled_reason: requirements.past_due`).
    Restricted,
    /// Stripe is reviewing the account (`disabled_reason: under_review`).
    UnderReview,
    /// Stripe rejected the account (`disabled_reason: rejected.<reason>`).
    Rejected(Rejection),
}

/// Why Stripe rejects, for [`ReportedStatus::Rejected`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// `rejected.fraud`.
    Fraud,
    /// `rejected.terms_of_service`.
    TermsOfService,
    /// `rejected.other`.
    Other,
}

/// What to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeEventOptions {
    /// The server's address, e.g. `http://127.0.0.1:8080`.
    pub url: String,
    /// The state reported.
    pub status: ReportedStatus,
    /// For restricted soon: the deadline, this many days from now.
    pub due_in_days: i64,
    /// The requirement codes due (a default one when empty and the status needs some).
    pub requirements: Vec<String>,
    /// Payouts disabled while charges go on: deposits paused.
    pub payouts_paused: bool,
    /// Added to now for the event's `created` (negative: an event older than one sent before).
    pub created_offset_secs: i64,
}

/// What the server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeEventSent {
    /// The event's id, `evt_...`.
    pub event_id: String,
    /// The HTTP status of the answer.
    pub status: u16,
    /// The answer's body.
    pub body: String,
}

/// Builds the event for the data directory's account, signs it with the webhook's secret and
/// posts it to the server at `options.url`.
pub async fn stripe_event(data_dir: &Path, options: &StripeEventOptions) -> Result<StripeEventSent, OperatorError> {
    let database = Database::open_in(data_dir)?;
    let (world, _) = database.read(saved_world::load).await?;
    let account_id = world.account().ok_or(OperatorError::Refused(DomainError::NoAccount))?.id().to_string();
    let secret =
        stripe_webhook_secret::load_or_create(data_dir).map_err(|error| OperatorError::Failed(error.to_string()))?;
    let now = clock::now();
    let token = random::token().map_err(|error| OperatorError::Failed(error.to_string()))?;
    let event = StripeEvent {
        id: format!("evt_{}", &token[..24]),
        kind: ACCOUNT_UPDATED.to_owned(),
        created: now + options.created_offset_secs,
        data: StripeEventData { object: account(account_id, options, now) },
    };
    let body = serde_json::to_vec(&event).map_err(|error| OperatorError::Failed(error.to_string()))?;
    let signature = stripe_signature::header_value(secret.as_str(), now, &body);
    let (status, answer) = post(&options.url, &format!("{API_PREFIX}{STRIPE_WEBHOOK_PATH}"), &signature, &body).await?;
    Ok(StripeEventSent { event_id: event.id, status, body: answer })
}

/// The account object reporting `options.status`, at `now`.
fn account(id: String, options: &StripeEventOptions, now: i64) -> StripeAccount {
    let due = if options.requirements.is_empty() {
        vec!["external_account".to_owned()]
    } else {
        options.requirements.clone()
    };
    let mut requirements = StripeRequirements::default();
    let (charges, payouts) = match options.status {
        ReportedStatus::Complete => (true, true),
        ReportedStatus::PendingVerification => {
            requirements.pending_verification = due;
            (true, false)
        }
        ReportedStatus::RestrictedSoon => {
            requirements.currently_due = due;
            requirements.current_deadline = Some(now + options.due_in_days * 86_400);
            (true, true)
        }
        ReportedStatus::Restricted => {
            requirements.currently_due = due.clone();
            requirements.past_due = due;
            requirements.disabled_reason = Some("requirements.past_due".to_owned());
            (false, false)
        }
        ReportedStatus::UnderReview => {
            requirements.disabled_reason = Some("under_review".to_owned());
            (true, false)
        }
        ReportedStatus::Rejected(reason) => {
            let reason = match reason {
                Rejection::Fraud => "fraud",
                Rejection::TermsOfService => "terms_of_service",
                Rejection::Other => "other",
            };
            requirements.disabled_reason = Some(format!("rejected.{reason}"));
            (false, false)
        }
    };
    StripeAccount { id, charges_enabled: charges, payouts_enabled: payouts && !options.payouts_paused, requirements }
}

/// Posts `body` as JSON with the signature to `path` on the `http://` server at `base`: the
/// answer's status and body. Plain HTTP/1.1, one request per connection.
async fn post(base: &str, path: &str, signature: &str, body: &[u8]) -> Result<(u16, String), OperatorError> {
    let failed = |what: &str| OperatorError::Failed(format!("{what} ({base})"));
    let authority =
        base.strip_prefix("http://").ok_or_else(|| failed("the server's address must start with http://"))?;
    let authority = authority.split('/').next().unwrap_or(authority);
    let mut stream =
        TcpStream::connect(authority).await.map_err(|error| failed(&format!("cannot connect: {error}")))?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         {STRIPE_SIGNATURE_HEADER}: {signature}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let mut answer = Vec::new();
    let sent = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        stream.read_to_end(&mut answer).await
    };
    sent.await.map_err(|error| failed(&format!("the request failed: {error}")))?;
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").ok_or_else(|| failed("the answer is not HTTP"))?;
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| failed("the answer has no status"))?;
    Ok((status, body.to_owned()))
}
