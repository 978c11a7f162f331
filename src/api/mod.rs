//! The API client layer: how the store reaches the backend.
//!
//! A [`Transport`] moves raw requests (the app uses [`HttpTransport`]; browser tests hand in a
//! scripted one), and [`ApiClient`] turns them into typed calls, decoding every answer with
//! [`decode`] so that each failure becomes an [`ApiError`].

mod api_client;
mod api_error;
mod bad_body;
mod decode;
mod http_transport;
mod json_path;
mod request_limits;

use std::future::Future;
use std::pin::Pin;

pub use api_client::{ApiClient, JetpackAction};
pub use api_error::ApiError;
pub use bad_body::BadBody;
pub use decode::decode;
pub use http_transport::HttpTransport;
pub use request_limits::{MAX_BODY_BYTES, RequestLimits};

/// A future resolving to the result of one request.
pub type Reply<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;

/// The HTTP method of a request: the API only reads (`GET`) and acts (`POST`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Reads; never changes anything.
    Get,
    /// An action; carries the page's nonce.
    Post,
}

/// One request to the API, relative to its root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRequest {
    /// `GET` or `POST`.
    pub method: Method,
    /// The path and query relative to the API root, e.g. `/status` or `/transactions?page=2`.
    pub path: String,
    /// The JSON body of a `POST`.
    pub body: Option<String>,
}

/// The backend's answer, before decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The body, as text.
    pub body: String,
}

/// Moves a request to the backend and its answer back. Fails only when no answer came.
pub trait Transport {
    /// Sends `request`; resolves to whatever the backend answered, error statuses included.
    fn send(&self, request: ApiRequest) -> Reply<RawResponse>;

    /// How long it waits for an answer before giving up, in milliseconds (the panel waits as
    /// long for a screen's code).
    fn time_limit_ms(&self) -> u32 {
        RequestLimits::DEFAULT_TIMEOUT_MS
    }
}
