//! Stripe's webhook over HTTP: signed `account.updated` events change the account's status once
//! each, in the order Stripe made them; anything unsigned changes nothing. Also the
//! `stripe-event` operator command, against a running server.

mod support;

use hmac::{Hmac, Mac};
use panel_backend::operator::{self, Rejection, ReportedStatus, StripeEventOptions};
use panel_backend::{STRIPE_WEBHOOK_SECRET_FILE, WebhookOutcome, WebhookReceipt};
use panel_protocol::{EventKind, EventPage, RejectionReason, STRIPE_SIGNATURE_HEADER, VerificationStatus};
use serde_json::{Value, json};
use sha2::Sha256;
use support::store::check_database;
use support::walk::{account_id, first_connection};
use support::{Browser, TestBackend, expect_error};

/// Seconds since the Unix epoch, now.
fn now() -> i64 {
    let elapsed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970");
    i64::try_from(elapsed.as_secs()).expect("in range")
}

/// The webhook secret the backend made in its data directory.
fn secret(backend: &TestBackend) -> String {
    std::fs::read_to_string(backend.data.path().join(STRIPE_WEBHOOK_SECRET_FILE))
        .expect("the secret file")
        .trim()
        .to_owned()
}

/// The `Stripe-Signature` of `body` with `secret` at `timestamp`, as Stripe makes it.
fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(format!("{timestamp}.{body}").as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|byte| format!("{byte:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

/// An `account.updated` event `id` made at `created` about `account` with these requirements.
fn event(id: &str, created: i64, account: &str, requirements: Value, charges: bool, payouts: bool) -> String {
    json!({
        "id": id,
        "type": "account.updated",
        "created": created,
        "data": { "object": {
            "id": account,
            "charges_enabled": charges,
            "payouts_enabled": payouts,
            "requirements": requirements,
        } }
    })
    .to_string()
}

/// Requirements due by `deadline`: restricted soon.
fn due_by(deadline: i64) -> Value {
    json!({
        "currently_due": ["external_account", "individual.verification.document"],
        "past_due": [],
        "pending_verification": [],
        "current_deadline": deadline,
        "disabled_reason": null,
    })
}

/// Nothing due: complete.
fn nothing_due() -> Value {
    json!({ "currently_due": [], "past_due": [], "pending_verification": [], "current_deadline": null, "disabled_reason": null })
}

/// Posts `body` to the webhook with `signature` (none: no header), as Stripe does (no session).
async fn deliver(backend: &TestBackend, body: &str, signature: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new()
        .post(backend.url("/api/v1/stripe/webhook"))
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(signature) = signature {
        request = request.header(STRIPE_SIGNATURE_HEADER, signature);
    }
    request.send().await.expect("request")
}

/// Delivers `body` signed now: the receipt of a 200.
async fn deliver_signed(backend: &TestBackend, body: &str) -> WebhookReceipt {
    let response = deliver(backend, body, Some(&signature(&secret(backend), now(), body))).await;
    assert_eq!(response.status(), 200);
    response.json().await.expect("a receipt")
}

/// The revision and how many events the log holds.
async fn revision_and_events(browser: &Browser) -> (u64, u64) {
    let log: EventPage = browser.get("/events?per_page=1").await;
    (browser.status().await.revision, log.total)
}

/// A backend with the owner connected and verified, and their browser.
async fn connected() -> (TestBackend, Browser, String) {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let account = account_id(&first_connection(&browser).await);
    (backend, browser, account)
}

#[tokio::test]
async fn a_signed_event_changes_the_status_once_and_logs_one_entry() {
    let (backend, browser, account) = connected().await;
    let (revision, events) = revision_and_events(&browser).await;
    let deadline = now() + 14 * 86_400;
    let body = event("evt_restricted_soon", now(), &account, due_by(deadline), true, true);
    let receipt = deliver_signed(&backend, &body).await;
    assert_eq!(receipt, WebhookReceipt { event_id: "evt_restricted_soon".into(), outcome: WebhookOutcome::Applied });

    let status = browser.status().await;
    assert_eq!(status.revision, revision + 1);
    let summary = status.account.expect("an account");
    assert_eq!(summary.verification, VerificationStatus::RestrictedSoon);
    assert_eq!(summary.requirements.currently_due, ["external_account", "individual.verification.document"]);
    assert_eq!(summary.requirements.current_deadline, Some(deadline));
    assert!(summary.charges_enabled && summary.payouts_enabled && summary.rejection.is_none());
    assert!(status.capabilities.take_payments && status.capabilities.deposits_continue);
    let log: EventPage = browser.get("/events?per_page=1").await;
    assert_eq!(log.total, events + 1);
    let entry = &log.events[0];
    assert_eq!(entry.kind, EventKind::StripeAccountUpdated);
    assert!(
        entry.summary.starts_with("Stripe: the account is restricted soon: 2 requirements due by "),
        "{}",
        entry.summary
    );

    // The replay (Stripe sends an event twice): 200, nothing changes, nothing logged.
    let replay = deliver_signed(&backend, &body).await;
    assert_eq!(replay.outcome, WebhookOutcome::Duplicate);
    assert_eq!(revision_and_events(&browser).await, (revision + 1, events + 1));

    let rejected = json!({ "disabled_reason": "rejected.terms_of_service" });
    deliver_signed(&backend, &event("evt_rejected", now() + 1, &account, rejected, false, false)).await;
    let status = browser.status().await;
    let summary = status.account.expect("an account");
    assert_eq!(summary.verification, VerificationStatus::Rejected);
    assert_eq!(summary.rejection, Some(RejectionReason::TermsOfService));
    assert!(!status.capabilities.take_payments && !status.capabilities.deposits_continue);
    assert_eq!(revision_and_events(&browser).await, (revision + 2, events + 2), "one entry per event applied");
    check_database(backend.data.path());
}

#[tokio::test]
async fn an_older_event_after_a_newer_one_changes_nothing() {
    let (backend, browser, account) = connected().await;
    let created = now();
    deliver_signed(&backend, &event("evt_newer", created, &account, due_by(created + 86_400), true, true)).await;
    let before = (browser.status().await, revision_and_events(&browser).await);
    let late = deliver_signed(&backend, &event("evt_older", created - 60, &account, nothing_due(), true, true)).await;
    assert_eq!(late.outcome, WebhookOutcome::Older);
    assert_eq!((browser.status().await, revision_and_events(&browser).await), before);
    assert_eq!(
        deliver_signed(&backend, &event("evt_older", created + 60, &account, nothing_due(), true, true)).await.outcome,
        WebhookOutcome::Duplicate,
        "recorded as seen"
    );
    check_database(backend.data.path());
}

#[tokio::test]
async fn unsigned_wrongly_signed_or_old_events_are_refused_and_change_nothing() {
    let (backend, browser, account) = connected().await;
    let before = (browser.status().await, revision_and_events(&browser).await);
    let body = event("evt_1", now(), &account, due_by(now() + 86_400), true, true);
    let secret = secret(&backend);
    for (what, header) in [
        ("missing", None),
        ("malformed", Some("v1=abc".to_owned())),
        ("another secret", Some(signature("whsec_wrong", now(), &body))),
        ("another body", Some(signature(&secret, now(), "{}"))),
        ("301 seconds old", Some(signature(&secret, now() - 301, &body))),
    ] {
        let response = deliver(&backend, &body, header.as_deref()).await;
        let error = expect_error(response, 400, "bad_signature").await;
        assert!(!error.message.is_empty(), "{what}");
    }
    let as_text = reqwest::Client::new()
        .post(backend.url("/api/v1/stripe/webhook"))
        .header(STRIPE_SIGNATURE_HEADER, signature(&secret, now(), &body))
        .body(body.clone())
        .send()
        .await
        .expect("request");
    expect_error(as_text, 415, "unsupported_media_type").await;
    let huge = "x".repeat(panel_backend::BODY_LIMIT + 1);
    expect_error(deliver(&backend, &huge, Some(&signature(&secret, now(), &huge))).await, 413, "body_too_large").await;
    assert_eq!((browser.status().await, revision_and_events(&browser).await), before);
    // The same event, signed, was not recorded as seen by the refusals.
    assert_eq!(deliver_signed(&backend, &body).await.outcome, WebhookOutcome::Applied);
}

#[tokio::test]
async fn events_for_another_account_or_a_store_without_one_are_ignored() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let body = event("evt_early", now(), "acct_1Nv0FGQ9RKHgCVdK", nothing_due(), true, true);
    assert_eq!(deliver_signed(&backend, &body).await.outcome, WebhookOutcome::Ignored, "no account yet");
    let account = account_id(&first_connection(&browser).await);
    let before = revision_and_events(&browser).await;
    let other = event("evt_other", now(), "acct_0000000000000000", due_by(now() + 60), true, true);
    assert_eq!(deliver_signed(&backend, &other).await.outcome, WebhookOutcome::Ignored);
    let payout =
        json!({ "id": "evt_payout", "type": "payout.paid", "created": now(), "data": { "object": {} } }).to_string();
    assert_eq!(deliver_signed(&backend, &payout).await.outcome, WebhookOutcome::Ignored);
    assert_eq!(revision_and_events(&browser).await, before);
    operator::support_unlink(backend.data.path()).await.expect("unlink");
    let before = revision_and_events(&browser).await;
    let after_opt_out = event("evt_late", now(), &account, due_by(now() + 60), true, true);
    assert_eq!(deliver_signed(&backend, &after_opt_out).await.outcome, WebhookOutcome::Ignored);
    assert_eq!(revision_and_events(&browser).await, before);
}

#[tokio::test]
async fn the_stripe_event_command_signs_and_sends_an_event_to_the_running_server() {
    let (backend, browser, _) = connected().await;
    let options = StripeEventOptions {
        url: backend.url(""),
        status: ReportedStatus::RestrictedSoon,
        due_in_days: 14,
        requirements: vec!["external_account".into(), "individual.verification.document".into()],
        payouts_paused: false,
        created_offset_secs: 0,
    };
    let sent = operator::stripe_event(backend.data.path(), &options).await.expect("sent");
    assert!(sent.event_id.starts_with("evt_"), "{}", sent.event_id);
    assert_eq!(sent.status, 200, "{}", sent.body);
    let receipt: WebhookReceipt = serde_json::from_str(&sent.body).expect("a receipt");
    assert_eq!(receipt, WebhookReceipt { event_id: sent.event_id.clone(), outcome: WebhookOutcome::Applied });
    let account = browser.status().await.account.expect("an account");
    assert_eq!(account.verification, VerificationStatus::RestrictedSoon);
    assert_eq!(account.requirements.currently_due.len(), 2);

    let paused = StripeEventOptions { status: ReportedStatus::Complete, payouts_paused: true, ..options.clone() };
    operator::stripe_event(backend.data.path(), &paused).await.expect("sent");
    let status = browser.status().await;
    assert!(status.capabilities.take_payments && !status.capabilities.deposits_continue, "deposits paused");

    let late = StripeEventOptions {
        status: ReportedStatus::Rejected(Rejection::Fraud),
        created_offset_secs: -3_600,
        ..options.clone()
    };
    let sent = operator::stripe_event(backend.data.path(), &late).await.expect("sent");
    assert!(sent.body.contains("\"older\""), "{}", sent.body);
    let rejected = StripeEventOptions { status: ReportedStatus::Rejected(Rejection::Fraud), ..options };
    operator::stripe_event(backend.data.path(), &rejected).await.expect("sent");
    let account = browser.status().await.account.expect("an account");
    assert_eq!((account.verification, account.rejection), (VerificationStatus::Rejected, Some(RejectionReason::Fraud)));
    check_database(backend.data.path());
}

#[tokio::test]
async fn the_binary_takes_the_flags_and_prints_the_event_id_and_the_answer() {
    let (backend, browser, _) = connected().await;
    let (data, url) = (backend.data.path().to_owned(), backend.url(""));
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(support::process::BINARY)
            .args(["stripe-event", "--data-dir"])
            .arg(&data)
            .args(["--url", &url, "--status", "restricted-soon", "--due-in-days", "14"])
            .args(["--require", "external_account", "--require", "individual.verification.document"])
            .output()
            .expect("stripe-event runs")
    })
    .await
    .expect("joined");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout} {}", String::from_utf8_lossy(&output.stderr));
    let mut lines = stdout.lines();
    assert!(lines.next().is_some_and(|id| id.starts_with("evt_")), "{stdout}");
    assert!(lines.next().is_some_and(|answer| answer.starts_with("200 ") && answer.contains("applied")), "{stdout}");
    let account = browser.status().await.account.expect("an account");
    assert_eq!(account.verification, VerificationStatus::RestrictedSoon);
    let revoke = tokio::task::spawn_blocking({
        let data = backend.data.path().to_owned();
        move || {
            std::process::Command::new(support::process::BINARY)
                .args(["revoke-keys", "--data-dir"])
                .arg(&data)
                .output()
                .expect("revoke-keys runs")
        }
    })
    .await
    .expect("joined");
    assert!(revoke.status.success());
    let checked: panel_protocol::StatusSnapshot = browser.post("/connection/check", &json!({})).await;
    assert!(matches!(checked.connection, panel_protocol::Connection::Broken { .. }));
}
