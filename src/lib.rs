//! The WooPayments connection admin panel, a Leptos single-page app.
//!
//! Layers, from the inside out: [`panel_protocol`] (the wire types), [`api`] (requests to the
//! backend, every failure typed), [`store`] (reactive state, the only thing components talk
//! to), [`components`] (what the user sees). [`mount`] puts the panel into a host element.

pub mod api;
pub mod components;
pub mod config;
mod format;
pub mod store;
pub mod strings;

use std::rc::Rc;

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::api::{HttpTransport, Transport};
use crate::components::{AdminLayout, OverviewPage};
use crate::config::PanelConfig;
use crate::store::ConnectionStore;

/// The whole panel, fed by `transport`. Every style applies only under its root element.
#[component]
pub fn App(
    /// How the store reaches the backend.
    transport: Rc<dyn Transport>,
) -> impl IntoView {
    ConnectionStore::provide(transport);
    view! {
        <div class="wcpay-panel">
            <AdminLayout>
                <OverviewPage/>
            </AdminLayout>
        </div>
    }
}

/// Mounts the panel into `host`, talking to the backend that `config` names. The panel stays
/// mounted for the life of the page.
pub fn mount(host: HtmlElement, config: PanelConfig) {
    console_error_panic_hook::set_once();
    let transport: Rc<dyn Transport> = Rc::new(HttpTransport::new(&config));
    leptos::mount::mount_to(host, move || view! { <App transport/> }).forget();
}
