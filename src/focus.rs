//! Keeping keyboard focus somewhere sensible when what had it goes away.

use leptos::html::H2;
use leptos::prelude::*;
use web_sys::HtmlElement;

/// A heading that takes the focus when it was lost: when the heading appears, and again
/// whenever `track` changes (e.g. the step of a flow). Focus is lost when the focused button
/// went away with the screen it was on.
pub fn heading_taking_lost_focus(track: impl Fn() + 'static) -> NodeRef<H2> {
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        track();
        if let Some(heading) = heading.get() {
            focus_if_lost(&heading);
        }
    });
    heading
}

/// Moves focus to `element` if focus was lost: nothing has it, or the page body does (what
/// happens when the focused button is removed).
fn focus_if_lost(element: &HtmlElement) {
    let document = web_sys::window().and_then(|window| window.document());
    let lost = document.and_then(|document| document.active_element()).is_none_or(|active| active.tag_name() == "BODY");
    if lost {
        let _ = element.focus();
    }
}
