use leptos::prelude::*;
use panel_protocol::AccountDetails;

use crate::components::{Loaded, PaymentsScreen};
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// **Payments > Account**: the account's details, read-only, and **Edit in Stripe Express**
/// (the only place they can be changed).
#[component]
pub fn AccountPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let has_account = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().is_some_and(|s| s.account.is_some())));
    view! {
        <PaymentsScreen title=strings::account()>
            <Show when=move || has_account.get() fallback=|| view! { <p>{strings::no_account()}</p> }>
                <AccountDetailsCard/>
            </Show>
            <p class="wcpay-help">{strings::no_stripe_dashboard()}</p>
        </PaymentsScreen>
    }
}

/// The details, fetched when shown, and the way to edit them.
#[component]
fn AccountDetailsCard() -> impl IntoView {
    let store = ConnectionStore::expect();
    let details = LocalResource::new(move || store.with_api(|api| api.account_details()));
    let can_edit =
        Memo::new(move |_| store.snapshot().with(|s| s.as_ref().is_some_and(|s| s.capabilities.log_into_express)));
    let opening = move || store.running().get() == Some(StoreAction::OpenExpress);
    view! {
        <section class="wcpay-card" aria-labelledby="wcpay-details-heading">
            <h2 id="wcpay-details-heading" class="wcpay-card__heading">{strings::account_details_heading()}</h2>
            <Loaded resource=details loading=strings::loading_account() failed=strings::account_failed() view=details_list/>
            <p class="wcpay-actions">
                <button type="button" class="wcpay-button wcpay-button--primary"
                    disabled=move || !can_edit.get() || store.running().get().is_some()
                    aria-busy=move || opening().to_string()
                    on:click=move |_| store.open_express_dashboard()>
                    {move || if opening() { strings::working() } else { strings::edit_in_express() }}
                </button>
            </p>
            <Show when=move || !can_edit.get()>
                <p class="wcpay-help">{strings::express_unavailable()}</p>
            </Show>
        </section>
    }
}

fn details_list(details: AccountDetails) -> impl IntoView {
    let profile = details.profile;
    let address = format!(
        "{}, {} {}, {}",
        profile.address.line1, profile.address.postal_code, profile.address.city, profile.address.country
    );
    let rows = [
        (strings::detail_name(), profile.name),
        (strings::detail_address(), address),
        (strings::detail_contact(), format!("{} · {}", profile.contact.email, profile.contact.phone)),
        (strings::detail_business(), format!("{} · {}", profile.business.name, profile.business.website)),
        (
            strings::detail_ownership(),
            format!("{} ({}%)", profile.ownership.owner_name, profile.ownership.percent_owned),
        ),
        (strings::detail_bank(), format!("•••• {}", profile.bank_account.last4)),
    ];
    view! {
        <dl class="wcpay-facts">
            <dt>{strings::express_account_id()}</dt>
            <dd><code class="wcpay-account-id">{details.account.id}</code></dd>
            {rows.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
        </dl>
    }
}
