use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{ErrorNotice, LoadingNotice};

/// What a read from the backend shows: a loading notice while it is on its way, the failure
/// with **Try again** (which reads again) when it failed, else `view` of what it read.
#[component]
pub fn Loaded<T, V, F>(
    /// The read.
    resource: LocalResource<Result<T, ApiError>>,
    /// What the loading notice says, e.g. "Loading the account...".
    loading: &'static str,
    /// What the failure notice's heading says, e.g. "The account could not be loaded.".
    failed: &'static str,
    /// What the owner sees once the read has answered.
    view: F,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
{
    move || match resource.get() {
        None => view! { <LoadingNotice message=loading/> }.into_any(),
        Some(Err(error)) => view! {
            <ErrorNotice heading=failed message=Signal::stored(error.user_message())
                retrying=Signal::stored(false) on_retry=Callback::new(move |_| resource.refetch())/>
        }
        .into_any(),
        Some(Ok(value)) => view(value).into_any(),
    }
}
