//! What every browser test needs: a scripted backend behind the [`Transport`] trait, fixture
//! snapshots, mounting the panel at a route, and waiting for the DOM to show something.

#![allow(dead_code)] // each test file uses its own subset

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use futures_channel::oneshot;
use leptos::prelude::*;
use leptos::task::tick;
use panel_protocol::{Capabilities, StatusSnapshot};
use payments_panel::App;
use payments_panel::api::{ApiError, ApiRequest, Method, RawResponse, Reply, Transport};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A connected store with a verified account.
pub fn connected() -> StatusSnapshot {
    serde_json::from_str(include_str!("../fixtures/status_connected.json")).expect("fixture parses")
}

/// What a store can do while it is not connected (disconnected or broken): nothing but keep
/// depositing the balance.
pub fn not_connected_capabilities() -> Capabilities {
    Capabilities {
        take_payments: false,
        refund: false,
        challenge_disputes: false,
        log_into_express: false,
        deposits_continue: true,
        go_live: false,
    }
}

/// A `200 OK` carrying `value` as JSON.
pub fn ok(value: &impl serde::Serialize) -> Result<RawResponse, ApiError> {
    Ok(RawResponse { status: 200, body: serde_json::to_string(value).expect("serializes") })
}

/// An error status with an `ErrorBody`.
pub fn error(status: u16, code: &str, message: &str) -> Result<RawResponse, ApiError> {
    let body = serde_json::json!({ "code": code, "message": message }).to_string();
    Ok(RawResponse { status, body })
}

type Answer = oneshot::Receiver<Result<RawResponse, ApiError>>;

/// A backend in a box: answers each `METHOD path` with the replies scripted for it, in order,
/// and records every request it got.
#[derive(Default)]
pub struct ScriptedBackend {
    replies: RefCell<HashMap<String, VecDeque<Answer>>>,
    /// Every request received, in order.
    pub requests: RefCell<Vec<ApiRequest>>,
}

fn key(method: Method, path: &str) -> String {
    format!("{method:?} {path}")
}

impl ScriptedBackend {
    /// Queues `reply` for the next `method path` request.
    pub fn answer(&self, method: Method, path: &str, reply: Result<RawResponse, ApiError>) {
        let (sender, receiver) = oneshot::channel();
        let _ = sender.send(reply);
        self.replies.borrow_mut().entry(key(method, path)).or_default().push_back(receiver);
    }

    /// Queues a reply for the next `method path` request that arrives only when sent.
    pub fn answer_later(&self, method: Method, path: &str) -> oneshot::Sender<Result<RawResponse, ApiError>> {
        let (sender, receiver) = oneshot::channel();
        self.replies.borrow_mut().entry(key(method, path)).or_default().push_back(receiver);
        sender
    }

    /// How many requests were made to `method path`.
    pub fn count(&self, method: Method, path: &str) -> usize {
        self.requests.borrow().iter().filter(|r| r.method == method && r.path == path).count()
    }

    /// The body of the last `POST path`, parsed.
    pub fn last_body(&self, path: &str) -> serde_json::Value {
        let requests = self.requests.borrow();
        let request =
            requests.iter().rev().find(|r| r.method == Method::Post && r.path == path).expect("a POST was made");
        serde_json::from_str(request.body.as_deref().unwrap_or("null")).expect("JSON body")
    }
}

impl Transport for ScriptedBackend {
    fn send(&self, request: ApiRequest) -> Reply<RawResponse> {
        let next = self.replies.borrow_mut().get_mut(&key(request.method, &request.path)).and_then(VecDeque::pop_front);
        let what = key(request.method, &request.path);
        self.requests.borrow_mut().push(request);
        Box::pin(async move {
            match next {
                Some(answer) => answer.await.unwrap_or_else(|_| Err(ApiError::Unreachable("reply dropped".into()))),
                None => Err(ApiError::Unreachable(format!("no reply scripted for {what}"))),
            }
        })
    }
}

/// The panel mounted into a fresh element at `route`; unmounted when dropped.
pub struct MountedPanel {
    /// The element the panel lives in.
    pub host: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for MountedPanel {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// Mounts the panel at `route` (e.g. `/`, `/jetpack`), fed by `backend`.
pub fn mount_at(route: &str, backend: Rc<ScriptedBackend>) -> MountedPanel {
    let window = web_sys::window().expect("a window");
    let _ = window.history().expect("history").replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(route));
    let document = window.document().expect("a document");
    let host: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("a body").append_child(&host).expect("append host");
    let transport: Rc<dyn Transport> = backend;
    let handle = mount_to(host.clone(), move || view! { <App transport/> });
    MountedPanel { host, _handle: Box::new(handle) }
}

/// Lets effects and tasks run until `ready` holds; fails after a bounded number of turns.
pub async fn settle_until(host: &HtmlElement, what: &str, ready: impl Fn(&HtmlElement) -> bool) {
    for _ in 0..200 {
        if ready(host) {
            return;
        }
        tick().await;
        next_task().await;
    }
    panic!("never saw {what}; the panel shows: {}", host.text_content().unwrap_or_default());
}

/// Yields to the browser's task queue once (setTimeout 0), so events delivered as tasks
/// (BroadcastChannel messages, ...) get their turn.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until `text` is visible in the panel.
pub async fn settle_until_text(host: &HtmlElement, text: &str) {
    settle_until(host, text, |h| h.text_content().unwrap_or_default().contains(text)).await;
}

/// The first element matching `selector`.
pub fn find(host: &HtmlElement, selector: &str) -> Option<Element> {
    host.query_selector(selector).expect("valid selector")
}

/// The text of the first element matching `selector` (empty if none).
pub fn text_of(host: &HtmlElement, selector: &str) -> String {
    find(host, selector).map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

/// The button whose text is exactly `label`.
pub fn button(host: &HtmlElement, label: &str) -> Option<HtmlElement> {
    let buttons = host.query_selector_all("button, a").expect("valid selector");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|element| element.text_content().unwrap_or_default().trim() == label)
}

/// The element that has focus.
pub fn focused() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}
