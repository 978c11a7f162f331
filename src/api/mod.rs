//! The API client layer: how the store reaches the backend. The store talks to a
//! [`Transport`]; the app uses [`HttpTransport`], tests hand in a fake.

mod api_error;
mod http_transport;

use std::future::Future;
use std::pin::Pin;

use panel_protocol::StatusSnapshot;

pub use api_error::ApiError;
pub use http_transport::HttpTransport;

/// The answer to one request: resolves to the decoded body or a typed [`ApiError`].
pub type Reply<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;

/// Everything the panel asks of its backend.
pub trait Transport {
    /// Fetches the status snapshot (`GET /status`).
    fn status(&self) -> Reply<StatusSnapshot>;
}
