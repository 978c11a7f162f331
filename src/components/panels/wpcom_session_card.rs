use leptos::prelude::*;
use panel_protocol::WpcomSession;

use crate::format::describe;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// Which WordPress.com account this browser is logged into, the way to its profile page to
/// **Log Out**, and a **Log Out** button that does the same from here.
#[component]
pub fn WpcomSessionCard() -> impl IntoView {
    let store = ConnectionStore::expect();
    let session = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(|s| s.wpcom_session.clone())));
    let logging_out = move || store.running().get() == Some(StoreAction::LogOutOfWpcom);
    let busy = move || store.running().get().is_some();
    view! {
        <section class="wcpay-card" aria-labelledby="wcpay-wpcom-heading">
            <h2 id="wcpay-wpcom-heading" class="wcpay-card__heading">{strings::wpcom_session_heading()}</h2>
            {move || match session.get() {
                Some(WpcomSession::LoggedIn { user }) => view! {
                    <p>{strings::wpcom_logged_in(&describe(&user))}</p>
                    <p>{strings::wpcom_other_account()}</p>
                    <p class="wcpay-actions">
                        <a class="wcpay-link" href=strings::wpcom_profile_url() rel="external">{strings::wpcom_profile_link()}</a>
                        <button
                            type="button"
                            class="wcpay-button wcpay-button--secondary"
                            disabled=busy
                            aria-busy=move || logging_out().to_string()
                            on:click=move |_| store.log_out_of_wpcom()
                        >
                            {move || if logging_out() { strings::working() } else { strings::log_out() }}
                        </button>
                    </p>
                }
                .into_any(),
                _ => view! { <p>{strings::wpcom_logged_out()}</p> }.into_any(),
            }}
        </section>
    }
}
