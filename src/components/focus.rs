//! Keeping keyboard focus somewhere sensible when what had it goes away.

use web_sys::HtmlElement;

/// Moves focus to `element` if focus was lost: nothing has it, or the page body does (what
/// happens when the focused button is removed, e.g. when a step of a flow is done).
pub fn focus_if_lost(element: &HtmlElement) {
    let document = web_sys::window().and_then(|window| window.document());
    let lost = document.and_then(|document| document.active_element()).is_none_or(|active| active.tag_name() == "BODY");
    if lost {
        let _ = element.focus();
    }
}
