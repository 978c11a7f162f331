use std::future::{Future, poll_fn};
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::{Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;

use crate::app_path::Screen;
use crate::components::{ErrorNotice, LoadingNotice};
use crate::screen_chunks::screen_view;
use crate::store::ConnectionStore;
use crate::strings;

/// A screen whose code arrives when it is first shown (src/screen_chunks.rs): a loading notice
/// while it is on its way (saying so when it is slow), then the screen. If the code cannot be
/// fetched or started, or has not arrived within the time limit of a request, the failure with
/// **Try again**, which fetches it again (as does the browser coming back online).
#[component]
pub fn LazyScreen(
    /// The screen to show.
    screen: Screen,
) -> impl IntoView {
    let limit = Duration::from_millis(ConnectionStore::expect().time_limit_ms().into());
    let attempt = RwSignal::new(0_u32);
    let retry = Callback::new(move |_| attempt.update(|attempt| *attempt += 1));
    view! {
        <Suspense fallback=|| view! { <LoadingNotice message=strings::loading_screen()/> }>
            {move || {
                attempt.track();
                Suspend::new(async move {
                    match within(limit, screen_view(screen)).await {
                        Some(Ok(view)) => view,
                        Some(Err(_)) | None => view! {
                            <ErrorNotice heading=strings::screen_failed() message=Signal::stored(strings::screen_code_missing().to_owned())
                                retrying=Signal::stored(false) on_retry=retry/>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// What `future` gives, or `None` when `limit` passes first.
async fn within<T>(limit: Duration, future: impl Future<Output = T>) -> Option<T> {
    let mut future = pin!(future);
    let mut elapsed = pin!(elapsed(limit));
    poll_fn(|cx| match future.as_mut().poll(cx) {
        Poll::Ready(value) => Poll::Ready(Some(value)),
        Poll::Pending => elapsed.as_mut().poll(cx).map(|()| None),
    })
    .await
}

/// Resolves once `limit` has passed (a browser timer).
fn elapsed(limit: Duration) -> impl Future<Output = ()> + Send {
    let state: Arc<Mutex<(bool, Option<Waker>)>> = Arc::default();
    let timer = Arc::clone(&state);
    set_timeout(
        move || {
            if let Ok(mut state) = timer.lock() {
                state.0 = true;
                if let Some(waker) = state.1.take() {
                    waker.wake();
                }
            }
        },
        limit,
    );
    poll_fn(move |cx| match state.lock() {
        Ok(state) if state.0 => Poll::Ready(()),
        Ok(mut state) => {
            state.1 = Some(cx.waker().clone());
            Poll::Pending
        }
        Err(_) => Poll::Ready(()),
    })
}
