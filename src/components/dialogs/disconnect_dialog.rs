use leptos::prelude::*;
use panel_protocol::{DisconnectReason, DisconnectSurvey, Plugin, SURVEY_COMMENT_MAX_CHARS};

use crate::components::Modal;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// Where the disconnect dialog stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// What will break; **Stay connected** or the red **Disconnect**.
    Warning,
    /// Disconnected; **Help us improve** or **No thank you**.
    Confirmation,
    /// The optional survey.
    Survey,
    /// Thanks for the feedback.
    Thanks,
}

/// The disconnect warning popup and its steps: warning (what will break) -> confirmation
/// (**No thank you** skips the survey) -> optional survey -> thank you.
#[component]
pub fn DisconnectDialog(
    /// The plugin whose Disconnect button opened the dialog.
    plugin: Plugin,
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let store = ConnectionStore::expect();
    let step = RwSignal::new(Step::Warning);
    let disconnecting = move || store.running().get() == Some(StoreAction::Disconnect(plugin));
    // Escape means "stay connected" on the warning, "close" afterwards; ignored while disconnecting.
    let on_escape = Callback::new(move |_| {
        if !disconnecting() {
            on_close.run(());
        }
    });
    let heading_id = Signal::derive(move || format!("wcpay-disconnect-{:?}", step.get()).to_lowercase());
    view! {
        <Modal labelled_by=heading_id on_escape step=Signal::derive(move || step.get() as usize)>
            {move || match step.get() {
                Step::Warning => view! { <Warning plugin heading_id on_close step/> }.into_any(),
                Step::Confirmation => view! { <Confirmation heading_id on_close step/> }.into_any(),
                Step::Survey => view! { <Survey heading_id step/> }.into_any(),
                Step::Thanks => view! { <Thanks heading_id on_close/> }.into_any(),
            }}
        </Modal>
    }
}

/// Step 1: what will break, and the red **Disconnect**.
#[component]
fn Warning(plugin: Plugin, heading_id: Signal<String>, on_close: Callback<()>, step: RwSignal<Step>) -> impl IntoView {
    let store = ConnectionStore::expect();
    let disconnecting = move || store.running().get() == Some(StoreAction::Disconnect(plugin));
    let plugins = Memo::new(move |_| {
        store.snapshot().with(|s| s.as_ref().map(|s| s.plugins_using_connection.clone()).unwrap_or_default())
    });
    let failure =
        move || store.failure().get().filter(|f| f.action == StoreAction::Disconnect(plugin)).map(|f| f.sentence());
    let disconnect = move |_| {
        store.disconnect(plugin, move |_| {
            let _ = step.try_set(Step::Confirmation);
        })
    };
    view! {
        <h2 id=heading_id class="wcpay-modal__heading" tabindex="-1">{strings::disconnect_heading(plugin)}</h2>
        <p>{strings::disconnect_warning()}</p>
        <ul class="wcpay-list wcpay-breaks">
            {move || plugins.get().into_iter().map(|plugin| view! {
                <li><strong>{strings::plugin_name(plugin)}</strong>": " {strings::loses_when_disconnected(plugin)}</li>
            }).collect_view()}
        </ul>
        <p>{strings::disconnect_advice()}</p>
        {move || failure().map(|message| view! { <p class="wcpay-inline-error" role="alert">{message}</p> })}
        <div class="wcpay-modal__actions">
            <button type="button" class="wcpay-button wcpay-button--secondary" data-autofocus
                disabled=disconnecting on:click=move |_| on_close.run(())>
                {strings::stay_connected()}
            </button>
            <button type="button" class="wcpay-button wcpay-button--destructive"
                disabled=move || store.running().get().is_some()
                aria-busy=move || disconnecting().to_string()
                on:click=disconnect>
                {move || if disconnecting() { strings::disconnecting() } else { strings::disconnect() }}
            </button>
        </div>
    }
}

/// Step 2: disconnected; **Help us improve** opens the survey, **No thank you** skips it.
#[component]
fn Confirmation(heading_id: Signal<String>, on_close: Callback<()>, step: RwSignal<Step>) -> impl IntoView {
    view! {
        <h2 id=heading_id class="wcpay-modal__heading" tabindex="-1" data-autofocus>{strings::disconnected_heading()}</h2>
        <p>{strings::disconnected_done()}</p>
        <p>{strings::after_disconnect()}</p>
        <div class="wcpay-modal__actions">
            <button type="button" class="wcpay-button wcpay-button--secondary" on:click=move |_| step.set(Step::Survey)>
                {strings::help_us_improve()}
            </button>
            <button type="button" class="wcpay-link-button" on:click=move |_| on_close.run(())>
                {strings::no_thank_you()}
            </button>
        </div>
    }
}

/// Step 3: the optional survey: reasons and up to 1000 characters of text.
#[component]
fn Survey(heading_id: Signal<String>, step: RwSignal<Step>) -> impl IntoView {
    let store = ConnectionStore::expect();
    let reasons = RwSignal::new(Vec::<DisconnectReason>::new());
    let comment = RwSignal::new(String::new());
    let sending = move || store.running().get() == Some(StoreAction::SubmitSurvey);
    let failure = move || store.failure().get().filter(|f| f.action == StoreAction::SubmitSurvey).map(|f| f.sentence());
    let left = move || SURVEY_COMMENT_MAX_CHARS.saturating_sub(comment.with(|c| c.chars().count()));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = comment.get_untracked();
        let survey =
            DisconnectSurvey { reasons: reasons.get_untracked(), comment: (!text.trim().is_empty()).then_some(text) };
        store.submit_survey(survey, move || {
            let _ = step.try_set(Step::Thanks);
        });
    };
    const REASONS: [DisconnectReason; 5] = [
        DisconnectReason::ChangingAccount,
        DisconnectReason::ResettingConnection,
        DisconnectReason::RemovingJetpack,
        DisconnectReason::SomethingBroke,
        DisconnectReason::Other,
    ];
    view! {
        <form on:submit=submit>
            <h2 id=heading_id class="wcpay-modal__heading" tabindex="-1">{strings::survey_heading()}</h2>
            <fieldset class="wcpay-fieldset">
                <legend class="wcpay-screen-reader-text">{strings::survey_heading()}</legend>
                {REASONS.into_iter().map(|reason| view! {
                    <label class="wcpay-check">
                        <input type="checkbox" data-autofocus=(reason == DisconnectReason::ChangingAccount).then_some("")
                            on:change=move |event| {
                                let checked = event_target_checked(&event);
                                reasons.update(|list| {
                                    list.retain(|r| *r != reason);
                                    if checked { list.push(reason); }
                                });
                            }/>
                        {strings::survey_reason(reason)}
                    </label>
                }).collect_view()}
            </fieldset>
            <label class="wcpay-label" for="wcpay-survey-comment">{strings::survey_comment()}</label>
            <textarea id="wcpay-survey-comment" class="wcpay-textarea" rows="4"
                maxlength=SURVEY_COMMENT_MAX_CHARS.to_string()
                aria-describedby="wcpay-survey-left"
                prop:value=move || comment.get()
                on:input=move |event| comment.set(event_target_value(&event))></textarea>
            <p id="wcpay-survey-left" class="wcpay-help">{move || strings::characters_left(left())}</p>
            {move || failure().map(|message| view! { <p class="wcpay-inline-error" role="alert">{message}</p> })}
            <div class="wcpay-modal__actions">
                <button type="button" class="wcpay-link-button" disabled=sending on:click=move |_| step.set(Step::Thanks)>
                    {strings::skip()}
                </button>
                <button type="submit" class="wcpay-button wcpay-button--primary" disabled=sending aria-busy=move || sending().to_string()>
                    {move || if sending() { strings::working() } else { strings::submit() }}
                </button>
            </div>
        </form>
    }
}

/// Step 4: thanks.
#[component]
fn Thanks(heading_id: Signal<String>, on_close: Callback<()>) -> impl IntoView {
    view! {
        <h2 id=heading_id class="wcpay-modal__heading" tabindex="-1">{strings::thanks_heading()}</h2>
        <p>{strings::thanks()}</p>
        <p>{strings::after_disconnect()}</p>
        <div class="wcpay-modal__actions">
            <button type="button" class="wcpay-button wcpay-button--primary" data-autofocus on:click=move |_| on_close.run(())>
                {strings::close()}
            </button>
        </div>
    }
}
