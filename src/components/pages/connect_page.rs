use leptos::prelude::*;
use panel_protocol::{Connection, NextStep, Plugin};

use crate::components::{DisconnectDialog, PaymentsScreen, WpcomSessionCard};
use leptos_router::components::A;

use crate::app_path::Screen;
use crate::status_view::break_cause_text;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// **Finish setup**: connect the store to WordPress.com (or reset a broken connection), with
/// what the owner needs to know before they do.
#[component]
pub fn ConnectPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let next_step = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(|s| s.next_step)));
    let broken_cause = Memo::new(move |_| {
        store.snapshot().with(|s| match s.as_ref().map(|s| &s.connection) {
            Some(Connection::Broken { cause, .. }) => Some(*cause),
            _ => None,
        })
    });
    let pending_url = Memo::new(move |_| {
        store.snapshot().with(|s| s.as_ref().and_then(|s| s.authorization.as_ref().map(|a| a.authorize_url.clone())))
    });
    let disconnecting = RwSignal::new(false);
    view! {
        <PaymentsScreen title=strings::finish_setup()>
            <section class="wcpay-card" aria-labelledby="wcpay-connect-heading">
                <h2 id="wcpay-connect-heading" class="wcpay-card__heading">{strings::connect_heading()}</h2>
                {move || match next_step.get() {
                    Some(NextStep::ResetConnection { .. }) => view! {
                        <h3 class="wcpay-subheading">{strings::reset_heading()}</h3>
                        <p>{broken_cause.get().map(break_cause_text)}</p>
                        <p>{strings::reset_steps()}</p>
                        <p><A href=Screen::Change.href() attr:class="wcpay-link">{strings::guided_reset()}</A></p>
                        <button type="button" class="wcpay-button wcpay-button--destructive"
                            disabled=move || store.running().get().is_some()
                            on:click=move |_| disconnecting.set(true)>
                            {strings::disconnect()}
                        </button>
                    }.into_any(),
                    Some(NextStep::Connect | NextStep::FinishSetup | NextStep::Authorize) => view! {
                        <p>{strings::connect_why()}</p>
                        <p>{strings::same_express_account()}</p>
                        {move || pending_url.get().map(|url| view! {
                            <p class="wcpay-help">{strings::authorization_pending()} " "
                                <a class="wcpay-link" href=url rel="external">{strings::continue_on_wpcom()}</a></p>
                        })}
                        <ConnectButton/>
                    }.into_any(),
                    Some(NextStep::VerifyBusiness) => view! {
                        <p>{strings::verify_pending()}</p>
                        {move || store.verify_link().map(|href| view! {
                            <a class="wcpay-button wcpay-button--primary" href=href rel="external">{strings::verify_with_stripe()}</a>
                        })}
                    }.into_any(),
                    Some(NextStep::OptedOut) => view! { <p>{strings::off_opted_out()}</p> }.into_any(),
                    _ => view! {
                        <p>{strings::connected_all_set()}</p>
                        <p>{strings::change_account_hint()}</p>
                        <p><A href=Screen::Change.href() attr:class="wcpay-link">{strings::change_or_reset()}</A></p>
                    }.into_any(),
                }}
            </section>
            <div class="wcpay-cards">
                <WpcomSessionCard/>
                <section class="wcpay-card" aria-labelledby="wcpay-stripe-heading">
                    <h2 id="wcpay-stripe-heading" class="wcpay-card__heading">{strings::existing_stripe_heading()}</h2>
                    <p>{strings::no_existing_stripe()}</p>
                    <a class="wcpay-link" href=strings::stripe_extension_url() rel="noopener">{strings::stripe_extension()}</a>
                </section>
            </div>
            <Show when=move || disconnecting.get()>
                <DisconnectDialog plugin=Plugin::WooPayments on_close=Callback::new(move |_| disconnecting.set(false))/>
            </Show>
        </PaymentsScreen>
    }
}

/// **Connect**: starts authorizing at WordPress.com ("Connecting…" until the browser leaves).
#[component]
fn ConnectButton() -> impl IntoView {
    let store = ConnectionStore::expect();
    let connecting = move || store.running().get() == Some(StoreAction::Connect);
    view! {
        <button type="button" class="wcpay-button wcpay-button--primary"
            disabled=move || store.running().get().is_some()
            aria-busy=move || connecting().to_string()
            on:click=move |_| store.connect(Plugin::WooPayments)>
            {move || if connecting() { strings::connecting() } else { strings::connect() }}
        </button>
    }
}
