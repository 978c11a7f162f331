use leptos::prelude::*;

/// A spinner with a sentence saying what is being waited for, announced politely.
#[component]
pub fn LoadingNotice(
    /// What the panel is waiting for, e.g. "Loading the store's payment status…".
    message: &'static str,
) -> impl IntoView {
    view! {
        <div class="wcpay-loading" role="status">
            <span class="wcpay-spinner" aria-hidden="true"></span>
            <span>{message}</span>
        </div>
    }
}
