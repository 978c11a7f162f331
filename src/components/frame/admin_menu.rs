use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app_path::{Screen, use_current_screen};
use leptos_router::components::A;
use panel_protocol::DisputeQuery;

use crate::status_view::menu_badges;
use crate::store::ConnectionStore;
use crate::strings;

/// The admin menu: **Payments** (with its screens), **Jetpack** and **Plugins**, with a badge
/// where the owner must act.
#[component]
pub fn AdminMenu() -> impl IntoView {
    let store = ConnectionStore::expect();
    let badges = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(menu_badges).unwrap_or_default()));
    let disputes = disputes_awaiting_response();
    let current = use_current_screen();
    let in_payments = move || !matches!(current.get(), Screen::Jetpack | Screen::Plugins);
    view! {
        <nav class="wcpay-menu" aria-label=strings::admin_menu_label()>
            <ul class="wcpay-menu__list">
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
