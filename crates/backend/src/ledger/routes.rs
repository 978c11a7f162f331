//! The ledger's endpoints under `/api/v1`: thin handlers that check the query string, run one
//! read transaction and answer JSON.

use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use panel_protocol::{
    DEPOSITS_OVERVIEW_PATH, DEPOSITS_PATH, DISPUTES_PATH, Deposit, DepositQuery, DepositsOverview, DisputeList,
    DisputeQuery, ErrorBody, Page, QueryError, SUPPORT_PATH, SupportContacts, TRANSACTIONS_PATH, Transaction,
    TransactionList, TransactionQuery,
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
    params(TransactionQuery),
    responses(
        (status = 200, description = "One page and the totals", body = TransactionList),
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
        (status = 404, description = "`no_transaction`: not a transaction of this account", body = ErrorBody),
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
    params(DepositQuery),
    responses(
        (status = 200, description = "One page of deposits", body = Page<Deposit>),
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
    params(DisputeQuery),
    responses(
        (status = 200, description = "One page, and the count awaiting a response", body = DisputeList),
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
    ),
    security(("session" = []))
)]
pub(crate) async fn support_contacts() -> Json<SupportContacts> {
    Json(support_contacts::contacts())
}
