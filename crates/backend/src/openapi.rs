//! The OpenAPI document of the JSON API, generated from the handlers' `#[utoipa::path]`
//! annotations and the protocol types' `ToSchema` derives, served at `/api/v1/openapi.json`.
//!
//! A new handler is listed in `paths(...)` below (and its route in the router); a module with its
//! own document merges it in [`openapi`] with `.merge_from(its::Doc::openapi())`.

use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api;

/// The connection API's document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "WooPayments connection panel API",
        description = "The reference backend of the WooPayments connection panel. Every endpoint but this \
                       document and Stripe's webhook (signed with `Stripe-Signature` instead) needs the session cookie (`/login?token=...` sets it); every POST also needs \
                       the session's nonce in the `X-WCPay-Nonce` header. Errors are `ErrorBody` JSON; a \
                       stale `expected_revision` answers 409 with a `StaleRevisionBody`."
    ),
    paths(
        api::status::status,
        api::connect::connect,
        api::connect::connect_return,
        api::disconnect::disconnect,
        api::disconnect::survey,
        api::disconnect::plugins_using_connection,
        api::jetpack::install,
        api::jetpack::activate,
        api::jetpack::deactivate,
        api::jetpack::delete,
        api::wpcom::session,
        api::wpcom::logout,
        api::account::details,
        api::account::express_login_link,
        api::events::events,
        api::change::change,
        api::connection_check::check,
        api::stripe_webhook::webhook,
        api::people::me,
        api::people::transfer_ownership,
        api::people::go_live,
    ),
    components(schemas(panel_protocol::ErrorBody, panel_protocol::StaleRevisionBody)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "connection", description = "The WordPress.com connection, its event log, and disconnecting"),
        (name = "jetpack", description = "The Jetpack plugin, which shares the connection"),
        (name = "wpcom", description = "This browser's WordPress.com session"),
        (name = "account", description = "The WooPayments (Stripe Express) account"),
        (name = "stripe", description = "Stripe's signed webhook events about the account"),
        (name = "people", description = "The site's administrators, the connection's owner, and test mode"),
    )
)]
pub(crate) struct ApiDoc;

/// Declares the two credentials the annotations name: `session` (the cookie) and `nonce`
/// (the header every mutation carries).
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
        components.add_security_scheme(
            "nonce",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new(panel_protocol::NONCE_HEADER))),
        );
    }
}

/// The whole API's document (other modules' documents merge in here).
pub(crate) fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi().merge_from(crate::ledger::LedgerDoc::openapi())
}

/// `GET /api/v1/openapi.json`: the document, no sign-in needed.
pub(crate) async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi())
}
