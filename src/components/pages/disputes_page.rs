use leptos::prelude::*;
use panel_protocol::{Dispute, DisputeQuery, DisputeSort, DisputeStatus};

use crate::components::enum_options;
use crate::components::{FilterSelect, LedgerTable, PaymentsScreen, SortHeader};
use crate::components::{instant_cell, money_cell};
use crate::ledger_view::refined;
use crate::store::ConnectionStore;
use crate::store::LedgerList;
use crate::strings;

/// **Payments > Disputes**: how many disputes await a response, then every dispute, one page
/// at a time, sortable (by date, amount or deadline) and filterable by status.
#[component]
pub fn DisputesPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let list = LedgerList::new(move |query: &DisputeQuery| store.with_api(|api| api.disputes(query)));
    let query = list.query();
    let status = Signal::derive(move || {
        query.with(|q| q.filter.statuses.first().map(|s| s.as_str().to_owned()).unwrap_or_default())
    });
    let awaiting = Memo::new(move |_| {
        list.latest().with(|latest| match latest {
            Some(Ok(answer)) => Some(answer.needing_response),
            _ => None,
        })
    });
    view! {
        <PaymentsScreen title=strings::disputes()>
            <div class="wcpay-ledger__filters" role="group" aria-label=strings::filters()>
                <FilterSelect label=strings::filter_status() all=strings::all_statuses() value=status
                    options=enum_options(DisputeStatus::ALL, DisputeStatus::as_str, strings::dispute_status_label)
                    on_change=Callback::new(move |wire: String| {
                        list.update(|q| refined(q, |q| q.filter.statuses = DisputeStatus::from_wire(&wire).into_iter().collect()));
                    })/>
            </div>
            <LedgerTable list words=strings::dispute_words() scroll_label=strings::disputes_scroll() columns=7 row=dispute_row
                headers=move || view! {
                    <SortHeader list column=DisputeSort::CreatedAt label=strings::column_disputed_on()/>
                    <SortHeader list column=DisputeSort::Amount label=strings::column_amount() numeric=true/>
                    <th scope="col">{strings::column_reason()}</th>
                    <th scope="col">{strings::column_status()}</th>
                    <SortHeader list column=DisputeSort::RespondBy label=strings::column_respond_by()/>
                    <th scope="col">{strings::column_customer()}</th>
                    <th scope="col">{strings::column_order()}</th>
                }>
                <p class="wcpay-ledger__awaiting" class:wcpay-ledger__awaiting--some=move || { awaiting.get().unwrap_or(0) > 0 }>
                    {move || awaiting.get().map(strings::disputes_awaiting)}
                </p>
            </LedgerTable>
        </PaymentsScreen>
    }
}

/// One dispute as a table row; one awaiting a response is marked.
fn dispute_row(dispute: Dispute) -> AnyView {
    let Dispute { created_at, amount, currency, reason, status, respond_by, customer_name, order_number, .. } = dispute;
    view! {
        <tr class:wcpay-ledger__row--attention=status == DisputeStatus::NeedsResponse>
            {instant_cell(created_at)}
            {money_cell(amount, &currency)}
            <td>{strings::dispute_reason_label(reason)}</td>
            <td>{strings::dispute_status_label(status)}</td>
            {instant_cell(respond_by)}
            <td>{customer_name}</td>
            <td>{strings::order_number(order_number)}</td>
        </tr>
    }
    .into_any()
}
