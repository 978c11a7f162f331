use leptos::prelude::*;

use crate::store::ConnectionStore;
use crate::strings;

/// A calm notice while the browser is offline; it goes away by itself once it is back (the
/// store then refreshes).
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let store = ConnectionStore::expect();
    view! {
        <Show when=move || !store.online().get()>
            <div class="wcpay-notice wcpay-notice--offline" role="status">
                <p>{strings::offline_notice()}</p>
            </div>
        </Show>
    }
}
