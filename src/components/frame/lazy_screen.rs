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

/// What `future` gives, or `None` when `limit` passes first. The timer starts only if `future`
/// is not ready at once (code already fetched, or an unsplit build), and stops when it is done:
/// a pending timer would keep its closure alive for `limit` after every screen shown.
async fn within<T>(limit: Duration, future: impl Future<Output = T>) -> Option<T> {
    let mut future = pin!(future);
    let mut deadline: Option<Deadline> = None;
    poll_fn(|cx| match future.as_mut().poll(cx) {
        Poll::Ready(value) => Poll::Ready(Some(value)),
        Poll::Pending => deadline.get_or_insert_with(|| Deadline::start(limit)).poll(cx).map(|()| None),
    })
    .await
}

/// A browser timer of `limit` that wakes whoever polled it last, cleared when dropped.
struct Deadline {
    /// Whether the time has passed, and the waker to wake when it does.
    state: Arc<Mutex<(bool, Option<Waker>)>>,
    /// The browser's timer, if it could be set.
    handle: Option<TimeoutHandle>,
}

impl Deadline {
    /// Starts the timer.
    fn start(limit: Duration) -> Self {
        let state: Arc<Mutex<(bool, Option<Waker>)>> = Arc::default();
        let timer = Arc::clone(&state);
        let handle = set_timeout_with_handle(
            move || {
                if let Ok(mut state) = timer.lock() {
                    state.0 = true;
                    if let Some(waker) = state.1.take() {
                        waker.wake();
                    }
                }
            },
            limit,
        )
        .ok();
        Self { state, handle }
    }

    /// Ready once the time has passed (or at once if the timer could not be set).
    fn poll(&mut self, cx: &mut std::task::Context<'_>) -> Poll<()> {
        if self.handle.is_none() {
            return Poll::Ready(());
        }
        match self.state.lock() {
            Ok(mut state) if !state.0 => {
                state.1 = Some(cx.waker().clone());
                Poll::Pending
            }
            _ => Poll::Ready(()),
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.clear();
        }
    }
}
