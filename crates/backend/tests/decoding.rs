//! Request decoding under random input (proptest), in-process through the router: garbled and
//! wrongly typed JSON, random bytes, huge strings, wrong content types and methods to every
//! mutation; random query strings and path segments to every read; random forms to the
//! simulated pages. Whatever comes in: never a 5xx or a panic, every API 4xx is a JSON
//! [`ErrorBody`], a refused request changes nothing, and the store stays consistent (it loads,
//! obeys the domain's rules, and logs exactly one event per revision).
//!
//! Each test prints how many requests it sent and how they were answered.

mod support;

use std::cell::RefCell;
use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use panel_protocol::{ErrorBody, NONCE_HEADER, percent_encode};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};
use serde_json::{Value, json};
use support::in_process::{Answer, InProcess};

/// Random requests sent to the mutation routes.
const MUTATION_CASES: u32 = 768;
/// Random query strings and path segments sent to the read routes.
const QUERY_CASES: u32 = 384;
/// Random forms posted to the simulated pages.
const FORM_CASES: u32 = 256;

/// The API's mutations (relative to `/api/v1`), with whether a success bumps the revision, and
/// a path that does not exist.
const MUTATIONS: &[(&str, bool)] = &[
    ("/connect", true),
    ("/disconnect", true),
    ("/disconnect-survey", false),
    ("/jetpack/install", true),
    ("/jetpack/activate", true),
    ("/jetpack/deactivate", true),
    ("/jetpack/delete", true),
    ("/wpcom/logout", true),
    ("/account/express-login-link", false),
    ("/change", true),
    ("/connection/check", false),
    ("/jetpack/explode", false),
];

/// The API's reads (relative to `/api/v1`).
const READS: &[&str] = &[
    "/status",
    "/plugins-using-connection",
    "/wpcom/session",
    "/account",
    "/events",
    "/transactions",
    "/transactions/",
    "/deposits",
    "/deposits/overview",
    "/disputes",
    "/support",
    "/openapi.json",
    "/connect/return",
];

/// The simulated pages' forms.
const FORMS: &[&str] = &["/wpcom/log-in", "/wpcom/sign-up", "/wpcom/authorize", "/wpcom/log-out", "/stripe/verify"];

/// How the request claims to be signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Credentials {
    /// The session cookie and its nonce.
    Signed,
    /// No cookie at all.
    NoCookie,
    /// The cookie, but no nonce header.
    NoNonce,
    /// The cookie, and a nonce that is not the session's.
    WrongNonce,
}

/// One random request to a mutation route.
#[derive(Debug, Clone)]
struct Mutation {
    route: usize,
    method: Method,
    credentials: Credentials,
    content_type: Option<&'static str>,
    payload: Payload,
}

/// Values of every JSON type, with the edges that break naive decoders.
fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop::sample::select(vec![0_i64, 1, 2, 3, -1, i64::MIN, i64::MAX]).prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(1.5)),
        Just(json!(1e300)),
        prop::sample::select(vec!["woopayments", "jetpack", "stripe", "changing_account", "/", "//evil.example", ""])
            .prop_map(Value::from),
        "\\PC{0,40}".prop_map(Value::from),
    ]
}

/// Any JSON value, nested a few levels.
fn value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(field(), inner, 0..6).prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// The requests' field names, and others.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec!["expected_revision", "plugin", "return_to", "reasons", "comment"])
            .prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

/// A body to send.
#[derive(Debug, Clone)]
enum Payload {
    /// A request of the route's shape, its fields perhaps dropped, retyped or joined by
    /// others; `expected_revision` is set to the current one when `current` (else as drawn).
    Shaped { object: serde_json::Map<String, Value>, current: bool },
    /// Any bytes.
    Raw(Vec<u8>),
}

/// The fields of a well-formed request to each of [`MUTATIONS`].
fn fields(route: usize) -> &'static [&'static str] {
    match MUTATIONS[route].0 {
        "/connect" => &["plugin", "expected_revision", "return_to"],
        "/disconnect" => &["plugin", "expected_revision"],
        "/disconnect-survey" => &["reasons", "comment"],
        "/change" => &["action", "expected_revision"],
        "/account/express-login-link" | "/connection/check" => &[],
        _ => &["expected_revision"],
    }
}

/// A good value for `field`, mostly; sometimes anything.
fn field_value(field: &'static str) -> BoxedStrategy<Value> {
    let good = match field {
        "plugin" => prop::sample::select(vec!["woopayments", "jetpack"]).prop_map(Value::from).boxed(),
        "expected_revision" => (1_u64..8).prop_map(Value::from).boxed(),
        "return_to" => prop::sample::select(vec!["/", "/payments/overview", "//evil.example", "https://evil.example"])
            .prop_map(Value::from)
            .boxed(),
        "action" => prop::sample::select(vec![
            json!({ "do": "start" }),
            json!({ "do": "choose", "goal": "another_account" }),
            json!({ "do": "choose", "goal": "moved_site", "jetpack": "keep" }),
            json!({ "do": "finish" }),
            json!({ "do": "cancel" }),
            json!({ "do": "teleport" }),
            json!("start"),
        ])
        .boxed(),
        "reasons" => prop::sample::select(vec![json!([]), json!(["changing_account"]), json!(["bored"])]).boxed(),
        _ => prop_oneof![Just(json!("Moving to Sam.")), Just(json!("  ")), "\\PC{0,40}".prop_map(Value::from)].boxed(),
    };
    prop_oneof![5 => good, 1 => scalar(), 1 => value()].boxed()
}

/// A request shaped for `route`: each field kept (mostly), plus perhaps a stray one.
fn shaped(route: usize) -> impl Strategy<Value = Payload> {
    let fields: Vec<_> = fields(route)
        .iter()
        .map(|&name| prop::option::weighted(0.9, field_value(name)).prop_map(move |value| (name, value)))
        .collect();
    let stray = prop::option::weighted(0.1, (field(), value()));
    (fields, stray, prop::bool::weighted(0.7)).prop_map(|(fields, stray, current)| {
        let mut object: serde_json::Map<String, Value> =
            fields.into_iter().filter_map(|(name, value)| Some((name.to_owned(), value?))).collect();
        if let Some((name, value)) = stray {
            object.insert(name, value);
        }
        Payload::Shaped { object, current }
    })
}

/// Bodies: requests of the route's shape, any JSON, text, random bytes, and bodies around the
/// size limit.
fn payload(route: usize) -> impl Strategy<Value = Payload> {
    prop_oneof![
        6 => shaped(route),
        3 => value().prop_map(|value| Payload::Raw(value.to_string().into_bytes())),
        2 => "\\PC{0,64}".prop_map(|text| Payload::Raw(text.into_bytes())),
        2 => prop::collection::vec(any::<u8>(), 0..256).prop_map(Payload::Raw),
        1 => (60_000_usize..70_000)
            .prop_map(|length| Payload::Raw(json!({ "comment": "é".repeat(length / 2) }).to_string().into_bytes())),
    ]
}

/// One random request to one of [`MUTATIONS`].
fn mutation() -> impl Strategy<Value = Mutation> {
    let method = prop_oneof![
        12 => Just(Method::POST),
        1 => prop::sample::select(vec![Method::GET, Method::PUT, Method::DELETE, Method::PATCH, Method::OPTIONS]),
    ];
    let credentials = prop_oneof![
        12 => Just(Credentials::Signed),
        1 => prop::sample::select(vec![Credentials::NoCookie, Credentials::NoNonce, Credentials::WrongNonce]),
    ];
    let content_type = prop_oneof![
        8 => Just(Some("application/json")),
        1 => prop::sample::select(vec![
            None,
            Some("application/json; charset=utf-8"),
            Some("text/plain"),
            Some("application/x-www-form-urlencoded"),
            Some("multipart/form-data; boundary=x"),
            Some("application/jsonp"),
            Some("APPLICATION/JSON"),
        ]),
    ];
    let route_and_payload = (0..MUTATIONS.len()).prop_flat_map(|route| (Just(route), payload(route)));
    (route_and_payload, method, credentials, content_type).prop_map(
        |((route, payload), method, credentials, content_type)| Mutation {
            route,
            method,
            credentials,
            content_type,
            payload,
        },
    )
}

/// Tallies of what the requests were answered with.
#[derive(Debug, Default)]
struct Tally {
    by_status: BTreeMap<u16, usize>,
    by_code: BTreeMap<String, usize>,
}

impl Tally {
    fn count(&mut self, answer: &Answer) {
        *self.by_status.entry(answer.status.as_u16()).or_default() += 1;
        if let Ok(body) = serde_json::from_slice::<ErrorBody>(&answer.body) {
            *self.by_code.entry(body.code).or_default() += 1;
        }
    }

    fn print(&self, what: &str, cases: u32) {
        println!("{what}: {cases} random requests; by status: {:?}", self.by_status);
        println!("  by error code: {:?}", self.by_code);
    }
}

/// Fails unless `answer` is a JSON error: the JSON content type and an [`ErrorBody`].
fn json_error(answer: &Answer, what: &str) -> Result<ErrorBody, TestCaseError> {
    let content_type = answer.headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok());
    prop_assert_eq!(content_type, Some("application/json"), "{}: {} {}", what, answer.status, answer.text());
    let body = serde_json::from_slice::<ErrorBody>(&answer.body)
        .map_err(|error| TestCaseError::fail(format!("{what}: not an ErrorBody ({error}): {}", answer.text())))?;
    prop_assert!(!body.code.is_empty() && !body.message.is_empty(), "{}: {:?}", what, body);
    Ok(body)
}

/// Checks the store after a request: it loads, and logs one event per revision. Fails if a
/// refused request changed it; returns the new revision and event count.
async fn consistent(
    backend: &InProcess,
    before: (u64, u64),
    refused: bool,
    what: &str,
) -> Result<(u64, u64), TestCaseError> {
    let (revision, events) = backend.revision_and_events().await;
    prop_assert_eq!(revision, events + 1, "{}: the revision and the event log disagree", what);
    if refused {
        prop_assert_eq!((revision, events), before, "{}: a refused request changed the store", what);
    }
    Ok((revision, events))
}

/// Runs `cases` cases of `strategy` through `check`, on one runtime and one backend; panics
/// with the smallest failing input.
fn run<S: Strategy>(cases: u32, strategy: S, check: impl AsyncFn(&InProcess, S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let backend = runtime.block_on(InProcess::start());
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let outcome = runner.run(&strategy, |input| runtime.block_on(check(&backend, input)));
    match outcome {
        Ok(()) => {}
        Err(TestError::Fail(reason, input)) => panic!("{reason}\nsmallest failing input: {input:#?}"),
        Err(TestError::Abort(reason)) => panic!("aborted: {reason}"),
    }
}

#[test]
fn random_requests_to_the_mutations_are_refused_as_json_or_applied() {
    let tally = RefCell::new(Tally::default());
    run(MUTATION_CASES, mutation(), async |backend, case| {
        let (path, bumps) = MUTATIONS[case.route];
        let uri = format!("/api/v1{path}");
        let what = format!("{} {uri} ({:?}, {:?})", case.method, case.credentials, case.content_type);
        let before = backend.revision_and_events().await;
        let mut request = Request::builder().method(case.method.clone()).uri(&uri);
        if case.credentials != Credentials::NoCookie {
            request = request.header(header::COOKIE, &backend.cookie);
        }
        match case.credentials {
            Credentials::Signed | Credentials::NoCookie => request = request.header(NONCE_HEADER, &backend.nonce),
            Credentials::WrongNonce => request = request.header(NONCE_HEADER, "0".repeat(backend.nonce.len())),
            Credentials::NoNonce => {}
        }
        if let Some(content_type) = case.content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let body = match case.payload {
            Payload::Raw(bytes) => bytes,
            Payload::Shaped { mut object, current } => {
                if current && object.contains_key("expected_revision") {
                    object.insert("expected_revision".to_owned(), Value::from(before.0));
                }
                Value::Object(object).to_string().into_bytes()
            }
        };
        let answer = backend.send(request.body(Body::from(body)).expect("request")).await;
        tally.borrow_mut().count(&answer);

        prop_assert!(!answer.status.is_server_error(), "{}: {} {}", what, answer.status, answer.text());
        let refused = !answer.status.is_success();
        if refused {
            let error = json_error(&answer, &what)?;
            let exists = path != "/jetpack/explode";
            let expected = match (case.credentials, case.method.clone()) {
                (_, method) if exists && method != Method::POST => Some("method_not_allowed"),
                (Credentials::NoCookie, _) if exists => Some("not_signed_in"),
                (Credentials::NoNonce | Credentials::WrongNonce, _) if exists => Some("bad_nonce"),
                _ if !exists => Some("not_found"),
                _ => None,
            };
            if let Some(expected) = expected {
                prop_assert_eq!(error.code.as_str(), expected, "{}", what);
            }
        } else {
            prop_assert_eq!(case.credentials, Credentials::Signed, "{}: accepted without credentials", what);
            serde_json::from_slice::<Value>(&answer.body)
                .map_err(|error| TestCaseError::fail(format!("{what}: a 2xx that is not JSON: {error}")))?;
        }
        let after = consistent(backend, before, refused, &what).await?;
        if !refused {
            prop_assert_eq!(after.0, before.0 + u64::from(bumps), "{}: the revision after a success", what);
        }
        Ok(())
    });
    tally.into_inner().print("mutations", MUTATION_CASES);
}

/// Query strings: known parameters with edge values, percent-encoding that does not decode,
/// and arbitrary text.
fn query() -> impl Strategy<Value = String> {
    let name = prop::sample::select(vec![
        "page", "per_page", "sort", "order", "type", "status", "currency", "deposit", "from", "to", "search", "state",
        "code", "error", "x",
    ]);
    let value = prop_oneof![
        prop::sample::select(vec![
            "",
            "0",
            "1",
            "100",
            "101",
            "-1",
            "4294967295",
            "4294967296",
            "18446744073709551616",
            "1.5",
            "asc",
            "desc",
            "amount",
            "usd",
            "EUR",
            "2024-02-30",
            "2024-01-01",
            "9999-12-31",
            "-0001-01-01",
            "po_",
            "txn_",
            "%FF",
            "%",
            "%00",
            "a,b,,c",
            "charge,refund",
            "needs_response",
        ])
        .prop_map(str::to_owned),
        "[a-z0-9%,&=._-]{0,12}",
        "\\PC{0,120}".prop_map(|text| text.replace(['#', ' '], "+")),
    ];
    prop_oneof![
        4 => prop::collection::vec((name, value), 0..5)
            .prop_map(|pairs| pairs.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("&")),
        1 => "[ -~]{0,80}".prop_map(|text| text.replace(['#', ' '], "")),
    ]
}

/// A path segment (for `/transactions/{id}`): ids, percent-encoding that does not decode, text.
fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["txn_1", "txn_", "%FF", "%C3%28", "%00", "..", "%2F", "a%20b"])
            .prop_map(str::to_owned),
        "[A-Za-z0-9_%.~-]{0,40}",
    ]
}

#[test]
fn random_query_strings_and_paths_to_the_reads_are_answered_as_json() {
    let tally = RefCell::new(Tally::default());
    let strategy = (0..READS.len(), query(), segment());
    run(QUERY_CASES, strategy, async |backend, (read, query, segment)| {
        let path = READS[read];
        let path = if path.ends_with('/') { format!("{path}{segment}") } else { path.to_owned() };
        let uri = format!("/api/v1{path}?{query}");
        let before = backend.revision_and_events().await;
        let Ok(request) = backend.signed(Method::GET, &uri).body(Body::empty()) else {
            return Ok(()); // Not a URI at all: no client could send it.
        };
        let answer = backend.send(request).await;
        tally.borrow_mut().count(&answer);
        prop_assert!(!answer.status.is_server_error(), "GET {}: {} {}", uri, answer.status, answer.text());
        if path == "/connect/return" && answer.status != StatusCode::BAD_REQUEST {
            // WordPress.com's way back: a redirect to a page of this site (or, documented, a
            // 400 `invalid_query` when the query string does not decode).
            prop_assert_eq!(answer.status, StatusCode::SEE_OTHER, "GET {}: {}", uri, answer.text());
            let location = answer.headers[header::LOCATION].to_str().unwrap_or_default();
            prop_assert!(location.starts_with('/') && !location.starts_with("//"), "GET {}: to {}", uri, location);
        } else if !answer.status.is_success() {
            json_error(&answer, &format!("GET {uri}"))?;
        }
        consistent(backend, before, true, &format!("GET {uri}")).await?;
        Ok(())
    });
    tally.into_inner().print("reads", QUERY_CASES);
}

/// A form body: the forms' fields (the session's nonce or not), and arbitrary pairs.
fn form() -> impl Strategy<Value = (usize, bool, Vec<(String, String)>, Option<&'static str>)> {
    let name = prop_oneof![
        4 => prop::sample::select(vec![
            "state", "username", "display_name", "decision", "return_to", "name", "business_name", "business_type",
            "country", "percent_owned", "outcome", "email",
        ])
        .prop_map(str::to_owned),
        1 => "\\PC{0,10}",
    ];
    let value = prop_oneof![
        prop::sample::select(vec!["daisy", "sam", "newuser1", "Daisy", "", "approve", "deny", "complete", "101", "-5"])
            .prop_map(str::to_owned),
        "\\PC{0,300}",
    ];
    let content_type = prop_oneof![
        6 => Just(Some("application/x-www-form-urlencoded")),
        1 => prop::sample::select(vec![None, Some("application/json"), Some("text/plain")]),
    ];
    (0..FORMS.len(), any::<bool>(), prop::collection::vec((name, value), 0..8), content_type)
}

#[test]
fn random_forms_to_the_simulated_pages_never_fail_the_backend() {
    let tally = RefCell::new(Tally::default());
    run(FORM_CASES, form(), async |backend, (page, with_nonce, mut fields, content_type)| {
        let path = FORMS[page];
        if with_nonce {
            fields.insert(0, ("nonce".to_owned(), backend.nonce.clone()));
        }
        let body = fields
            .iter()
            .map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        let before = backend.revision_and_events().await;
        let mut request = Request::post(path).header(header::COOKIE, &backend.cookie);
        if let Some(content_type) = content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let answer = backend.send(request.body(Body::from(body)).expect("request")).await;
        tally.borrow_mut().count(&answer);
        let what = format!("POST {path} {fields:?}");
        prop_assert!(!answer.status.is_server_error(), "{}: {} {}", what, answer.status, answer.text());
        let refused = answer.status.is_client_error();
        if !with_nonce {
            prop_assert!(refused, "{}: a form without the nonce was accepted: {}", what, answer.status);
        }
        consistent(backend, before, refused, &what).await?;
        Ok(())
    });
    tally.into_inner().print("forms", FORM_CASES);
}

#[tokio::test]
async fn pathological_bodies_are_refused_as_json_and_change_nothing() {
    let backend = InProcess::start().await;
    let limit = panel_backend::BODY_LIMIT;
    let padded = |length: usize| {
        let frame = r#"{"expected_revision": 1, "pad": ""}"#.len();
        format!(r#"{{"expected_revision": 1, "pad": "{}"}}"#, "x".repeat(length - frame)).into_bytes()
    };
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("nested 60,000 deep", "[".repeat(60_000).into_bytes(), 422, "invalid_body"),
        ("nested objects", r#"{"a":"#.repeat(10_000).into_bytes(), 422, "invalid_body"),
        ("a duplicate field", br#"{"expected_revision": 1, "expected_revision": 1}"#.to_vec(), 422, "invalid_body"),
        (
            "a 1,000-digit revision",
            format!(r#"{{"expected_revision": {}}}"#, "9".repeat(1000)).into_bytes(),
            400,
            "malformed_json",
        ),
        ("a negative revision", br#"{"expected_revision": -1}"#.to_vec(), 422, "invalid_body"),
        ("a fractional revision", br#"{"expected_revision": 1.5}"#.to_vec(), 422, "invalid_body"),
        ("an out-of-range float", br#"{"expected_revision": 1e400}"#.to_vec(), 400, "malformed_json"),
        ("a byte-order mark", b"\xEF\xBB\xBF{\"expected_revision\": 1}".to_vec(), 400, "malformed_json"),
        ("invalid UTF-8 in a string", b"{\"expected_revision\": 1, \"x\": \"\xFF\"}".to_vec(), 422, "invalid_body"),
        ("a NUL byte", b"{\"expected_revision\": 1}\0".to_vec(), 400, "malformed_json"),
        ("two documents", br#"{"expected_revision": 1}{"expected_revision": 1}"#.to_vec(), 400, "malformed_json"),
        ("the empty body", Vec::new(), 400, "malformed_json"),
        ("exactly the limit, one field too many", padded(limit), 422, "invalid_body"),
        ("one byte over the limit", padded(limit + 1), 413, "body_too_large"),
    ];
    // Each is a 4xx JSON error; a stray field is refused (422) before its value is read.
    let (mut observed, mut expected) = (Vec::new(), Vec::new());
    for (what, body, status, code) in cases {
        let request = backend
            .signed(Method::POST, "/api/v1/jetpack/install")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .expect("request");
        let answer = backend.send(request).await;
        let error = json_error(&answer, what).unwrap_or_else(|error| panic!("{error}"));
        observed.push(format!("{what}: {} {}", answer.status.as_u16(), error.code));
        expected.push(format!("{what}: {status} {code}"));
    }
    assert_eq!(observed, expected);
    assert_eq!(backend.revision_and_events().await, (1, 0), "nothing changed");
}
