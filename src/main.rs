//! The standalone page: mounts the panel into `#payments-panel`, configured by its
//! `data-api-root` attribute (the backend that served the page when absent).

use payments_panel::config::PanelConfig;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The id of the element the standalone page mounts the panel into.
const HOST_ID: &str = "payments-panel";

fn main() {
    let Some(host) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(HOST_ID))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        web_sys::console::error_1(&format!("payments-panel: no element with id \"{HOST_ID}\" to mount into").into());
        return;
    };
    let config = host.get_attribute("data-api-root").map(PanelConfig::new).unwrap_or_default();
    payments_panel::mount(host, config);
}
