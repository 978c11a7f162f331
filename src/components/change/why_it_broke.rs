use leptos::prelude::*;

use crate::change_view::why_it_broke;
use crate::store::ConnectionStore;
use crate::strings;

/// On the reset path: what the panel can tell about why the connection broke.
#[component]
pub fn WhyItBroke() -> impl IntoView {
    let store = ConnectionStore::expect();
    let why = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().and_then(why_it_broke)));
    move || {
        why.get().map(|why| {
            view! {
                <section class="wcpay-card wcpay-card--error" aria-labelledby="wcpay-why-heading">
                    <h2 id="wcpay-why-heading" class="wcpay-card__heading">{strings::change_why_heading()}</h2>
                    <p>{why}</p>
                </section>
            }
        })
    }
}
