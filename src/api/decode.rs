//! Turning the backend's raw answer into the expected body, or the typed error it stands for.

use panel_protocol::{ErrorBody, STALE_REVISION, StaleRevisionBody};
use serde::de::DeserializeOwned;

use super::{ApiError, RawResponse};

/// The expected body of a successful answer, or the [`ApiError`] the answer stands for.
/// Unknown extra fields are accepted; a missing or mistyped field is
/// [`ApiError::Malformed`], naming the field.
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
    serde_json::from_str(&body).map_err(|error| ApiError::Malformed(error.to_string()))
}

#[cfg(test)]
mod tests {
    use panel_protocol::{SupportContacts, WpcomSession};

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
            ApiError::Status { status: 500, code: Some("storage_failed".into()), message: Some("Nothing was changed.".into()) }
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
        assert!(matches!(&error, ApiError::Malformed(detail) if detail.contains("missing field `user`")), "{error}");
    }

    #[test]
    fn a_body_of_the_wrong_shape_is_malformed() {
        let error = decode::<SupportContacts>(answer(200, "[1, 2, 3]")).expect_err("wrong shape");
        assert!(matches!(error, ApiError::Malformed(_)));
        let error = decode::<SupportContacts>(answer(200, "not json")).expect_err("not JSON");
        assert!(matches!(error, ApiError::Malformed(_)));
    }

    #[test]
    fn a_good_body_decodes_and_extra_fields_are_accepted() {
        let body = r#"{"state":"logged_in","user":{"login":"daisy","display_name":"Daisy","avatar":"x"},"extra":1}"#;
        let session = decode::<WpcomSession>(answer(200, body)).expect("decodes");
        assert!(matches!(session, WpcomSession::LoggedIn { user } if user.login == "daisy"));
    }
}
