//! The state of one ledger list: its query, kept in the address bar, and the backend's answer
//! for it. The answer shown stays until the next one arrives, so the table never blanks; an
//! answer to a query the owner has since left is dropped.
//!
//! Not a `LocalResource`: one (leptos 0.8.23) does not run again when its query changes while
//! its first answer is on its way, which is when an impatient owner picks a filter.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use panel_protocol::ListQuery;

use crate::api::{ApiError, Reply};
use crate::app_path::{Routing, use_current_screen};
use crate::ledger_view::{LedgerFilter, ListAnswer, read_leniently};

/// What the last request answered, and for which query and attempt.
struct Fetched<F: LedgerFilter> {
    query: ListQuery<F>,
    attempt: u32,
    result: Result<F::Answer, ApiError>,
}

/// One ledger list on screen: `Copy`, every field a reactive handle.
pub struct LedgerList<F: LedgerFilter> {
    query: Memo<ListQuery<F>>,
    attempt: RwSignal<u32>,
    fetched: RwSignal<Option<Fetched<F>>>,
    latest: Memo<Option<Result<F::Answer, ApiError>>>,
    go: Callback<ListQuery<F>>,
}

impl<F: LedgerFilter> Clone for LedgerList<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: LedgerFilter> Copy for LedgerList<F> {}

impl<F: LedgerFilter> LedgerList<F> {
    /// The list whose query is the address bar's, answered by `fetch` (a read through the
    /// store) whenever the query changes.
    pub fn new(fetch: impl Fn(&ListQuery<F>) -> Reply<F::Answer> + 'static) -> Self {
        let location = use_location();
        let routing = Routing::expect();
        let screen = use_current_screen();
        let query = Memo::new({
            let routing = routing.clone();
            move |_| {
                let pairs = location.query.with(|params| {
                    params.into_iter().map(|(name, value)| (name.to_string(), value.to_owned())).collect()
                });
                read_leniently(routing.list_query_pairs(pairs))
            }
        });
        let attempt = RwSignal::new(0);
        let fetched = RwSignal::new(None::<Fetched<F>>);
        let asked = StoredValue::new(0_u64);
        Effect::new(move |_| {
            let (query, attempt) = (query.get(), attempt.get());
            let reply = fetch(&query);
            asked.update_value(|asked| *asked += 1);
            let this_request = asked.get_value();
            spawn_local(async move {
                let result = reply.await;
                if asked.try_get_value() == Some(this_request) {
                    let _ = fetched.try_set(Some(Fetched { query, attempt, result }));
                }
            });
        });
        let latest = Memo::new(move |_| fetched.with(|fetched| fetched.as_ref().map(|fetched| fetched.result.clone())));
        let navigate = use_navigate();
        let go = Callback::new(move |next: ListQuery<F>| {
            let to = routing.href_with_query(screen.get_untracked(), &next.to_query_string());
            navigate(&to, NavigateOptions { resolve: false, scroll: false, ..NavigateOptions::default() });
        });
        Self { query, attempt, fetched, latest, go }
    }

    /// The query asked for now.
    pub fn query(&self) -> Memo<ListQuery<F>> {
        self.query
    }

    /// Shows `next` instead (a new history entry, so Back returns to this one).
    pub fn set(&self, next: ListQuery<F>) {
        if self.query.with_untracked(|query| *query != next) {
            self.go.run(next);
        }
    }

    /// Changes the query with `change`, as [`Self::set`] does.
    pub fn update(&self, change: impl FnOnce(&ListQuery<F>) -> ListQuery<F>) {
        let Some(next) = self.query.try_with_untracked(change) else { return };
        self.set(next);
    }

    /// The last answer: a page, or why it failed; `None` until the first arrives.
    pub fn latest(&self) -> Memo<Option<Result<F::Answer, ApiError>>> {
        self.latest
    }

    /// Whether the answer for the query asked for now is still on its way.
    pub fn pending(&self) -> bool {
        let (query, attempt) = (self.query, self.attempt.get());
        self.fetched.with(|fetched| {
            fetched
                .as_ref()
                .is_none_or(|fetched| fetched.attempt != attempt || query.with(|query| *query != fetched.query))
        })
    }

    /// Asks again for the query asked for now (after a failure).
    pub fn retry(&self) {
        self.attempt.update(|attempt| *attempt += 1);
    }

    /// Reads the page of the last answer, if it was one.
    pub fn with_page<R>(
        &self,
        read: impl FnOnce(&panel_protocol::Page<<F::Answer as ListAnswer>::Row>) -> R,
    ) -> Option<R> {
        self.latest.with(|latest| match latest {
            Some(Ok(answer)) => Some(read(answer.page())),
            _ => None,
        })
    }
}
