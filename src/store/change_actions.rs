//! The store's actions for the guided **Change or reset connection** flow.

use leptos::prelude::*;
use panel_protocol::{ChangeAction, ChangeRequest, Plugin};

use super::{ConnectionStore, StoreAction};
use crate::app_path::Screen;

impl ConnectionStore {
    /// Sends one action of the guided change; `then` receives the summary of a finished or
    /// cancelled change. A finished change's summary also becomes the notice.
    pub fn change(&self, action: ChangeAction, then: impl FnOnce(Option<String>) + 'static) {
        let Some(expected_revision) = self.revision() else { return };
        let request = ChangeRequest { action, expected_revision };
        // The flow's own buttons stay on screen to try again; the notice offers no retry.
        self.retry.set_value(None);
        self.run(
            StoreAction::Change(action),
            |api| api.change(&request),
            move |store, response| {
                store.accept(response.status);
                if action == ChangeAction::Finish {
                    let _ = store.notice.try_set(response.summary.clone());
                }
                then(response.summary);
            },
        );
    }

    /// **Finish setup** from the guided change: connects through WooPayments and comes back to
    /// the change's screen.
    pub fn reconnect_for_change(&self) {
        let return_to = self.screen_path(Screen::Change);
        self.connect_returning_to(Plugin::WooPayments, return_to);
    }
}
