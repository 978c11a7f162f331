//! The smallest Leptos app that fetches the status and shows it on a routed page, marking
//! `leptos-floor:data` when it is on screen.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use serde::Deserialize;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    /// `performance.mark(name)`: when the status is on screen (read by `make bench`).
    #[wasm_bindgen(js_namespace = performance)]
    fn mark(name: &str);
}

/// The part of the status this page shows.
#[derive(Deserialize, Clone)]
struct Status {
    revision: u64,
    site: Site,
}

/// The store's site.
#[derive(Deserialize, Clone)]
struct Site {
    name: String,
    url: String,
}

/// The one page: the status, once it has arrived.
#[component]
fn Overview() -> impl IntoView {
    let status = LocalResource::new(|| async {
        let response = gloo_net::http::Request::get("/api/v1/status").send().await.ok()?;
        serde_json::from_str::<Status>(&response.text().await.ok()?).ok()
    });
    Effect::new(move |_| {
        if status.get().flatten().is_some() {
            mark("leptos-floor:data");
        }
    });
    view! {
        <h1>"Payments"</h1>
        {move || status.get().flatten().map(|s| view! { <p>{s.site.name}" "{s.site.url}" "{s.revision}</p> })}
    }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(|| view! { <Router><Routes fallback=|| "Not found"><Route path=path!("/*any") view=Overview/></Routes></Router> });
}
