//! Whether the browser is online: the store follows the window's `online` and `offline`
//! events, so the panel can say it is offline and refresh itself once it is back.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Window;

/// A window event listener, kept alive until removed.
type Listener = Closure<dyn Fn()>;

/// Whether the browser says it is online now (`true` when it cannot tell).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// Calls `changed(true)` when the browser goes back online and `changed(false)` when it goes
/// offline, until the current reactive owner (the app) is disposed.
pub fn follow_connectivity(changed: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let changed = std::rc::Rc::new(changed);
    let on_online = {
        let changed = changed.clone();
        Closure::<dyn Fn()>::new(move || changed(true))
    };
    let on_offline = Closure::<dyn Fn()>::new(move || changed(false));
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("offline", on_offline.as_ref().unchecked_ref());
    let listeners = SendWrapper::new((window, on_online, on_offline));
    on_cleanup(move || {
        let (window, on_online, on_offline): (Window, Listener, Listener) = listeners.take();
        let _ = window.remove_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        let _ = window.remove_event_listener_with_callback("offline", on_offline.as_ref().unchecked_ref());
    });
}
