use std::time::Duration;

use leptos::prelude::*;

use crate::format::duration_words;
use crate::strings;

/// How long payments have been paused (ticking), or were, once the store reconnected.
#[component]
pub fn PaymentsPaused(
    /// Since when, in seconds since the Unix epoch.
    since: i64,
    /// When they resumed, if they did.
    until: Option<i64>,
) -> impl IntoView {
    let now = RwSignal::new(now_seconds());
    if until.is_none()
        && let Ok(handle) = set_interval_with_handle(
            move || {
                let _ = now.try_set(now_seconds());
            },
            Duration::from_secs(15),
        )
    {
        on_cleanup(move || handle.clear());
    }
    move || {
        match until {
        Some(until) => view! { <p class="wcpay-paused wcpay-paused--over">{strings::paused_was(&duration_words(until - since))}</p> }.into_any(),
        None => view! {
            <p class="wcpay-paused" role="timer" aria-live="off">{strings::paused_for(&duration_words(now.get() - since))}</p>
        }.into_any(),
    }
    }
}

/// The browser's clock, in whole seconds since the Unix epoch.
fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
