use leptos::prelude::*;

use super::AdminMenu;

/// The admin page's frame: the admin menu on the left, the current screen beside it.
#[component]
pub fn AdminLayout(
    /// The current screen.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="wcpay-admin">
            <AdminMenu/>
            <main class="wcpay-admin__content" id="wcpay-main">{children()}</main>
        </div>
    }
}
