use leptos::prelude::*;

use crate::components::TransferOwnershipDialog;
use crate::people_view::ownership_line;
use crate::store::ConnectionStore;
use crate::strings;

/// The connection card's lines about its owner: "You own this connection" with **Transfer
/// ownership**, or who owns it and what the viewer can do.
#[component]
pub fn OwnershipLine() -> impl IntoView {
    let store = ConnectionStore::expect();
    let line = Memo::new(move |_| {
        let viewer = store.viewer().get();
        store.snapshot().with(|s| s.as_ref().and_then(|s| ownership_line(s, viewer.as_ref())))
    });
    let open = RwSignal::new(false);
    let close = Callback::new(move |_| open.set(false));
    move || {
        line.get().map(|line| {
            view! {
                <p class="wcpay-owner">{line.owner}</p>
                {line.others_can.map(|text| view! { <p>{text}</p> })}
                {line.can_transfer.then(|| view! {
                    <p>
                        <button type="button" class="wcpay-button wcpay-button--secondary"
                            disabled=move || store.running().get().is_some()
                            on:click=move |_| open.set(true)>
                            {strings::transfer_ownership()}
                        </button>
                    </p>
                })}
                <Show when=move || open.get()>
                    <TransferOwnershipDialog on_close=close/>
                </Show>
            }
        })
    }
}
