//! Keeping the store in step with the world outside the tab: a refresh when the tab becomes
//! visible again, and a nudge to every other open tab after each change (BroadcastChannel).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, Document, VisibilityState};

/// The channel every tab of the panel listens on.
const CHANNEL: &str = "wcpay-connection-panel";

/// Calls `refresh` when the tab becomes visible or another tab reports a change. Listeners are
/// removed when the current reactive owner (the app) is disposed. Returns the channel to
/// announce this tab's own changes on, when the browser has one.
pub fn follow_outside_changes(refresh: impl Fn() + 'static) -> Option<Announcer> {
    let document = web_sys::window()?.document()?;
    let refresh = std::rc::Rc::new(refresh);

    let on_visible = {
        let refresh = refresh.clone();
        let document = document.clone();
        Closure::<dyn Fn()>::new(move || {
            if document.visibility_state() == VisibilityState::Visible {
                refresh();
            }
        })
    };
    let _ = document.add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());

    let channel = BroadcastChannel::new(CHANNEL).ok();
    let on_message = Closure::<dyn Fn()>::new(move || refresh());
    if let Some(channel) = &channel {
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    }

    let listeners = SendWrapper::new((document, on_visible, channel.clone(), on_message));
    on_cleanup(move || {
        let (document, on_visible, channel, _on_message): (Document, _, Option<BroadcastChannel>, _) = listeners.take();
        let _ = document.remove_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
        if let Some(channel) = channel {
            channel.set_onmessage(None);
            channel.close();
        }
    });
    channel.map(|channel| Announcer { channel: SendWrapper::new(channel) })
}

/// Tells the other tabs that the store changed.
pub struct Announcer {
    channel: SendWrapper<BroadcastChannel>,
}

impl Announcer {
    /// Announces revision `revision` to the other tabs (this tab does not hear itself).
    pub fn announce(&self, revision: u64) {
        let _ = self.channel.post_message(&(revision as f64).into());
    }
}
