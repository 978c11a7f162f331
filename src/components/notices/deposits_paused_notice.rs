use leptos::prelude::*;

use crate::account_view::deposits_paused;
use crate::store::ConnectionStore;
use crate::strings;

/// "Deposits are paused", and why, while Stripe does not pay out the balance (in the account
/// card and the Deposits panel).
#[component]
pub fn DepositsPausedNotice() -> impl IntoView {
    let store = ConnectionStore::expect();
    let why = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().and_then(deposits_paused)));
    move || {
        why.get().map(|why| {
            view! {
                <div class="wcpay-deposits-paused" role="status">
                    <p><strong>{strings::deposits_paused()}</strong>": " {why}</p>
                </div>
            }
        })
    }
}
