//! The WooPayments connection admin panel, a Leptos single-page app.
//!
//! Layers, from the inside out: [`panel_protocol`] (the wire types), [`api`] (requests to the
//! backend, every failure typed), [`store`] (reactive state, the only thing components talk
//! to), [`status_view`] (what screens derive from the state), [`components`] (what the user
//! sees). [`mount`] puts the panel into a host element; host pages call `mountPaymentsPanel`.

pub mod account_view;
pub mod api;
pub mod app_path;
mod boot_notice;
pub mod change_view;
pub mod components;
pub mod config;
mod focus;
mod format;
pub mod i18n;
pub mod ledger_view;
pub mod people_view;
pub mod screen_chunks;
pub mod status_view;
pub mod store;
pub mod strings;
#[cfg(test)]
mod test_fixtures;

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlElement;

use crate::api::{ApiClient, HttpTransport, Transport};
use crate::app_path::{Routing, Screen, use_current_screen};
use crate::components::{AdminLayout, LazyScreen, OverviewPage};
use crate::config::PanelConfig;
use crate::store::ConnectionStore;

/// The whole panel, fed by `transport`, with its screens where `routing` says. Every style
/// applies only under its root element.
#[component]
pub fn App(
    /// How the store reaches the backend.
    transport: Rc<dyn Transport>,
    /// Where the screens live (paths under the site root when left out).
    #[prop(optional)]
    routing: Routing,
    /// Whether the host draws the menu, so the panel leaves its own out.
    #[prop(optional)]
    host_menu: bool,
    /// The locales the language switch offers (none: no switch).
    #[prop(optional)]
    offered_locales: Vec<String>,
) -> impl IntoView {
    ConnectionStore::provide(ApiClient::new(transport), routing.clone());
    provide_context(routing.clone());
    // In host pages the router handles no link (no path starts with a base holding a query):
    // every screen change loads the host's page, so the host's menu shows where the owner is.
    let base = match &routing {
        Routing::Paths { base } => base.clone(),
        Routing::HostPages { page_url } => page_url.clone(),
    };
    view! {
        <div
            class="wcpay-panel"
            class:wcpay-panel--host-menu=host_menu
            lang=i18n::locale().tag()
            dir=i18n::direction().as_str()
        >
            <Router base>
                <AdminLayout show_menu=!host_menu offered_locales>
                    <CurrentScreen/>
                </AdminLayout>
            </Router>
        </div>
    }
}

/// The screen the address names (the routing in context says how), the Overview for one that
/// names none. Not leptos_router's `Routes`: in host pages the screen is in the query.
/// The Overview is in the main module; the others are loaded by [`LazyScreen`].
#[component]
fn CurrentScreen() -> impl IntoView {
    let current = use_current_screen();
    // The router writes a new address into the address bar only once told the screen for it is
    // on screen (`Routes` tells it; here this effect, which runs after the screen rendered).
    let location = use_location();
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        location.query.track();
        if let Some(browser_url) = &browser_url {
            browser_url.ready_to_complete();
        }
    });
    move || match current.get() {
        Screen::Overview => view! { <OverviewPage/> }.into_any(),
        // Every other screen's code arrives when first needed (screen_chunks).
        screen => view! { <LazyScreen screen/> }.into_any(),
    }
}

/// Mounts the panel into `host`, talking to the backend that `config` names. The panel stays
/// mounted for the life of the page.
/// Its language's translations are fetched first (English, with a console warning, if they
/// cannot be used).
pub fn mount(host: HtmlElement, config: PanelConfig) {
    console_error_panic_hook::set_once();
    // Not leptos's spawn_local: its executor is set up by mount_to, which has not run yet.
    wasm_bindgen_futures::spawn_local(async move {
        i18n::load_translations(config.locale.clone(), config.translations_url.clone()).await;
        boot_notice::remove_boot_notice(&host);
        let transport: Rc<dyn Transport> = Rc::new(HttpTransport::new(&config));
        let (routing, host_menu, offered_locales) = (config.routing, config.host_menu, config.offered_locales);
        mount_to(host, move || view! { <App transport routing host_menu offered_locales/> }).forget();
    });
}

/// For host pages: mounts the panel into `host` with the API at `api_root`, sending `nonce`
/// with every action, its screens under `route_base`, giving up on a request after
/// `request_timeout_ms` (20 s when left out) (JavaScript: `mountPaymentsPanel`). A host with
/// its own nonce header and its own pages (wp-admin) also passes `nonce_header` (sent with
/// every request), `page_url` (the Overview's page; each screen is then a page of the host)
/// and `host_menu` (the host draws the menu, so the panel's own is left out). `locale`
/// (WordPress's `de_DE`) and `translations_url` (its Jed file) choose the language;
/// `offered_locales` (space-separated) adds a language switch.
#[wasm_bindgen(js_name = mountPaymentsPanel)]
#[allow(clippy::too_many_arguments)] // The positional JavaScript API, extended at its end.
pub fn mount_payments_panel(
    host: HtmlElement,
    api_root: String,
    nonce: Option<String>,
    route_base: Option<String>,
    request_timeout_ms: Option<u32>,
    nonce_header: Option<String>,
    page_url: Option<String>,
    host_menu: Option<bool>,
    locale: Option<String>,
    translations_url: Option<String>,
    offered_locales: Option<String>,
) {
    let config = PanelConfig::new(api_root)
        .with_nonce(nonce)
        .with_route_base(route_base.unwrap_or_default())
        .with_request_timeout_ms(request_timeout_ms)
        .with_nonce_header(nonce_header)
        .with_host_pages(page_url, host_menu.unwrap_or(false))
        .with_locale(locale, translations_url, offered_locales);
    mount(host, config);
}
