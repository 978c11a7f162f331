use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::Connection;

use crate::store::ConnectionStore;
use crate::strings;

/// The setup tasks (connect, verify with Stripe), each done or to do, and **Finish setup**.
#[component]
pub fn SetupTaskList() -> impl IntoView {
    let store = ConnectionStore::expect();
    let done = Memo::new(move |_| {
        store.snapshot().with(|s| {
            s.as_ref()
                .map_or((false, false), |s| (matches!(s.connection, Connection::Connected { .. }), s.account.is_some()))
        })
    });
    let task = move |label: &'static str, is_done: bool| {
        view! {
            <li class="wcpay-task" class:wcpay-task--done=is_done>
                <span class="wcpay-task__mark" aria-hidden="true">{if is_done { "✓" } else { "○" }}</span>
                <span>{label}</span>
                <span class="wcpay-screen-reader-text">{format!(" ({})", if is_done { strings::done() } else { strings::to_do() })}</span>
            </li>
        }
    };
    view! {
        <section class="wcpay-card wcpay-card--warning wcpay-tasks" aria-labelledby="wcpay-setup-heading">
            <h2 id="wcpay-setup-heading" class="wcpay-card__heading">{strings::setup_tasks_heading()}</h2>
            <ol class="wcpay-task-list">
                {move || {
                    let (connected, verified) = done.get();
                    view! { {task(strings::task_connect(), connected)} {task(strings::task_verify(), verified)} }
                }}
            </ol>
            <A href=Screen::Connect.href() attr:class="wcpay-button wcpay-button--primary">{strings::finish_setup()}</A>
        </section>
    }
}
