//! The OpenAPI document of the JSON API, generated from the handlers' `#[utoipa::path]`
//! annotations and the protocol types' `ToSchema` derives, served at `/api/v1/openapi.json`.
//!
//! A new handler is listed in `paths(...)` below (and its route in the router); a module with its
//! own document merges it in [`openapi`] with `.merge_from(its::Doc::openapi())`. Its annotation
//! names its `security` (`session`, and `nonce` for a mutation), its `request_body`, its
//! parameters (a query type's `IntoParams`) and the answers its own code gives; the answers
//! every such operation shares (401, 403, 400, 413, 415, 422, 500) are added from those by
//! [`CommonAnswers`], and the links between them by [`add_revision_links`]. A schema only a parameter names is listed in `components(schemas(...))`.

use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use crate::api;
use crate::openapi_answers::{ACTING_ADMIN_SCHEME, CommonAnswers, NONCE_SCHEME, SERVICE_SCHEME, SESSION_SCHEME};
use crate::openapi_links::add_revision_links;

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

/// Declares the credentials: the two the annotations name, `session` (the cookie) and `nonce`
/// (the header every mutation carries), under the names [`CommonAnswers`] reads, and a host's
/// service credential (its shared secret and the acting user), which [`CommonAnswers`] offers
/// as the alternative.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SESSION_SCHEME,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
        components.add_security_scheme(
            NONCE_SCHEME,
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new(panel_protocol::NONCE_HEADER))),
        );
        components.add_security_scheme(
            SERVICE_SCHEME,
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                crate::auth::service::SERVICE_KEY_HEADER,
                "A host's shared secret (the WordPress plugin's): PANEL_SERVICE_KEY, or the data directory's service_key.",
            ))),
        );
        components.add_security_scheme(
            ACTING_ADMIN_SCHEME,
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                crate::auth::service::ACTING_ADMIN_HEADER,
                "With the service key: the host's user the call acts for (their login).",
            ))),
        );
    }
}

/// Marks the variants of the tagged enums that refuse unknown fields (`deny_unknown_fields`) as
/// such (`additionalProperties: false`): utoipa 5.5 reads that attribute on structs only.
struct StrictVariants;

impl StrictVariants {
    /// The request enums with `#[serde(tag = ..., deny_unknown_fields)]`.
    fn names() -> [std::borrow::Cow<'static, str>; 1] {
        [panel_protocol::ChangeAction::name()]
    }
}

impl Modify for StrictVariants {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::{AdditionalProperties, Schema};
        let Some(components) = openapi.components.as_mut() else { return };
        for name in Self::names() {
            let Some(utoipa::openapi::RefOr::T(Schema::OneOf(one_of))) = components.schemas.get_mut(name.as_ref())
            else {
                continue;
            };
            for variant in &mut one_of.items {
                if let utoipa::openapi::RefOr::T(Schema::Object(object)) = variant {
                    object.additional_properties = Some(Box::new(AdditionalProperties::FreeForm(false)));
                }
            }
        }
    }
}

/// The whole API's document (other modules' documents merge in here), with every operation's
/// common answers and the links that carry the revision from one step to the next.
pub(crate) fn openapi() -> serde_json::Value {
    let mut document = ApiDoc::openapi().merge_from(crate::ledger::LedgerDoc::openapi());
    CommonAnswers.modify(&mut document);
    StrictVariants.modify(&mut document);
    // Plain data with string keys: it always serializes.
    let mut document = serde_json::to_value(document).unwrap_or_default();
    add_revision_links(&mut document);
    document
}

/// `GET /api/v1/openapi.json`: the document, no sign-in needed.
pub(crate) async fn document() -> Json<serde_json::Value> {
    Json(openapi())
}
