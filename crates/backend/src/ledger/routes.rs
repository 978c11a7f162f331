//! The ledger's endpoints under `/api/v1`: thin handlers that check the query string, run one
//! read transaction and answer JSON.

use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use panel_protocol::{
    DEPOSITS_OVERVIEW_PATH, DEPOSITS_PATH, DISPUTES_PATH, Deposit, DepositQuery, DepositSort, DepositsOverview,
    DisputeList, DisputeQuery, DisputeSort, ErrorBody, Page, QueryError, SUPPORT_PATH, SortOrder, SupportContacts,
    TRANSACTIONS_PATH, Transaction, TransactionList, TransactionQuery, TransactionSort,
};

use super::{queries, support_contacts};
use crate::api_error::ApiError;
use crate::api_extractors::{ApiPath, ApiQuery};
use crate::clock;
use crate::database::Database;

/// The ledger's routes, relative to `/api/v1`, for any router state that holds the [`Database`].
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Database: FromRef<S>,
{
    Router::new()
        .route(TRANSACTIONS_PATH, get(list_transactions))
        .route(&format!("{TRANSACTIONS_PATH}/{{id}}"), get(get_transaction))
        .route(DEPOSITS_PATH, get(list_deposits))
        .route(DEPOSITS_OVERVIEW_PATH, get(deposits_overview))
        .route(DISPUTES_PATH, get(list_disputes))
        .route(SUPPORT_PATH, get(support_contacts))
}

/// The decoded query string's `name=value` pairs, in order.
type Pairs = ApiQuery<Vec<(String, String)>>;

fn bad_query(error: QueryError) -> ApiError {
    ApiError::BadRequest(StatusCode::BAD_REQUEST, "invalid_query", error.to_string())
}

/// One page of the account's transactions, and the totals (per currency) of all that match the
/// filters. List filters take comma-separated values; an empty value is no filter.
#[utoipa::path(
    get,
    path = "/api/v1/transactions",
    tag = "ledger",
    params(
        ("page" = Option<u32>, Query, description = "Page number, from 1 (default 1)"),
        ("per_page" = Option<u32>, Query, description = "Rows per page, 1 to 100 (default 25); more is a 400, not capped"),
        ("sort" = Option<TransactionSort>, Query, description = "Sort field (default created_at)"),
        ("order" = Option<SortOrder>, Query, description = "asc or desc (default desc)"),
        ("type" = Option<String>, Query, description = "Only these types, comma-separated: charge, refund, dispute, dispute_reversal"),
        ("status" = Option<String>, Query, description = "Only these statuses, comma-separated: succeeded, partially_refunded, refunded, disputed"),
        ("currency" = Option<String>, Query, description = "Only this ISO 4217 currency, any case"),
        ("deposit" = Option<String>, Query, description = "Only the transactions of this deposit (po_...)"),
        ("from" = Option<String>, Query, description = "Only on or after this day, YYYY-MM-DD (UTC)"),
        ("to" = Option<String>, Query, description = "Only on or before this day, YYYY-MM-DD (UTC)"),
        ("search" = Option<String>, Query, description = "Text in the customer name, order number, id or card's last 4 digits (any case, at most 100 characters)"),
    ),
    responses(
        (status = 200, description = "One page and the totals", body = TransactionList),
        (status = 400, description = "`invalid_query`: the message names the parameter", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn list_transactions(
    State(database): State<Database>,
    ApiQuery(pairs): Pairs,
) -> Result<Json<TransactionList>, ApiError> {
    let query = TransactionQuery::parse(&pairs).map_err(bad_query)?;
    Ok(Json(database.read(move |transaction| queries::transactions(transaction, &query)).await?))
}

/// One transaction of the account.
#[utoipa::path(
    get,
    path = "/api/v1/transactions/{id}",
    tag = "ledger",
    params(("id" = String, Path, description = "The transaction's id, txn_...")),
    responses(
        (status = 200, description = "The transaction", body = Transaction),
        (status = 400, description = "`invalid_path`: the id does not decode (percent-encoding that is not UTF-8)", body = ErrorBody),
        (status = 404, description = "`no_transaction`: not a transaction of this account", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn get_transaction(
    State(database): State<Database>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Transaction>, ApiError> {
    let lookup = id.clone();
    let found = database.read(move |transaction| queries::transaction_by_id(transaction, &lookup)).await?;
    found.map(Json).ok_or_else(|| {
        ApiError::Refused(
            StatusCode::NOT_FOUND,
            "no_transaction",
            format!("There is no transaction {id:?} in this store's WooPayments account."),
        )
    })
}

/// One page of the account's deposits (payouts to the bank account).
#[utoipa::path(
    get,
    path = "/api/v1/deposits",
    tag = "ledger",
    params(
        ("page" = Option<u32>, Query, description = "Page number, from 1 (default 1)"),
        ("per_page" = Option<u32>, Query, description = "Rows per page, 1 to 100 (default 25); more is a 400, not capped"),
        ("sort" = Option<DepositSort>, Query, description = "Sort field (default date)"),
        ("order" = Option<SortOrder>, Query, description = "asc or desc (default desc)"),
        ("status" = Option<String>, Query, description = "Only these statuses, comma-separated: pending, in_transit, paid, failed"),
        ("currency" = Option<String>, Query, description = "Only this ISO 4217 currency, any case"),
    ),
    responses(
        (status = 200, description = "One page of deposits", body = Page<Deposit>),
        (status = 400, description = "`invalid_query`: the message names the parameter", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn list_deposits(
    State(database): State<Database>,
    ApiQuery(pairs): Pairs,
) -> Result<Json<Page<Deposit>>, ApiError> {
    let query = DepositQuery::parse(&pairs).map_err(bad_query)?;
    Ok(Json(database.read(move |transaction| queries::deposits(transaction, &query)).await?))
}

/// The balance in each currency (available, pending, the next deposit) and the deposit schedule.
#[utoipa::path(
    get,
    path = "/api/v1/deposits/overview",
    tag = "ledger",
    responses(
        (status = 200, description = "Balances per currency and the schedule", body = DepositsOverview),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn deposits_overview(State(database): State<Database>) -> Result<Json<DepositsOverview>, ApiError> {
    let now = clock::now();
    Ok(Json(database.read(move |transaction| queries::deposits_overview(transaction, now)).await?))
}

/// One page of the account's disputes, and how many of all of them await a response.
#[utoipa::path(
    get,
    path = "/api/v1/disputes",
    tag = "ledger",
    params(
        ("page" = Option<u32>, Query, description = "Page number, from 1 (default 1)"),
        ("per_page" = Option<u32>, Query, description = "Rows per page, 1 to 100 (default 25); more is a 400, not capped"),
        ("sort" = Option<DisputeSort>, Query, description = "Sort field (default created_at)"),
        ("order" = Option<SortOrder>, Query, description = "asc or desc (default desc)"),
        ("status" = Option<String>, Query, description = "Only these statuses, comma-separated: needs_response, under_review, won, lost, accepted"),
        ("currency" = Option<String>, Query, description = "Only this ISO 4217 currency, any case"),
    ),
    responses(
        (status = 200, description = "One page, and the count awaiting a response", body = DisputeList),
        (status = 400, description = "`invalid_query`: the message names the parameter", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn list_disputes(
    State(database): State<Database>,
    ApiQuery(pairs): Pairs,
) -> Result<Json<DisputeList>, ApiError> {
    let query = DisputeQuery::parse(&pairs).map_err(bad_query)?;
    Ok(Json(database.read(move |transaction| queries::disputes(transaction, &query)).await?))
}

/// Who to contact for what: WooCommerce support first, Stripe support when referred there,
/// WordPress.com support for WordPress.com accounts, the Stripe extension for existing Stripe
/// accounts.
#[utoipa::path(
    get,
    path = "/api/v1/support",
    tag = "support",
    responses(
        (status = 200, description = "The contacts, in the order to try them", body = SupportContacts),
        (status = 401, description = "Not signed in", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn support_contacts() -> Json<SupportContacts> {
    Json(support_contacts::contacts())
}
