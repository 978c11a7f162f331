//! The real [`Transport`]: HTTP with gloo-net, the page's nonce on every action.

use gloo_net::http::{Request, RequestBuilder};
use panel_protocol::NONCE_HEADER;

use super::{ApiError, ApiRequest, Method, RawResponse, Reply, Transport};
use crate::config::PanelConfig;

/// Talks to the backend whose API root the [`PanelConfig`] names.
#[derive(Debug, Clone)]
pub struct HttpTransport {
    api_root: String,
    nonce: Option<String>,
}

impl HttpTransport {
    /// A transport for the API at `config.api_root`, sending `config.nonce` with actions.
    pub fn new(config: &PanelConfig) -> Self {
        Self { api_root: config.api_root.clone(), nonce: config.nonce.clone() }
    }
}

impl Transport for HttpTransport {
    fn send(&self, request: ApiRequest) -> Reply<RawResponse> {
        let url = format!("{}{}", self.api_root, request.path);
        let nonce = self.nonce.clone();
        Box::pin(async move {
            let builder: RequestBuilder = match request.method {
                Method::Get => Request::get(&url),
                Method::Post => {
                    let builder = Request::post(&url).header("Content-Type", "application/json");
                    match &nonce {
                        Some(nonce) => builder.header(NONCE_HEADER, nonce),
                        None => builder,
                    }
                }
            };
            let builder = builder.header("Accept", "application/json");
            let sent = match request.body {
                Some(body) => builder.body(body).map_err(|e| ApiError::Unreachable(e.to_string()))?.send().await,
                None => builder.send().await,
            };
            let response = sent.map_err(|error| ApiError::Unreachable(error.to_string()))?;
            let status = response.status();
            let body = response.text().await.map_err(|error| ApiError::Unreachable(error.to_string()))?;
            Ok(RawResponse { status, body })
        })
    }
}
