//! The OpenAPI description of a list's query string, written from the same constants and types
//! that [`ListQuery::parse`] checks against (the `openapi` feature, the backend's): `page` from
//! 1, `per_page` 1 to [`MAX_PER_PAGE`], `sort` and `order` as their enums, and each filter's
//! parameter with the values and limits its reader accepts.

use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn, ParameterStyle};
use utoipa::openapi::schema::{AnyOfBuilder, ArrayBuilder, KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{Ref, RefOr, Required, Schema};
use utoipa::{IntoParams, ToSchema};

use super::pages::{DEFAULT_PER_PAGE, ListFilter, ListQuery, MAX_PER_PAGE, SortOrder, StatusFilter};
use super::query_string::CURRENCY_PATTERN;
use super::transactions::{
    MAX_DEPOSIT_ID_CHARS, MAX_SEARCH_CHARS, TransactionFilter, TransactionStatus, TransactionType,
};
use super::wire_enum::WireEnum;

/// A list filter's query parameters, for the OpenAPI document.
pub trait FilterParameters: ListFilter {
    /// One parameter per name of [`ListFilter::PARAMETERS`], in that order.
    fn parameters() -> Vec<Parameter>;
}

impl<F> IntoParams for ListQuery<F>
where
    F: FilterParameters,
    F::Sort: ToSchema,
{
    fn into_params(_parameter_in: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let page = ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)).maximum(Some(u32::MAX));
        let per_page = ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)).maximum(Some(MAX_PER_PAGE));
        let mut parameters = vec![
            query("page", "Page number, from 1 (default 1).", page.into()),
            query(
                "per_page",
                &format!(
                    "Rows per page, 1 to {MAX_PER_PAGE} (default {DEFAULT_PER_PAGE}); more is refused, not capped."
                ),
                per_page.into(),
            ),
            query("sort", &format!("Sort field (default `{}`).", F::DEFAULT_SORT), reference::<F::Sort>()),
            query("order", "Sort direction (default `desc`).", reference::<SortOrder>()),
        ];
        parameters.extend(F::parameters());
        parameters
    }
}

impl FilterParameters for TransactionFilter {
    fn parameters() -> Vec<Parameter> {
        vec![
            list::<TransactionType>("type", "Only these types, comma-separated; empty for all."),
            list::<TransactionStatus>("status", "Only these statuses, comma-separated; empty for all."),
            currency(),
            query(
                "deposit",
                "Only the transactions of the deposit with this id (`po_...`).",
                text(MAX_DEPOSIT_ID_CHARS).into(),
            ),
            date("from", "Only transactions on or after this day (UTC); not after `to`."),
            date("to", "Only transactions on or before this day (UTC)."),
            query(
                "search",
                "Only transactions whose customer name, order number, id or card's last four digits contain this \
                 text, ignoring case.",
                text(MAX_SEARCH_CHARS).into(),
            ),
        ]
    }
}

impl<S> FilterParameters for StatusFilter<S>
where
    Self: ListFilter,
    S: WireEnum + ToSchema,
{
    fn parameters() -> Vec<Parameter> {
        vec![list::<S>("status", "Only these statuses, comma-separated; empty for all."), currency()]
    }
}

/// An optional query parameter.
fn query(name: &str, description: &str, schema: RefOr<Schema>) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(description))
        .schema(Some(schema))
        .build()
}

/// A reference to `T`'s schema in the document's components.
fn reference<T: ToSchema>() -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(T::name()))
}

/// Comma-separated values of the wire enum `T` (`type=charge,refund`).
fn list<T: ToSchema>(name: &str, description: &str) -> Parameter {
    let mut parameter = query(name, description, ArrayBuilder::new().items(reference::<T>()).into());
    parameter.style = Some(ParameterStyle::Form);
    parameter.explode = Some(false);
    parameter
}

/// `currency`: a three-letter code, any case.
fn currency() -> Parameter {
    let schema = ObjectBuilder::new().schema_type(Type::String).pattern(Some(CURRENCY_PATTERN));
    query("currency", "Only this ISO 4217 currency, any case (`usd`, `EUR`).", schema.into())
}

/// A day that exists, `YYYY-MM-DD`, or empty for no filter.
fn date(name: &str, description: &str) -> Parameter {
    let day = ObjectBuilder::new().schema_type(Type::String).format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)));
    let empty = ObjectBuilder::new().schema_type(Type::String).max_length(Some(0));
    query(name, description, AnyOfBuilder::new().item(day).item(empty).into())
}

/// A text of at most `max_chars` characters.
fn text(max_chars: usize) -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String).max_length(Some(max_chars))
}
