use leptos::prelude::*;

use crate::status_view::connection_check_line;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// Now, in seconds since the Unix epoch, by the reader's clock.
fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// When the connection was last checked and what that found ("Connection checked 2 minutes
/// ago: working"), with **Check now** to check again. Read again at each new status, so the
/// time stays current with the store's refreshes.
#[component]
pub fn ConnectionCheckLine() -> impl IntoView {
    let store = ConnectionStore::expect();
    let snapshot = store.snapshot();
    let line =
        move || snapshot.with(|s| connection_check_line(s.as_ref().and_then(|s| s.connection_check), now_seconds()));
    let checking = move || store.running().get() == Some(StoreAction::CheckConnection);
    let busy = move || store.running().get().is_some();
    view! {
        <p class="wcpay-connection-check wcpay-actions">
            <span class="wcpay-connection-check__result">{line}</span>
            <button
                type="button"
                class="wcpay-button wcpay-button--secondary"
                disabled=busy
                aria-busy=move || checking().to_string()
                on:click=move |_| store.check_connection()
            >
                {move || if checking() { strings::checking() } else { strings::check_now() }}
            </button>
        </p>
    }
}
