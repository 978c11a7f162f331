//! Asking for the status again every few minutes while the tab is visible, so the backend's own
//! check of the connection (made by `GET /status` once the last one is five minutes old) runs
//! at most every few minutes while the panel is open, and never for a hidden tab.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, VisibilityState, Window};

/// How often a visible panel asks for the status: five minutes, in milliseconds.
pub const REFRESH_EVERY_MS: i32 = 5 * 60 * 1000;

/// The interval's id while one runs.
type IntervalId = Rc<Cell<Option<i32>>>;

/// Calls `refresh` every `every_ms` milliseconds while the tab is visible: the timer stops when
/// the tab is hidden and starts again when it is shown (the refresh on being shown is
/// `page_events`'). The listener and the timer are removed when the current reactive owner (the
/// app) is disposed.
pub fn refresh_while_visible(every_ms: i32, refresh: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let interval: IntervalId = Rc::default();
    let on_tick = Rc::new(Closure::<dyn Fn()>::new(refresh));

    let follow = {
        let (window, document, interval, on_tick) =
            (window.clone(), document.clone(), interval.clone(), on_tick.clone());
        move || match document.visibility_state() {
            VisibilityState::Visible => start(&window, &interval, &on_tick, every_ms),
            _ => stop(&window, &interval),
        }
    };
    follow();
    let on_visibility = Closure::<dyn Fn()>::new(follow);
    let _ = document.add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());

    let kept = SendWrapper::new((window, document, interval, on_visibility, on_tick));
    on_cleanup(move || {
        let (window, document, interval, on_visibility, _on_tick): (Window, Document, IntervalId, _, _) = kept.take();
        let _ =
            document.remove_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
        stop(&window, &interval);
    });
}

/// Starts the interval unless one runs already.
fn start(window: &Window, interval: &IntervalId, on_tick: &Closure<dyn Fn()>, every_ms: i32) {
    if interval.get().is_some() {
        return;
    }
    let callback = on_tick.as_ref().unchecked_ref();
    if let Ok(id) = window.set_interval_with_callback_and_timeout_and_arguments_0(callback, every_ms) {
        interval.set(Some(id));
    }
}

/// Stops the interval, if one runs.
fn stop(window: &Window, interval: &IntervalId) {
    if let Some(id) = interval.take() {
        window.clear_interval_with_handle(id);
    }
}
