use leptos::prelude::*;

use crate::ledger_view::{LedgerFilter, aria_sort, sorted_by};
use crate::store::LedgerList;

/// A column header that sorts its list: a button inside the `th`, whose `aria-sort` says how the
/// list is sorted. Choosing the sorted column again turns the order round.
#[component]
pub fn SortHeader<F: LedgerFilter>(
    /// The list it sorts.
    list: LedgerList<F>,
    /// The column it sorts by.
    column: F::Sort,
    /// The column's name.
    label: &'static str,
    /// Whether the column holds amounts (aligned to the right).
    #[prop(optional)]
    numeric: bool,
) -> impl IntoView {
    let sort = Memo::new(move |_| list.query().with(|query| aria_sort(query, column)));
    let arrow = move || match sort.get() {
        Some("ascending") => "▲",
        Some(_) => "▼",
        None => "",
    };
    view! {
        <th scope="col" aria-sort=move || sort.get() class:wcpay-ledger__num=numeric>
            <button type="button" class="wcpay-sort" on:click=move |_| list.update(|query| sorted_by(query, column))>
                {label}
                <span class="wcpay-sort__arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
