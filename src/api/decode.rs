//! Turning the backend's raw answer into the expected body, or the typed error it stands for.

use panel_protocol::{ErrorBody, STALE_REVISION, StaleRevisionBody};
use serde::de::DeserializeOwned;

use super::{ApiError, BadBody, RawResponse};

/// The expected body of a successful answer, or the [`ApiError`] the answer stands for.
/// Unknown extra fields are accepted; a missing or mistyped field is
/// [`ApiError::Malformed`], naming the field by its path from the top of the answer.
pub fn decode<T: DeserializeOwned>(response: RawResponse) -> Result<T, ApiError> {
    let RawResponse { status, body } = response;
    if !(200..300).contains(&status) {
        if status == 409
            && let Ok(stale) = serde_json::from_str::<StaleRevisionBody>(&body)
            && stale.code == STALE_REVISION
        {
            return Err(ApiError::Conflict { message: stale.message, current: Box::new(stale.current) });
        }
        let error = serde_json::from_str::<ErrorBody>(&body).ok();
        return Err(ApiError::Status {
            status,
            code: error.as_ref().map(|e| e.code.clone()),
            message: error.map(|e| e.message),
        });
    }
    serde_json::from_str(&body).map_err(|error| ApiError::Malformed(BadBody::from_error(&error, &body)))
}

#[cfg(test)]
mod tests {
    use panel_protocol::{StatusSnapshot, SupportContacts, WpcomSession};

    use super::*;

    fn answer(status: u16, body: &str) -> RawResponse {
        RawResponse { status, body: body.to_owned() }
    }

    #[test]
    fn an_error_body_becomes_a_status_error_with_its_message() {
        let body = r#"{"code":"storage_failed","message":"Nothing was changed."}"#;
        let error = decode::<WpcomSession>(answer(500, body)).expect_err("500 is an error");
        assert_eq!(
            error,
            ApiError::Status {
                status: 500,
                code: Some("storage_failed".into()),
                message: Some("Nothing was changed.".into())
            }
        );
        assert_eq!(error.user_message(), "Nothing was changed.");
    }

    #[test]
    fn an_error_without_a_json_body_still_says_what_happened() {
        let error = decode::<WpcomSession>(answer(502, "<html>Bad gateway</html>")).expect_err("502");
        assert_eq!(error, ApiError::Status { status: 502, code: None, message: None });
        assert!(error.user_message().contains("HTTP 502"));
    }

    #[test]
    fn a_conflict_that_is_not_a_stale_revision_is_a_plain_status_error() {
        let body = r#"{"code":"already_connected","message":"The site is already connected."}"#;
        let error = decode::<WpcomSession>(answer(409, body)).expect_err("409");
        assert_eq!(error.code(), Some("already_connected"));
        assert_eq!(error.user_message(), "The site is already connected.");
    }

    #[test]
    fn a_body_missing_a_field_is_malformed_and_names_the_field() {
        let error = decode::<WpcomSession>(answer(200, r#"{"state":"logged_in"}"#)).expect_err("user is missing");
        assert_eq!(error, ApiError::Malformed(BadBody::MissingField { path: "user".into() }));
        assert!(error.user_message().contains("`user`"), "{}", error.user_message());
    }

    /// The real status with one field taken out, by its dotted path.
    fn status_without(path: &str) -> String {
        let mut status: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/status_connected.json")).expect("fixture");
        let (parent, field) = path.rsplit_once('.').map_or(("", path), |(parent, field)| (parent, field));
        let holder = if parent.is_empty() {
            &mut status
        } else {
            status.pointer_mut(&format!("/{}", parent.replace('.', "/"))).expect("parent")
        };
        holder.as_object_mut().expect("an object").remove(field).expect("the field was there");
        status.to_string()
    }

    #[test]
    fn a_missing_nested_field_is_named_by_its_path_from_the_top() {
        for path in ["revision", "site", "site.name", "connection.user", "capabilities.take_payments"] {
            let error = decode::<StatusSnapshot>(answer(200, &status_without(path))).expect_err(path);
            assert_eq!(error, ApiError::Malformed(BadBody::MissingField { path: path.into() }), "{path}");
        }
    }

    #[test]
    fn a_field_missing_from_one_row_of_a_list_is_named_with_the_row() {
        let rows = r#"{"items":[{"id":"a"},{"id":"b"},{}],"total":3,"page":1,"per_page":25}"#;
        #[derive(Debug, serde::Deserialize)]
        struct Row {
            #[allow(dead_code, reason = "only whether it decodes matters")]
            id: String,
        }
        let error = decode::<panel_protocol::Page<Row>>(answer(200, rows)).expect_err("the third row has no id");
        assert_eq!(error, ApiError::Malformed(BadBody::MissingField { path: "items[2].id".into() }));
        let pretty = "{\n  \"items\": [\n    {\"id\": 7}\n  ],\n  \"total\": 1, \"page\": 1, \"per_page\": 25\n}";
        let error = decode::<panel_protocol::Page<Row>>(answer(200, pretty)).expect_err("a number for an id");
        assert_eq!(error, ApiError::Malformed(BadBody::WrongShape { path: "items[0].id".into() }));
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_named_by_its_path() {
        let mut status: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/status_connected.json")).expect("fixture");
        status["revision"] = serde_json::json!("seven");
        let error = decode::<StatusSnapshot>(answer(200, &status.to_string())).expect_err("a string revision");
        assert_eq!(error, ApiError::Malformed(BadBody::WrongShape { path: "revision".into() }));
        assert!(error.user_message().contains("`revision`"), "{}", error.user_message());
    }

    #[test]
    fn a_cut_off_answer_or_trailing_rubbish_is_not_json() {
        let cut = &include_str!("../../tests/fixtures/status_connected.json")[..40];
        assert_eq!(decode::<StatusSnapshot>(answer(200, cut)), Err(ApiError::Malformed(BadBody::NotJson)));
        assert_eq!(decode::<Vec<u8>>(answer(200, "[1] [2]")), Err(ApiError::Malformed(BadBody::NotJson)));
    }

    #[test]
    fn a_body_of_the_wrong_shape_is_malformed() {
        let error = decode::<SupportContacts>(answer(200, "[1, 2, 3]")).expect_err("wrong shape");
        assert_eq!(error, ApiError::Malformed(BadBody::WrongShape { path: String::new() }));
        let error = decode::<SupportContacts>(answer(200, "not json")).expect_err("not JSON");
        assert_eq!(error, ApiError::Malformed(BadBody::NotJson));
    }

    #[test]
    fn a_good_body_decodes_and_extra_fields_are_accepted() {
        let body = r#"{"state":"logged_in","user":{"login":"daisy","display_name":"Daisy","avatar":"x"},"extra":1}"#;
        let session = decode::<WpcomSession>(answer(200, body)).expect("decodes");
        assert!(matches!(session, WpcomSession::LoggedIn { user } if user.login == "daisy"));
        let mut status: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/status_connected.json")).expect("fixture");
        status["from_a_newer_backend"] = serde_json::json!({ "nested": [1, 2] });
        status["site"]["tagline"] = serde_json::json!("new");
        assert!(decode::<StatusSnapshot>(answer(200, &status.to_string())).is_ok());
    }
}
