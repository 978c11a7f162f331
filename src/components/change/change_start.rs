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
                    Connection::Connected { user, .. } => (strings::change_connected_now(), Some(describe(user))),
                    Connection::Broken { user, .. } => (strings::change_was_connected(), Some(describe(user))),
                    Connection::NotConnected => (strings::change_connected_now(), None),
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
            <h2 id="wcpay-change-now-heading" class="wcpay-card__heading" tabindex="-1" node_ref=heading>{strings::change_now_heading()}</h2>
            {move || facts.get().map(|(label, user, account, jetpack)| view! {
                <dl class="wcpay-facts">
                    <dt>{label}</dt><dd>{user}</dd>
                    {account.map(|id| view! {
                        <dt>{strings::change_express()}</dt>
                        <dd><code class="wcpay-account-id">{id}</code> " " {strings::change_express_stays()}</dd>
                    })}
                    <dt>{strings::change_jetpack()}</dt><dd>{jetpack}</dd>
                </dl>
            })}
        </section>
        <section class="wcpay-card" aria-labelledby="wcpay-change-ahead-heading">
            <h2 id="wcpay-change-ahead-heading" class="wcpay-card__heading">{strings::change_what_happens()}</h2>
            <p>{strings::change_pause()}</p>
            <h3 class="wcpay-subheading">{strings::change_steps_ahead()}</h3>
            <ChangeStepList steps=Signal::derive(move || steps.get().into_iter().map(|step| (step, false)).collect()) current=Signal::derive(|| None)/>
            <p class="wcpay-actions">
                <button type="button" class="wcpay-button wcpay-button--primary"
                    disabled=move || store.running().get().is_some()
                    aria-busy=move || starting().to_string()
                    on:click=move |_| store.change(ChangeAction::Start, |_| ())>
                    {move || if starting() { strings::change_working() } else { strings::change_start() }}
                </button>
            </p>
        </section>
    }
}
