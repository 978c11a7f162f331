use leptos::prelude::*;
use panel_protocol::NextStep;

use crate::store::ConnectionStore;
use crate::strings;

/// After the owner opted out of the Stripe agreement: the panel is read-only, and this says
/// exactly what still happens and what no longer can, as the support document does.
#[component]
pub fn OptedOutNotice() -> impl IntoView {
    let store = ConnectionStore::expect();
    let opted_out =
        Memo::new(move |_| store.snapshot().with(|s| s.as_ref().is_some_and(|s| s.next_step == NextStep::OptedOut)));
    move || {
        opted_out.get().then(|| {
            view! {
                <section class="wcpay-banner wcpay-banner--error" aria-labelledby="wcpay-opted-out">
                    <h2 id="wcpay-opted-out" class="wcpay-banner__heading">{strings::opted_out_heading()}</h2>
                    <p>{strings::off_opted_out()}</p>
                    <p>{strings::opted_out_deposits()}</p>
                    <p>{strings::opted_out_no_longer()}</p>
                    <ul class="wcpay-list">
                        {strings::opted_out_lost().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                    <p>{strings::opted_out_end()}</p>
                </section>
            }
        })
    }
}
