//! HTTP tests: the backend on a loopback port, spoken to as the app speaks to it.

use std::net::SocketAddr;
use std::path::Path;

use panel_backend::{Backend, BackendOptions};
use panel_protocol::{Connection, ErrorBody, StatusSnapshot, VerificationStatus, WpcomUser};
use tempfile::TempDir;

/// A backend serving on 127.0.0.1 for the length of one test.
struct RunningBackend {
    addr: SocketAddr,
    data: TempDir,
    _dist: TempDir,
}

impl RunningBackend {
    async fn start() -> Self {
        let data = TempDir::new().expect("temp data dir");
        let dist = TempDir::new().expect("temp dist dir");
        std::fs::write(dist.path().join("index.html"), "<!doctype html><title>panel</title>").expect("index.html");
        std::fs::write(dist.path().join("app.js"), "console.log('app')").expect("app.js");
        let addr = serve(data.path(), dist.path()).await;
        Self { addr, data, _dist: dist }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    async fn status(&self) -> StatusSnapshot {
        let response = reqwest::get(self.url("/api/v1/status")).await.expect("status request");
        assert_eq!(response.status(), 200);
        response.json().await.expect("status JSON")
    }
}

async fn serve(data_dir: &Path, dist: &Path) -> SocketAddr {
    let options = BackendOptions { data_dir: data_dir.to_owned(), dist: dist.to_owned() };
    let backend = Backend::open(&options).expect("backend opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("loopback port");
    let addr = listener.local_addr().expect("bound address");
    tokio::spawn(backend.serve(listener));
    addr
}

#[tokio::test]
async fn a_new_store_is_not_connected_and_has_no_account() {
    let backend = RunningBackend::start().await;
    let status = backend.status().await;
    assert_eq!(status.revision, 1);
    assert_eq!(status.site.name, "My WooCommerce Store");
    assert_eq!(status.connection, Connection::NotConnected);
    assert_eq!(status.account, None);
    assert!(backend.data.path().join(Backend::DATABASE_FILE).is_file(), "database file is in the data dir");
}

#[tokio::test]
async fn status_reports_the_stored_connection_and_account() {
    let backend = RunningBackend::start().await;
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    database
        .execute_batch(
            "INSERT INTO wpcom_connection VALUES (1, 'connected', 'daisy', 'Daisy Baker', 1700000000);
             INSERT INTO express_account VALUES (1, 'acct_1Nv0FGQ9RKHgCVdK', 'restricted_soon');
             UPDATE site SET revision = 4;",
        )
        .expect("seed rows");

    let status = backend.status().await;
    assert_eq!(status.revision, 4);
    assert_eq!(
        status.connection,
        Connection::Connected {
            user: WpcomUser { login: "daisy".into(), display_name: "Daisy Baker".into() },
            since: 1_700_000_000
        }
    );
    let account = status.account.expect("account is reported");
    assert_eq!(account.id, "acct_1Nv0FGQ9RKHgCVdK");
    assert_eq!(account.verification, VerificationStatus::RestrictedSoon);

    database.execute("UPDATE wpcom_connection SET state = 'broken'", []).expect("break");
    assert!(matches!(backend.status().await.connection, Connection::Broken { user } if user.login == "daisy"));
}

#[tokio::test]
async fn data_survives_a_restart_and_migrations_run_once() {
    let data = TempDir::new().expect("temp data dir");
    let dist = TempDir::new().expect("temp dist dir");
    let first = serve(data.path(), dist.path()).await;
    let database = rusqlite::Connection::open(data.path().join(Backend::DATABASE_FILE)).expect("open db");
    database.execute("UPDATE site SET name = 'Renamed', revision = 9", []).expect("rename");
    let _ = reqwest::get(format!("http://{first}/api/v1/status")).await.expect("first backend answers");

    let second = serve(data.path(), dist.path()).await;
    let status: StatusSnapshot =
        reqwest::get(format!("http://{second}/api/v1/status")).await.expect("request").json().await.expect("JSON");
    assert_eq!((status.site.name.as_str(), status.revision), ("Renamed", 9));
}

#[tokio::test]
async fn unknown_api_paths_answer_a_readable_json_404() {
    let backend = RunningBackend::start().await;
    let response = reqwest::get(backend.url("/api/v1/no-such-thing")).await.expect("request");
    assert_eq!(response.status(), 404);
    let body: ErrorBody = response.json().await.expect("JSON error body");
    assert_eq!(body.code, "not_found");
    assert!(body.message.contains("/api/v1/"), "{}", body.message);
}

#[tokio::test]
async fn app_routes_fall_back_to_index_html_and_assets_are_served() {
    let backend = RunningBackend::start().await;
    let page = reqwest::get(backend.url("/payments/deposits")).await.expect("request");
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-cache");
    assert!(page.text().await.expect("body").contains("<title>panel</title>"));

    let asset = reqwest::get(backend.url("/app.js")).await.expect("request");
    assert_eq!(asset.status(), 200);
    assert_eq!(asset.text().await.expect("body"), "console.log('app')");
}
