use leptos::prelude::*;

use crate::components::{
    AccountPanel, ConnectionPanel, DepositsPanel, DisputesPanel, PaymentsScreen, RecentTransactions, SetupTaskList,
    WpcomSessionCard,
};
use crate::screen_chunks;
use crate::status_view::setup_unfinished;
use crate::store::ConnectionStore;
use crate::strings;

/// The `performance.mark` set when the Overview's status panels show data (read by `make bench`).
pub const OVERVIEW_DATA_MARK: &str = "wcpay:overview-data";

/// Sets the `performance.mark` `name`, where the browser has a Performance API.
fn mark_performance(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}

/// **Payments > Overview**: the setup tasks while setup is unfinished, then the connection,
/// the account and the WordPress.com session at a glance; once there is a WooPayments account,
/// its deposits, the disputes awaiting a response and the recent transactions.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let snapshot = store.snapshot();
    let unfinished = Memo::new(move |_| snapshot.with(|s| s.as_ref().is_some_and(setup_unfinished)));
    let connection = Memo::new(move |_| {
        snapshot.with(|s| {
            s.as_ref().map(|s| {
                let changeable = s.change.is_some() || !s.change_options.is_empty();
                (s.connection.clone(), s.capabilities.take_payments, changeable)
            })
        })
    });
    let account = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.account.clone())));
    let has_account = Memo::new(move |_| snapshot.with(|s| s.as_ref().is_some_and(|s| s.account.is_some())));
    // For `make bench`: the moment the status panels are in the DOM with data. From then on the
    // other screens' code is fetched ahead while the browser is idle.
    Effect::new(move |marked: Option<bool>| {
        let has_data = connection.with(Option::is_some);
        if has_data && marked != Some(true) {
            mark_performance(OVERVIEW_DATA_MARK);
            screen_chunks::prefetch_when_idle();
        }
        has_data || marked == Some(true)
    });
    view! {
        <PaymentsScreen title=strings::payments_menu()>
            <Show when=move || unfinished.get()>
                <SetupTaskList/>
            </Show>
            <div class="wcpay-cards">
                {move || connection.get().map(|(connection, takes_payments, changeable)| view! { <ConnectionPanel connection takes_payments changeable/> })}
                {move || account.get().map(|account| view! { <AccountPanel account/> })}
                <WpcomSessionCard/>
                <Show when=move || has_account.get()>
                    <DepositsPanel link=true/>
                    <DisputesPanel/>
                </Show>
            </div>
            <Show when=move || has_account.get()>
                <RecentTransactions/>
            </Show>
        </PaymentsScreen>
    }
}
