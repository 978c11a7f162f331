//! Crash safety: the real binary is killed with SIGKILL in the middle of a stream of
//! mutations, [`ROUNDS`] times, and restarted on the same data directory each time. After every
//! restart: every acknowledged change is there, at most the one request in flight at the kill
//! was applied too (committed, its answer lost), the revision is the base plus the changes
//! applied, the event log has exactly one event per revision and they are the right ones,
//! SQLite's integrity check passes and the world obeys the domain's rules.
//!
//! The stream cycles through Jetpack's install, activate, connect through Jetpack (which also
//! writes the authorization request), deactivate (abandoning it) and delete, with a disconnect
//! survey (a write that changes no revision) every third request. Each round kills after a
//! random number of acknowledged requests plus a random delay; `KILL_SEED=<n>` replays a run.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use panel_protocol::{JetpackState, NONCE_HEADER, Plugin, StatusSnapshot};
use serde_json::{Value, json};
use support::process::{ServerProcess, login_link};
use support::store::check_database;
use support::{INDEX_HTML, nonce_in};
use tempfile::TempDir;

/// How many times the server is killed.
const ROUNDS: u64 = 20;

/// The world changes of the stream, in order: the path, the body's plugin (for connect), and
/// the event each one logs.
const CYCLE: [(&str, &str); 5] = [
    ("/jetpack/install", "jetpack_installed"),
    ("/jetpack/activate", "jetpack_activated"),
    ("/connect", "connecting_started"),
    ("/jetpack/deactivate", "jetpack_deactivated"),
    ("/jetpack/delete", "jetpack_deleted"),
];

/// A small deterministic generator (SplitMix64), so a failing run can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % bound
    }
}

/// One request of the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Request {
    /// The world change at this position of [`CYCLE`].
    Change(usize),
    /// A disconnect survey with this comment.
    Survey(String),
}

/// What the client knows: what the server acknowledged (or, after a restart, was found applied).
#[derive(Debug, Default)]
struct Ledger {
    /// World changes applied since the store was created (its revision is this plus 1).
    changes: u64,
    /// The comments of the surveys stored.
    surveys: Vec<String>,
}

/// A browser signed in through the `login-link` command.
struct Client {
    http: reqwest::Client,
    nonce: String,
    base: String,
}

impl Client {
    async fn sign_in(server: &ServerProcess, data_dir: &std::path::Path) -> Self {
        let http =
            reqwest::Client::builder().cookie_store(true).timeout(Duration::from_secs(30)).build().expect("client");
        let page = http.get(login_link(data_dir, &server.base)).send().await.expect("the login link opens");
        assert_eq!(page.status(), 200, "signed in");
        let nonce = nonce_in(&page.text().await.expect("page")).expect("the page carries the nonce");
        Self { http, nonce, base: server.base.clone() }
    }

    async fn status(&self) -> StatusSnapshot {
        let response = self.http.get(format!("{}/api/v1/status", self.base)).send().await.expect("status");
        assert_eq!(response.status(), 200);
        response.json().await.expect("a status snapshot")
    }

    /// Sends `request` at `revision`: `Ok` with the answer's JSON once acknowledged, `Err` if
    /// the connection failed (the server died).
    async fn send(&self, request: &Request, revision: u64) -> Result<Value, reqwest::Error> {
        let (path, body) = match request {
            Request::Change(position) => {
                let path = CYCLE[*position].0;
                let body = if path == "/connect" {
                    json!({ "plugin": "jetpack", "expected_revision": revision })
                } else {
                    json!({ "expected_revision": revision })
                };
                (path, body)
            }
            Request::Survey(comment) => ("/disconnect-survey", json!({ "comment": comment })),
        };
        let response = self
            .http
            .post(format!("{}/api/v1{path}", self.base))
            .header(NONCE_HEADER, &self.nonce)
            .json(&body)
            .send()
            .await?;
        let status = response.status();
        let text = response.text().await?;
        assert!(status.is_success(), "{request:?} at revision {revision}: {status} {text}");
        Ok(serde_json::from_str(&text).expect("JSON"))
    }
}

/// Checks the store, online and in the file, against what the client knows.
async fn check_store(client: &Client, data_dir: &std::path::Path, ledger: &Ledger) {
    let status = client.status().await;
    assert_eq!(status.revision, ledger.changes + 1, "the revision is the base plus the changes applied");
    let expected_jetpack = match ledger.changes % 5 {
        0 => JetpackState::NotInstalled,
        1 | 4 => JetpackState::Inactive,
        _ => JetpackState::Active,
    };
    assert_eq!(status.jetpack.plugin, expected_jetpack, "Jetpack after {} changes", ledger.changes);
    let authorizing = status.authorization.map(|authorization| authorization.through);
    assert_eq!(authorizing, (ledger.changes % 5 == 3).then_some(Plugin::Jetpack), "the authorization in progress");

    let stored = check_database(data_dir);
    assert_eq!(stored.revision, status.revision);
    let expected_kinds: Vec<&str> = (0..ledger.changes).map(|change| CYCLE[(change % 5) as usize].1).collect();
    assert_eq!(stored.event_kinds, expected_kinds, "the event log holds each change once, in order");
    assert_eq!(stored.survey_comments, ledger.surveys, "every stored survey, and only those");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_change_survives_sigkill_mid_stream() {
    let seed = std::env::var("KILL_SEED").ok().and_then(|seed| seed.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(7, |time| time.as_nanos() as u64)
    });
    println!("kill: KILL_SEED={seed}");
    let mut random = Random(seed);
    let data = TempDir::new().expect("data dir");
    let dist = TempDir::new().expect("dist dir");
    std::fs::write(dist.path().join("index.html"), INDEX_HTML).expect("index.html");
    let started = Instant::now();
    let mut ledger = Ledger::default();
    let mut in_flight_applied = 0;
    let mut acknowledged = 0;

    let mut server = ServerProcess::start(data.path(), dist.path());
    let mut client = Client::sign_in(&server, data.path()).await;
    check_store(&client, data.path(), &ledger).await;
    for round in 1..=ROUNDS {
        // The killer waits for `threshold` acknowledgements, then a random delay, then kills.
        let threshold = 5 + random.below(30);
        let delay = Duration::from_micros(random.below(5_000));
        let acked = Arc::new(AtomicU64::new(0));
        let killer = {
            let acked = Arc::clone(&acked);
            tokio::task::spawn_blocking(move || {
                while acked.load(Ordering::SeqCst) < threshold {
                    std::thread::sleep(Duration::from_micros(200));
                }
                std::thread::sleep(delay);
                server.kill();
            })
        };

        let mut revision = ledger.changes + 1;
        let mut in_flight = None;
        for step in 0_u64.. {
            assert!(step < 10_000, "the server was never killed");
            let request = if step % 3 == 2 {
                Request::Survey(format!("round {round} step {step}"))
            } else {
                Request::Change((ledger.changes % 5) as usize)
            };
            match client.send(&request, revision).await {
                Ok(answer) => {
                    match &request {
                        Request::Change(_) => {
                            let snapshot = answer.get("status").unwrap_or(&answer);
                            assert_eq!(snapshot["revision"], json!(revision + 1), "{request:?}");
                            ledger.changes += 1;
                            revision += 1;
                        }
                        Request::Survey(comment) => ledger.surveys.push(comment.clone()),
                    }
                    acknowledged += 1;
                    acked.fetch_add(1, Ordering::SeqCst);
                }
                Err(_) => {
                    in_flight = Some(request);
                    break;
                }
            }
        }
        // Should a request have failed before the kill, release the killer all the same.
        acked.store(u64::MAX, Ordering::SeqCst);
        killer.await.expect("the killer killed");

        // Restart on the same directory: the request in flight may or may not have been applied;
        // everything acknowledged must be there.
        server = ServerProcess::start(data.path(), dist.path());
        client = Client::sign_in(&server, data.path()).await;
        let found = client.status().await.revision;
        let applied = match &in_flight {
            Some(Request::Change(_)) if found == ledger.changes + 2 => {
                ledger.changes += 1;
                true
            }
            Some(Request::Survey(comment)) if check_database(data.path()).survey_comments.last() == Some(comment) => {
                ledger.surveys.push(comment.clone());
                true
            }
            _ => false,
        };
        in_flight_applied += u64::from(applied);
        println!(
            "kill: round {round}: killed after {threshold} acknowledged + {delay:?}; in flight: {in_flight:?}, applied: {applied}; revision {found}"
        );
        check_store(&client, data.path(), &ledger).await;
    }
    drop(server);
    println!(
        "kill: {ROUNDS} kills survived; {acknowledged} requests acknowledged, {in_flight_applied} in-flight applied, \
         final revision {}, {} surveys, in {:?}",
        ledger.changes + 1,
        ledger.surveys.len(),
        started.elapsed()
    );
}
