use leptos::prelude::*;

use crate::store::ConnectionStore;
use crate::strings;

/// The store's notices: a success notice (dismissible) and the last failed action: what could
/// not be done, why, and **Try again** while repeating it makes sense.
#[component]
pub fn StoreNotices() -> impl IntoView {
    let store = ConnectionStore::expect();
    view! {
        {move || store.notice().get().map(|notice| view! {
            <div class="wcpay-notice wcpay-notice--success" role="status">
                <p>{notice}</p>
                <button type="button" class="wcpay-link-button" on:click=move |_| store.dismiss_notice()>
                    {strings::dismiss()}
                </button>
            </div>
        })}
        {move || store.failure().get().map(|failure| {
            let heading = failure.heading();
            // Re-read when the status changes: after a refresh showing a change, the owner
            // should look before repeating.
            let can_retry = move || store.snapshot().with(|_| store.can_retry());
            view! {
                <div class="wcpay-notice wcpay-notice--error" role="alert">
                    <p class="wcpay-notice__heading">{heading}</p>
                    <p>{failure.error.user_message()}</p>
                    <Show when=can_retry>
                        <button type="button" class="wcpay-button wcpay-button--secondary"
                            disabled=move || store.running().get().is_some()
                            on:click=move |_| store.retry_failed()>
                            {strings::try_again()}
                        </button>
                    </Show>
                </div>
            }
        })}
    }
}
