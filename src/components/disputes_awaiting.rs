//! The count behind the admin menu's **Disputes** badge.

use leptos::prelude::*;
use leptos::task::spawn_local;
use panel_protocol::DisputeQuery;

use crate::store::ConnectionStore;

/// How many disputes await a response, for a badge. Asked of the backend through the store once
/// the store's status shows a WooPayments account that has not opted out (which can never
/// respond again), and again whenever that status changes; 0 until known, or when it cannot be
/// known (a badge is no place for an error).
pub fn disputes_awaiting_response() -> Signal<u32> {
    let store = ConnectionStore::expect();
    let status = Memo::new(move |_| {
        store.snapshot().with(|s| {
            let active =
                |s: &&panel_protocol::StatusSnapshot| s.account.as_ref().is_some_and(|a| a.opted_out_at.is_none());
            s.as_ref().filter(active).map(|s| s.revision)
        })
    });
    let count = RwSignal::new(0_u32);
    let asked = StoredValue::new(0_u64);
    Effect::new(move |_| {
        asked.update_value(|asked| *asked += 1);
        if status.get().is_none() {
            count.set(0);
            return;
        }
        let this_request = asked.get_value();
        // One row is enough: the count does not depend on the page or the filters.
        let reply = store.with_api(|api| api.disputes(&DisputeQuery { per_page: 1, ..DisputeQuery::default() }));
        spawn_local(async move {
            let awaiting = reply.await.map_or(0, |list| u32::try_from(list.needing_response).unwrap_or(u32::MAX));
            if asked.try_get_value() == Some(this_request) {
                let _ = count.try_set(awaiting);
            }
        });
    });
    count.into()
}
