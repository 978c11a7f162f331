use leptos::prelude::*;

use crate::components::{AdminMenu, ErrorNotice, LanguageSwitch, LoadingNotice, OfflineNotice};
use crate::store::ConnectionStore;
use crate::strings;

/// The admin page's frame: the admin menu on the left and the current screen beside it, as the
/// page's main landmark (unless the host draws the menu and the landmark). Screens
/// appear once the first status has arrived; until then, a loading indicator or the reason it
/// failed, with **Try again**. A calm notice says when the browser is offline.
#[component]
pub fn AdminLayout(
    /// Whether to draw the panel's own menu (not when the host draws one).
    show_menu: bool,
    /// The locales the language switch offers, below the screen (none: no switch).
    #[prop(optional)]
    offered_locales: Vec<String>,
    /// The current screen.
    children: ChildrenFn,
) -> impl IntoView {
    let store = ConnectionStore::expect();
    let loaded = move || store.snapshot().with(Option::is_some);
    let error_message =
        Signal::derive(move || store.load_error().with(|e| e.as_ref().map(|e| e.user_message()).unwrap_or_default()));
    let screen = move || {
        view! {
            <Show when=move || !loaded()>
                <header class="wcpay-page-header"><h1>{strings::payments_menu()}</h1></header>
            </Show>
            <OfflineNotice/>
            <Show when=move || store.load_error().with(Option::is_some)>
                <ErrorNotice
                    heading=strings::status_failed()
                    message=error_message
                    retrying=store.loading()
                    on_retry=Callback::new(move |_| store.refresh())
                />
            </Show>
            <Show when=move || !loaded() && store.loading().get()>
                <LoadingNotice message=strings::loading_status()/>
            </Show>
            <Show when=loaded>{children()}</Show>
        }
    };
    // A host that draws the menu draws the page's main landmark too (wp-admin's #wpbody): a
    // second `main` inside it would be one too many. A section still keeps the screens' headers
    // from counting as the page's banner.
    if show_menu {
        keep_page_title(store);
        view! {
            <div class="wcpay-admin">
                <AdminMenu/>
                <main class="wcpay-admin__content" id="wcpay-main" tabindex="-1">
                    {screen()}
                    {(!offered_locales.is_empty()).then(|| view! { <LanguageSwitch offered=offered_locales/> })}
                </main>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="wcpay-admin">
                <section class="wcpay-admin__content" id="wcpay-main" tabindex="-1">{screen()}</section>
            </div>
        }
        .into_any()
    }
}

/// Names the browser tab after the panel in its language and the store (standalone only: a host
/// page has a title of its own), as soon as the status names the store.
fn keep_page_title(store: ConnectionStore) {
    Effect::new(move |_| {
        let Some(title) = store.snapshot().with(|s| s.as_ref().map(|s| strings::page_title(&s.site.name))) else {
            return;
        };
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&title);
        }
    });
}
