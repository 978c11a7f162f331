use leptos::prelude::*;
use panel_protocol::{Transaction, TransactionFilter, TransactionQuery, TransactionSort};

use crate::components::{LedgerTable, PaymentsScreen, SidewaysScroll, SortHeader, TransactionFilters};
use crate::components::{instant_cell, left_to_right, money_cell};
use crate::format::{format_money, grouped};
use crate::store::ConnectionStore;
use crate::store::LedgerList;
use crate::strings;

/// **Payments > Transactions**: every payment, refund and dispute of the account, one page at
/// a time, sortable and filterable, with the totals per currency of all that match.
#[component]
pub fn TransactionsPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let list = LedgerList::new(move |query: &TransactionQuery| store.with_api(|api| api.transactions(query)));
    view! {
        <PaymentsScreen title=strings::transactions()>
            <TransactionFilters list/>
            <LedgerTable list words=strings::transaction_words() scroll_label=strings::transactions_scroll() columns=9 row=transaction_row
                headers=move || view! {
                    <SortHeader list column=TransactionSort::CreatedAt label=strings::column_date()/>
                    <th scope="col">{strings::column_type()}</th>
                    <th scope="col">{strings::column_status()}</th>
                    <SortHeader list column=TransactionSort::Customer label=strings::column_customer()/>
                    <SortHeader list column=TransactionSort::OrderNumber label=strings::column_order()/>
                    <th scope="col">{strings::column_payment_method()}</th>
                    <SortHeader list column=TransactionSort::Amount label=strings::column_amount() numeric=true/>
                    <SortHeader list column=TransactionSort::Fee label=strings::column_fees() numeric=true/>
                    <SortHeader list column=TransactionSort::Net label=strings::column_net() numeric=true/>
                }>
                <TransactionTotals list/>
            </LedgerTable>
        </PaymentsScreen>
    }
}

/// One transaction as a table row.
pub fn transaction_row(transaction: Transaction) -> AnyView {
    let Transaction {
        created_at,
        kind,
        status,
        customer_name,
        order_number,
        payment_method,
        amount,
        fee,
        net,
        currency,
        ..
    } = transaction;
    view! {
        <tr>
            {instant_cell(created_at)}
            <td>{strings::transaction_type_label(kind)}</td>
            <td>{strings::transaction_status_label(status)}</td>
            <td>{customer_name}</td>
            <td>{strings::order_number(order_number)}</td>
            <td>{strings::card(payment_method.brand, &payment_method.last4)}</td>
            {money_cell(amount, &currency)}
            {money_cell(fee, &currency)}
            {money_cell(net, &currency)}
        </tr>
    }
    .into_any()
}

/// The totals of every matching transaction (all pages), one row per currency.
#[component]
fn TransactionTotals(
    /// The transaction list.
    list: LedgerList<TransactionFilter>,
) -> impl IntoView {
    let totals = Memo::new(move |_| {
        list.latest().with(|latest| match latest {
            Some(Ok(answer)) => answer.summary.currencies.clone(),
            _ => Vec::new(),
        })
    });
    view! {
        <div hidden=move || totals.with(Vec::is_empty)>
        <SidewaysScroll label=strings::totals_scroll()>
        <table class="wcpay-table wcpay-ledger__totals">
            <caption>{strings::totals_caption()}</caption>
            <thead>
                <tr>
                    <th scope="col">{strings::column_currency()}</th>
                    <th scope="col" class="wcpay-ledger__num">{strings::column_transactions()}</th>
                    <th scope="col" class="wcpay-ledger__num">{strings::column_gross()}</th>
                    <th scope="col" class="wcpay-ledger__num">{strings::column_fees()}</th>
                    <th scope="col" class="wcpay-ledger__num">{strings::column_net()}</th>
                </tr>
            </thead>
            <tbody>
                {move || totals.get().into_iter().map(|totals| view! {
                    <tr>
                        <th scope="row">{totals.currency.clone()}</th>
                        <td class="wcpay-ledger__num">{grouped(totals.count)}</td>
                        <td class="wcpay-ledger__num">{left_to_right(format_money(totals.gross, &totals.currency))}</td>
                        <td class="wcpay-ledger__num">{left_to_right(format_money(totals.fees, &totals.currency))}</td>
                        <td class="wcpay-ledger__num">{left_to_right(format_money(totals.net, &totals.currency))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </SidewaysScroll>
        </div>
    }
}
