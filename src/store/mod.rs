//! The connection-state store: the one place that holds what the backend said, and the only
//! thing components talk to. Data flows one way: backend -> store -> view; user intent ->
//! store action -> backend.

mod change_actions;
mod connectivity;
mod freshness;
mod ledger_list;
mod page_events;
mod people_actions;
mod refresh_while_visible;
mod return_from_wpcom;
mod store_action;

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use panel_protocol::{
    ConnectRequest, DisconnectRequest, DisconnectResponse, DisconnectSurvey, ExpectedRevision, Plugin, StatusSnapshot,
    Viewer,
};

pub use freshness::is_fresh;
pub use ledger_list::LedgerList;
pub use return_from_wpcom::{AuthorizationReturn, without_return_params};
pub use store_action::{ActionFailure, StoreAction};

use crate::api::{ApiClient, ApiError, JetpackAction, Reply, RequestLimits};
use crate::app_path::{Routing, Screen};
use crate::status_view::verify_link;
use page_events::Announcer;

/// Starts a failed action again, as the owner asked for it.
type Retry = Rc<dyn Fn(&ConnectionStore)>;

/// The panel's state, shared through context. `Copy`: every field is a reactive handle.
#[derive(Clone, Copy)]
pub struct ConnectionStore {
    snapshot: RwSignal<Option<StatusSnapshot>>,
    viewer: RwSignal<Option<Viewer>>,
    loading: RwSignal<bool>,
    load_error: RwSignal<Option<ApiError>>,
    running: RwSignal<Option<StoreAction>>,
    failure: RwSignal<Option<ActionFailure>>,
    notice: RwSignal<Option<String>>,
    online: RwSignal<bool>,
    reconnections: RwSignal<u32>,
    /// How to repeat the failed action, and the revision it was started at.
    retry: StoredValue<Option<(Retry, Option<u64>)>, LocalStorage>,
    api: StoredValue<ApiClient, LocalStorage>,
    announcer: StoredValue<Option<Announcer>, LocalStorage>,
    routing: StoredValue<Routing>,
    reads: Reads,
}

/// Read-only handles on the store's signals, made once with the store: turning a signal into a
/// `Signal` on every read would make two reactive nodes per read, kept until the reader's owner
/// is cleaned up (and for good where a task or a handler reads with no owner).
#[derive(Clone, Copy)]
struct Reads {
    snapshot: Signal<Option<StatusSnapshot>>,
    viewer: Signal<Option<Viewer>>,
    loading: Signal<bool>,
    load_error: Signal<Option<ApiError>>,
    running: Signal<Option<StoreAction>>,
    failure: Signal<Option<ActionFailure>>,
    notice: Signal<Option<String>>,
    online: Signal<bool>,
    reconnections: Signal<u32>,
}

impl ConnectionStore {
    /// A store that reaches the backend through `api`, with the screens where `routing` says
    /// (WordPress.com sends the owner back to one); it holds nothing until [`Self::refresh`].
    pub fn new(api: ApiClient, routing: Routing) -> Self {
        let snapshot = RwSignal::new(None);
        let viewer = RwSignal::new(None);
        let loading = RwSignal::new(false);
        let load_error = RwSignal::new(None);
        let running = RwSignal::new(None);
        let failure = RwSignal::new(None);
        let notice = RwSignal::new(None);
        let online = RwSignal::new(connectivity::is_online());
        let reconnections = RwSignal::new(0);
        let reads = Reads {
            snapshot: snapshot.into(),
            viewer: viewer.into(),
            loading: loading.into(),
            load_error: load_error.into(),
            running: running.into(),
            failure: failure.into(),
            notice: notice.into(),
            online: online.into(),
            reconnections: reconnections.into(),
        };
        Self {
            snapshot,
            viewer,
            loading,
            load_error,
            running,
            failure,
            notice,
            online,
            reconnections,
            retry: StoredValue::new_local(None),
            api: StoredValue::new_local(api),
            announcer: StoredValue::new_local(None),
            routing: StoredValue::new(routing),
            reads,
        }
    }

    /// Creates a store, puts it in context for every component below, reads the return from
    /// WordPress.com if this page load is one, follows changes made elsewhere, asks for the
    /// status every five minutes while the tab is visible, and starts loading.
    pub fn provide(api: ApiClient, routing: Routing) -> Self {
        let store = Self::new(api, routing);
        provide_context(store);
        store.read_authorization_return();
        let announcer = page_events::follow_outside_changes(move || store.refresh());
        store.announcer.set_value(announcer);
        connectivity::follow_connectivity(move |online| store.connectivity_changed(online));
        refresh_while_visible::refresh_while_visible(refresh_while_visible::REFRESH_EVERY_MS, move || store.refresh());
        store.refresh();
        store
    }

    /// The store provided by an ancestor.
    pub fn expect() -> Self {
        expect_context()
    }

    /// The last status the backend sent; kept while a refresh runs or after one fails.
    pub fn snapshot(&self) -> Signal<Option<StatusSnapshot>> {
        self.reads.snapshot
    }

    /// The signed-in administrator, once the backend said who it is (`None` before, or if it
    /// could not say: the panel then names the owner without "you").
    pub fn viewer(&self) -> Signal<Option<Viewer>> {
        self.reads.viewer
    }

    /// Whether a request for the status is under way.
    pub fn loading(&self) -> Signal<bool> {
        self.reads.loading
    }

    /// Why the last status request failed; cleared when the next one starts.
    pub fn load_error(&self) -> Signal<Option<ApiError>> {
        self.reads.load_error
    }

    /// The action under way, if any. One at a time: while one runs, the others wait.
    pub fn running(&self) -> Signal<Option<StoreAction>> {
        self.reads.running
    }

    /// The last action that failed, and why; cleared when another starts.
    pub fn failure(&self) -> Signal<Option<ActionFailure>> {
        self.reads.failure
    }

    /// A success notice for the owner (e.g. after coming back from WordPress.com).
    pub fn notice(&self) -> Signal<Option<String>> {
        self.reads.notice
    }

    /// The address of `screen` (`None` once the store is gone).
    pub(super) fn screen_path(&self, screen: Screen) -> Option<String> {
        self.routing.try_with_value(|routing| routing.href(screen))
    }

    /// Whether the browser is online (the panel says so when it is not).
    pub fn online(&self) -> Signal<bool> {
        self.reads.online
    }

    /// Where the owner verifies their business with Stripe and comes back to the Overview from,
    /// while that is what setup waits for (tracked: call it in a reactive scope).
    pub fn verify_link(&self) -> Option<String> {
        let overview = self.screen_path(Screen::Overview).unwrap_or_default();
        self.reads.snapshot.with(|s| s.as_ref().and_then(|s| verify_link(s, &overview)))
    }

    /// How many times the browser came back online: reads that failed ask again when it grows.
    pub fn reconnections(&self) -> Signal<u32> {
        self.reads.reconnections
    }

    /// Whether [`Self::retry_failed`] can repeat the failed action: it is not a conflict, and
    /// the store has not changed since it was started (else the owner should look first).
    pub fn can_retry(&self) -> bool {
        let current = self.revision();
        self.retry
            .try_with_value(|retry| retry.as_ref().is_some_and(|(_, started_at)| *started_at == current))
            .unwrap_or(false)
    }

    /// **Try again** on a failed action: starts it again, against the store as it is now.
    pub fn retry_failed(&self) {
        if !self.can_retry() {
            return;
        }
        if let Some((retry, _)) = self.retry.try_get_value().flatten() {
            retry(self);
        }
    }

    /// Dismisses the notice.
    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Asks the backend for the status again. A request already under way is not repeated.
    pub fn refresh(&self) {
        if self.loading.try_get_untracked() != Some(false) {
            return;
        }
        let Some(api) = self.api.try_get_value() else { return };
        let store = *self;
        store.loading.set(true);
        store.load_error.set(None);
        if store.viewer.try_with_untracked(Option::is_none) == Some(true) {
            store.load_viewer(&api);
        }
        spawn_local(async move {
            let result = api.status().await;
            let _ = store.loading.try_set(false);
            match result {
                Ok(snapshot) => store.accept(snapshot),
                Err(error) => {
                    let _ = store.load_error.try_set(Some(error));
                }
            }
        });
    }

    /// **Connect** / **Finish setup**: starts authorizing at WordPress.com through `plugin` and
    /// sends the browser there; it comes back to the Overview.
    pub fn connect(&self, plugin: Plugin) {
        self.connect_returning_to(plugin, self.screen_path(Screen::Overview));
    }

    /// Starts authorizing at WordPress.com through `plugin`; the browser comes back to `return_to`.
    fn connect_returning_to(&self, plugin: Plugin, return_to: Option<String>) {
        let Some(expected_revision) = self.revision() else { return };
        let retry_to = return_to.clone();
        let request = ConnectRequest { plugin, expected_revision, return_to };
        self.retry_with(move |store| store.connect_returning_to(plugin, retry_to.clone()));
        self.run(
            StoreAction::Connect,
            |api| api.connect(&request),
            |store, response| {
                let authorize_url = response.authorize_url.clone();
                store.accept(response.status);
                // Stays "running" until the browser leaves for WordPress.com.
                let _ = store.running.try_set(Some(StoreAction::Connect));
                if let Some(window) = web_sys::window() {
                    let _ = window.location().assign(&authorize_url);
                }
            },
        );
    }

    /// The red **Disconnect** button; `then` receives what was disconnected.
    pub fn disconnect(&self, plugin: Plugin, then: impl FnOnce(DisconnectResponse) + 'static) {
        let Some(expected_revision) = self.revision() else { return };
        let request = DisconnectRequest { plugin, expected_revision };
        self.retry.set_value(None);
        self.run(
            StoreAction::Disconnect(plugin),
            |api| api.disconnect(&request),
            move |store, response| {
                store.accept(response.status.clone());
                then(response);
            },
        );
    }

    /// Sends the disconnect feedback survey; `then` runs once it is stored.
    pub fn submit_survey(&self, survey: DisconnectSurvey, then: impl FnOnce() + 'static) {
        self.retry.set_value(None);
        self.run(StoreAction::SubmitSurvey, |api| api.submit_survey(&survey), move |_, _| then());
    }

    /// Installs, activates, deactivates or deletes Jetpack.
    pub fn jetpack(&self, action: JetpackAction) {
        let Some(expected_revision) = self.revision() else { return };
        self.retry_with(move |store| store.jetpack(action));
        self.run(
            StoreAction::Jetpack(action),
            |api| api.jetpack(action, ExpectedRevision { expected_revision }),
            |store, snapshot| store.accept(snapshot),
        );
    }

    /// Logs this browser out of WordPress.com.
    pub fn log_out_of_wpcom(&self) {
        let Some(expected_revision) = self.revision() else { return };
        self.retry_with(Self::log_out_of_wpcom);
        self.run(
            StoreAction::LogOutOfWpcom,
            |api| api.log_out_of_wpcom(ExpectedRevision { expected_revision }),
            |store, snapshot| store.accept(snapshot),
        );
    }

    /// **Check now**: asks the backend to check that WordPress.com still accepts the connection;
    /// the answer (with the check's result, or the connection broken) replaces the snapshot.
    pub fn check_connection(&self) {
        self.retry_with(Self::check_connection);
        self.run(StoreAction::CheckConnection, ApiClient::check_connection, |store, snapshot| store.accept(snapshot));
    }

    /// Asks for a one-time login link into the Stripe Express dashboard and opens it.
    pub fn open_express_dashboard(&self) {
        self.retry_with(Self::open_express_dashboard);
        self.run(StoreAction::OpenExpress, ApiClient::express_login_link, |store, link| {
            let _ = store.running.try_set(Some(StoreAction::OpenExpress));
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&link.url);
            }
        });
    }

    /// Runs `read` against the API: the reads of the Account, Support and ledger screens go
    /// through here.
    pub fn with_api<T: 'static>(&self, read: impl FnOnce(&ApiClient) -> Reply<T>) -> Reply<T> {
        match self.api.try_get_value() {
            Some(api) => read(&api),
            None => Box::pin(async { Err(ApiError::Unreachable("the panel was closed".into())) }),
        }
    }

    /// How long a request may take before the panel gives up on it, in milliseconds.
    pub fn time_limit_ms(&self) -> u32 {
        self.api.try_get_value().map_or(RequestLimits::DEFAULT_TIMEOUT_MS, |api| api.time_limit_ms())
    }

    /// Keeps `snapshot` unless the store already holds a newer one.
    fn accept(&self, snapshot: StatusSnapshot) {
        let _ = self.snapshot.try_update(|held| {
            if is_fresh(held.as_ref(), &snapshot) {
                *held = Some(snapshot);
            }
        });
    }

    /// The browser went online (`true`) or offline: on the way back, asks for the status
    /// again and lets the reads that failed ask again.
    fn connectivity_changed(&self, online: bool) {
        let _ = self.online.try_set(online);
        if online {
            let _ = self.reconnections.try_update(|count| *count += 1);
            self.refresh();
        }
    }

    /// Remembers how to repeat the action about to start, unless one is already running (then
    /// the new one is refused and the remembered one stays).
    fn retry_with(&self, retry: impl Fn(&Self) + 'static) {
        if self.running.try_get_untracked() == Some(None) {
            self.retry.set_value(Some((Rc::new(retry), self.revision())));
        }
    }

    fn revision(&self) -> Option<u64> {
        self.snapshot.try_with_untracked(|s| s.as_ref().map(|s| s.revision)).flatten()
    }

    /// Runs one action: refuses while another runs, marks it running, and on the answer
    /// either applies `done` or records the failure (a conflict also shows the current state;
    /// a failure that may have happened after all asks for the status again).
    fn run<T: 'static>(
        &self,
        action: StoreAction,
        request: impl FnOnce(&ApiClient) -> Reply<T>,
        done: impl FnOnce(&Self, T) + 'static,
    ) {
        if self.running.try_get_untracked() != Some(None) {
            return;
        }
        let Some(api) = self.api.try_get_value() else { return };
        let reply = request(&api);
        let store = *self;
        store.running.set(Some(action));
        store.failure.set(None);
        store.notice.set(None);
        spawn_local(async move {
            let result = reply.await;
            let _ = store.running.try_set(None);
            match result {
                Ok(value) => {
                    done(&store, value);
                    store.announce();
                }
                Err(ApiError::Conflict { message, current }) => {
                    store.accept(*current.clone());
                    let _ = store
                        .failure
                        .try_set(Some(ActionFailure { action, error: ApiError::Conflict { message, current } }));
                    store.announce();
                }
                Err(error) => {
                    let refresh = error.outcome_unknown();
                    if !error.retryable() {
                        store.retry.set_value(None);
                    }
                    let _ = store.failure.try_set(Some(ActionFailure { action, error }));
                    if refresh {
                        store.refresh();
                    }
                }
            }
        });
    }

    fn announce(&self) {
        let Some(revision) = self.revision() else { return };
        self.announcer.try_with_value(|announcer| {
            if let Some(announcer) = announcer {
                announcer.announce(revision);
            }
        });
    }

    /// Turns `?connected=1` / `?connect_error=...` into a notice, and removes them from the address.
    fn read_authorization_return(&self) {
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let Ok(query) = location.search() else { return };
        let Some(returned) = AuthorizationReturn::from_query(&query) else { return };
        match &returned {
            AuthorizationReturn::Connected => self.notice.set(Some(returned.message())),
            AuthorizationReturn::Failed(code) => self.failure.set(Some(ActionFailure {
                action: StoreAction::Connect,
                error: ApiError::Status { status: 400, code: Some(code.clone()), message: Some(returned.message()) },
            })),
        }
        if let (Ok(path), Ok(hash), Ok(history)) = (location.pathname(), location.hash(), window.history()) {
            let cleaned = format!("{path}{}{hash}", without_return_params(&query));
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&cleaned));
        }
    }
}
