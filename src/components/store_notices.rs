use leptos::prelude::*;

use crate::store::ConnectionStore;
use crate::strings;

/// The store's notices: a success notice (dismissible) and the last failed action's reason.
#[component]
pub fn StoreNotices() -> impl IntoView {
    let store = ConnectionStore::expect();
    view! {
        {move || store.notice().get().map(|notice| view! {
            <div class="wcpay-notice wcpay-notice--success" role="status">
                <p>{notice}</p>
                <button type="button" class="wcpay-link-button" on:click=move |_| store.dismiss_notice()>
                    {strings::DISMISS}
                </button>
            </div>
        })}
        {move || store.failure().get().map(|failure| view! {
            <div class="wcpay-notice wcpay-notice--error" role="alert">
                <p class="wcpay-notice__heading">{strings::ACTION_FAILED}</p>
                <p>{failure.error.user_message()}</p>
            </div>
        })}
    }
}
