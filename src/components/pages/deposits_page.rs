use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::{
    Deposit, DepositFilter, DepositQuery, DepositSort, DepositStatus, TransactionFilter, TransactionQuery,
};

use crate::components::enum_options;
use crate::components::{DepositsPanel, FilterSelect, LedgerTable, PaymentsScreen, SortHeader};
use crate::components::{OverviewResource, load_deposits_overview};
use crate::components::{day_cell, money_cell};
use crate::ledger_view::{currency_options, refined};
use crate::store::ConnectionStore;
use crate::store::LedgerList;
use crate::strings;

/// **Payments > Deposits**: the balances and the schedule, then every deposit to the bank
/// account, one page at a time, sortable and filterable by status and currency.
#[component]
pub fn DepositsPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let overview = load_deposits_overview();
    let list = LedgerList::new(move |query: &DepositQuery| store.with_api(|api| api.deposits(query)));
    view! {
        <PaymentsScreen title=strings::deposits()>
            <DepositsPanel overview heading=strings::balances_heading()/>
            <DepositFilters list overview/>
            <LedgerTable list words=strings::deposit_words() scroll_label=strings::deposits_scroll() columns=5 row=deposit_row
                headers=move || view! {
                    <SortHeader list column=DepositSort::Date label=strings::column_date()/>
                    <th scope="col">{strings::column_status()}</th>
                    <SortHeader list column=DepositSort::Amount label=strings::column_amount() numeric=true/>
                    <th scope="col">{strings::column_bank_account()}</th>
                    <th scope="col">{strings::column_transactions()}</th>
                }/>
        </PaymentsScreen>
    }
}

/// The deposit filters: status, and currency (the currencies the account holds).
#[component]
fn DepositFilters(
    /// The deposit list they narrow.
    list: LedgerList<DepositFilter>,
    /// The balances, which name the account's currencies.
    overview: OverviewResource,
) -> impl IntoView {
    let query = list.query();
    let status = Signal::derive(move || {
        query.with(|q| q.filter.statuses.first().map(|s| s.as_str().to_owned()).unwrap_or_default())
    });
    let currency = Signal::derive(move || query.with(|q| q.filter.currency.clone().unwrap_or_default()));
    let currencies = Signal::derive(move || {
        let chosen = currency.get();
        let held = overview.with(|overview| match overview {
            Some(Ok(overview)) => overview.balances.iter().map(|balance| balance.currency.clone()).collect(),
            _ => Vec::new(),
        });
        currency_options(held.iter().map(String::as_str), Some(chosen.as_str()).filter(|c| !c.is_empty()))
            .into_iter()
            .map(|code| (code.clone(), code))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="wcpay-ledger__filters" role="group" aria-label=strings::filters()>
            <FilterSelect label=strings::filter_status() all=strings::all_statuses() value=status
                options=enum_options(DepositStatus::ALL, DepositStatus::as_str, strings::deposit_status_label)
                on_change=Callback::new(move |wire: String| {
                    list.update(|q| refined(q, |q| q.filter.statuses = DepositStatus::from_wire(&wire).into_iter().collect()));
                })/>
            <FilterSelect label=strings::filter_currency() all=strings::all_currencies() value=currency options=currencies
                on_change=Callback::new(move |code: String| {
                    list.update(|q| refined(q, |q| q.filter.currency = Some(code).filter(|c| !c.is_empty())));
                })/>
        </div>
    }
}

/// One deposit as a table row, linking to the transactions it pays out.
fn deposit_row(deposit: Deposit) -> AnyView {
    let Deposit { id, date, amount, currency, status, bank_account_last4, transaction_count } = deposit;
    let count = strings::count_of(transaction_count, &strings::transaction_words());
    let transactions = if transaction_count == 0 {
        count.into_any()
    } else {
        let query =
            TransactionQuery::filtered(TransactionFilter { deposit_id: Some(id), ..TransactionFilter::default() });
        let href = Screen::Transactions.href_with_query(&query.to_query_string());
        view! { <A href=href>{count}</A> }.into_any()
    };
    view! {
        <tr>
            {day_cell(date)}
            <td>{strings::deposit_status_label(status)}</td>
            {money_cell(amount, &currency)}
            <td>{strings::bank_account(&bank_account_last4)}</td>
            <td>{transactions}</td>
        </tr>
    }
    .into_any()
}
