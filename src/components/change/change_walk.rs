use leptos::prelude::*;
use panel_protocol::{ChangeAction, Plugin};

use crate::change_view::position;
use crate::components::{ChangeStepList, ChangeStepPanel, DisconnectDialog, PaymentsPaused, WhyItBroke};
use crate::focus::heading_taking_lost_focus;
use crate::store::ConnectionStore;
use crate::strings;

/// Walking the chosen plan: "Step 2 of 5", the steps with the done ones ticked, how long payments
/// have been paused, and the current step's own panel. The disconnect warning popup lives here,
/// so it stays open through its confirmation (**No thank you**) after the step is done.
#[component]
pub fn ChangeWalk() -> impl IntoView {
    let store = ConnectionStore::expect();
    let change = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().and_then(|s| s.change.clone())));
    let at = Memo::new(move |_| change.with(|c| c.as_ref().and_then(position)));
    let steps = Signal::derive(move || {
        change.with(|c| c.as_ref().map(|c| c.steps.iter().map(|s| (s.step, s.done)).collect()).unwrap_or_default())
    });
    let pause = Memo::new(move |_| {
        change.with(|c| c.as_ref().and_then(|c| c.paused_since.map(|since| (since, c.reconnected_at))))
    });
    let disconnecting = RwSignal::new(false);
    // When a step is done its button goes away: the next step's heading takes the focus.
    let heading = heading_taking_lost_focus(move || at.track());
    view! {
        <WhyItBroke/>
        <section class="wcpay-card" aria-labelledby="wcpay-walk-heading">
            <h2 id="wcpay-walk-heading" class="wcpay-card__heading" tabindex="-1" node_ref=heading>
                {move || at.get().map(|at| format!("{}: {}", strings::step_of(at.number, at.total), strings::step_title(at.step)))}
            </h2>
            <ChangeStepList steps current=Signal::derive(move || at.get().map(|at| at.step))/>
            {move || pause.get().map(|(since, until)| view! { <PaymentsPaused since until/> })}
            {move || at.get().map(|at| view! { <ChangeStepPanel step=at.step disconnecting/> })}
        </section>
        <Show when=move || disconnecting.get()>
            <DisconnectDialog plugin=Plugin::WooPayments on_close=Callback::new(move |_| disconnecting.set(false))/>
        </Show>
        <p class="wcpay-help">
            {strings::change_cancel_hint()} " "
            <button type="button" class="wcpay-link-button" disabled=move || store.running().get().is_some()
                on:click=move |_| store.change(ChangeAction::Cancel, |_| ())>
                {strings::change_cancel()}
            </button>
        </p>
    }
}
