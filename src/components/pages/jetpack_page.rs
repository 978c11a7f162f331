use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::{Connection, JetpackState, Plugin};

use crate::components::{DatedSentence, DisconnectDialog, PaymentsOffBanner, StoreNotices};
use crate::format::describe;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// **Jetpack**: its connection card (connected as whom, since when) with **Disconnect**, which
/// opens the warning popup.
#[component]
pub fn JetpackPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let state = Memo::new(move |_| {
        store.snapshot().with(|s| {
            s.as_ref().map(|s| {
                let since = match &s.connection {
                    Connection::Connected { since, .. } => Some(*since),
                    _ => None,
                };
                (s.jetpack.plugin, s.jetpack.connected_as.clone(), since)
            })
        })
    });
    let dialog_open = RwSignal::new(false);
    let connecting = move || store.running().get() == Some(StoreAction::Connect);
    view! {
        <header class="wcpay-page-header"><h1>{strings::jetpack()}</h1></header>
        <StoreNotices/>
        <PaymentsOffBanner/>
        <section class="wcpay-card" aria-labelledby="wcpay-jetpack-heading">
            <h2 id="wcpay-jetpack-heading" class="wcpay-card__heading">{strings::jetpack_connection_heading()}</h2>
            {move || match state.get() {
                Some((JetpackState::Active, Some(user), since)) => view! {
                    <p class="wcpay-panel__state">{strings::connected_as(&describe(&user))}</p>
                    {since.map(|since| view! { <DatedSentence template=strings::since() seconds=since/> })}
                    <button type="button" class="wcpay-button wcpay-button--secondary"
                        disabled=move || store.running().get().is_some()
                        on:click=move |_| dialog_open.set(true)>
                        {strings::disconnect()}
                    </button>
                }.into_any(),
                Some((JetpackState::Active, None, _)) => view! {
                    <p>{strings::jetpack_not_connected()}</p>
                    <button type="button" class="wcpay-button wcpay-button--primary"
                        disabled=move || store.running().get().is_some()
                        aria-busy=move || connecting().to_string()
                        on:click=move |_| store.connect(Plugin::Jetpack)>
                        {move || if connecting() { strings::connecting() } else { strings::connect_jetpack() }}
                    </button>
                }.into_any(),
                _ => view! {
                    <p>{strings::jetpack_not_active()}</p>
                    <A href=Screen::Plugins.href() attr:class="wcpay-link">{strings::plugins()}</A>
                }.into_any(),
            }}
        </section>
        <Show when=move || dialog_open.get()>
            <DisconnectDialog plugin=Plugin::Jetpack on_close=Callback::new(move |_| dialog_open.set(false))/>
        </Show>
    }
}
