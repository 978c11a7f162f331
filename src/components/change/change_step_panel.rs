use leptos::prelude::*;
use panel_protocol::{ChangeAction, ChangeGoal, ChangeStep, WpcomSession};

use crate::components::ChangeCheckPanel;
use crate::format::describe;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// What the owner does at `step`: the panel does it at a click where it can; logging out of
/// WordPress.com links out and is noticed on return.
#[component]
pub fn ChangeStepPanel(
    /// The step the owner is on.
    step: ChangeStep,
    /// Opens the disconnect warning popup.
    disconnecting: RwSignal<bool>,
) -> impl IntoView {
    let store = ConnectionStore::expect();
    let busy = move || store.running().get().is_some();
    match step {
        ChangeStep::Disconnect => view! {
            <p>{strings::step_disconnect()}</p>
            <p class="wcpay-actions">
                <button type="button" class="wcpay-button wcpay-button--destructive" disabled=busy
                    on:click=move |_| disconnecting.set(true)>
                    {strings::disconnect()}
                </button>
            </p>
        }
        .into_any(),
        ChangeStep::RemoveJetpack => view! {
            <p>{strings::step_remove_jetpack()}</p>
            <ChangeActionButton action=ChangeAction::RemoveJetpack label=strings::remove_jetpack()/>
        }
        .into_any(),
        ChangeStep::LogOutOfWpcom => view! { <LogOutStep/> }.into_any(),
        ChangeStep::Reconnect => view! { <ReconnectStep/> }.into_any(),
        ChangeStep::ConfirmMove => {
            let url = store.snapshot().with_untracked(|s| s.as_ref().map(|s| s.site.url.clone())).unwrap_or_default();
            view! {
                <p>{strings::step_confirm_move(&url)}</p>
                <ChangeActionButton action=ChangeAction::ConfirmMove label=strings::keep_connection()/>
            }
            .into_any()
        }
        ChangeStep::StartFresh => {
            let original = store
                .snapshot()
                .with_untracked(|s| s.as_ref().and_then(|s| s.site.previous_url.clone()))
                .unwrap_or_default();
            view! {
                <p>{strings::step_start_fresh(&original)}</p>
                <ChangeActionButton action=ChangeAction::StartFresh label=strings::start_fresh()/>
            }
            .into_any()
        }
        ChangeStep::Check => view! { <ChangeCheckPanel/> }.into_any(),
    }
}

/// A primary button sending one change `action`, busy while it runs.
#[component]
fn ChangeActionButton(action: ChangeAction, label: &'static str) -> impl IntoView {
    let store = ConnectionStore::expect();
    let running = move || store.running().get() == Some(StoreAction::Change(action));
    view! {
        <p class="wcpay-actions">
            <button type="button" class="wcpay-button wcpay-button--primary"
                disabled=move || store.running().get().is_some()
                aria-busy=move || running().to_string()
                on:click=move |_| store.change(action, |_| ())>
                {move || if running() { strings::change_working() } else { label }}
            </button>
        </p>
    }
}

/// Log out of WordPress.com: on its profile page, in a new tab; noticed when this tab is shown
/// again, or at **check again**.
#[component]
fn LogOutStep() -> impl IntoView {
    let store = ConnectionStore::expect();
    let who = Memo::new(move |_| {
        store.snapshot().with(|s| match s.as_ref().map(|s| &s.wpcom_session) {
            Some(WpcomSession::LoggedIn { user }) => describe(user),
            _ => String::new(),
        })
    });
    let checked = RwSignal::new(false);
    view! {
        <p>{move || strings::step_log_out(&who.get())}</p>
        <p class="wcpay-actions">
            <a class="wcpay-button wcpay-button--primary" href=strings::wpcom_profile_url() target="_blank" rel="external noopener">
                {strings::open_wpcom_profile()}
            </a>
            <button type="button" class="wcpay-button wcpay-button--secondary"
                disabled=move || store.loading().get()
                aria-busy=move || store.loading().get().to_string()
                on:click=move |_| { checked.set(true); store.refresh(); }>
                {strings::check_again()}
            </button>
        </p>
        <Show when=move || checked.get() && !store.loading().get()>
            <p class="wcpay-inline-error" role="status">{strings::still_logged_in()}</p>
        </Show>
    }
}

/// Connect again: **Finish setup**, to WordPress.com and back here.
#[component]
fn ReconnectStep() -> impl IntoView {
    let store = ConnectionStore::expect();
    let advice = Memo::new(move |_| {
        store.snapshot().with(|s| {
            s.as_ref().and_then(|s| s.change.as_ref()).map(|change| {
                let goal = change.plan.as_ref().map_or(ChangeGoal::SameAccount, |plan| plan.goal);
                strings::step_reconnect(goal, &change.from.login)
            })
        })
    });
    let session = Memo::new(move |_| {
        store.snapshot().with(|s| match s.as_ref().map(|s| &s.wpcom_session) {
            Some(WpcomSession::LoggedIn { user }) => strings::wpcom_logged_in(&describe(user)),
            _ => strings::wpcom_logged_out().to_owned(),
        })
    });
    let connecting = move || store.running().get() == Some(StoreAction::Connect);
    view! {
        <p>{move || advice.get()}</p>
        <p class="wcpay-help">{move || session.get()}</p>
        <p class="wcpay-actions">
            <button type="button" class="wcpay-button wcpay-button--primary"
                disabled=move || store.running().get().is_some()
                aria-busy=move || connecting().to_string()
                on:click=move |_| store.reconnect_for_change()>
                {move || if connecting() { strings::connecting() } else { strings::finish_setup() }}
            </button>
        </p>
    }
}
