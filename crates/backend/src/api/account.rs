//! The WooPayments account: its details (read-only here) and the way to edit them, a one-time
//! login link into the Stripe Express dashboard.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use connection_domain::DomainError;
use panel_protocol::{AccountDetails, ErrorBody, ExpressLoginLink};

use crate::api_error::ApiError;
use crate::business_profiles;
use crate::clock;
use crate::database::{Database, DatabaseError};
use crate::express_login_links::{self, EXPRESS_LOGIN_PAGE, LINK_LIFETIME};
use crate::random;
use crate::saved_world;
use crate::wire_mapping;

/// The account's details as the owner gave them to Stripe: read-only, edited only in the
/// Stripe Express dashboard.
#[utoipa::path(
    get,
    path = "/api/v1/account",
    tag = "account",
    responses(
        (status = 200, description = "The account's details", body = AccountDetails),
        (status = 404, description = "`no_account`: the site has not signed up yet", body = ErrorBody),
    ),
    security(("session" = []))
)]
pub(crate) async fn details(State(database): State<Database>) -> Result<Json<AccountDetails>, ApiError> {
    let details = database
        .read(|transaction| {
            let (world, _) = saved_world::load(transaction)?;
            let Some(account) = world.account() else {
                return Ok(None);
            };
            let profile = business_profiles::load(transaction, account.id().as_str())?
                .ok_or_else(|| DatabaseError::Corrupt(format!("account {} has no stored details", account.id())))?;
            Ok(Some(AccountDetails { account: wire_mapping::account_summary(account), profile }))
        })
        .await?;
    details.map(Json).ok_or_else(|| {
        let error = DomainError::NoAccount;
        ApiError::Refused(StatusCode::NOT_FOUND, error.code(), error.to_string())
    })
}

/// A one-time link into the Stripe Express dashboard, where the account's details are edited.
/// Refused after opting out, before signing up, and without a working connection. It does not
/// change the store, so it names no revision.
#[utoipa::path(
    post,
    path = "/api/v1/account/express-login-link",
    tag = "account",
    responses(
        (status = 200, description = "A link that works once, for five minutes", body = ExpressLoginLink),
        (status = 409, description = "`opted_out`, `no_account`, `not_connected`, `connection_broken`", body = ErrorBody),
    ),
    security(("session" = [], "nonce" = []))
)]
pub(crate) async fn express_login_link(State(database): State<Database>) -> Result<Json<ExpressLoginLink>, ApiError> {
    let token = random::token()?;
    let link = database
        .transact(move |transaction| {
            let (world, _) = saved_world::load(transaction)?;
            if let Some(refusal) = express_login_links::refusal(&world) {
                return Err(ApiError::Domain(refusal));
            }
            let account = world.account().ok_or(ApiError::Domain(DomainError::NoAccount))?;
            let now = clock::now();
            express_login_links::issue(transaction, &token, account.id().as_str(), now)?;
            Ok(ExpressLoginLink { url: format!("{EXPRESS_LOGIN_PAGE}?token={token}"), expires_at: now + LINK_LIFETIME })
        })
        .await?;
    Ok(Json(link))
}
