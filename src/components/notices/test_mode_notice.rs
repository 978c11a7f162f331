use leptos::prelude::*;

use crate::components::GoLiveDialog;
use crate::people_view::test_mode_notice;
use crate::store::ConnectionStore;
use crate::strings;

/// On every Payments screen while payments are test payments: that no real money moves, why
/// the store is in test mode, and on a production site **Go live** (confirmed in a dialog).
#[component]
pub fn TestModeNotice() -> impl IntoView {
    let store = ConnectionStore::expect();
    let notice = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().and_then(test_mode_notice)));
    let open = RwSignal::new(false);
    let close = Callback::new(move |_| open.set(false));
    move || {
        notice.get().map(|notice| {
            view! {
                <section class="wcpay-account-notice wcpay-test-mode" aria-labelledby="wcpay-test-mode-heading">
                    <h2 id="wcpay-test-mode-heading" class="wcpay-banner__heading">
                        <span class="wcpay-test-mode__pill">{strings::test_mode_heading()}</span>
                    </h2>
                    <p>{strings::test_mode_effect()}</p>
                    <p>{notice.why}</p>
                    {notice.can_go_live.then(|| view! {
                        <p class="wcpay-actions">
                            <button type="button" class="wcpay-button wcpay-button--secondary"
                                disabled=move || store.running().get().is_some()
                                on:click=move |_| open.set(true)>
                                {strings::go_live()}
                            </button>
                        </p>
                    })}
                    <Show when=move || open.get()>
                        <GoLiveDialog on_close=close/>
                    </Show>
                </section>
            }
        })
    }
}
