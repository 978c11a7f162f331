use leptos::prelude::*;
use panel_protocol::{ChangeAction, Connection};

use crate::components::{ChangeStepList, WhyItBroke};
use crate::focus::heading_taking_lost_focus;
use crate::format::describe;
use crate::status_view::jetpack_state_label;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// The start of the guided change: the account connected now, the WooPayments account that
/// stays, Jetpack, what will happen and the steps ahead; why it broke, on the reset path.
#[component]
pub fn ChangeStart() -> impl IntoView {
    let store = ConnectionStore::expect();
    let snapshot = store.snapshot();
    let facts = Memo::new(move |_| {
        snapshot.with(|s| {
            s.as_ref().map(|s| {
                let (label, user) = match &s.connection {
                    Connection::Connected { user, .. } => (strings::CHANGE_CONNECTED_NOW, Some(describe(user))),
                    Connection::Broken { user, .. } => (strings::CHANGE_WAS_CONNECTED, Some(describe(user))),
                    Connection::NotConnected => (strings::CHANGE_CONNECTED_NOW, None),
                };
                (label, user, s.account.as_ref().map(|a| a.id.clone()), jetpack_state_label(s.jetpack.plugin))
            })
        })
    });
    let steps = Memo::new(move |_| {
        snapshot.with(|s| {
            s.as_ref().and_then(|s| s.change_options.first().map(|plan| plan.steps.clone())).unwrap_or_default()
        })
    });
    // Back from a cancelled change, whose button is gone: the heading takes the focus.
    let heading = heading_taking_lost_focus(|| ());
    let starting = move || store.running().get() == Some(StoreAction::Change(ChangeAction::Start));
    view! {
        <WhyItBroke/>
        <section class="wcpay-card" aria-labelledby="wcpay-change-now-heading">
            <h2 id="wcpay-change-now-heading" class="wcpay-card__heading" tabindex="-1" node_ref=heading>{strings::CHANGE_NOW_HEADING}</h2>
            {move || facts.get().map(|(label, user, account, jetpack)| view! {
                <dl class="wcpay-facts">
                    <dt>{label}</dt><dd>{user}</dd>
                    {account.map(|id| view! {
                        <dt>{strings::CHANGE_EXPRESS}</dt>
                        <dd><code class="wcpay-account-id">{id}</code> " " {strings::CHANGE_EXPRESS_STAYS}</dd>
                    })}
                    <dt>{strings::CHANGE_JETPACK}</dt><dd>{jetpack}</dd>
                </dl>
            })}
        </section>
        <section class="wcpay-card" aria-labelledby="wcpay-change-ahead-heading">
            <h2 id="wcpay-change-ahead-heading" class="wcpay-card__heading">{strings::CHANGE_WHAT_HAPPENS}</h2>
            <p>{strings::CHANGE_PAUSE}</p>
            <h3 class="wcpay-subheading">{strings::CHANGE_STEPS_AHEAD}</h3>
            <ChangeStepList steps=Signal::derive(move || steps.get().into_iter().map(|step| (step, false)).collect()) current=Signal::derive(|| None)/>
            <p class="wcpay-actions">
                <button type="button" class="wcpay-button wcpay-button--primary"
                    disabled=move || store.running().get().is_some()
                    aria-busy=move || starting().to_string()
                    on:click=move |_| store.change(ChangeAction::Start, |_| ())>
                    {move || if starting() { strings::CHANGE_WORKING } else { strings::CHANGE_START }}
                </button>
            </p>
        </section>
    }
}
