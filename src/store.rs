//! The connection-state store: the one place that holds what the backend said, and the only
//! thing components talk to. Data flows one way: backend -> store -> view.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use panel_protocol::StatusSnapshot;

use crate::api::{ApiError, Transport};

/// The panel's state, shared through context. `Copy`: every field is a reactive handle.
#[derive(Clone, Copy)]
pub struct ConnectionStore {
    snapshot: RwSignal<Option<StatusSnapshot>>,
    loading: RwSignal<bool>,
    error: RwSignal<Option<ApiError>>,
    transport: StoredValue<Rc<dyn Transport>, LocalStorage>,
}

impl ConnectionStore {
    /// A store that reaches the backend through `transport`; it holds nothing until [`Self::refresh`].
    pub fn new(transport: Rc<dyn Transport>) -> Self {
        Self {
            snapshot: RwSignal::new(None),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            transport: StoredValue::new_local(transport),
        }
    }

    /// Creates a store, puts it in context for every component below, and starts loading.
    pub fn provide(transport: Rc<dyn Transport>) -> Self {
        let store = Self::new(transport);
        provide_context(store);
        store.refresh();
        store
    }

    /// The store provided by an ancestor.
    pub fn expect() -> Self {
        expect_context()
    }

    /// The last status the backend sent; kept while a refresh runs or after one fails.
    pub fn snapshot(&self) -> Signal<Option<StatusSnapshot>> {
        self.snapshot.into()
    }

    /// Whether a request for the status is under way.
    pub fn loading(&self) -> Signal<bool> {
        self.loading.into()
    }

    /// Why the last request failed; cleared when the next one starts.
    pub fn error(&self) -> Signal<Option<ApiError>> {
        self.error.into()
    }

    /// Asks the backend for the status again. A request already under way is not repeated.
    pub fn refresh(&self) {
        if self.loading.get_untracked() {
            return;
        }
        let Some(transport) = self.transport.try_get_value() else { return };
        let store = *self;
        store.loading.set(true);
        store.error.set(None);
        spawn_local(async move {
            let result = transport.status().await;
            // The store may have been disposed (component unmounted) while the request ran.
            let _ = store.loading.try_set(false);
            match result {
                Ok(snapshot) => {
                    let _ = store.snapshot.try_set(Some(snapshot));
                }
                Err(error) => {
                    let _ = store.error.try_set(Some(error));
                }
            }
        });
    }
}
