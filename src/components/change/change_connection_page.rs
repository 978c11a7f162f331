use leptos::prelude::*;
use panel_protocol::NextStep;

use crate::app_path::Screen;
use crate::change_view::{ChangeScreen, change_screen};
use crate::components::{ChangeChoose, ChangeStart, ChangeWalk, PaymentsScreen};
use crate::store::ConnectionStore;
use crate::strings;

/// **Payments > Change or reset connection**: the guided change, at the step the backend says
/// it stands (so a reload, another tab or another day resumes it).
#[component]
pub fn ChangeConnectionPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let screen = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(change_screen)));
    let opted_out =
        Memo::new(move |_| store.snapshot().with(|s| s.as_ref().is_some_and(|s| s.next_step == NextStep::OptedOut)));
    view! {
        <PaymentsScreen title=strings::change_or_reset()>
            {move || screen.get().map(|screen| match screen {
                // Opted out: the notice above says it all; nothing can be changed.
                ChangeScreen::NothingToChange if opted_out.get() => ().into_any(),
                ChangeScreen::NothingToChange => view! {
                    <section class="wcpay-card" aria-label=strings::change_or_reset()>
                        <p>{strings::nothing_to_change()}</p>
                        <a class="wcpay-button wcpay-button--primary" href=Screen::Connect.href()>{strings::finish_setup()}</a>
                    </section>
                }.into_any(),
                ChangeScreen::Start => view! { <ChangeStart/> }.into_any(),
                ChangeScreen::Choose => view! { <ChangeChoose/> }.into_any(),
                ChangeScreen::Walk => view! { <ChangeWalk/> }.into_any(),
            })}
        </PaymentsScreen>
    }
}
