//! Browser tests: the whole panel mounted into a real DOM, fed by a scripted transport.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use futures_channel::oneshot;
use leptos::prelude::*;
use leptos::task::tick;
use panel_protocol::{AccountSummary, Connection, Site, StatusSnapshot, VerificationStatus, WpcomUser};
use payments_panel::App;
use payments_panel::api::{ApiError, Reply, Transport};
use payments_panel::strings;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A transport that answers each status request with the next scripted reply.
#[derive(Default)]
struct ScriptedTransport {
    replies: RefCell<VecDeque<oneshot::Receiver<Result<StatusSnapshot, ApiError>>>>,
    requests: Cell<usize>,
}

impl ScriptedTransport {
    /// Queues a reply that is already there when asked for.
    fn answer(&self, reply: Result<StatusSnapshot, ApiError>) {
        let (sender, receiver) = oneshot::channel();
        let _ = sender.send(reply);
        self.replies.borrow_mut().push_back(receiver);
    }

    /// Queues a reply that arrives only when the returned sender sends it.
    fn answer_later(&self) -> oneshot::Sender<Result<StatusSnapshot, ApiError>> {
        let (sender, receiver) = oneshot::channel();
        self.replies.borrow_mut().push_back(receiver);
        sender
    }
}

impl Transport for ScriptedTransport {
    fn status(&self) -> Reply<StatusSnapshot> {
        self.requests.set(self.requests.get() + 1);
        let next = self.replies.borrow_mut().pop_front();
        Box::pin(async move {
            match next {
                Some(receiver) => receiver.await.unwrap_or_else(|_| Err(ApiError::Unreachable("reply dropped".into()))),
                None => Err(ApiError::Unreachable("no reply scripted".into())),
            }
        })
    }
}

fn snapshot(connection: Connection, account: Option<AccountSummary>) -> StatusSnapshot {
    StatusSnapshot {
        revision: 3,
        site: Site { name: "Daisy's Donuts".into(), url: "https://donuts.example".into() },
        connection,
        account,
    }
}

fn daisy() -> WpcomUser {
    WpcomUser { login: "daisy".into(), display_name: "Daisy Baker".into() }
}

/// Mounts the panel into a fresh element; the returned guard keeps it mounted.
fn mount_panel(transport: Rc<ScriptedTransport>) -> (HtmlElement, impl Drop) {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let host: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("a body").append_child(&host).expect("append host");
    let transport: Rc<dyn Transport> = transport;
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <App transport/> });
    (host, handle)
}

/// Lets effects and tasks run until `ready` holds; fails after a bounded number of turns.
async fn settle_until(host: &HtmlElement, what: &str, ready: impl Fn(&HtmlElement) -> bool) {
    for _ in 0..100 {
        if ready(host) {
            return;
        }
        tick().await;
    }
    panic!("never saw {what}; the panel shows: {}", host.inner_text());
}

fn find(host: &HtmlElement, selector: &str) -> Option<Element> {
    host.query_selector(selector).expect("valid selector")
}

fn text_of(host: &HtmlElement, selector: &str) -> String {
    find(host, selector).map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shows_the_payments_menu_and_the_connected_status() {
    let transport = Rc::new(ScriptedTransport::default());
    transport.answer(Ok(snapshot(
        Connection::Connected { user: daisy(), since: 1_700_000_000 },
        Some(AccountSummary { id: "acct_1Nv0FGQ9RKHgCVdK".into(), verification: VerificationStatus::Complete }),
    )));
    let (host, _mounted) = mount_panel(transport.clone());
    settle_until(&host, "the connection panel", |h| find(h, "#wcpay-connection-heading").is_some()).await;

    let menu = find(&host, "nav[aria-label='Admin menu']").expect("the admin menu landmark");
    assert_eq!(text_of(&host, "nav .wcpay-menu__link"), strings::PAYMENTS_MENU);
    assert!(menu.text_content().unwrap_or_default().contains("Overview"));
    assert_eq!(text_of(&host, "h1"), "Payments");
    assert_eq!(text_of(&host, ".wcpay-page-header__site"), "Daisy's Donuts");
    assert_eq!(text_of(&host, ".wcpay-panel__state"), "Connected to WordPress.com as Daisy Baker (daisy)");
    assert!(text_of(&host, "time").contains("2023"), "the connection date is shown");
    assert_eq!(text_of(&host, ".wcpay-facts code"), "acct_1Nv0FGQ9RKHgCVdK");
    assert!(text_of(&host, ".wcpay-facts").contains("Complete"));
    assert!(find(&host, "[role='status']").is_none(), "no loading indicator once loaded");
    assert_eq!(transport.requests.get(), 1, "one request for the status");
}

#[wasm_bindgen_test]
async fn shows_a_loading_indicator_until_the_status_arrives() {
    let transport = Rc::new(ScriptedTransport::default());
    let reply = transport.answer_later();
    let (host, _mounted) = mount_panel(transport);
    settle_until(&host, "the loading indicator", |h| find(h, "[role='status']").is_some()).await;
    assert_eq!(text_of(&host, "[role='status']"), strings::LOADING_STATUS);
    assert!(find(&host, ".wcpay-card").is_none(), "no panel before the data");

    reply.send(Ok(snapshot(Connection::NotConnected, None))).expect("the store still waits");
    settle_until(&host, "the panels", |h| find(h, ".wcpay-card").is_some()).await;
    assert!(find(&host, "[role='status']").is_none(), "the loading indicator is gone");
    assert_eq!(text_of(&host, ".wcpay-panel__state"), strings::NOT_CONNECTED);
    assert!(host.inner_text().contains(strings::NOT_CONNECTED_EFFECT));
    assert!(host.inner_text().contains(strings::NO_ACCOUNT));
}

#[wasm_bindgen_test]
async fn a_failed_request_explains_itself_and_try_again_recovers() {
    let transport = Rc::new(ScriptedTransport::default());
    transport.answer(Err(ApiError::Unreachable("connection refused".into())));
    let (host, _mounted) = mount_panel(transport.clone());
    settle_until(&host, "the error notice", |h| find(h, "[role='alert']").is_some()).await;

    let alert = text_of(&host, "[role='alert']");
    assert!(alert.contains(strings::STATUS_FAILED), "{alert}");
    assert!(alert.contains(strings::BACKEND_UNREACHABLE), "{alert}");
    let retry: HtmlElement = find(&host, "[role='alert'] button").expect("a retry button").unchecked_into();
    assert_eq!(retry.text_content().as_deref(), Some(strings::TRY_AGAIN));

    let reply = transport.answer_later();
    retry.click();
    settle_until(&host, "the retry running", |h| {
        find(h, "[role='alert'] button").is_none() || find(h, "[role='status']").is_some()
    })
    .await;
    assert_eq!(transport.requests.get(), 2, "Try again asked once more");

    reply
        .send(Ok(snapshot(Connection::Broken { user: daisy() }, None)))
        .expect("the store still waits");
    settle_until(&host, "the panels", |h| find(h, ".wcpay-card").is_some()).await;
    assert!(find(&host, "[role='alert']").is_none(), "the error notice is gone");
    assert_eq!(text_of(&host, ".wcpay-panel__state"), strings::BROKEN);
    assert!(host.inner_text().contains("It was connected as Daisy Baker (daisy)."));
}

#[wasm_bindgen_test]
async fn a_server_error_shows_the_servers_own_explanation() {
    let transport = Rc::new(ScriptedTransport::default());
    transport.answer(Err(ApiError::Status {
        status: 500,
        code: Some("storage_failed".into()),
        message: Some("The store's data could not be read.".into()),
    }));
    let (host, _mounted) = mount_panel(transport);
    settle_until(&host, "the error notice", |h| find(h, "[role='alert']").is_some()).await;
    assert!(text_of(&host, "[role='alert']").contains("The store's data could not be read."));
}
