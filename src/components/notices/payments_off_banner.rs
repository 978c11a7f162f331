use leptos::prelude::*;

use leptos_router::components::A;
use panel_protocol::NextStep;

use crate::app_path::use_current_screen;
use crate::status_view::{fix_link, payments_off_reason};
use crate::store::ConnectionStore;
use crate::strings;

/// The loud banner on every Payments screen (and on Jetpack and Plugins, which the owner walks
/// through between **Disconnect** and **Finish setup**) while the store cannot take payments: why, and a
/// link to the fix (left out on the screen it leads to). Opted-out stores get
/// [`crate::components::OptedOutNotice`] instead.
#[component]
pub fn PaymentsOffBanner() -> impl IntoView {
    let store = ConnectionStore::expect();
    let banner = Memo::new(move |_| {
        store.snapshot().with(|snapshot| {
            let snapshot = snapshot.as_ref()?;
            if snapshot.next_step == NextStep::OptedOut {
                return None;
            }
            Some((payments_off_reason(snapshot)?, fix_link(snapshot)))
        })
    });
    let current = use_current_screen();
    move || {
        banner.get().map(|(reason, fix)| {
            let fix = fix.filter(|(screen, _)| *screen != current.get());
            view! {
                <section class="wcpay-banner wcpay-banner--error" aria-labelledby="wcpay-payments-off">
                    <h2 id="wcpay-payments-off" class="wcpay-banner__heading">{strings::payments_off_heading()}</h2>
                    <p>{reason}</p>
                    {fix.map(|(screen, label)| view! { <A href=screen.href() attr:class="wcpay-button wcpay-button--primary">{label}</A> })}
                </section>
            }
        })
    }
}
