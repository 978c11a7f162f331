//! The standalone page: mounts the panel into `#payments-panel`, configured by its data
//! attributes (`data-api-root`, `data-nonce`, `data-route-base`, `data-request-timeout-ms`,
//! and from a host with its own pages, `data-nonce-header`, `data-page-url`, `data-host-menu`; the language in `data-locale`,
//! `data-translations-url` and, for the language switch, `data-locales`),
//! as an embedding page would. The WordPress plugin prints exactly these.

use payments_panel::config::PanelConfig;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The id of the element the standalone page mounts the panel into.
const HOST_ID: &str = "payments-panel";

fn main() {
    // A host page that embeds the bundle has no such element: it calls `mountPaymentsPanel`.
    let Some(host) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(HOST_ID))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let api_root = host.get_attribute("data-api-root").unwrap_or_else(|| PanelConfig::DEFAULT_API_ROOT.to_owned());
    let nonce = host.get_attribute("data-nonce");
    let route_base = host.get_attribute("data-route-base");
    let timeout_ms = host.get_attribute("data-request-timeout-ms").and_then(|ms| ms.trim().parse().ok());
    let nonce_header = host.get_attribute("data-nonce-header");
    let page_url = host.get_attribute("data-page-url");
    let host_menu = host.get_attribute("data-host-menu").map(|value| value == "true");
    let locale = host.get_attribute("data-locale");
    let translations_url = host.get_attribute("data-translations-url");
    let offered_locales = host.get_attribute("data-locales");
    // The same entry point a host page calls, so standalone and embedded cannot differ.
    payments_panel::mount_payments_panel(
        host,
        api_root,
        nonce,
        route_base,
        timeout_ms,
        nonce_header,
        page_url,
        host_menu,
        locale,
        translations_url,
        offered_locales,
    );
}
