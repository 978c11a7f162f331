use leptos::prelude::*;

use crate::format;

/// A sentence with a date in it: the `%s` of `template` (a translated message) becomes the date,
/// in its own `time` element, where the panel's language puts it ("Since Nov 14, 2023",
/// "über WooPayments, seit 3. Dezember 2026").
#[component]
pub fn DatedSentence(
    /// The sentence, with `%s` where the date goes.
    template: &'static str,
    /// The date, in seconds since the Unix epoch.
    seconds: i64,
) -> impl IntoView {
    let (before, after) = template.split_once("%s").unwrap_or((template, ""));
    view! { <p>{before}<time>{format::date(seconds)}</time>{after}</p> }
}
