use leptos::prelude::*;

use crate::components::Modal;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// **Go live**, confirmed: what taking real payments means, then **Yes, go live** or
/// **Cancel** (the default). Stays open on a failure, saying why.
#[component]
pub fn GoLiveDialog(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let store = ConnectionStore::expect();
    let going = move || store.running().get() == Some(StoreAction::GoLive);
    let on_escape = Callback::new(move |_| {
        if !going() {
            on_close.run(());
        }
    });
    let failure = move || store.failure().get().filter(|f| f.action == StoreAction::GoLive).map(|f| f.sentence());
    let heading_id = Signal::derive(|| "wcpay-go-live-heading".to_owned());
    view! {
        <Modal labelled_by=heading_id on_escape>
            <h2 id="wcpay-go-live-heading" class="wcpay-modal__heading" tabindex="-1">{strings::go_live_heading()}</h2>
            <p>{strings::go_live_explained()}</p>
            {move || failure().map(|message| view! { <p class="wcpay-inline-error" role="alert">{message}</p> })}
            <div class="wcpay-modal__actions">
                <button type="button" class="wcpay-button wcpay-button--secondary" data-autofocus
                    disabled=going on:click=move |_| on_close.run(())>
                    {strings::cancel()}
                </button>
                <button type="button" class="wcpay-button wcpay-button--primary"
                    disabled=going aria-busy=move || going().to_string()
                    on:click=move |_| store.go_live(move || on_close.run(()))>
                    {move || if going() { strings::working() } else { strings::confirm_go_live() }}
                </button>
            </div>
        </Modal>
    }
}
