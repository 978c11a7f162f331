use leptos::prelude::*;
use leptos_router::components::A;

use crate::app_path::{Screen, use_current_screen};
use crate::change_view::change_reminder;
use crate::store::ConnectionStore;
use crate::strings;

/// On the other Payments screens while a change of the connection is in progress: where it
/// stands, and the way back to it.
#[component]
pub fn ChangeReminder() -> impl IntoView {
    let store = ConnectionStore::expect();
    let reminder = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().and_then(change_reminder)));
    let current = use_current_screen();
    move || {
        let on_change_screen = current.get() == Screen::Change;
        reminder.get().filter(|_| !on_change_screen).map(|text| {
            view! {
                <div class="wcpay-notice wcpay-notice--info" role="status">
                    <p>{text} " " <A href=Screen::Change.href() attr:class="wcpay-link">{strings::change_resume()}</A></p>
                </div>
            }
        })
    }
}
