use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::{TransactionList, TransactionQuery};

use crate::components::transaction_row;
use crate::components::{Loaded, SidewaysScroll};
use crate::store::ConnectionStore;
use crate::strings;

/// How many transactions the Overview shows.
const RECENT: u32 = 5;

/// The newest transactions, for the Overview, with the way to **Payments > Transactions**.
#[component]
pub fn RecentTransactions() -> impl IntoView {
    let store = ConnectionStore::expect();
    let recent = LocalResource::new(move || {
        let query = TransactionQuery { per_page: RECENT, ..TransactionQuery::default() };
        store.with_api(|api| api.transactions(&query))
    });
    view! {
        <section class="wcpay-card wcpay-ledger-card wcpay-ledger-recent" aria-labelledby="wcpay-recent-heading">
            <h2 id="wcpay-recent-heading" class="wcpay-card__heading">{strings::RECENT_TRANSACTIONS_HEADING}</h2>
            <Loaded resource=recent loading=strings::TRANSACTION_WORDS.loading failed=strings::TRANSACTION_WORDS.failed view=recent_table/>
            <A href=Screen::Transactions.href() attr:class="wcpay-ledger__more">{strings::VIEW_TRANSACTIONS}</A>
        </section>
    }
}

fn recent_table(list: TransactionList) -> impl IntoView {
    let rows = list.transactions.items;
    if rows.is_empty() {
        return view! { <p>{strings::TRANSACTION_WORDS.none_yet}</p> }.into_any();
    }
    view! {
        <SidewaysScroll label=strings::RECENT_TRANSACTIONS_SCROLL>
            <table class="wcpay-table" aria-labelledby="wcpay-recent-heading">
                <thead>
                    <tr>
                        <th scope="col">{strings::COLUMN_DATE}</th>
                        <th scope="col">{strings::COLUMN_TYPE}</th>
                        <th scope="col">{strings::COLUMN_STATUS}</th>
                        <th scope="col">{strings::COLUMN_CUSTOMER}</th>
                        <th scope="col">{strings::COLUMN_ORDER}</th>
                        <th scope="col">{strings::COLUMN_PAYMENT_METHOD}</th>
                        <th scope="col" class="wcpay-ledger__num">{strings::COLUMN_AMOUNT}</th>
                        <th scope="col" class="wcpay-ledger__num">{strings::COLUMN_FEES}</th>
                        <th scope="col" class="wcpay-ledger__num">{strings::COLUMN_NET}</th>
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(transaction_row).collect_view()}</tbody>
            </table>
        </SidewaysScroll>
    }
    .into_any()
}
