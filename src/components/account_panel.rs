use leptos::prelude::*;
use panel_protocol::AccountSummary;

use crate::strings;

/// The WooPayments account: the Stripe Express account id and its verification status.
#[component]
pub fn AccountPanel(
    /// The account, or `None` before the owner has signed up.
    account: Option<AccountSummary>,
) -> impl IntoView {
    let body = match account {
        None => view! { <p>{strings::NO_ACCOUNT}</p> }.into_any(),
        Some(account) => view! {
            <dl class="wcpay-facts">
                <dt>{strings::EXPRESS_ACCOUNT_ID}</dt>
                <dd><code>{account.id}</code></dd>
                <dt>{strings::VERIFICATION}</dt>
                <dd>{strings::verification_label(account.verification)}</dd>
            </dl>
        }
        .into_any(),
    };
    view! {
        <section class="wcpay-card" aria-labelledby="wcpay-account-heading">
            <h2 id="wcpay-account-heading" class="wcpay-card__heading">{strings::ACCOUNT_HEADING}</h2>
            {body}
        </section>
    }
}
