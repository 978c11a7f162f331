//! The OpenAPI schema of [`DisconnectSurvey`], written by hand (the `openapi` feature) because
//! it says one thing a derive cannot: a survey holds a reason or a comment that is not blank
//! (an empty one is refused as `empty_survey`), and the comment is at most
//! [`SURVEY_COMMENT_MAX_CHARS`] characters.

use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, AnyOfBuilder, ArrayBuilder, ObjectBuilder, SchemaType, Type,
};
use utoipa::openapi::{Ref, RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

use crate::actions::{DisconnectReason, DisconnectSurvey, SURVEY_COMMENT_MAX_CHARS};

impl PartialSchema for DisconnectSurvey {
    fn schema() -> RefOr<Schema> {
        let reasons = ArrayBuilder::new()
            .items(Ref::from_schema_name(DisconnectReason::name()))
            .description(Some("Why the owner disconnected; any number of reasons."));
        let comment = ObjectBuilder::new()
            .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
            .max_length(Some(SURVEY_COMMENT_MAX_CHARS))
            .description(Some(format!("Anything else, at most {SURVEY_COMMENT_MAX_CHARS} characters.")));
        let fields = ObjectBuilder::new()
            .property("reasons", reasons)
            .property("comment", comment)
            .additional_properties(Some(AdditionalProperties::FreeForm(false)));
        let some_reason =
            ObjectBuilder::new().required("reasons").property("reasons", ArrayBuilder::new().min_items(Some(1)));
        let some_comment = ObjectBuilder::new()
            .required("comment")
            .property("comment", ObjectBuilder::new().schema_type(Type::String).pattern(Some(r"\S")));
        AllOfBuilder::new()
            .description(Some(
                "`POST /disconnect-survey`: the optional feedback after disconnecting: a reason, or a comment that \
                 is not blank (the **No thank you** link skips it: then nothing is sent).",
            ))
            .item(fields)
            .item(AnyOfBuilder::new().item(some_reason).item(some_comment))
            .into()
    }
}

impl ToSchema for DisconnectSurvey {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((DisconnectReason::name().into(), DisconnectReason::schema()));
    }
}
