//! Bounded concurrent load: [`CLIENTS`] signed-in clients on loopback against the real
//! binary, a fixed number of requests each (not a duration), mixed reads and conflicting
//! writes. Every write names the revision it was decided on; a `409 stale_revision` hands back
//! the current state, from which the client decides again. Afterwards: no 5xx, no refusal but
//! a stale revision, no lost update (each accepted change is in the event log exactly once, at
//! the revision its answer named, and the final revision is the base plus the accepted
//! changes), every accepted survey stored once, and the store consistent. The second test
//! does the same with two server processes on one data directory and `restore-backup` run
//! beside them (writers in three processes). The throughput is printed, never asserted.

mod support;

use std::collections::BTreeMap;
use std::time::Instant;

use panel_protocol::{JetpackState, NONCE_HEADER, StaleRevisionBody, StatusSnapshot};
use serde_json::{Value, json};
use support::process::{ServerProcess, login_link};
use support::store::check_database;
use support::{INDEX_HTML, nonce_in};
use tempfile::TempDir;

/// How many clients run at once.
const CLIENTS: usize = 16;

/// How many requests each client sends.
const REQUESTS: usize = 150;

/// The reads a client picks from.
const READS: &[&str] = &["/status", "/events?per_page=5", "/plugins-using-connection", "/wpcom/session", "/support"];

/// What one client saw.
#[derive(Debug, Default)]
struct Outcome {
    /// Accepted world changes: the revision each produced, and the event kind it logs.
    changes: Vec<(u64, &'static str)>,
    /// Comments of the accepted surveys.
    surveys: Vec<String>,
    /// Answers by status code.
    by_status: BTreeMap<u16, usize>,
}

/// The change a client makes from `status`, chosen by `pick`: the path, its body and the
/// event it logs. Every choice is allowed in that state, so only a stale revision refuses it.
fn decide(status: &StatusSnapshot, pick: usize) -> (&'static str, Value, &'static str) {
    let revision = status.revision;
    let plain = json!({ "expected_revision": revision });
    match (status.jetpack.plugin, pick % 2) {
        (JetpackState::NotInstalled, _) => ("/jetpack/install", plain, "jetpack_installed"),
        (JetpackState::Inactive, 0) => ("/jetpack/activate", plain, "jetpack_activated"),
        (JetpackState::Inactive, _) => ("/jetpack/delete", plain, "jetpack_deleted"),
        (JetpackState::Active, 0) => ("/jetpack/deactivate", plain, "jetpack_deactivated"),
        (JetpackState::Active, _) => {
            ("/connect", json!({ "plugin": "jetpack", "expected_revision": revision }), "connecting_started")
        }
    }
}

/// One client: `requests` requests, about two reads for each write.
async fn client(index: usize, base: String, data_dir: std::path::PathBuf, requests: usize) -> Outcome {
    let link = tokio::task::spawn_blocking({
        let base = base.clone();
        move || login_link(&data_dir, &base)
    })
    .await
    .expect("login-link ran");
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("client");
    let page = http.get(link).send().await.expect("the login link opens");
    let nonce = nonce_in(&page.text().await.expect("page")).expect("nonce");
    let mut outcome = Outcome::default();
    let mut known: Option<StatusSnapshot> = None;
    for request in 0..requests {
        let pick = index * 7 + request * 13;
        let response = match (pick % 3, known.clone()) {
            (0, Some(status)) => {
                let (path, body, kind) = decide(&status, pick / 3);
                let response = http
                    .post(format!("{base}/api/v1{path}"))
                    .header(NONCE_HEADER, &nonce)
                    .json(&body)
                    .send()
                    .await
                    .expect("write");
                let code = response.status().as_u16();
                let text = response.text().await.expect("body");
                assert!(code == 200 || code == 409, "POST {path} {body}: {code} {text}");
                if code == 200 {
                    let answer: Value = serde_json::from_str(&text).expect("JSON");
                    let snapshot: StatusSnapshot =
                        serde_json::from_value(answer.get("status").unwrap_or(&answer).clone()).expect("snapshot");
                    assert_eq!(snapshot.revision, status.revision + 1, "POST {path}: the next revision");
                    outcome.changes.push((snapshot.revision, kind));
                    known = Some(snapshot);
                } else {
                    let stale: StaleRevisionBody = serde_json::from_str(&text).unwrap_or_else(|error| {
                        panic!("POST {path}: a 409 other than stale_revision ({error}): {text}")
                    });
                    assert_eq!(stale.code, "stale_revision");
                    assert!(stale.current.revision > status.revision, "the current state is newer");
                    known = Some(stale.current);
                }
                code
            }
            (1, _) if request % 10 == 1 => {
                let comment = format!("client {index} request {request}");
                let response = http
                    .post(format!("{base}/api/v1/disconnect-survey"))
                    .header(NONCE_HEADER, &nonce)
                    .json(&json!({ "reasons": ["changing_account"], "comment": comment }))
                    .send()
                    .await
                    .expect("survey");
                assert_eq!(response.status(), 201, "survey");
                outcome.surveys.push(comment);
                201
            }
            _ => {
                let path = if known.is_none() { "/status" } else { READS[pick % READS.len()] };
                let response = http.get(format!("{base}/api/v1{path}")).send().await.expect("read");
                let code = response.status().as_u16();
                assert_eq!(code, 200, "GET {path}");
                if path == "/status" {
                    known = Some(response.json().await.expect("snapshot"));
                } else {
                    response.bytes().await.expect("body");
                }
                code
            }
        };
        *outcome.by_status.entry(response).or_default() += 1;
    }
    outcome
}

/// Runs `clients` clients of `requests` requests each, spread over `servers` server processes
/// on one data directory, while `restore-backup` runs `operator_runs` times beside them; checks
/// that nothing was lost and prints the throughput.
async fn run_load(name: &str, servers: usize, clients: usize, requests: usize, operator_runs: u64) {
    let data = TempDir::new().expect("data dir");
    let dist = TempDir::new().expect("dist dir");
    std::fs::write(dist.path().join("index.html"), INDEX_HTML).expect("index.html");
    let servers: Vec<_> = (0..servers).map(|_| ServerProcess::start(data.path(), dist.path())).collect();

    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|index| {
            let base = servers[index % servers.len()].base.clone();
            tokio::spawn(client(index, base, data.path().to_owned(), requests))
        })
        .collect();
    let operator: Vec<_> = (0..operator_runs)
        .map(|run| {
            let data_dir = data.path().to_owned();
            tokio::task::spawn_blocking(move || {
                std::thread::sleep(std::time::Duration::from_millis(40 * run));
                let output = std::process::Command::new(support::process::BINARY)
                    .args(["restore-backup", "--data-dir"])
                    .arg(&data_dir)
                    .output()
                    .expect("restore-backup runs");
                let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
                assert!(output.status.success(), "restore-backup: {}", String::from_utf8_lossy(&output.stderr));
                stdout
                    .rsplit_once("(revision ")
                    .and_then(|(_, rest)| rest.trim().trim_end_matches(')').parse::<u64>().ok())
                    .unwrap_or_else(|| panic!("no revision in {stdout:?}"))
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.expect("a client finished"));
    }
    let mut changes = BTreeMap::new();
    for run in operator {
        let revision = run.await.expect("restore-backup finished");
        assert!(changes.insert(revision, "restored_from_backup").is_none(), "revision {revision} given twice");
    }
    let elapsed = started.elapsed();

    let mut by_status = BTreeMap::new();
    let mut surveys = Vec::new();
    for outcome in outcomes {
        for (status, count) in outcome.by_status {
            *by_status.entry(status).or_insert(0) += count;
        }
        for (revision, kind) in outcome.changes {
            assert!(changes.insert(revision, kind).is_none(), "revision {revision} was answered twice");
        }
        surveys.extend(outcome.surveys);
    }
    let stored = check_database(data.path());
    assert_eq!(stored.revision, 1 + changes.len() as u64, "the final revision is the base plus the accepted changes");
    let accepted_kinds: Vec<&str> = changes.values().copied().collect();
    assert_eq!(stored.event_kinds, accepted_kinds, "each accepted change is logged once, at its revision");
    let mut stored_surveys = stored.survey_comments.clone();
    stored_surveys.sort();
    surveys.sort();
    assert_eq!(stored_surveys, surveys, "each accepted survey is stored once");
    drop(servers);

    let total = clients * requests;
    println!(
        "{name}: {clients} clients x {requests} requests = {total} in {elapsed:?} ({:.0} req/s); by status: \
         {by_status:?}; {} changes accepted ({operator_runs} by restore-backup), {} surveys",
        total as f64 / elapsed.as_secs_f64(),
        changes.len(),
        surveys.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_clients_lose_no_update() {
    run_load("load", 1, CLIENTS, REQUESTS, 0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_and_operator_commands_on_one_data_dir_lose_no_update() {
    run_load("load, two servers", 2, CLIENTS, REQUESTS / 2, 4).await;
}
