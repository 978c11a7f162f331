use leptos::prelude::*;

use crate::store::ConnectionStore;
use crate::strings;

/// A failure notice: what failed, why, and a **Try again** button. A failed read asks again by
/// itself when the browser comes back online.
#[component]
pub fn ErrorNotice(
    /// What could not be done, e.g. "The payment status could not be loaded.".
    heading: &'static str,
    /// Why, in words the owner understands, with what to do next.
    #[prop(into)]
    message: Signal<String>,
    /// Whether the retry is under way (the button is then disabled).
    #[prop(into)]
    retrying: Signal<bool>,
    /// Repeats what failed.
    on_retry: Callback<()>,
) -> impl IntoView {
    if let Some(store) = use_context::<ConnectionStore>() {
        let reconnections = store.reconnections();
        Effect::new(move |seen: Option<u32>| {
            let now = reconnections.get();
            if seen.is_some_and(|seen| seen != now) {
                on_retry.run(());
            }
            now
        });
    }
    view! {
        <div class="wcpay-notice wcpay-notice--error" role="alert">
            <p class="wcpay-notice__heading">{heading}</p>
            <p>{message}</p>
            <button
                type="button"
                class="wcpay-button wcpay-button--secondary"
                disabled=retrying
                aria-busy=move || retrying.get().to_string()
                on:click=move |_| on_retry.run(())
            >
                {strings::try_again()}
            </button>
        </div>
    }
}
