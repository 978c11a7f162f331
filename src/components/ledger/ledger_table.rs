use leptos::prelude::*;

use crate::components::{ErrorNotice, Pagination, SidewaysScroll};
use crate::ledger_view::{LedgerFilter, ListAnswer, at_page, has_filters, shown_rows, with_page_size, without_filters};
use crate::store::LedgerList;
use crate::strings::{self, ListWords};

/// One row of a list's table.
type Row<F> = <<F as LedgerFilter>::Answer as ListAnswer>::Row;

/// A ledger list's results: a polite live region saying what is shown (or that it is loading),
/// the table of one page, its empty state, and the pagination. While the next page loads, the
/// page shown stays, marked `aria-busy`; a failure shows why, with **Try again**.
#[component]
pub fn LedgerTable<F: LedgerFilter>(
    /// The list shown.
    list: LedgerList<F>,
    /// The list's words.
    words: ListWords,
    /// The label of the region the table scrolls sideways in ("Transactions, scrolls sideways").
    scroll_label: &'static str,
    /// How many columns the table has.
    columns: usize,
    /// The header cells, in column order.
    #[prop(into)]
    headers: ViewFn,
    /// Draws one row.
    row: fn(Row<F>) -> AnyView,
    /// What goes between the live region and the table (e.g. the totals).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let latest = list.latest();
    let pending = Memo::new(move |_| list.pending());
    let has_page = move || latest.with(|latest| matches!(latest, Some(Ok(_))));
    let error = move || {
        latest.with(|latest| latest.as_ref().and_then(|latest| latest.as_ref().err().map(|e| e.user_message())))
    };
    let status = move || {
        if pending.get() {
            return words.loading.to_owned();
        }
        list.with_page(|page| match shown_rows(page) {
            Some((first, last)) => strings::showing(first, last, page.total, &words),
            None => strings::count_of(page.total, &words),
        })
        .unwrap_or_default()
    };
    let row_key = |item: &Row<F>| <F::Answer as ListAnswer>::row_id(item);
    let rows = move || list.with_page(|page| page.items.clone()).unwrap_or_default();
    let page_count = Signal::derive(move || list.with_page(|page| page.page_count()).unwrap_or(0));
    view! {
        <div class="wcpay-ledger">
            <p class="wcpay-ledger__status" role="status">
                <span class="wcpay-spinner" aria-hidden="true" hidden=move || !pending.get()></span>
                <span>{status}</span>
            </p>
            {move || error().map(|message| view! {
                <ErrorNotice heading=words.failed message=Signal::stored(message) retrying=pending
                    on_retry=Callback::new(move |_| list.retry())/>
            })}
            <div class="wcpay-ledger__results" hidden=move || !has_page()>
                {children.map(|children| children())}
                <SidewaysScroll label=scroll_label>
                    <table class="wcpay-table" aria-busy=move || pending.get().to_string()>
                        <caption class="wcpay-screen-reader-text">{words.caption}</caption>
                        <thead><tr>{headers.run()}</tr></thead>
                        <tbody>
                            <For each=rows key=row_key children=move |item| row(item)/>
                            <EmptyRow list words columns/>
                        </tbody>
                    </table>
                </SidewaysScroll>
                <Pagination
                    page=Signal::derive(move || list.query().with(|query| query.page))
                    page_count
                    per_page=Signal::derive(move || list.query().with(|query| query.per_page))
                    on_page=Callback::new(move |page| list.update(|query| at_page(query, page)))
                    on_per_page=Callback::new(move |size| list.update(|query| with_page_size(query, size)))
                />
            </div>
        </div>
    }
}

/// The row standing for an empty page: nothing yet, nothing matching the filters (with **Clear
/// filters**), or a page past the end of the list.
#[component]
fn EmptyRow<F: LedgerFilter>(
    /// The list shown.
    list: LedgerList<F>,
    /// The list's words.
    words: ListWords,
    /// How many columns the row spans.
    columns: usize,
) -> impl IntoView {
    let message = move || {
        list.with_page(|page| match (page.items.is_empty(), page.total) {
            (false, _) => None,
            (true, 0) if list.query().with(has_filters) => Some((words.none_matching.to_owned(), true)),
            (true, 0) => Some((words.none_yet.to_owned(), false)),
            (true, _) => Some((strings::past_the_end(page.page_count()), false)),
        })
        .flatten()
    };
    move || {
        message().map(|(text, filtered)| {
            view! {
                <tr class="wcpay-ledger__empty">
                    <td colspan=columns>
                        <p>{text}</p>
                        {filtered.then(|| view! {
                            <button type="button" class="wcpay-button wcpay-button--secondary"
                                on:click=move |_| list.update(without_filters)>{strings::clear_filters()}</button>
                        })}
                    </td>
                </tr>
            }
        })
    }
}
