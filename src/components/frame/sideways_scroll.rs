use leptos::prelude::*;

/// A region holding something wider than a narrow screen (a table): it scrolls sideways on its
/// own, so the page never does. Labelled ("Transactions, scrolls sideways") and in the Tab order,
/// so a keyboard reaches it and scrolls it with the arrow keys; its focus ring shows where it is.
#[component]
pub fn SidewaysScroll(
    /// The region's accessible name: what it holds, and that it scrolls sideways.
    label: &'static str,
    /// What scrolls.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="wcpay-scroll" role="region" aria-label=label tabindex="0">{children()}</div>
    }
}
