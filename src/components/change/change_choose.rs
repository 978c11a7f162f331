use leptos::prelude::*;
use panel_protocol::{ChangeAction, ChangeGoal, JetpackChoice};

use crate::change_view::{goals, jetpack_choices, plan_for};
use crate::components::{ChangeStepList, WhyItBroke};
use crate::focus::heading_taking_lost_focus;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// The choice: which goal (another account or the same one; for a changed address, the moved
/// site or a copy) and, when Jetpack is installed, keep it or remove it; with the steps it takes.
#[component]
pub fn ChangeChoose() -> impl IntoView {
    let store = ConnectionStore::expect();
    let snapshot = store.snapshot();
    let options =
        Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.change_options.clone()).unwrap_or_default()));
    let goal = RwSignal::new(None::<ChangeGoal>);
    let jetpack = RwSignal::new(None::<JetpackChoice>);
    let chosen_goal = move || goal.get().or_else(|| options.with(|o| goals(o).first().copied()));
    let choices = move || chosen_goal().map(|g| options.with(|o| jetpack_choices(o, g))).unwrap_or_default();
    let chosen_jetpack = move || jetpack.get().filter(|j| choices().contains(j)).or_else(|| choices().first().copied());
    let steps = Signal::derive(move || {
        let (Some(goal), jetpack) = (chosen_goal(), chosen_jetpack()) else { return Vec::new() };
        options
            .with(|o| plan_for(o, goal, jetpack).map(|plan| plan.steps.iter().map(|&step| (step, false)).collect()))
            .unwrap_or_default()
    });
    // Coming from Start, whose button is gone: the heading takes the focus.
    let heading = heading_taking_lost_focus(|| ());
    let busy = move || store.running().get().is_some();
    let choosing = move || matches!(store.running().get(), Some(StoreAction::Change(ChangeAction::Choose { .. })));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(goal) = chosen_goal() {
            store.change(ChangeAction::Choose { goal, jetpack: chosen_jetpack() }, |_| ());
        }
    };
    view! {
        <WhyItBroke/>
        <form class="wcpay-card" aria-labelledby="wcpay-choose-heading" on:submit=submit>
            <h2 id="wcpay-choose-heading" class="wcpay-card__heading" tabindex="-1" node_ref=heading>{strings::change_choose_heading()}</h2>
            <fieldset class="wcpay-fieldset">
                <legend class="wcpay-subheading">{strings::change_goal_legend()}</legend>
                {move || options.with(|o| goals(o)).into_iter().map(|option| view! {
                    <label class="wcpay-check">
                        <input type="radio" name="wcpay-change-goal"
                            prop:checked=move || chosen_goal() == Some(option)
                            on:change=move |_| goal.set(Some(option))/>
                        {strings::goal_label(option)}
                    </label>
                }).collect_view()}
            </fieldset>
            <Show when=move || !choices().is_empty()>
                <fieldset class="wcpay-fieldset">
                    <legend class="wcpay-subheading">{strings::change_jetpack_legend()}</legend>
                    {move || choices().into_iter().map(|option| view! {
                        <label class="wcpay-check">
                            <input type="radio" name="wcpay-change-jetpack"
                                prop:checked=move || chosen_jetpack() == Some(option)
                                on:change=move |_| jetpack.set(Some(option))/>
                            {strings::jetpack_choice_label(option)}
                        </label>
                    }).collect_view()}
                </fieldset>
            </Show>
            <h3 class="wcpay-subheading">{strings::change_steps_ahead()}</h3>
            <ChangeStepList steps current=Signal::derive(|| None)/>
            <p class="wcpay-actions">
                <button type="submit" class="wcpay-button wcpay-button--primary" disabled=busy
                    aria-busy=move || choosing().to_string()>
                    {move || if choosing() { strings::change_working() } else { strings::change_continue() }}
                </button>
                <button type="button" class="wcpay-link-button" disabled=busy
                    on:click=move |_| store.change(ChangeAction::Cancel, |_| ())>
                    {strings::change_cancel()}
                </button>
            </p>
        </form>
    }
}
