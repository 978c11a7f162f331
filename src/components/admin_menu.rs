use leptos::prelude::*;

use crate::strings;

/// The admin menu with its **Payments** entry, open on the current screen.
#[component]
pub fn AdminMenu() -> impl IntoView {
    view! {
        <nav class="wcpay-menu" aria-label=strings::ADMIN_MENU_LABEL>
            <ul class="wcpay-menu__list">
                <li class="wcpay-menu__item wcpay-menu__item--current">
                    <a class="wcpay-menu__link" href="#wcpay-main" aria-current="page">
                        {strings::PAYMENTS_MENU}
                    </a>
                    <ul class="wcpay-menu__submenu">
                        <li>
                            <a class="wcpay-menu__sublink" href="#wcpay-main" aria-current="page">
                                {strings::OVERVIEW}
                            </a>
                        </li>
                    </ul>
                </li>
            </ul>
        </nav>
    }
}
