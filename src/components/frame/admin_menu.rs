use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html::{Button, Nav};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Node};

use crate::app_path::{Screen, use_current_screen};
use leptos_router::components::A;
use panel_protocol::DisputeQuery;

use crate::status_view::menu_badges;
use crate::store::ConnectionStore;
use crate::strings;

/// The id of the menu's list, which the narrow screens' toggle shows and hides.
const MENU_LIST_ID: &str = "wcpay-menu-list";

/// The admin menu: **Payments** (with its screens), **Jetpack** and **Plugins**, with a badge
/// where the owner must act. At wp-admin's breakpoint (782 px wide and below) the menu folds
/// away behind a **Menu** toggle, as wp-admin's does: the toggle says whether it is open
/// (`aria-expanded`), Escape closes it and gives the focus back to the toggle, choosing a screen
/// closes it and moves the focus to that screen, and so does the focus leaving it.
#[component]
pub fn AdminMenu() -> impl IntoView {
    let store = ConnectionStore::expect();
    let badges = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(menu_badges).unwrap_or_default()));
    let disputes = disputes_awaiting_response();
    let current = use_current_screen();
    let in_payments = move || !matches!(current.get(), Screen::Jetpack | Screen::Plugins);
    let open = RwSignal::new(false);
    let nav = NodeRef::<Nav>::new();
    let toggle = NodeRef::<Button>::new();
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            open.set(false);
            if let Some(toggle) = toggle.get_untracked() {
                let _ = toggle.focus();
            }
        }
    };
    let on_focusout = move |event: FocusEvent| {
        let going_to = event.related_target().and_then(|target| target.dyn_into::<Node>().ok());
        let stays = nav.get_untracked().is_some_and(|nav| going_to.is_some_and(|to| nav.contains(Some(&to))));
        if !stays {
            open.set(false);
        }
    };
    // The list holds nothing but links: a click in it chooses a screen.
    let on_choice = move |_| {
        if open.get_untracked() {
            open.set(false);
            if let Some(main) = main_content() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <nav class="wcpay-menu" class:wcpay-menu--open=move || open.get() aria-label=strings::admin_menu_label()
            node_ref=nav on:keydown=on_keydown on:focusout=on_focusout>
            <button type="button" class="wcpay-menu__toggle" node_ref=toggle aria-controls=MENU_LIST_ID
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|open| *open = !*open)>
                <span class="wcpay-menu__toggle-icon" aria-hidden="true"></span>
                {strings::menu_toggle()}
            </button>
            <ul class="wcpay-menu__list" id=MENU_LIST_ID on:click=on_choice>
                <li class="wcpay-menu__item" class:wcpay-menu__item--current=in_payments>
                    <A href=Screen::Overview.href() attr:class="wcpay-menu__link" exact=true>
                        {strings::payments_menu()}
                        <Badge count=Signal::derive(move || badges.get().payments)/>
                    </A>
                    <ul class="wcpay-menu__submenu">
                        <MenuLink screen=Screen::Overview label=strings::overview()/>
                        <MenuLink screen=Screen::Transactions label=strings::transactions()/>
                        <MenuLink screen=Screen::Deposits label=strings::deposits()/>
                        <MenuLink screen=Screen::Disputes label=strings::disputes() badge=disputes/>
                        <MenuLink screen=Screen::Account label=strings::account()/>
                        <MenuLink screen=Screen::Change label=strings::change_or_reset()/>
                        <MenuLink screen=Screen::Support label=strings::support()/>
                    </ul>
                </li>
                <li class="wcpay-menu__item" class:wcpay-menu__item--current=move || current.get() == Screen::Jetpack>
                    <A href=Screen::Jetpack.href() attr:class="wcpay-menu__link">{strings::jetpack()}</A>
                </li>
                <li class="wcpay-menu__item" class:wcpay-menu__item--current=move || current.get() == Screen::Plugins>
                    <A href=Screen::Plugins.href() attr:class="wcpay-menu__link">{strings::plugins()}</A>
                </li>
            </ul>
        </nav>
    }
}

/// The screen's main content, focusable by script (`tabindex="-1"` in the layout).
fn main_content() -> Option<HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id("wcpay-main")?.dyn_into().ok()
}

/// One entry of a submenu.
#[component]
fn MenuLink(
    /// The screen it leads to.
    screen: Screen,
    /// What it says.
    label: &'static str,
    /// How many things there need the owner (disputes awaiting a response), if it counts any.
    #[prop(optional)]
    badge: Option<Signal<u32>>,
) -> impl IntoView {
    view! {
        <li>
            <A href=screen.href() attr:class="wcpay-menu__sublink" exact=true>
                {label}
                {badge.map(|count| view! { <Badge count/> })}
            </A>
        </li>
    }
}

/// A count beside a menu entry, read out as "1 needs your attention"; hidden when zero.
#[component]
fn Badge(
    /// How many things need the owner.
    count: Signal<u32>,
) -> impl IntoView {
    move || {
        let count = count.get();
        (count > 0).then(|| {
            view! {
                <span class="wcpay-badge">
                    <span aria-hidden="true">{count}</span>
                    <span class="wcpay-screen-reader-text">{format!(" ({})", strings::needs_attention(count))}</span>
                </span>
            }
        })
    }
}

/// How many disputes await a response, for a badge. Asked of the backend through the store once
/// the store's status shows a WooPayments account that has not opted out (which can never
/// respond again), and again whenever that status changes; 0 until known, or when it cannot be
/// known (a badge is no place for an error).
fn disputes_awaiting_response() -> Signal<u32> {
    let store = ConnectionStore::expect();
    let status = Memo::new(move |_| {
        store.snapshot().with(|s| {
            let active =
                |s: &&panel_protocol::StatusSnapshot| s.account.as_ref().is_some_and(|a| a.opted_out_at.is_none());
            s.as_ref().filter(active).map(|s| s.revision)
        })
    });
    let count = RwSignal::new(0_u32);
    let asked = StoredValue::new(0_u64);
    Effect::new(move |_| {
        asked.update_value(|asked| *asked += 1);
        if status.get().is_none() {
            count.set(0);
            return;
        }
        let this_request = asked.get_value();
        // One row is enough: the count does not depend on the page or the filters.
        let reply = store.with_api(|api| api.disputes(&DisputeQuery { per_page: 1, ..DisputeQuery::default() }));
        spawn_local(async move {
            let awaiting = reply.await.map_or(0, |list| u32::try_from(list.needing_response).unwrap_or(u32::MAX));
            if asked.try_get_value() == Some(this_request) {
                let _ = count.try_set(awaiting);
            }
        });
    });
    count.into()
}
