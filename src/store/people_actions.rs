//! The store's actions of several administrators and test mode: who is signed in, handing the
//! connection to another administrator, and going live.

use leptos::prelude::*;
use leptos::task::spawn_local;
use panel_protocol::{ExpectedRevision, TransferOwnershipRequest};

use super::{ConnectionStore, StoreAction};
use crate::api::ApiClient;
use crate::strings;

impl ConnectionStore {
    /// Asks who is signed in; a failure leaves the viewer unknown (asked again on the next
    /// refresh) and shows nothing: the status says everything else.
    pub(super) fn load_viewer(&self, api: &ApiClient) {
        let reply = api.me();
        let store = *self;
        spawn_local(async move {
            if let Ok(viewer) = reply.await {
                let _ = store.viewer.try_set(Some(viewer));
            }
        });
    }

    /// **Transfer ownership** to the administrator `to` (`to_name` for the notice); `then` runs
    /// once it is done.
    pub fn transfer_ownership(&self, to: String, to_name: String, then: impl FnOnce() + 'static) {
        let Some(expected_revision) = self.revision() else { return };
        let request = TransferOwnershipRequest { to, expected_revision };
        // The dialog stays open on a failure, with its own button to try again.
        self.retry.set_value(None);
        self.run(
            StoreAction::TransferOwnership,
            |api| api.transfer_ownership(&request),
            move |store, snapshot| {
                store.accept(snapshot);
                let _ = store.notice.try_set(Some(strings::transferred_to(&to_name)));
                then();
            },
        );
    }

    /// **Go live**, once confirmed: the store takes real payments from now on; `then` runs once
    /// it is done.
    pub fn go_live(&self, then: impl FnOnce() + 'static) {
        let Some(expected_revision) = self.revision() else { return };
        self.retry.set_value(None);
        self.run(
            StoreAction::GoLive,
            |api| api.go_live(ExpectedRevision { expected_revision }),
            move |store, snapshot| {
                store.accept(snapshot);
                let _ = store.notice.try_set(Some(strings::went_live().to_owned()));
                then();
            },
        );
    }
}
