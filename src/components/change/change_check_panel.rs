use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use panel_protocol::{ChangeAction, ChangeCheck, ChangeGoal};

use crate::app_path::Screen;
use crate::format::describe;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// The last step: whether the change did what was chosen (the account, the same WooPayments
/// account, payments on, Jetpack), then **Done**; or, if the wrong account got connected,
/// **Change it again**.
#[component]
pub fn ChangeCheckPanel() -> impl IntoView {
    let store = ConnectionStore::expect();
    let result = Memo::new(move |_| {
        store.snapshot().with(|s| {
            let change = s.as_ref()?.change.as_ref()?;
            let goal = change.plan.as_ref()?.goal;
            Some((change.check.clone()?, change.express_account_id.clone(), goal))
        })
    });
    let navigate = use_navigate();
    let finish = move |_| {
        let navigate = navigate.clone();
        store.change(ChangeAction::Finish, move |_| navigate(&Screen::Overview.href(), Default::default()));
    };
    let again = move |_| store.change(ChangeAction::Cancel, move |_| store.change(ChangeAction::Start, |_| ()));
    let finishing = move || store.running().get() == Some(StoreAction::Change(ChangeAction::Finish));
    let wrong_account = move || result.with(|r| r.as_ref().is_some_and(|(check, ..)| !check.account_as_chosen));
    view! {
        <h3 class="wcpay-subheading">{strings::check_heading()}</h3>
        {move || result.get().map(|(check, express, goal)| view! { <ResultRows check express goal/> })}
        <p class="wcpay-actions">
            <button type="button" class="wcpay-button wcpay-button--primary"
                disabled=move || store.running().get().is_some()
                aria-busy=move || finishing().to_string()
                on:click=finish>
                {move || if finishing() { strings::change_working() } else { strings::change_done() }}
            </button>
            <Show when=wrong_account>
                <button type="button" class="wcpay-button wcpay-button--secondary"
                    disabled=move || store.running().get().is_some() on:click=again>
                    {strings::change_again()}
                </button>
            </Show>
        </p>
    }
}

/// One line per check, each marked as met or not. Deciding later has one: nothing changed.
#[component]
fn ResultRows(check: ChangeCheck, express: Option<String>, goal: ChangeGoal) -> impl IntoView {
    if goal == ChangeGoal::DecideLater {
        return view! { <Rows rows=vec![(true, strings::check_decided_later().to_owned())]/> }.into_any();
    }
    let who = check.connected_as.as_ref().map(describe);
    let mut rows = vec![
        (check.connected_as.is_some(), strings::check_connected(who.as_deref())),
        (
            check.account_as_chosen,
            if check.account_as_chosen { strings::check_account_ok() } else { strings::check_account_wrong() }
                .to_owned(),
        ),
    ];
    match (express, goal) {
        (Some(id), ChangeGoal::CopyOfSite) => rows.push((!check.same_express_account, strings::check_copy_apart(&id))),
        (Some(id), _) => {
            let same = check.same_express_account;
            rows.push((
                same,
                if same { strings::check_same_express(&id) } else { strings::check_express_different().to_owned() },
            ));
        }
        (None, _) => {}
    }
    rows.push((
        check.takes_payments,
        if check.takes_payments { strings::check_payments_on() } else { strings::check_payments_off() }.to_owned(),
    ));
    rows.push((
        check.jetpack_as_chosen,
        if check.jetpack_as_chosen { strings::check_jetpack_ok() } else { strings::check_jetpack_wrong() }.to_owned(),
    ));
    view! { <Rows rows/> }.into_any()
}

/// The result lines, each marked as met or not.
#[component]
fn Rows(rows: Vec<(bool, String)>) -> impl IntoView {
    view! {
        <ul class="wcpay-results">
            {rows.into_iter().map(|(ok, text)| view! {
                <li class="wcpay-result" class:wcpay-result--ok=ok class:wcpay-result--wrong=!ok>
                    <span class="wcpay-result__mark" aria-hidden="true">{if ok { "✓" } else { "!" }}</span>
                    <span class="wcpay-screen-reader-text">{if ok { strings::yes() } else { strings::no() }} ": "</span>
                    {text}
                </li>
            }).collect_view()}
        </ul>
    }
}
