use leptos::prelude::*;
use leptos_router::components::A;

use crate::app_path::Screen;
use crate::components::TransferOwnershipDialog;
use crate::people_view::ownerless_notice;
use crate::store::ConnectionStore;
use crate::strings;

/// On every Payments screen while the connection has no owner: who left, what it means, and the
/// two ways out: **Choose a new owner** (an administrator takes it) or reconnecting.
#[component]
pub fn OwnerlessNotice() -> impl IntoView {
    let store = ConnectionStore::expect();
    let because = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().and_then(ownerless_notice)));
    let open = RwSignal::new(false);
    let close = Callback::new(move |_| open.set(false));
    move || {
        because.get().map(|because| {
            view! {
                <section class="wcpay-account-notice wcpay-account-notice--error" aria-labelledby="wcpay-ownerless-heading">
                    <h2 id="wcpay-ownerless-heading" class="wcpay-banner__heading">{strings::ownerless_heading()}</h2>
                    <p>{because}</p>
                    <p>{strings::ownerless_effect()}</p>
                    <p class="wcpay-actions">
                        <button type="button" class="wcpay-button wcpay-button--primary"
                            disabled=move || store.running().get().is_some()
                            on:click=move |_| open.set(true)>
                            {strings::choose_new_owner()}
                        </button>
                        <A href=Screen::Change.href() attr:class="wcpay-link">{strings::reconnect_instead()}</A>
                    </p>
                    <Show when=move || open.get()>
                        <TransferOwnershipDialog on_close=close/>
                    </Show>
                </section>
            }
        })
    }
}
