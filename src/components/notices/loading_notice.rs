use std::time::Duration;

use leptos::prelude::*;

use crate::strings;

/// After how long a wait the loading indicator says the answer is slow.
pub const SLOW_AFTER: Duration = Duration::from_secs(3);

/// A spinner with a sentence saying what is being waited for, announced politely; after
/// [`SLOW_AFTER`] it adds that the answer is taking longer than usual.
#[component]
pub fn LoadingNotice(
    /// What the panel is waiting for, e.g. "Loading the store's payment status…".
    message: &'static str,
) -> impl IntoView {
    let slow = RwSignal::new(false);
    if let Ok(timer) = set_timeout_with_handle(
        move || {
            let _ = slow.try_set(true);
        },
        SLOW_AFTER,
    ) {
        on_cleanup(move || timer.clear());
    }
    view! {
        <div class="wcpay-loading" role="status">
            <span class="wcpay-spinner" aria-hidden="true"></span>
            <span>{message}</span>
            <Show when=move || slow.get()>
                <span class="wcpay-loading__slow">{strings::slow_answer()}</span>
            </Show>
        </div>
    }
}
