use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::{AccountSummary, VerificationStatus};

use crate::components::DepositsPausedNotice;
use crate::strings;

/// The WooPayments account: the Stripe Express account id and a chip with its status.
#[component]
pub fn AccountPanel(
    /// The account, or `None` before the owner has signed up.
    account: Option<AccountSummary>,
) -> impl IntoView {
    let body = match account {
        None => view! { <p>{strings::no_account()}</p> }.into_any(),
        Some(account) => view! {
            <dl class="wcpay-facts">
                <dt>{strings::express_account_id()}</dt>
                <dd><code class="wcpay-account-id">{account.id}</code></dd>
                <dt>{strings::verification()}</dt>
                <dd>
                    <span class=format!("wcpay-chip wcpay-chip--{}", chip_tone(account.verification))>
                        {strings::verification_label(account.verification)}
                    </span>
                </dd>
            </dl>
            <DepositsPausedNotice/>
            <A href=Screen::Account.href() attr:class="wcpay-link">{strings::account_details_link()}</A>
        }
        .into_any(),
    };
    view! {
        <section class="wcpay-card" aria-labelledby="wcpay-account-heading">
            <h2 id="wcpay-account-heading" class="wcpay-card__heading">{strings::account_heading()}</h2>
            {body}
        </section>
    }
}

/// The colour family of a status chip.
fn chip_tone(status: VerificationStatus) -> &'static str {
    match status {
        VerificationStatus::Complete => "success",
        VerificationStatus::PendingVerification | VerificationStatus::UnderReview => "info",
        VerificationStatus::RestrictedSoon => "warning",
        VerificationStatus::Restricted | VerificationStatus::Rejected => "error",
    }
}
