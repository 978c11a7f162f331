use leptos::ev::KeyboardEvent;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// What can take keyboard focus inside a dialog, in document order.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), \
                         textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// A modal dialog: focus moves in when it opens, Tab and Shift+Tab stay inside, Escape calls
/// `on_escape`, and focus returns to whatever had it before (the button that opened it) when
/// it closes. Labelled by the element whose id is `labelled_by`.
#[component]
pub fn Modal(
    /// The id of the dialog's heading.
    labelled_by: Signal<String>,
    /// What Escape means (usually the same as the dialog's cancel button).
    on_escape: Callback<()>,
    /// Which step a multi-step dialog shows; focus moves into each new step.
    #[prop(optional, into)]
    step: Signal<usize>,
    /// The dialog's content.
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<Div>::new();
    let opener = SendWrapper::new(active_element());
    on_cleanup(move || {
        // The opener may be gone (its card changed while the dialog was open): then the screen.
        let target = opener.take().filter(|opener| opener.is_connected()).or_else(main_content);
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
    Effect::new(move |_| {
        step.track();
        if let Some(dialog) = dialog.get() {
            focus_first(&dialog);
        }
    });
    let on_keydown = move |event: KeyboardEvent| match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            on_escape.run(());
        }
        "Tab" => {
            if let Some(dialog) = dialog.get_untracked() {
                keep_focus_inside(&dialog, &event);
            }
        }
        _ => {}
    };
    view! {
        <div class="wcpay-modal__backdrop">
            <div
                class="wcpay-modal"
                role="dialog"
                aria-modal="true"
                aria-labelledby=labelled_by
                tabindex="-1"
                node_ref=dialog
                on:keydown=on_keydown
            >
                {children()}
            </div>
        </div>
    }
}

/// The element that has focus now, if it is an HTML element.
fn active_element() -> Option<HtmlElement> {
    web_sys::window()?.document()?.active_element()?.dyn_into().ok()
}

/// The screen's main content, focusable by script (`tabindex="-1"` in the layout).
fn main_content() -> Option<HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id("wcpay-main")?.dyn_into().ok()
}

fn focusables(dialog: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(nodes) = dialog.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into().ok()).collect()
}

/// Focuses the element marked `data-autofocus`, else the first focusable one, else the dialog.
fn focus_first(dialog: &HtmlElement) {
    let marked =
        dialog.query_selector("[data-autofocus]").ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let target = marked.or_else(|| focusables(dialog).into_iter().next()).unwrap_or_else(|| dialog.clone());
    let _ = target.focus();
}

/// Wraps Tab from the last focusable element to the first, and Shift+Tab the other way.
fn keep_focus_inside(dialog: &HtmlElement, event: &KeyboardEvent) {
    let inside = focusables(dialog);
    let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
        event.prevent_default();
        return;
    };
    let active = active_element();
    let at_edge = if event.shift_key() {
        active.as_ref() == Some(first) || active.as_ref() == Some(dialog)
    } else {
        active.as_ref() == Some(last)
    };
    if at_edge {
        event.prevent_default();
        let _ = if event.shift_key() { last.focus() } else { first.focus() };
    }
}
