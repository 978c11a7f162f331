//! OpenAPI links from every answer that carries the store's state to every action that names
//! the revision it was decided on, so a client (and schemathesis' stateful run) can follow
//! one step with the next: `GET /status`, then `POST /connect` with its `revision`, then
//! `POST /disconnect` with the revision `POST /connect` answered, and so on.
//!
//! Found in the document itself, so a new endpoint is linked without a word: a success whose
//! body is a [`StatusSnapshot`] (its `revision`) or holds one as `status` (its
//! `status.revision`) links to every operation whose JSON body requires `expected_revision`.
//!
//! Written into the document's JSON: utoipa 5.5 serializes its `Link` with snake_case keys
//! (`operation_id`), which is not OpenAPI.
//!
//! [`StatusSnapshot`]: panel_protocol::StatusSnapshot

use serde_json::{Map, Value, json};
use utoipa::ToSchema;

/// The field every action names the revision in.
const EXPECTED_REVISION: &str = "expected_revision";

/// Adds the revision links to `document`, the API's document as JSON.
pub(crate) fn add_revision_links(document: &mut Value) {
    let schemas = document["components"]["schemas"].clone();
    let mut targets = Vec::new();
    for operation in operations(document) {
        let body = &operation["requestBody"]["content"]["application/json"]["schema"];
        let requires_revision = schema_name(body).is_some_and(|name| {
            schemas[name]["required"].as_array().is_some_and(|required| required.contains(&json!(EXPECTED_REVISION)))
        });
        if let (true, Some(id)) = (requires_revision, operation["operationId"].as_str()) {
            targets.push(id.to_owned());
        }
    }
    for operation in operations(document) {
        let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { continue };
        for (status, response) in responses.iter_mut().filter(|(status, _)| status.starts_with('2')) {
            let schema = &response["content"]["application/json"]["schema"];
            let Some(pointer) = schema_name(schema).and_then(|name| revision_pointer(&schemas, name)) else {
                continue;
            };
            let links: Map<String, Value> = targets
                .iter()
                .map(|target| {
                    let link = json!({
                        "operationId": target,
                        "requestBody": { EXPECTED_REVISION: format!("$response.body#{pointer}") },
                        "description": format!("The next action, decided on the revision this {status} carries."),
                    });
                    (target.clone(), link)
                })
                .collect();
            response["links"] = Value::Object(links);
        }
    }
}

/// Every operation of the document (each method of each path).
fn operations(document: &mut Value) -> impl Iterator<Item = &mut Value> {
    document["paths"].as_object_mut().into_iter().flat_map(|paths| paths.values_mut()).flat_map(|item| {
        item.as_object_mut()
            .into_iter()
            .flat_map(|methods| methods.values_mut())
            .filter(|operation| operation.is_object())
    })
}

/// Where a body of schema `name` holds the store's revision: `/revision` for a snapshot,
/// `/status/revision` for an answer that holds one as `status`.
fn revision_pointer(schemas: &Value, name: &str) -> Option<&'static str> {
    let snapshot = panel_protocol::StatusSnapshot::name();
    if name == snapshot {
        Some("/revision")
    } else if schema_name(&schemas[name]["properties"]["status"]) == Some(&snapshot) {
        Some("/status/revision")
    } else {
        None
    }
}

/// The component a schema refers to, if it is a reference.
fn schema_name(schema: &Value) -> Option<&str> {
    schema["$ref"].as_str().and_then(|reference| reference.strip_prefix("#/components/schemas/"))
}
