//! The answers every operation of the API can give besides its own, added to the document from
//! what the operation declares, so a handler's annotation lists only what its own code answers
//! (its success, its `404`, its `409` and `422` refusals) and the rest cannot be forgotten:
//!
//! - `security` naming `session`: `401 not_signed_in` and `403 not_an_administrator` (a site
//!   user who is no longer an administrator) ([`crate::auth::require_session`]); such an
//!   operation also accepts a host's service credential instead ([`SERVICE_SCHEME`] with
//!   [`ACTING_ADMIN_SCHEME`], [`crate::auth::service`]), added here as the alternative
//!   requirement, with its `401 bad_service_key` and `400 missing_acting_admin`;
//! - `security` naming `nonce`: `403 bad_nonce` (the same middleware, for every mutation);
//! - a JSON `requestBody` (read with [`crate::api_extractors::ApiJson`]): `400 malformed_json`,
//!   `413 body_too_large`, `415 unsupported_media_type`, `422 invalid_body`;
//! - a query parameter (read with [`crate::api_extractors::ApiQuery`]): `400 invalid_query`;
//! - a path parameter (read with [`crate::api_extractors::ApiPath`]): `400 invalid_path`;
//! - any operation: `500 storage_failed` or `internal_error` (nothing was changed).
//!
//! Every one of these answers carries an [`ErrorBody`]. An answer the operation already lists
//! keeps its description, with the codes it does not mention added.

use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, Response, ResponseBuilder};
use utoipa::{Modify, ToSchema};

use panel_protocol::ErrorBody;

/// The security scheme of the session cookie.
pub(crate) const SESSION_SCHEME: &str = "session";
/// The security scheme of the nonce header.
pub(crate) const NONCE_SCHEME: &str = "nonce";
/// The security scheme of a host's shared secret (the WordPress plugin's).
pub(crate) const SERVICE_SCHEME: &str = "service_key";
/// The security scheme naming the host's user a service call acts for.
pub(crate) const ACTING_ADMIN_SCHEME: &str = "acting_admin";

/// Adds the common answers to every operation of the document.
pub(crate) struct CommonAnswers;

impl Modify for CommonAnswers {
    fn modify(&self, openapi: &mut OpenApi) {
        for operation in operations_mut(openapi) {
            for (status, codes) in common_answers(operation) {
                add_answer(operation, status, &codes);
            }
            add_service_alternative(operation);
        }
    }
}

/// Every operation of the document, whatever its method.
pub(crate) fn operations_mut(openapi: &mut OpenApi) -> impl Iterator<Item = &mut Operation> {
    openapi.paths.paths.values_mut().flat_map(|item| {
        [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ]
        .into_iter()
        .flatten()
    })
}

/// The status codes `operation` answers besides its own, each with its error codes.
fn common_answers(operation: &Operation) -> Vec<(&'static str, Vec<&'static str>)> {
    let schemes: Vec<&str> =
        operation.security.iter().flatten().flat_map(|requirement| requirement_names(requirement)).collect();
    let has_json_body =
        operation.request_body.as_ref().is_some_and(|body| body.content.contains_key("application/json"));
    let parameters = operation.parameters.iter().flatten();
    let (mut in_query, mut in_path) = (false, false);
    for parameter in parameters {
        in_query |= parameter.parameter_in == ParameterIn::Query;
        in_path |= parameter.parameter_in == ParameterIn::Path;
    }
    let mut bad_request = Vec::new();
    if schemes.contains(&SESSION_SCHEME) {
        bad_request.push("missing_acting_admin");
    }
    if has_json_body {
        bad_request.push("malformed_json");
    }
    if in_query {
        bad_request.push("invalid_query");
    }
    if in_path {
        bad_request.push("invalid_path");
    }
    let mut answers = Vec::new();
    if !bad_request.is_empty() {
        answers.push(("400", bad_request));
    }
    let mut forbidden = Vec::new();
    if schemes.contains(&SESSION_SCHEME) {
        answers.push(("401", vec!["not_signed_in", "bad_service_key"]));
        forbidden.push("not_an_administrator");
    }
    if schemes.contains(&NONCE_SCHEME) {
        forbidden.push("bad_nonce");
    }
    if !forbidden.is_empty() {
        answers.push(("403", forbidden));
    }
    if has_json_body {
        answers.push(("413", vec!["body_too_large"]));
        answers.push(("415", vec!["unsupported_media_type"]));
        answers.push(("422", vec!["invalid_body"]));
    }
    answers.push(("500", vec!["storage_failed", "internal_error"]));
    answers
}

/// An operation signed in by the session accepts a host's service credential instead: its
/// shared secret with the acting user (no session, no nonce: the host checked its own).
fn add_service_alternative(operation: &mut Operation) {
    let Some(requirements) = operation.security.as_mut() else { return };
    let signed_in = requirements.iter().any(|requirement| requirement_names(requirement).contains(&SESSION_SCHEME));
    if signed_in {
        let service = utoipa::openapi::security::SecurityRequirement::new(SERVICE_SCHEME, Vec::<String>::new())
            .add(ACTING_ADMIN_SCHEME, Vec::<String>::new());
        requirements.push(service);
    }
}

/// The names of the schemes one security requirement needs.
fn requirement_names(requirement: &utoipa::openapi::security::SecurityRequirement) -> Vec<&'static str> {
    // The requirement's map is private; its JSON form is `{ "<scheme>": [] }`.
    let json = serde_json::to_value(requirement).unwrap_or_default();
    [SESSION_SCHEME, NONCE_SCHEME].into_iter().filter(|name| json.get(name).is_some()).collect()
}

/// Adds `status` with an [`ErrorBody`] naming `codes` to `operation`, or adds the codes its
/// description does not mention yet to the answer it already has.
fn add_answer(operation: &mut Operation, status: &str, codes: &[&str]) {
    let listed: Vec<String> = codes.iter().map(|code| format!("`{code}`")).collect();
    match operation.responses.responses.get_mut(status) {
        Some(RefOr::T(response)) => {
            let missing: Vec<&String> =
                listed.iter().filter(|code| !response.description.contains(code.as_str())).collect();
            if !missing.is_empty() {
                let joined: Vec<&str> = missing.iter().map(|code| code.as_str()).collect();
                response.description = format!("{}; or {}", response.description, joined.join(", "));
            }
            response.content.entry("application/json".to_owned()).or_insert_with(error_content);
        }
        Some(RefOr::Ref(_)) => {}
        None => {
            let response: Response = ResponseBuilder::new()
                .description(listed.join(", "))
                .content("application/json", error_content())
                .build();
            operation.responses.responses.insert(status.to_owned(), RefOr::T(response));
        }
    }
}

/// An [`ErrorBody`] in JSON.
fn error_content() -> Content {
    Content::new(Some(RefOr::Ref(Ref::from_schema_name(ErrorBody::name()))))
}
