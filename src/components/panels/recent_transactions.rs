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
            <h2 id="wcpay-recent-heading" class="wcpay-card__heading">{strings::recent_transactions_heading()}</h2>
            <Loaded resource=recent loading=strings::transaction_words().loading failed=strings::transaction_words().failed view=recent_table/>
            <A href=Screen::Transactions.href() attr:class="wcpay-ledger__more">{strings::view_transactions()}</A>
        </section>
    }
}

fn recent_table(list: TransactionList) -> impl IntoView {
    let rows = list.transactions.items;
    if rows.is_empty() {
        return view! { <p>{strings::transaction_words().none_yet}</p> }.into_any();
    }
    view! {
        <SidewaysScroll label=strings::recent_transactions_scroll()>
            <table class="wcpay-table" aria-labelledby="wcpay-recent-heading">
                <thead>
                    <tr>
                        <th scope="col">{strings::column_date()}</th>
                        <th scope="col">{strings::column_type()}</th>
                        <th scope="col">{strings::column_status()}</th>
                        <th scope="col">{strings::column_customer()}</th>
                        <th scope="col">{strings::column_order()}</th>
                        <th scope="col">{strings::column_payment_method()}</th>
                        <th scope="col" class="wcpay-ledger__num">{strings::column_amount()}</th>
                        <th scope="col" class="wcpay-ledger__num">{strings::column_fees()}</th>
                        <th scope="col" class="wcpay-ledger__num">{strings::column_net()}</th>
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(transaction_row).collect_view()}</tbody>
            </table>
        </SidewaysScroll>
    }
    .into_any()
}
