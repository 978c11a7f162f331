use leptos::prelude::*;
use panel_protocol::JetpackState;
use wasm_bindgen::JsCast;

use crate::api::JetpackAction;
use crate::components::{Modal, PaymentsOffBanner, SidewaysScroll, StoreNotices};
use crate::status_view::jetpack_state_label;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// **Plugins > Installed Plugins**: WooPayments, and Jetpack with install, activate,
/// deactivate and delete (delete asks first).
#[component]
pub fn PluginsPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let jetpack = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(|s| s.jetpack.plugin)));
    let confirm_delete = RwSignal::new(false);
    let actions_cell = NodeRef::<leptos::html::Td>::new();
    keep_focus_in_row(store, actions_cell);
    let button = move |action: JetpackAction, label: &'static str, destructive: bool| {
        let running = move || store.running().get() == Some(StoreAction::Jetpack(action));
        view! {
            <button type="button"
                class=if destructive { "wcpay-button wcpay-button--destructive-secondary" } else { "wcpay-button wcpay-button--secondary" }
                disabled=move || store.running().get().is_some()
                aria-busy=move || running().to_string()
                on:click=move |_| if destructive { confirm_delete.set(true) } else { store.jetpack(action) }>
                {move || if running() { strings::working() } else { label }}
            </button>
        }
    };
    view! {
        <header class="wcpay-page-header"><h1>{strings::plugins()}</h1></header>
        <StoreNotices/>
        <PaymentsOffBanner/>
        <SidewaysScroll label=strings::plugins_scroll()>
        <table class="wcpay-table">
            <thead><tr><th scope="col">{strings::plugin()}</th><th scope="col">{strings::status()}</th><th scope="col">{strings::actions()}</th></tr></thead>
            <tbody>
                <tr>
                    <th scope="row">"WooPayments"</th>
                    <td>{strings::woopayments_active()}</td>
                    <td></td>
                </tr>
                <tr>
                    <th scope="row">"Jetpack"</th>
                    <td>{move || jetpack.get().map(jetpack_state_label)}</td>
                    <td class="wcpay-actions" node_ref=actions_cell>
                        {move || match jetpack.get() {
                            Some(JetpackState::NotInstalled) => button(JetpackAction::Install, strings::install(), false).into_any(),
                            Some(JetpackState::Inactive) => view! {
                                {button(JetpackAction::Activate, strings::activate(), false)}
                                {button(JetpackAction::Delete, strings::delete(), true)}
                            }.into_any(),
                            Some(JetpackState::Active) => button(JetpackAction::Deactivate, strings::deactivate(), false).into_any(),
                            None => ().into_any(),
                        }}
                    </td>
                </tr>
            </tbody>
        </table>
        </SidewaysScroll>
        <Show when=move || confirm_delete.get()>
            <Modal labelled_by=Signal::stored("wcpay-delete-jetpack".to_owned()) on_escape=Callback::new(move |_| confirm_delete.set(false))>
                <h2 id="wcpay-delete-jetpack" class="wcpay-modal__heading">{strings::delete_jetpack_heading()}</h2>
                <p>{strings::delete_jetpack_text()}</p>
                <div class="wcpay-modal__actions">
                    <button type="button" class="wcpay-button wcpay-button--secondary" data-autofocus on:click=move |_| confirm_delete.set(false)>
                        {strings::cancel()}
                    </button>
                    <button type="button" class="wcpay-button wcpay-button--destructive" on:click=move |_| {
                        confirm_delete.set(false);
                        store.jetpack(JetpackAction::Delete);
                    }>
                        {strings::delete()}
                    </button>
                </div>
            </Modal>
        </Show>
    }
}

/// After a Jetpack action, the button pressed is replaced by the next one (Install becomes
/// Activate ...): moves the focus to the row's new first action so keyboard users stay put.
fn keep_focus_in_row(store: ConnectionStore, cell: NodeRef<leptos::html::Td>) {
    let previous = StoredValue::new(None::<StoreAction>);
    Effect::new(move |_| {
        let running = store.running().get();
        let finished = matches!(previous.get_value(), Some(StoreAction::Jetpack(_))) && running.is_none();
        previous.set_value(running);
        if finished {
            request_animation_frame(move || {
                let first = cell.get_untracked().and_then(|cell| cell.query_selector("button").ok().flatten());
                if let Some(button) = first.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = button.focus();
                }
            });
        }
    });
}
