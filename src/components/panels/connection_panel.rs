use leptos::prelude::*;
use panel_protocol::Connection;

use leptos_router::components::A;

use super::{ConnectionCheckLine, DatedSentence, OwnershipLine};
use crate::app_path::Screen;
use crate::format::describe;
use crate::status_view::break_cause_text;
use crate::strings;

/// The WordPress.com connection: connected as whom, through which plugin and since when, or
/// what is wrong; when connected, who owns it (with **Transfer ownership** for the owner), the
/// last check of the connection and **Check now**; with the
/// way to **Change or reset connection** when there is one.
#[component]
pub fn ConnectionPanel(
    /// The connection as the backend reported it.
    connection: Connection,
    /// Whether the store can take payments now (why not is in the payments-off banner).
    takes_payments: bool,
    /// Whether the connection can be changed or reset (there is one, and the store did not opt out).
    changeable: bool,
) -> impl IntoView {
    let (modifier, body) = match connection {
        Connection::NotConnected => (
            "warning",
            view! {
                <p class="wcpay-panel__state">{strings::not_connected()}</p>
                <p>{strings::not_connected_effect()}</p>
            }
            .into_any(),
        ),
        Connection::Connected { user, since, through } => (
            "success",
            view! {
                <p class="wcpay-panel__state">{strings::connected_as(&describe(&user))}</p>
                <DatedSentence template=strings::through_since(through) seconds=since/>
                <OwnershipLine/>
                <ConnectionCheckLine/>
            }
            .into_any(),
        ),
        Connection::Broken { user, cause, .. } => (
            "error",
            view! {
                <p class="wcpay-panel__state">{strings::broken()}</p>
                <p>{break_cause_text(cause)}</p>
                <p>{strings::broken_effect()}</p>
                <p>{strings::broken_was(&describe(&user))}</p>
            }
            .into_any(),
        ),
    };
    view! {
        <section class=format!("wcpay-card wcpay-card--{modifier}") aria-labelledby="wcpay-connection-heading">
            <h2 id="wcpay-connection-heading" class="wcpay-card__heading">{strings::connection_heading()}</h2>
            {body}
            <p class="wcpay-takes-payments">
                {strings::takes_payments()} " "
                <strong>{if takes_payments { strings::yes() } else { strings::no() }}</strong>
            </p>
            {changeable.then(|| view! {
                <p><A href=Screen::Change.href() attr:class="wcpay-link">{strings::change_or_reset()}</A></p>
            })}
        </section>
    }
}
