//! The screens' code, split by screen. The Overview is in the panel's main module; every other
//! screen is a split point of its own, so its code (and what only it uses) arrives the first time
//! it is shown, or earlier, fetched ahead while the browser is idle once the Overview is shown.
//!
//! With the `split` feature each screen is a `#[wasm_split(.., fallible)]` function, and
//! `scripts/split_wasm.py` cuts the wasm into the main module and one chunk per screen (plus the
//! chunks the screens share); a chunk that cannot be fetched or started is a [`ChunkFailed`],
//! never an abort. Without it (trunk serve, the browser tests) the same functions are plain and
//! every screen is at hand at once.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::app_path::Screen;
use crate::components::{
    AccountPage, ChangeConnectionPage, ConnectPage, DepositsPage, DisputesPage, JetpackPage, OverviewPage, PluginsPage,
    SupportPage, TransactionsPage,
};

/// A screen's code did not arrive or could not start (offline, not found, refused, cut short);
/// the browser's console has the details. Asking again starts a new attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// One split point per screen: `$chunk` builds the page (in the chunk named after it) and
/// `$preload` fetches its chunk without building anything.
macro_rules! screen_chunks {
    ($($screen:ident => $chunk:ident, $preload:ident, $page:ident;)*) => {
        $(
            #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($chunk, fallible, preload($preload)))]
            fn $chunk() -> Result<AnyView, ChunkFailed> {
                Ok(view! { <$page/> }.into_any())
            }
        )*

        /// The view of `screen`, once its code is here.
        pub async fn screen_view(screen: Screen) -> Result<AnyView, ChunkFailed> {
            match screen {
                Screen::Overview => Ok(view! { <OverviewPage/> }.into_any()),
                $(Screen::$screen => {
                    #[cfg(feature = "split")]
                    let view = $chunk().await;
                    #[cfg(not(feature = "split"))]
                    let view = $chunk();
                    view
                })*
            }
        }

        /// Fetches the code of `screen` without showing it (nothing to fetch for the Overview).
        pub async fn preload(screen: Screen) -> Result<(), ChunkFailed> {
            match screen {
                Screen::Overview => Ok(()),
                $(Screen::$screen => {
                    #[cfg(feature = "split")]
                    let loaded = $preload().await.map_err(ChunkFailed::from);
                    #[cfg(not(feature = "split"))]
                    let loaded = Ok(());
                    loaded
                })*
            }
        }
    };
}

screen_chunks! {
    Connect => connect_screen, preload_connect_screen, ConnectPage;
    Change => change_screen, preload_change_screen, ChangeConnectionPage;
    Transactions => transactions_screen, preload_transactions_screen, TransactionsPage;
    Deposits => deposits_screen, preload_deposits_screen, DepositsPage;
    Disputes => disputes_screen, preload_disputes_screen, DisputesPage;
    Account => account_screen, preload_account_screen, AccountPage;
    Support => support_screen, preload_support_screen, SupportPage;
    Jetpack => jetpack_screen, preload_jetpack_screen, JetpackPage;
    Plugins => plugins_screen, preload_plugins_screen, PluginsPage;
}

/// Where the browser has no `requestIdleCallback`: how long after the Overview to fetch ahead.
const WITHOUT_IDLE_CALLBACK: Duration = Duration::from_millis(500);

/// Fetches every screen's code ahead, one after another, once the browser is idle
/// (`requestIdleCallback`, or a timer where there is none), so a later click does not wait. A
/// chunk that does not arrive now is simply fetched again when its screen is shown.
pub fn prefetch_when_idle() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fetch_all = Closure::once_into_js(|| {
        spawn_local(async {
            for screen in Screen::ALL {
                let _ = preload(screen).await;
            }
        });
    });
    let callback: &js_sys::Function = fetch_all.unchecked_ref();
    let has_idle_callback = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if !has_idle_callback || window.request_idle_callback(callback).is_err() {
        let delay = i32::try_from(WITHOUT_IDLE_CALLBACK.as_millis()).unwrap_or(i32::MAX);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, delay);
    }
}
