use leptos::prelude::*;

use crate::ledger_view::PAGE_SIZES;
use crate::strings;

/// Moves through a list's pages: **First page**, **Previous**, "Page 2 of 40", **Next**,
/// **Last page**, and the page size. Hidden while the whole list fits on its first page.
#[component]
pub fn Pagination(
    /// The page shown, from 1.
    #[prop(into)]
    page: Signal<u32>,
    /// How many pages the list takes.
    #[prop(into)]
    page_count: Signal<u64>,
    /// Rows per page.
    #[prop(into)]
    per_page: Signal<u32>,
    /// Goes to a page.
    on_page: Callback<u32>,
    /// Changes the page size.
    on_per_page: Callback<u32>,
) -> impl IntoView {
    let last = move || u32::try_from(page_count.get().max(1)).unwrap_or(u32::MAX);
    let needed = move || page.get() > 1 || page_count.get() > 1;
    let at_start = move || page.get() <= 1;
    let at_end = move || page.get() >= last();
    let size_changed = move |event: leptos::ev::Event| {
        if let Ok(size) = event_target_value(&event).parse::<u32>() {
            on_per_page.run(size);
        }
    };
    view! {
        <nav class="wcpay-pagination" aria-label=strings::pagination() hidden=move || !needed()>
            <PageButton label=strings::first_page() arrow=Arrow::First disabled=Signal::derive(at_start) go=move || on_page.run(1)/>
            <PageButton label=strings::previous_page() arrow=Arrow::Back disabled=Signal::derive(at_start)
                go=move || on_page.run(page.get_untracked().saturating_sub(1).max(1))/>
            <span class="wcpay-pagination__position">{move || strings::page_of(page.get(), page_count.get())}</span>
            <PageButton label=strings::next_page() arrow=Arrow::Forward disabled=Signal::derive(at_end)
                go=move || on_page.run(page.get_untracked().saturating_add(1))/>
            <PageButton label=strings::last_page() arrow=Arrow::Last disabled=Signal::derive(at_end) go=move || on_page.run(last())/>
            <label class="wcpay-pagination__size">
                <span>{strings::rows_per_page()}</span>
                <select on:change=size_changed>
                    {PAGE_SIZES.into_iter().map(|size| view! {
                        <option value=size.to_string() selected=move || per_page.get() == size>{size}</option>
                    }).collect_view()}
                </select>
            </label>
        </nav>
    }
}

/// Which way a pagination button's arrow points: back, before its label, or forward, after it;
/// one chevron, or two for an end of the list. The style turns them round in a right-to-left
/// language, where back is to the right.
#[derive(Debug, Clone, Copy)]
enum Arrow {
    /// To the first page.
    First,
    /// To the page before.
    Back,
    /// To the page after.
    Forward,
    /// To the last page.
    Last,
}

impl Arrow {
    /// The arrow's classes.
    const fn class(self) -> &'static str {
        match self {
            Arrow::First => "wcpay-arrow wcpay-arrow--double",
            Arrow::Back => "wcpay-arrow",
            Arrow::Forward => "wcpay-arrow wcpay-arrow--forward",
            Arrow::Last => "wcpay-arrow wcpay-arrow--forward wcpay-arrow--double",
        }
    }

    /// Whether the arrow comes before the label.
    const fn leads(self) -> bool {
        matches!(self, Arrow::First | Arrow::Back)
    }
}

/// One of the pagination's buttons. At either end of the list it is `aria-disabled` rather than
/// `disabled`, so that the focus stays on it after reaching the end.
#[component]
fn PageButton(
    /// What it says.
    label: &'static str,
    /// The arrow beside the label (hidden from screen readers: the label says it).
    arrow: Arrow,
    /// Whether it has nowhere to go.
    disabled: Signal<bool>,
    /// Goes there.
    go: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class="wcpay-button wcpay-button--secondary" aria-disabled=move || disabled.get().to_string()
            on:click=move |_| if !disabled.get_untracked() { go() }>
            {arrow.leads().then(|| icon(arrow))}
            {label}
            {(!arrow.leads()).then(|| icon(arrow))}
        </button>
    }
}

/// A pagination button's arrow, drawn by the style.
fn icon(arrow: Arrow) -> impl IntoView {
    view! { <span class=arrow.class() aria-hidden="true"></span> }
}
