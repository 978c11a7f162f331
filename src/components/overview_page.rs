use leptos::prelude::*;

use super::{AccountPanel, ConnectionPanel, ErrorNotice, LoadingNotice};
use crate::store::ConnectionStore;
use crate::strings;

/// **Payments > Overview**: the store's connection and account at a glance.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let snapshot = store.snapshot();
    let connection = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.connection.clone())));
    let account = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.account.clone())));
    let site_name = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.site.name.clone())));
    let waiting_first = move || snapshot.with(Option::is_none) && store.loading().get();
    let error_message = Signal::derive(move || store.error().with(|e| e.as_ref().map(|e| e.user_message()).unwrap_or_default()));

    view! {
        <header class="wcpay-page-header">
            <h1>{strings::PAYMENTS_MENU}</h1>
            <p class="wcpay-page-header__site">{move || site_name.get()}</p>
        </header>
        <Show when=move || store.error().with(Option::is_some)>
            <ErrorNotice
                heading=strings::STATUS_FAILED
                message=error_message
                retrying=store.loading()
                on_retry=Callback::new(move |_| store.refresh())
            />
        </Show>
        <Show when=waiting_first>
            <LoadingNotice message=strings::LOADING_STATUS/>
        </Show>
        <div class="wcpay-cards">
            {move || connection.get().map(|connection| view! { <ConnectionPanel connection/> })}
            {move || account.get().map(|account| view! { <AccountPanel account/> })}
        </div>
    }
}
