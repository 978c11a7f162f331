use leptos::prelude::*;

/// A labelled `<select>` narrowing a list, whose first option means "no filter".
#[component]
pub fn FilterSelect(
    /// The label, e.g. "Status".
    label: &'static str,
    /// The option meaning "no filter", e.g. "All statuses".
    all: &'static str,
    /// The choices, each its wire value and its label.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The value chosen now; empty for none.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value chosen; empty for none.
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="wcpay-filter">
            <span class="wcpay-filter__label">{label}</span>
            <select on:change=move |event| on_change.run(event_target_value(&event))>
                <option value="" selected=move || value.with(String::is_empty)>{all}</option>
                <For each=move || options.get() key=|(wire, _)| wire.clone() let((wire, text))>
                    {
                        let chosen = wire.clone();
                        view! { <option value=wire selected=move || value.with(|value| *value == chosen)>{text}</option> }
                    }
                </For>
            </select>
        </label>
    }
}

/// The options of a filter on one of the protocol's enums: each value's wire name and label.
pub fn enum_options<T: Copy>(
    all: &[T],
    wire: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter().map(|value| (wire(*value).to_owned(), label(*value).to_owned())).collect()
}
