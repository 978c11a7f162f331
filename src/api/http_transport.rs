//! The real [`Transport`]: HTTP with gloo-net, the page's nonce on every action, a time limit
//! on every request and a size limit on every answer.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Request, RequestBuilder};
use panel_protocol::NONCE_HEADER;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{AbortController, AbortSignal};

use super::{ApiError, ApiRequest, Method, RawResponse, Reply, RequestLimits, Transport};
use crate::config::PanelConfig;

/// Talks to the backend whose API root the [`PanelConfig`] names.
#[derive(Debug, Clone)]
pub struct HttpTransport {
    api_root: String,
    nonce: Option<String>,
    nonce_header: Option<String>,
    limits: RequestLimits,
}

impl HttpTransport {
    /// A transport for the API at `config.api_root`, sending `config.nonce` with actions (in
    /// the host's `config.nonce_header` with every request, when it names one) and giving up
    /// on a request after `config.request_timeout_ms`.
    pub fn new(config: &PanelConfig) -> Self {
        let limits = config.request_timeout_ms.map_or_else(RequestLimits::default, RequestLimits::with_timeout_ms);
        Self {
            api_root: config.api_root.clone(),
            nonce: config.nonce.clone(),
            nonce_header: config.nonce_header.clone(),
            limits,
        }
    }
}

impl Transport for HttpTransport {
    fn send(&self, request: ApiRequest) -> Reply<RawResponse> {
        let url = format!("{}{}", self.api_root, request.path);
        let nonce = self.nonce.clone();
        let host_header = self.nonce_header.clone();
        let limits = self.limits;
        Box::pin(async move {
            let deadline = Deadline::start(limits.timeout_ms);
            let failed = |detail: String| failure(deadline.as_ref(), limits, detail);
            let builder: RequestBuilder = match request.method {
                Method::Get => Request::get(&url),
                Method::Post => Request::post(&url).header("Content-Type", "application/json"),
            };
            let builder = match (&nonce, &host_header, request.method) {
                (Some(nonce), Some(header), _) => builder.header(header, nonce),
                (Some(nonce), None, Method::Post) => builder.header(NONCE_HEADER, nonce),
                _ => builder,
            };
            let signal = deadline.as_ref().map(Deadline::signal);
            let builder = builder.header("Accept", "application/json").abort_signal(signal.as_ref());
            let sent = match request.body {
                Some(body) => builder.body(body).map_err(|e| ApiError::Unreachable(e.to_string()))?.send().await,
                None => builder.send().await,
            };
            let response = sent.map_err(|error| failed(error.to_string()))?;
            if let Some(bytes) = limits.announced_too_large(response.headers().get("Content-Length").as_deref()) {
                return Err(ApiError::TooLarge { bytes });
            }
            let status = response.status();
            let body = response.text().await.map_err(|error| failed(error.to_string()))?;
            if let Some(bytes) = limits.received_too_large(&body) {
                return Err(ApiError::TooLarge { bytes });
            }
            Ok(RawResponse { status, body })
        })
    }

    fn time_limit_ms(&self) -> u32 {
        self.limits.timeout_ms
    }
}

/// Why a request that got no (whole) answer failed: the time limit, the browser being
/// offline, or anything else that left it without an answer.
fn failure(deadline: Option<&Deadline>, limits: RequestLimits, detail: String) -> ApiError {
    if deadline.is_some_and(Deadline::expired) {
        ApiError::TimedOut { seconds: limits.timeout_seconds() }
    } else if web_sys::window().is_some_and(|window| !window.navigator().on_line()) {
        ApiError::Offline
    } else {
        ApiError::Unreachable(detail)
    }
}

/// A request's time limit: aborts it when the limit passes, and when dropped (nobody waits for
/// the answer any more, or it has arrived: aborting a finished request does nothing).
struct Deadline {
    controller: AbortController,
    timer: i32,
    expired: Rc<Cell<bool>>,
    _on_timeout: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(timeout_ms: u32) -> Option<Self> {
        let window = web_sys::window()?;
        let controller = AbortController::new().ok()?;
        let expired = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, expired) = (controller.clone(), expired.clone());
            Closure::<dyn FnMut()>::new(move || {
                expired.set(true);
                controller.abort();
            })
        };
        let timeout = i32::try_from(timeout_ms).unwrap_or(i32::MAX);
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.as_ref().unchecked_ref(), timeout)
            .ok()?;
        Some(Self { controller, timer, expired, _on_timeout: on_timeout })
    }

    fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    fn expired(&self) -> bool {
        self.expired.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.timer);
        }
        self.controller.abort();
    }
}
