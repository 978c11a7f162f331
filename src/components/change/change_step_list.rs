use leptos::prelude::*;
use panel_protocol::ChangeStep;

use crate::strings;

/// The plan's steps in order: done ones ticked, the current one marked for screen readers too.
#[component]
pub fn ChangeStepList(
    /// Each step, with whether it is done.
    steps: Signal<Vec<(ChangeStep, bool)>>,
    /// The step the owner is on, if walking.
    current: Signal<Option<ChangeStep>>,
) -> impl IntoView {
    view! {
        <ol class="wcpay-steps" aria-label=strings::change_progress_label()>
            {move || steps.get().into_iter().map(|(step, done)| {
                let is_current = current.get() == Some(step);
                view! {
                    <li class="wcpay-steps__item"
                        class:wcpay-steps__item--done=done
                        class:wcpay-steps__item--current=is_current
                        aria-current=is_current.then_some("step")>
                        {strings::step_title(step)}
                        {done.then(|| view! { <span class="wcpay-screen-reader-text">" " {strings::change_step_done()}</span> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
