use leptos::html::Input;
use leptos::prelude::*;
use panel_protocol::{
    CalendarDate, MAX_SEARCH_CHARS, TransactionFilter, TransactionQuery, TransactionStatus, TransactionType,
};

use crate::components::FilterSelect;
use crate::components::enum_options;
use crate::ledger_view::{currency_options, has_filters, refined, without_filters};
use crate::store::LedgerList;
use crate::strings;

/// The transaction filters: type, status, currency, a date range and a search. Each applies at
/// once (the search when submitted) and starts the list again at its first page.
#[component]
pub fn TransactionFilters(
    /// The transaction list they narrow.
    list: LedgerList<TransactionFilter>,
) -> impl IntoView {
    let query = list.query();
    let apply = move |change: Box<dyn FnOnce(&mut TransactionQuery)>| list.update(|query| refined(query, change));
    let type_value = Signal::derive(move || {
        query.with(|q| q.filter.types.first().map(|kind| kind.as_str().to_owned()).unwrap_or_default())
    });
    let status_value = Signal::derive(move || {
        query.with(|q| q.filter.statuses.first().map(|status| status.as_str().to_owned()).unwrap_or_default())
    });
    let currency_value = Signal::derive(move || query.with(|q| q.filter.currency.clone().unwrap_or_default()));
    // Every currency seen in the totals so far: the totals of a filtered list name fewer.
    let currencies = Memo::new(move |seen: Option<&Vec<String>>| {
        let chosen = currency_value.get();
        list.latest().with(|latest| {
            let listed = match latest {
                Some(Ok(answer)) => answer.summary.currencies.iter().map(|totals| totals.currency.as_str()).collect(),
                _ => Vec::new(),
            };
            let seen = seen.map(|seen| seen.iter().map(String::as_str).collect::<Vec<_>>()).unwrap_or_default();
            currency_options(seen.into_iter().chain(listed), Some(chosen.as_str()).filter(|c| !c.is_empty()))
        })
    });
    let date = move |pick: fn(&TransactionQuery) -> Option<CalendarDate>| {
        move || query.with(|q| pick(q).map(|date| date.to_string()).unwrap_or_default())
    };
    let set_date = move |event: leptos::ev::Event, is_from: bool| {
        let picked = CalendarDate::parse(&event_target_value(&event));
        apply(Box::new(move |q| {
            if is_from {
                q.filter.from = picked
            } else {
                q.filter.to = picked
            }
            if let (Some(from), Some(to)) = (q.filter.from, q.filter.to)
                && from > to
            {
                (q.filter.from, q.filter.to) = (Some(to), Some(from));
            }
        }));
    };
    view! {
        <div class="wcpay-ledger__filters" role="group" aria-label=strings::filters()>
            <FilterSelect label=strings::filter_type() all=strings::all_types() value=type_value
                options=enum_options(TransactionType::ALL, TransactionType::as_str, strings::transaction_type_label)
                on_change=Callback::new(move |wire: String| apply(Box::new(move |q| q.filter.types = TransactionType::from_wire(&wire).into_iter().collect())))/>
            <FilterSelect label=strings::filter_status() all=strings::all_statuses() value=status_value
                options=enum_options(TransactionStatus::ALL, TransactionStatus::as_str, strings::transaction_status_label)
                on_change=Callback::new(move |wire: String| apply(Box::new(move |q| q.filter.statuses = TransactionStatus::from_wire(&wire).into_iter().collect())))/>
            <FilterSelect label=strings::filter_currency() all=strings::all_currencies() value=currency_value
                options=Signal::derive(move || currencies.get().into_iter().map(|code| (code.clone(), code)).collect())
                on_change=Callback::new(move |code: String| apply(Box::new(move |q| q.filter.currency = Some(code).filter(|c| !c.is_empty()))))/>
            <label class="wcpay-filter">
                <span class="wcpay-filter__label">{strings::filter_from()}</span>
                <input type="date" prop:value=date(|q| q.filter.from) on:change=move |event| set_date(event, true)/>
            </label>
            <label class="wcpay-filter">
                <span class="wcpay-filter__label">{strings::filter_to()}</span>
                <input type="date" prop:value=date(|q| q.filter.to) on:change=move |event| set_date(event, false)/>
            </label>
            <SearchBox list/>
            <Show when=move || query.with(has_filters)>
                <button type="button" class="wcpay-button wcpay-button--secondary wcpay-ledger__clear"
                    on:click=move |_| list.update(without_filters)>{strings::clear_filters()}</button>
            </Show>
        </div>
        {move || query.with(|q| q.filter.deposit_id.clone()).map(|deposit| view! {
            <p class="wcpay-ledger__scope">
                {strings::deposit_filter(&deposit)}" "
                <button type="button" class="wcpay-button wcpay-button--secondary"
                    on:click=move |_| list.update(|q| refined(q, |q| q.filter.deposit_id = None))>{strings::show_all_transactions()}</button>
            </p>
        })}
    }
}

/// The search box: customer name, order number, card digits or id; applied when submitted.
#[component]
fn SearchBox(
    /// The transaction list it searches.
    list: LedgerList<TransactionFilter>,
) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let searched = Memo::new(move |_| list.query().with(|q| q.filter.search.clone().unwrap_or_default()));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(text) = input.get_untracked().map(|input| input.value()) else { return };
        let text = text.trim().to_owned();
        list.update(|query| refined(query, |q| q.filter.search = Some(text).filter(|text| !text.is_empty())));
    };
    view! {
        <form class="wcpay-ledger__search" role="search" on:submit=submit>
            <label class="wcpay-filter">
                <span class="wcpay-filter__label">{strings::search_label()}</span>
                <input type="search" node_ref=input maxlength=MAX_SEARCH_CHARS prop:value=move || searched.get()/>
            </label>
            <button type="submit" class="wcpay-button wcpay-button--secondary">{strings::search()}</button>
        </form>
    }
}
