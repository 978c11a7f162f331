//! The OpenAPI document tells the truth about the API, as far as a look at the document and the
//! wire types shows (scripts/api_contract.sh then tries it against a running backend):
//! every reference resolves, every enum is documented in its wire spelling, every operation
//! lists the answers its declaration implies, and the lists' bounds are the parser's.

mod support;

use std::collections::BTreeSet;

use panel_protocol::{
    CardBrand, DepositSort, DepositStatus, DisputeReason, DisputeSort, DisputeStatus, EventsQuery, MAX_PER_PAGE,
    SortOrder, SupportChannel, TransactionSort, TransactionStatus, TransactionType, Weekday, WireEnum,
};
use serde_json::Value;
use support::TestBackend;

/// The document the backend serves.
async fn document() -> Value {
    let backend = TestBackend::start().await;
    let response = reqwest::get(backend.url("/api/v1/openapi.json")).await.expect("request");
    assert_eq!(response.status(), 200);
    response.json().await.expect("JSON")
}

/// Every value under `key` anywhere in `value`, with the JSON pointer of its parent.
fn every<'a>(value: &'a Value, key: &str, at: String, found: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            for (name, child) in map {
                if name == key {
                    found.push((at.clone(), child));
                }
                every(child, key, format!("{at}/{name}"), found);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                every(child, key, format!("{at}/{index}"), found);
            }
        }
        _ => {}
    }
}

/// The operations of the document: (method, path, operation).
fn operations(document: &Value) -> Vec<(String, String, &Value)> {
    let paths = document["paths"].as_object().expect("paths");
    paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .expect("a path item")
                .iter()
                .map(move |(method, operation)| (method.clone(), path.clone(), operation))
        })
        .collect()
}

#[tokio::test]
async fn every_reference_resolves() {
    let document = document().await;
    let mut references = Vec::new();
    every(&document, "$ref", String::new(), &mut references);
    assert!(references.len() > 50, "the document uses references: {}", references.len());
    for (at, reference) in references {
        let pointer = reference.as_str().expect("a reference is a string").trim_start_matches('#');
        assert!(document.pointer(pointer).is_some(), "{at} points at {reference}, which the document does not define");
    }
}

/// `T`'s documented values and its serialized spellings, side by side.
fn spellings<T: WireEnum + serde::Serialize>(document: &Value, name: &str) -> (Vec<Value>, Vec<Value>) {
    let documented = document["components"]["schemas"][name]["enum"].as_array().cloned().unwrap_or_default();
    let serialized = T::ALL.iter().map(|value| serde_json::to_value(value).expect("serializes")).collect();
    (documented, serialized)
}

#[tokio::test]
async fn every_enum_is_documented_in_its_wire_spelling() {
    let document = document().await;
    // The ledger's enums (the `wire_enum!` macro): documented values are the serialized ones.
    let checks = [
        ("SupportChannel", spellings::<SupportChannel>(&document, "SupportChannel")),
        ("TransactionType", spellings::<TransactionType>(&document, "TransactionType")),
        ("TransactionStatus", spellings::<TransactionStatus>(&document, "TransactionStatus")),
        ("CardBrand", spellings::<CardBrand>(&document, "CardBrand")),
        ("TransactionSort", spellings::<TransactionSort>(&document, "TransactionSort")),
        ("DepositStatus", spellings::<DepositStatus>(&document, "DepositStatus")),
        ("DepositSort", spellings::<DepositSort>(&document, "DepositSort")),
        ("DisputeStatus", spellings::<DisputeStatus>(&document, "DisputeStatus")),
        ("DisputeReason", spellings::<DisputeReason>(&document, "DisputeReason")),
        ("DisputeSort", spellings::<DisputeSort>(&document, "DisputeSort")),
        ("SortOrder", spellings::<SortOrder>(&document, "SortOrder")),
        ("Weekday", spellings::<Weekday>(&document, "Weekday")),
    ];
    for (name, (documented, serialized)) in checks {
        assert_eq!(documented, serialized, "{name}: the document's values are the wire's");
    }
    // Every enum of the document, the serde-derived ones too, is spelled as the wire spells
    // names: snake_case (a Rust spelling such as `Woocommerce` or `InTransit` is a mismatch).
    let mut enums = Vec::new();
    every(&document, "enum", String::new(), &mut enums);
    assert!(enums.len() > 20, "the document has enums: {}", enums.len());
    for (at, values) in enums {
        for value in values.as_array().expect("an enum lists values") {
            let text = value.as_str().unwrap_or_default();
            let snake =
                !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            assert!(snake, "{at}: {value} is not a wire spelling");
        }
    }
}

#[tokio::test]
async fn every_operation_lists_the_answers_its_declaration_implies() {
    let document = document().await;
    let mut operation_ids = BTreeSet::new();
    for (method, path, operation) in operations(&document) {
        let where_ = format!("{} {path}", method.to_uppercase());
        assert!(operation_ids.insert(operation["operationId"].to_string()), "{where_}: its operationId is unique");
        let answers = operation["responses"].as_object().expect("responses");
        let schemes: Vec<&str> = operation["security"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|requirement| requirement.as_object().expect("a requirement").keys().map(String::as_str))
            .collect();
        let expected: Vec<&str> = [
            (schemes.contains(&"session"), "401"),
            (schemes.contains(&"session") || schemes.contains(&"nonce"), "403"),
            (operation["requestBody"].is_object(), "413"),
            (operation["requestBody"].is_object(), "415"),
            (operation["requestBody"].is_object(), "422"),
            (operation["parameters"].as_array().is_some_and(|list| list.iter().any(|p| p["in"] != "header")), "400"),
            (true, "500"),
        ]
        .into_iter()
        .filter_map(|(implied, status)| implied.then_some(status))
        .collect();
        for status in expected {
            assert!(answers.contains_key(status), "{where_} documents its {status}");
        }
        // Every answer but a redirect carries a JSON body with a schema.
        for (status, answer) in answers {
            if status.starts_with('3') {
                continue;
            }
            assert!(
                answer["content"]["application/json"]["schema"].is_object(),
                "{where_}: its {status} has a JSON body"
            );
        }
        // Every mutation but Stripe's webhook (signed instead) needs the session and the nonce.
        if method == "post" && path != "/api/v1/stripe/webhook" {
            assert!(schemes.contains(&"session") && schemes.contains(&"nonce"), "{where_} needs both credentials");
        }
        // Whatever takes the session also takes a host's service key with the acting admin instead.
        if schemes.contains(&"session") {
            let alternatives = operation["security"].as_array().map(Vec::len).unwrap_or_default();
            let service = serde_json::json!({ "service_key": [], "acting_admin": [] });
            assert!(
                operation["security"].as_array().is_some_and(|requirements| requirements.contains(&service)),
                "{where_} offers the service credential ({alternatives} requirements)"
            );
        }
    }
    let schemes = &document["components"]["securitySchemes"];
    assert_eq!(schemes["session"], serde_json::json!({ "type": "apiKey", "in": "cookie", "name": "panel_session" }));
    assert_eq!(schemes["nonce"]["name"], panel_protocol::NONCE_HEADER);
    assert_eq!(schemes["service_key"]["name"], "X-Panel-Service-Key");
    assert_eq!(schemes["acting_admin"]["name"], "X-Panel-Acting-Admin");
}

#[tokio::test]
async fn the_lists_bounds_are_the_parsers() {
    let document = document().await;
    let parameter = |path: &str, name: &str| {
        document["paths"][path]["get"]["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .find(|parameter| parameter["name"] == name)
            .unwrap_or_else(|| panic!("{path} has {name}"))
            .clone()
    };
    for path in ["/api/v1/transactions", "/api/v1/deposits", "/api/v1/disputes"] {
        assert_eq!(parameter(path, "page")["schema"]["minimum"], 1);
        assert_eq!(parameter(path, "per_page")["schema"]["minimum"], 1);
        assert_eq!(parameter(path, "per_page")["schema"]["maximum"], MAX_PER_PAGE);
        let status = parameter(path, "status");
        assert_eq!((status["style"].as_str(), status["explode"].as_bool()), (Some("form"), Some(false)));
    }
    assert_eq!(parameter("/api/v1/transactions", "sort")["schema"]["$ref"], "#/components/schemas/TransactionSort");
    assert_eq!(parameter("/api/v1/events", "page")["schema"]["minimum"], 1);
    assert_eq!(parameter("/api/v1/events", "per_page")["schema"]["maximum"], EventsQuery::MAX_PER_PAGE);
}
