//! HTTP tests: the backend on a loopback port, spoken to as the app speaks to it. The walking
//! skeleton (status, persistence, the bundle), signing in, and every way a request can be
//! refused; the flows are in `flows.rs`.

mod support;

use connection_domain::{Plugin, Site, VerificationStatus, World, WpcomUser as DomainUser};
use panel_backend::Backend;
use panel_protocol::{
    Connection, ErrorBody, NONCE_HEADER, StaleRevisionBody, StatusSnapshot, SurveyReceipt, WpcomUser,
};
use serde_json::json;
use support::{FINGERPRINTED_JS, INDEX_HTML, SCREEN_CHUNK, TestBackend, expect_error, nonce_in};

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

/// Writes `world` at `revision` into the backend's database, as an edit by hand would.
fn store(backend: &TestBackend, world: &World, revision: u64) {
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    let state = serde_json::to_string(world).expect("world serializes");
    database
        .execute("UPDATE world SET state = ?1, revision = ?2 WHERE id = 1", rusqlite::params![state, revision])
        .expect("world stored");
}

#[tokio::test]
async fn a_new_store_is_not_connected_and_has_no_account() {
    let backend = TestBackend::start().await;
    let status = backend.sign_in().await.status().await;
    assert_eq!(status.revision, 1);
    assert_eq!(status.site.name, "My WooCommerce Store");
    assert_eq!(status.connection, Connection::NotConnected);
    assert_eq!(status.account, None);
    assert!(backend.data.path().join(Backend::DATABASE_FILE).is_file(), "database file is in the data dir");
}

#[tokio::test]
async fn status_reports_the_stored_world() {
    let backend = TestBackend::start().await;
    let site = Site::new("Daisy's Donuts", "https://donuts.example").expect("site");
    let mut world = World::new(site);
    world.add_site_user("daisy", "Daisy Baker", connection_domain::SiteRole::Administrator).expect("admin");
    world
        .create_wpcom_account(DomainUser { login: "daisy".into(), display_name: "Daisy Baker".into() })
        .expect("account");
    world.log_in_to_wpcom("daisy").expect("log in");
    world.start_connecting(Plugin::WooPayments, "daisy").expect("connect");
    world.authorize(1_700_000_000).expect("authorize");
    world
        .complete_business_verification(
            "acct_1Nv0FGQ9RKHgCVdK".parse().expect("id"),
            VerificationStatus::RestrictedSoon,
            1_700_000_060,
        )
        .expect("verify");
    store(&backend, &world, 4);

    let browser = backend.sign_in().await;
    let status = browser.status().await;
    assert_eq!(status.revision, 4);
    assert_eq!(
        status.connection,
        Connection::Connected {
            user: WpcomUser { login: "daisy".into(), display_name: "Daisy Baker".into() },
            since: 1_700_000_000,
            through: panel_protocol::Plugin::WooPayments,
        }
    );
    let account = status.account.expect("account is reported");
    assert_eq!(account.id, "acct_1Nv0FGQ9RKHgCVdK");
    assert_eq!(account.verification, panel_protocol::VerificationStatus::RestrictedSoon);

    world.restore_from_backup();
    store(&backend, &world, 5);
    assert!(matches!(browser.status().await.connection, Connection::Broken { user, .. } if user.login == "daisy"));
}

#[tokio::test]
async fn a_stored_world_that_breaks_the_rules_is_refused_not_shown() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let database = rusqlite::Connection::open(backend.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    database.execute("UPDATE world SET state = json_set(state, '$.site.url', 'not an address')", []).expect("tamper");
    expect_error(browser.api_get("/status").await, 500, "storage_failed").await;
    expect_error(browser.api_post("/jetpack/install", &json!({ "expected_revision": 1 })).await, 500, "storage_failed")
        .await;
}

#[tokio::test]
async fn data_survives_a_restart_and_migrations_run_once() {
    let first = TestBackend::start().await;
    let browser = first.sign_in().await;
    browser.act("/jetpack/install").await;
    let database = rusqlite::Connection::open(first.data.path().join(Backend::DATABASE_FILE)).expect("open db");
    database.execute("UPDATE world SET state = json_set(state, '$.site.name', 'Renamed')", []).expect("rename");

    let options =
        panel_backend::BackendOptions { data_dir: first.data.path().to_owned(), dist: first.data.path().to_owned() };
    let second = Backend::open(&options).expect("reopens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("port");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(second.serve(listener));
    let status: StatusSnapshot = browser
        .client
        .get(format!("http://{addr}/api/v1/status"))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("JSON");
    assert_eq!((status.site.name.as_str(), status.revision), ("Renamed", 2), "the session survives too");
    assert_eq!(status.jetpack.plugin, panel_protocol::JetpackState::Inactive);
}

#[tokio::test]
async fn unknown_api_paths_answer_a_readable_json_404() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let body = expect_error(browser.api_get("/no-such-thing").await, 404, "not_found").await;
    assert!(body.message.contains("/api/v1/"), "{}", body.message);
}

#[tokio::test]
async fn app_routes_fall_back_to_the_app_page_with_the_nonce_and_assets_are_served() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let page = browser.page("/payments/deposits").await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert_eq!(page.headers()["content-security-policy"], CSP, "the app page runs under the strict policy too");
    let html = page.text().await.expect("body");
    assert!(html.contains("<title>panel</title>"));
    assert_eq!(nonce_in(&html).as_deref(), Some(browser.nonce.as_str()));
    let mount_extras = format!(" data-locale=\"en_US\" data-nonce=\"{}\"", browser.nonce);
    assert_eq!(
        html.replace(&mount_extras, ""),
        INDEX_HTML,
        "the nonce and the locale (English: no translations built)"
    );

    let index = browser.page("/index.html").await.text().await.expect("body");
    assert_eq!(nonce_in(&index).as_deref(), Some(browser.nonce.as_str()), "index.html by name is the app page too");

    let asset = reqwest::get(backend.url("/app.js")).await.expect("request");
    assert_eq!(asset.status(), 200, "assets need no session");
    assert!(asset.headers().get("cache-control").is_none(), "a name without a fingerprint may change");
    assert_eq!(asset.text().await.expect("body"), "console.log('app')");
}

#[tokio::test]
async fn fingerprinted_files_are_cached_for_good_and_sent_compressed_to_who_accepts_it() {
    let backend = TestBackend::start().await;
    let client = reqwest::Client::new();
    let path = format!("/{FINGERPRINTED_JS}");
    let brotli = client.get(backend.url(&path)).header("accept-encoding", "gzip, br").send().await.expect("request");
    assert_eq!(brotli.status(), 200);
    assert_eq!(brotli.headers()["content-encoding"], "br");
    assert_eq!(brotli.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert!(brotli.headers()["content-type"].to_str().expect("ASCII").starts_with("text/javascript"));
    assert_eq!(brotli.text().await.expect("body"), "brotli bytes");

    let plain = client.get(backend.url(&path)).header("accept-encoding", "identity").send().await.expect("request");
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(plain.text().await.expect("body"), "console.log('fingerprinted')");
}

#[tokio::test]
async fn a_screen_s_chunk_is_webassembly_cached_for_good() {
    let backend = TestBackend::start().await;
    let chunk = reqwest::get(backend.url(&format!("/{SCREEN_CHUNK}"))).await.expect("request");
    assert_eq!(chunk.status(), 200, "chunks need no session");
    // The split loader instantiates chunks with instantiateStreaming, which needs this type.
    assert_eq!(chunk.headers()["content-type"], "application/wasm");
    assert_eq!(chunk.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(chunk.bytes().await.expect("body").as_ref(), b"\0asm\x01\0\0\0");
}

#[tokio::test]
async fn without_a_session_the_app_page_says_to_open_the_login_link() {
    let backend = TestBackend::start().await;
    let page = reqwest::get(backend.url("/")).await.expect("request");
    assert_eq!(page.status(), 401);
    assert_eq!(page.headers()["content-security-policy"], CSP);
    let html = page.text().await.expect("body");
    assert!(html.contains("Open the login link printed by <code>make serve</code>"), "{html}");
    assert!(!html.contains("<script"), "no script on server-rendered pages");
    assert!(nonce_in(&html).is_none());
}

#[tokio::test]
async fn a_login_link_works_once_and_sets_a_strict_http_only_cookie() {
    let backend = TestBackend::start().await;
    let link = backend.login_link().await;
    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let first = no_redirects.get(&link).send().await.expect("request");
    assert_eq!(first.status(), 303);
    assert_eq!(first.headers()["location"], "/");
    let cookie = first.headers()["set-cookie"].to_str().expect("text");
    for attribute in ["panel_session=", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    let second = no_redirects.get(&link).send().await.expect("request");
    assert_eq!(second.status(), 403, "the link works once");
    assert!(second.headers().get("set-cookie").is_none());
    assert_eq!(second.headers()["content-security-policy"], CSP);
    assert!(second.text().await.expect("page").contains("login-link"));
    let forged = no_redirects.get(backend.url("/login?token=nope")).send().await.expect("request");
    assert_eq!(forged.status(), 403);
}

#[tokio::test]
async fn the_api_needs_the_session_and_mutations_need_its_nonce() {
    let backend = TestBackend::start().await;
    let stranger = reqwest::Client::new();
    let response = stranger.get(backend.url("/api/v1/status")).send().await.expect("request");
    let body = expect_error(response, 401, "not_signed_in").await;
    assert!(body.message.contains("login link"), "{}", body.message);
    let response = stranger
        .post(backend.url("/api/v1/jetpack/install"))
        .header(NONCE_HEADER, "guess")
        .json(&json!({ "expected_revision": 1 }))
        .send()
        .await
        .expect("request");
    expect_error(response, 401, "not_signed_in").await;

    let browser = backend.sign_in().await;
    let without = browser.client.post(browser.url("/api/v1/jetpack/install")).json(&json!({ "expected_revision": 1 }));
    expect_error(without.send().await.expect("request"), 403, "bad_nonce").await;
    let wrong = browser
        .client
        .post(browser.url("/api/v1/jetpack/install"))
        .header(NONCE_HEADER, "0".repeat(64))
        .json(&json!({ "expected_revision": 1 }));
    expect_error(wrong.send().await.expect("request"), 403, "bad_nonce").await;
    let other = backend.sign_in().await;
    assert_ne!(other.nonce, browser.nonce, "each session has its own nonce");
    let borrowed = browser
        .client
        .post(browser.url("/api/v1/jetpack/install"))
        .header(NONCE_HEADER, &other.nonce)
        .json(&json!({ "expected_revision": 1 }));
    expect_error(borrowed.send().await.expect("request"), 403, "bad_nonce").await;
    let form = browser.client.post(browser.url("/wpcom/log-in")).form(&[("nonce", "wrong"), ("username", "daisy")]);
    assert_eq!(form.send().await.expect("request").status(), 403, "page forms need the nonce too");
    assert_eq!(browser.status().await.revision, 1, "nothing changed");
}

#[tokio::test]
async fn unreadable_requests_are_4xx_json_errors_that_change_nothing() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let post = |path: &str| browser.client.post(browser.url(path)).header(NONCE_HEADER, &browser.nonce);
    let json = |path: &str, body: &str| post(path).header("content-type", "application/json").body(body.to_owned());

    let cases = [
        (json("/api/v1/jetpack/install", "{\"expected_revision\": 1"), 400, "malformed_json"),
        (json("/api/v1/jetpack/install", "{\"expected_revision\": \"one\"}"), 422, "invalid_body"),
        (json("/api/v1/jetpack/install", "{\"expected_revision\": 1, \"force\": true}"), 422, "invalid_body"),
        (json("/api/v1/connect", "{\"plugin\": \"stripe\", \"expected_revision\": 1}"), 422, "invalid_body"),
        (json("/api/v1/connect", "[]"), 422, "invalid_body"),
        (post("/api/v1/jetpack/install").body("expected_revision=1"), 415, "unsupported_media_type"),
        (
            json("/api/v1/jetpack/install", &format!("{{\"pad\": \"{}\"}}", "x".repeat(70 * 1024))),
            413,
            "body_too_large",
        ),
        (post("/api/v1/no-such-action"), 404, "not_found"),
        (post("/api/v1/status"), 405, "method_not_allowed"),
        (browser.client.get(browser.url("/api/v1/connect")), 405, "method_not_allowed"),
        (browser.client.get(browser.url("/api/v1/transactions/%FF")), 400, "invalid_path"),
        (
            json(
                "/api/v1/connect",
                "{\"plugin\": \"woopayments\", \"expected_revision\": 1, \"return_to\": \"//evil.example\"}",
            ),
            422,
            "invalid_return_to",
        ),
    ];
    for (request, status, code) in cases {
        let body = expect_error(request.send().await.expect("request"), status, code).await;
        assert!(body.message.len() > 10, "{code}: {}", body.message);
    }
    let status = browser.status().await;
    assert_eq!(status.revision, 1, "nothing changed");
    let log: panel_protocol::EventPage = browser.get("/events").await;
    assert_eq!(log.total, 0);
}

#[tokio::test]
async fn a_stale_revision_gets_409_with_the_current_state() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    browser.act("/jetpack/install").await;
    let response = browser.api_post("/jetpack/activate", &json!({ "expected_revision": 1 })).await;
    assert_eq!(response.status(), 409);
    let body: StaleRevisionBody = response.json().await.expect("a StaleRevisionBody");
    assert_eq!(body.code, "stale_revision");
    let current = browser.status().await;
    assert_eq!(body.current, current);
    assert_eq!((current.revision, current.jetpack.plugin), (2, panel_protocol::JetpackState::Inactive));
}

#[tokio::test]
async fn refused_steps_answer_with_the_domains_code_and_message() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let cases = [
        ("/disconnect", json!({ "plugin": "woopayments", "expected_revision": 1 }), "nothing_to_disconnect"),
        ("/disconnect", json!({ "plugin": "jetpack", "expected_revision": 1 }), "jetpack_not_active"),
        ("/jetpack/activate", json!({ "expected_revision": 1 }), "jetpack_not_installed"),
        ("/jetpack/delete", json!({ "expected_revision": 1 }), "jetpack_not_installed"),
        ("/wpcom/logout", json!({ "expected_revision": 1 }), "already_logged_out"),
        ("/connect", json!({ "plugin": "jetpack", "expected_revision": 1 }), "jetpack_not_active"),
        ("/account/express-login-link", json!({}), "no_account"),
    ];
    for (path, body, code) in cases {
        let error = expect_error(browser.api_post(path, &body).await, 409, code).await;
        assert!(error.message.ends_with('.'), "a sentence: {}", error.message);
    }
    let error = expect_error(
        browser.api_post("/disconnect", &json!({ "plugin": "woopayments", "expected_revision": 1 })).await,
        409,
        "nothing_to_disconnect",
    )
    .await;
    assert_eq!(error.message, "Your site is not connected to WordPress.com, so there is nothing to disconnect.");
    assert_eq!(browser.status().await.revision, 1);
}

#[tokio::test]
async fn the_disconnect_survey_keeps_reasons_and_a_short_comment() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let receipt: SurveyReceipt = browser
        .post("/disconnect-survey", &json!({ "reasons": ["changing_account"], "comment": "Moving to Sam." }))
        .await;
    assert!(receipt.id > 0);
    let long = json!({ "reasons": [], "comment": "é".repeat(1001) });
    expect_error(browser.api_post("/disconnect-survey", &long).await, 422, "comment_too_long").await;
    expect_error(browser.api_post("/disconnect-survey", &json!({ "comment": "  " })).await, 422, "empty_survey").await;
    expect_error(browser.api_post("/disconnect-survey", &json!({ "reasons": ["bored"] })).await, 422, "invalid_body")
        .await;
    let fits = json!({ "comment": "é".repeat(1000) });
    browser.post::<SurveyReceipt>("/disconnect-survey", &fits).await;
    assert_eq!(browser.status().await.revision, 1, "a survey does not change the store");
}

#[tokio::test]
async fn simulated_pages_are_marked_script_free_and_locked_down() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    for (path, banner) in [
        ("/wpcom/log-in", "Simulated WordPress.com — for local testing"),
        ("/wpcom/me", "Simulated WordPress.com — for local testing"),
        ("/stripe/verify", "Simulated Stripe — for local testing"),
    ] {
        let page = browser.page(path).await;
        assert_eq!(page.headers()["content-security-policy"], CSP, "{path}");
        assert_eq!(page.headers()["cache-control"], "no-store", "{path}");
        let html = page.text().await.expect("page");
        assert!(html.contains(banner), "{path}");
        assert!(!html.contains("<script") && !html.contains("style="), "{path}: no inline script or style");
    }
    let css = browser.page("/simulated/style.css").await;
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    let stranger = reqwest::get(backend.url("/wpcom/me")).await.expect("request");
    assert_eq!(stranger.status(), 401, "the simulation needs the panel's session too");
}

#[tokio::test]
async fn user_text_is_escaped_on_the_simulated_pages() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let page =
        browser.submit("/wpcom/sign-up", &[("username", "eve"), ("display_name", "<script>alert(1)</script>")]).await;
    assert_eq!(page.url().path(), "/wpcom/me");
    let html = page.text().await.expect("page");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>"), "{html}");
    browser.act("/wpcom/logout").await;
    let refused = browser.submit("/wpcom/log-in", &[("username", "<nobody>")]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("page");
    assert!(html.contains("There is no WordPress.com account with the username &quot;&lt;nobody&gt;&quot;."), "{html}");
}

#[tokio::test]
async fn the_openapi_document_needs_no_session_and_lists_the_api() {
    let backend = TestBackend::start().await;
    let response = reqwest::get(backend.url("/api/v1/openapi.json")).await.expect("request");
    assert_eq!(response.status(), 200);
    let document: serde_json::Value = response.json().await.expect("JSON");
    assert!(document["openapi"].as_str().is_some_and(|version| version.starts_with("3.")));
    for path in ["/api/v1/status", "/api/v1/connect", "/api/v1/connect/return", "/api/v1/disconnect", "/api/v1/events"]
    {
        assert!(document["paths"][path].is_object(), "{path} is documented");
    }
    let webhook = &document["paths"]["/api/v1/stripe/webhook"]["post"];
    assert!(webhook["security"].is_null(), "Stripe's webhook needs no session: {webhook}");
    assert_eq!(webhook["parameters"][0]["name"], "Stripe-Signature");
    for answer in ["200", "400", "413", "415"] {
        assert!(webhook["responses"][answer].is_object(), "the webhook documents its {answer}");
    }
    assert!(document["paths"]["/api/v1/connection/check"]["post"].is_object(), "the check is documented");
    for schema in [
        "StatusSnapshot",
        "ErrorBody",
        "StaleRevisionBody",
        "ConnectRequest",
        "StripeEvent",
        "WebhookReceipt",
        "ConnectionCheck",
    ] {
        assert!(document["components"]["schemas"][schema].is_object(), "{schema} is described");
    }
    assert_eq!(document["components"]["securitySchemes"]["nonce"]["name"], NONCE_HEADER);
    let _: ErrorBody = serde_json::from_value(json!({ "code": "x", "message": "y" })).expect("shape");
}

#[tokio::test]
async fn operator_commands_of_the_binary_work_beside_a_running_server() {
    let backend = TestBackend::start().await;
    let browser = backend.sign_in().await;
    let binary = env!("CARGO_BIN_EXE_panel-backend");
    let data_dir = backend.data.path().to_str().expect("utf-8 path").to_owned();

    let link = run(binary, &["login-link", "--data-dir", &data_dir, "--base-url", &backend.url("")]).await;
    assert!(link.status.success());
    let link = String::from_utf8(link.stdout).expect("utf-8");
    assert!(link.trim().starts_with(&backend.url("/login?token=")), "{link}");
    let page = reqwest::get(link.trim()).await.expect("link opens");
    assert_eq!(page.url().path(), "/", "the printed link signs in");

    let unlink = run(binary, &["support-unlink", "--data-dir", &data_dir]).await;
    assert!(!unlink.status.success(), "no account to unlink");
    assert!(String::from_utf8_lossy(&unlink.stderr).contains("no WooPayments account"));

    let restore = run(binary, &["restore-backup", "--data-dir", &data_dir]).await;
    assert!(restore.status.success());
    assert!(String::from_utf8_lossy(&restore.stdout).contains("(revision 2)"));
    assert_eq!(browser.status().await.revision, 2, "the running server sees the change");
}

/// Runs `binary` with `args` off the async runtime (the server under test keeps answering).
async fn run(binary: &str, args: &[&str]) -> std::process::Output {
    let (binary, args): (String, Vec<String>) = (binary.to_owned(), args.iter().map(|arg| (*arg).to_owned()).collect());
    tokio::task::spawn_blocking(move || std::process::Command::new(binary).args(args).output().expect("runs"))
        .await
        .expect("the command finished")
}
