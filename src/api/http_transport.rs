//! The real [`Transport`]: JSON over HTTP with gloo-net.

use gloo_net::http::{Request, Response};
use panel_protocol::{ErrorBody, STATUS_PATH, StatusSnapshot};
use serde::de::DeserializeOwned;

use super::{ApiError, Reply, Transport};
use crate::config::PanelConfig;

/// Talks to the backend whose API root the [`PanelConfig`] names.
#[derive(Debug, Clone)]
pub struct HttpTransport {
    api_root: String,
}

impl HttpTransport {
    /// A transport for the API at `config.api_root`.
    pub fn new(config: &PanelConfig) -> Self {
        Self { api_root: config.api_root.clone() }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.api_root)
    }
}

impl Transport for HttpTransport {
    fn status(&self) -> Reply<StatusSnapshot> {
        let url = self.url(STATUS_PATH);
        Box::pin(async move {
            let response = Request::get(&url)
                .header("Accept", "application/json")
                .send()
                .await
                .map_err(|error| ApiError::Unreachable(error.to_string()))?;
            decode(response).await
        })
    }
}

/// Turns a response into the expected body, or the error it stands for.
async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    let text = response.text().await.map_err(|error| ApiError::Unreachable(error.to_string()))?;
    if !response.ok() {
        let body = serde_json::from_str::<ErrorBody>(&text).ok();
        return Err(ApiError::Status {
            status,
            code: body.as_ref().map(|body| body.code.clone()),
            message: body.map(|body| body.message),
        });
    }
    serde_json::from_str(&text).map_err(|error| ApiError::Malformed(error.to_string()))
}

#[cfg(test)]
mod tests {
    use gloo_net::http::Response;
    use wasm_bindgen_test::*;

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn response(status: u16, body: &str) -> Response {
        Response::builder().status(status).body(Some(body)).expect("a response")
    }

    #[wasm_bindgen_test]
    async fn an_error_body_becomes_a_status_error_with_its_message() {
        let body = r#"{"code":"storage_failed","message":"Nothing was changed."}"#;
        let error = decode::<StatusSnapshot>(response(500, body)).await.expect_err("500 is an error");
        assert_eq!(
            error,
            ApiError::Status { status: 500, code: Some("storage_failed".into()), message: Some("Nothing was changed.".into()) }
        );
        assert_eq!(error.user_message(), "Nothing was changed.");
    }

    #[wasm_bindgen_test]
    async fn an_error_without_a_json_body_still_says_what_happened() {
        let error = decode::<StatusSnapshot>(response(502, "<html>Bad gateway</html>")).await.expect_err("502");
        assert_eq!(error, ApiError::Status { status: 502, code: None, message: None });
        assert!(error.user_message().contains("HTTP 502"));
    }

    #[wasm_bindgen_test]
    async fn a_body_missing_a_field_is_malformed_and_names_the_field() {
        let body = r#"{"revision":1,"connection":{"state":"not_connected"},"account":null}"#;
        let error = decode::<StatusSnapshot>(response(200, body)).await.expect_err("site is missing");
        assert!(matches!(&error, ApiError::Malformed(detail) if detail.contains("missing field `site`")), "{error}");
    }

    #[wasm_bindgen_test]
    async fn a_good_body_decodes() {
        let body = r#"{"revision":2,"site":{"name":"S","url":"https://s.example"},"connection":{"state":"not_connected"},"account":null,"extra":1}"#;
        let snapshot = decode::<StatusSnapshot>(response(200, body)).await.expect("decodes");
        assert_eq!(snapshot.revision, 2);
    }
}
