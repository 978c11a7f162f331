//! The simulated Stripe Express dashboard, opened with a one-time login link: the account's
//! details, where a real dashboard would let the owner edit them.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use connection_domain::DomainError;
use panel_protocol::{AccountSummary, BusinessProfile, BusinessType};
use serde::Deserialize;

use crate::business_profiles;
use crate::clock;
use crate::database::{Database, DatabaseError};
use crate::express_login_links;
use crate::html::detour::failure;
use crate::html::page_query::PageQuery;
use crate::html::{self, Site, escape};
use crate::saved_world;
use crate::wire_mapping;

/// The login link's query.
#[derive(Debug, Deserialize)]
pub(crate) struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// What the link opened.
enum Opened {
    /// The token is unknown, spent or expired.
    Invalid,
    /// The link was live, but the owner can no longer log in (opted out since, say).
    Refused(DomainError),
    /// The dashboard of this account.
    Dashboard(Box<(AccountSummary, BusinessProfile)>),
}

/// `GET /stripe/express?token=...`: spends the one-time link and shows the account.
pub(crate) async fn dashboard(State(database): State<Database>, PageQuery(query): PageQuery<TokenQuery>) -> Response {
    let opened = database
        .write(move |transaction| {
            let Some(account_id) = express_login_links::redeem(transaction, &query.token, clock::now())? else {
                return Ok(Opened::Invalid);
            };
            let (world, _) = saved_world::load(transaction)?;
            if let Some(refusal) = express_login_links::refusal(&world) {
                return Ok(Opened::Refused(refusal));
            }
            let account = world
                .account()
                .filter(|account| account.id().as_str() == account_id)
                .ok_or_else(|| DatabaseError::Corrupt(format!("login link for unknown account {account_id}")))?;
            let profile = business_profiles::load(transaction, &account_id)?
                .ok_or_else(|| DatabaseError::Corrupt(format!("account {account_id} has no stored details")))?;
            Ok(Opened::Dashboard(Box::new((wire_mapping::account_summary(account), profile))))
        })
        .await;
    match opened {
        Ok(Opened::Dashboard(opened)) => render(&opened.0, &opened.1),
        Ok(Opened::Invalid) => html::notice(
            StatusCode::FORBIDDEN,
            Site::Stripe,
            "This login link no longer works",
            "Express login links work once, for five minutes. Ask for a new one from the Payments page.",
            ("/", "Back to Payments"),
        ),
        Ok(Opened::Refused(refusal)) => html::notice(
            StatusCode::FORBIDDEN,
            Site::Stripe,
            "You cannot log into this Express account",
            &refusal.to_string(),
            ("/", "Back to Payments"),
        ),
        Err(error) => failure(error),
    }
}

/// The dashboard page of `account`.
fn render(account: &AccountSummary, profile: &BusinessProfile) -> Response {
    let business_type = match profile.business.business_type {
        BusinessType::Individual => "Individual / sole trader",
        BusinessType::Company => "Company",
        BusinessType::NonProfit => "Non-profit",
    };
    let facts = [
        ("Account", account.id.as_str()),
        ("Name", profile.name.as_str()),
        ("Business name", profile.business.name.as_str()),
        ("Kind of business", business_type),
        ("Website", profile.business.website.as_str()),
        (
            "Address",
            &format!(
                "{}, {} {}, {}",
                profile.address.line1, profile.address.postal_code, profile.address.city, profile.address.country
            ),
        ),
        ("Email", profile.contact.email.as_str()),
        ("Phone", profile.contact.phone.as_str()),
        ("Owner", &format!("{} ({}%)", profile.ownership.owner_name, profile.ownership.percent_owned)),
        ("Bank account", &format!("•••• {}", profile.bank_account.last4)),
    ];
    let rows: String =
        facts.iter().map(|(term, value)| format!("<dt>{}</dt><dd>{}</dd>", escape(term), escape(value))).collect();
    let body = format!(
        "<p>This is where the account's details are edited: name, address, contact information, business \
         information, ownership details, bank account. Editing is not simulated here.</p>\n\
         <dl class=\"facts\">{rows}</dl>\n<p><a href=\"/\">Back to Payments</a></p>"
    );
    html::page(StatusCode::OK, Site::Stripe, "Stripe Express dashboard", &body)
}
