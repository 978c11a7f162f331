use leptos::prelude::*;

use panel_protocol::locale::LOCALE_COOKIE;

use crate::i18n::{self, language_name};
use crate::strings;

/// **Language**: a labelled select of the languages shipped with the panel (standalone only; in
/// WordPress the profile's language applies). Choosing one remembers it (a cookie the backend
/// reads for every page) and reloads the panel in it.
#[component]
pub fn LanguageSwitch(
    /// The locales offered besides English (`de_DE`).
    offered: Vec<String>,
) -> impl IntoView {
    let current = i18n::locale().code().to_owned();
    let mut choices = vec!["en_US".to_owned()];
    choices.extend(offered.into_iter().filter(|code| code != "en_US"));
    let options = choices
        .into_iter()
        .map(|code| {
            let selected = code == current;
            let name = language_name(&code).to_owned();
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <label class="wcpay-language">
            <span class="wcpay-language__label">{strings::language()}</span>
            <select on:change=move |event| choose(&event_target_value(&event))>{options}</select>
        </label>
    }
}

/// Remembers `code` for a year and reloads the page, which the backend then serves in it.
fn choose(code: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Some(document) = window.document() {
        let cookie = format!("{LOCALE_COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax");
        // `document.cookie` without the HtmlDocument binding: a plain property set.
        let _ = js_sys::Reflect::set(&document, &"cookie".into(), &cookie.into());
    }
    let _ = window.location().reload();
}
