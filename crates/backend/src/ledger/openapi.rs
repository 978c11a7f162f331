//! The ledger's part of the OpenAPI document, merged into the API's (`crate::openapi`).

use panel_protocol::{DepositSort, DisputeSort, SortOrder, TransactionSort};
use utoipa::OpenApi;

use super::routes;

/// The ledger's endpoints, and their tags.
#[derive(OpenApi)]
#[openapi(
    paths(
        routes::list_transactions,
        routes::get_transaction,
        routes::list_deposits,
        routes::deposits_overview,
        routes::list_disputes,
        routes::support_contacts,
    ),
    // Named only by the lists' query parameters.
    components(schemas(SortOrder, TransactionSort, DepositSort, DisputeSort)),
    tags(
        (name = "ledger", description = "Transactions, deposits, disputes and balances of the WooPayments account. \
                                         Amounts are integers in the currency's minor unit (cents) with an upper-case \
                                         ISO 4217 code; instants are seconds since the Unix epoch."),
        (name = "support", description = "Who to contact for what"),
    )
)]
pub(crate) struct LedgerDoc;
