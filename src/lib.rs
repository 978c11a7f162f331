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
pub mod ledger_view;
pub mod people_view;
pub mod status_view;
pub mod store;
pub mod strings;
#[cfg(test)]
mod test_fixtures;

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::StaticSegment;
use leptos_router::components::{Route, Router, Routes};
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlElement;

use crate::api::{ApiClient, HttpTransport, Transport};
use crate::app_path::Screen;
use crate::components::{
    AccountPage, AdminLayout, ChangeConnectionPage, ConnectPage, DepositsPage, DisputesPage, JetpackPage, OverviewPage,
    PluginsPage, SupportPage, TransactionsPage,
};
use crate::config::PanelConfig;
use crate::store::ConnectionStore;

/// The whole panel, fed by `transport`, with its screens under `route_base`. Every style
/// applies only under its root element.
#[component]
pub fn App(
    /// How the store reaches the backend.
    transport: Rc<dyn Transport>,
    /// The path the panel's screens live under (`""` for the site root).
    #[prop(optional, into)]
    route_base: String,
) -> impl IntoView {
    ConnectionStore::provide(ApiClient::new(transport), format!("{route_base}/"));
    provide_context(app_path::RouteBase(route_base.clone()));
    view! {
        <div class="wcpay-panel">
            <Router base=route_base>
                <AdminLayout>
                    <Routes fallback=|| view! { <OverviewPage/> }>
                        <Route path=StaticSegment(Screen::Overview.segment()) view=OverviewPage/>
                        <Route path=StaticSegment(Screen::Connect.segment()) view=ConnectPage/>
                        <Route path=StaticSegment(Screen::Change.segment()) view=ChangeConnectionPage/>
                        <Route path=StaticSegment(Screen::Transactions.segment()) view=TransactionsPage/>
                        <Route path=StaticSegment(Screen::Deposits.segment()) view=DepositsPage/>
                        <Route path=StaticSegment(Screen::Disputes.segment()) view=DisputesPage/>
                        <Route path=StaticSegment(Screen::Account.segment()) view=AccountPage/>
                        <Route path=StaticSegment(Screen::Support.segment()) view=SupportPage/>
                        <Route path=StaticSegment(Screen::Jetpack.segment()) view=JetpackPage/>
                        <Route path=StaticSegment(Screen::Plugins.segment()) view=PluginsPage/>
                    </Routes>
                </AdminLayout>
            </Router>
        </div>
    }
}

/// Mounts the panel into `host`, talking to the backend that `config` names. The panel stays
/// mounted for the life of the page.
pub fn mount(host: HtmlElement, config: PanelConfig) {
    console_error_panic_hook::set_once();
    boot_notice::remove_boot_notice(&host);
    let transport: Rc<dyn Transport> = Rc::new(HttpTransport::new(&config));
    let route_base = config.route_base;
    mount_to(host, move || view! { <App transport route_base/> }).forget();
}

/// For host pages: mounts the panel into `host` with the API at `api_root`, sending `nonce`
/// with every action, its screens under `route_base`, giving up on a request after
/// `request_timeout_ms` (20 s when left out) (JavaScript: `mountPaymentsPanel`).
#[wasm_bindgen(js_name = mountPaymentsPanel)]
pub fn mount_payments_panel(
    host: HtmlElement,
    api_root: String,
    nonce: Option<String>,
    route_base: Option<String>,
    request_timeout_ms: Option<u32>,
) {
    let config = PanelConfig::new(api_root)
        .with_nonce(nonce)
        .with_route_base(route_base.unwrap_or_default())
        .with_request_timeout_ms(request_timeout_ms);
    mount(host, config);
}
