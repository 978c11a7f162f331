use leptos::prelude::*;
use panel_protocol::{Connection, WpcomUser};

use leptos_router::components::A;

use crate::app_path::in_app;
use crate::status_view::break_cause_text;
use crate::{format, strings};

/// The WordPress.com connection: connected as whom, through which plugin and since when, or
/// what is wrong; with the way to **Change or reset connection** when there is one.
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
                <p class="wcpay-panel__state">{strings::NOT_CONNECTED}</p>
                <p>{strings::NOT_CONNECTED_EFFECT}</p>
            }
            .into_any(),
        ),
        Connection::Connected { user, since, through } => (
            "success",
            view! {
                <p class="wcpay-panel__state">{strings::connected_as(&describe(&user))}</p>
                <p>{strings::through(through)} ", since " <time>{format::date(since)}</time></p>
            }
            .into_any(),
        ),
        Connection::Broken { user, cause, .. } => (
            "error",
            view! {
                <p class="wcpay-panel__state">{strings::BROKEN}</p>
                <p>{break_cause_text(cause)}</p>
                <p>{strings::BROKEN_EFFECT}</p>
                <p>{strings::broken_was(&describe(&user))}</p>
            }
            .into_any(),
        ),
    };
    view! {
        <section class=format!("wcpay-card wcpay-card--{modifier}") aria-labelledby="wcpay-connection-heading">
            <h2 id="wcpay-connection-heading" class="wcpay-card__heading">{strings::CONNECTION_HEADING}</h2>
            {body}
            <p class="wcpay-takes-payments">
                {strings::TAKES_PAYMENTS} " "
                <strong>{if takes_payments { strings::YES } else { strings::NO }}</strong>
            </p>
            {changeable.then(|| view! {
                <p><A href=in_app("/change") attr:class="wcpay-link">{strings::CHANGE_OR_RESET}</A></p>
            })}
        </section>
    }
}

/// "Display Name (login)": both, since two accounts can share a display name. A name written
/// right to left, or carrying direction controls, is isolated so it cannot reorder the text
/// around it.
pub fn describe(user: &WpcomUser) -> String {
    format!("{} ({})", isolated(&user.display_name), user.login)
}

/// `text` as it may sit inside a sentence: unchanged when it is plain left-to-right text, else
/// wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (the text form of `<bdi>`), which
/// also ends any override or embedding the text leaves open.
pub fn isolated(text: &str) -> String {
    let bidi = |c: char| {
        matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    };
    if text.chars().any(bidi) { format!("\u{2068}{text}\u{2069}") } else { text.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_stay_as_they_are_and_right_to_left_ones_are_isolated() {
        assert_eq!(isolated("Daisy Baker"), "Daisy Baker");
        assert_eq!(isolated("\u{202E}Mallory"), "\u{2068}\u{202E}Mallory\u{2069}");
        assert_eq!(isolated("דנה"), "\u{2068}דנה\u{2069}");
        let user = WpcomUser { login: "mallory".into(), display_name: "\u{202E}yrollaM".into() };
        assert!(describe(&user).ends_with("\u{2069} (mallory)"));
    }
}
