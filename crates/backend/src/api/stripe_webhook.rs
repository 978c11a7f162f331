//! `POST /api/v1/stripe/webhook`: Stripe's `account.updated` events. Stripe calls it, not the
//! browser, so it needs no session or nonce: the `Stripe-Signature` header is its credential.
//!
//! Every signed event is answered 200, also one that changes nothing (seen before, older than
//! one applied, for another account, or the store has no account or opted out): Stripe retries
//! whatever is not 2xx, and retrying those would not help. Only an unsigned or unreadable
//! request is refused (400, 413, 415, 422).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{StatusCode, header};
use panel_protocol::{ErrorBody, STRIPE_SIGNATURE_HEADER};

use crate::api_error::ApiError;
use crate::app_state::AppState;
use crate::clock;
use crate::request_limits::BODY_LIMIT;
use crate::stripe_event::{
    self, ACCOUNT_UPDATED, EventEnvelope, StripeEvent, WebhookBody, WebhookOutcome, WebhookReceipt,
};
use crate::stripe_signature;

/// The code of a request whose `Stripe-Signature` is missing, malformed, too old or wrong.
pub(crate) const BAD_SIGNATURE: &str = "bad_signature";

/// Receives one Stripe event: checks its signature against the raw body, then applies it once.
#[utoipa::path(
    post,
    path = "/api/v1/stripe/webhook",
    tag = "stripe",
    request_body(content = WebhookBody, content_type = "application/json", description = "A Stripe event, `account.updated`; other types are answered `ignored`"),
    params(
        ("Stripe-Signature" = String, Header, pattern = r"^t=[0-9]+,v1=[0-9a-f]{64}$", description = "`t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" keyed with the webhook secret>`; accepted within 300 s of the backend's clock. The secret is `PANEL_STRIPE_WEBHOOK_SECRET`, or the data directory's `stripe_webhook_secret` file made at first start"),
    ),
    responses(
        (status = 200, description = "Received: `applied` (the account shows it, at the next revision, with one event logged), `duplicate` (seen before), `older` (an event created later was applied already) or `ignored` (another type or account, no account, opted out); nothing changed but for `applied`", body = WebhookReceipt),
        (status = 400, description = "`bad_signature`: Stripe-Signature missing, malformed, over 300 s old or not matching; or `malformed_json`. Nothing changed", body = ErrorBody),
        (status = 413, description = "`body_too_large`", body = ErrorBody),
        (status = 415, description = "`unsupported_media_type`: the body is not declared as JSON", body = ErrorBody),
        (status = 422, description = "`invalid_body`: signed, but not an `account.updated` event of this shape", body = ErrorBody),
    )
)]
pub(crate) async fn webhook(State(state): State<AppState>, request: Request) -> Result<Json<WebhookReceipt>, ApiError> {
    let is_json =
        request.headers().get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).is_some_and(|value| {
            value.split(';').next().is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/json"))
        });
    if !is_json {
        return Err(ApiError::BadRequest(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send the event as JSON, with the header Content-Type: application/json.".to_owned(),
        ));
    }
    let signature =
        request.headers().get(STRIPE_SIGNATURE_HEADER).and_then(|value| value.to_str().ok()).map(str::to_owned);
    let body = Bytes::from_request(request, &state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::BadRequest(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                format!("The body is too large: at most {} KiB are accepted.", BODY_LIMIT / 1024),
            )
        } else {
            ApiError::BadRequest(rejection.status(), "unreadable_body", rejection.body_text())
        }
    })?;
    stripe_signature::verify(signature.as_deref(), state.stripe_webhook_secret.as_str(), &body, clock::now())
        .map_err(|refusal| ApiError::BadRequest(StatusCode::BAD_REQUEST, BAD_SIGNATURE, refusal.to_string()))?;
    let envelope: EventEnvelope = serde_json::from_slice(&body)
        .map_err(|error| ApiError::BadRequest(StatusCode::BAD_REQUEST, "malformed_json", error.to_string()))?;
    if envelope.kind != ACCOUNT_UPDATED {
        return Ok(Json(WebhookReceipt { event_id: envelope.id, outcome: WebhookOutcome::Ignored }));
    }
    let event: StripeEvent = serde_json::from_slice(&body)
        .map_err(|error| ApiError::BadRequest(StatusCode::UNPROCESSABLE_ENTITY, "invalid_body", error.to_string()))?;
    let event_id = event.id.clone();
    let outcome = stripe_event::apply(&state.database, event).await?;
    Ok(Json(WebhookReceipt { event_id, outcome }))
}
