use leptos::prelude::*;
use leptos_router::components::A;

use crate::account_view::account_notice;
use crate::app_path::Screen;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// The account's standing with Stripe on every Payments screen, while it needs the owner's
/// eye: restricted soon (what is due, by when, **Update in Stripe Express**), restricted,
/// under review or rejected (what still works, and whom to contact).
#[component]
pub fn AccountNotice() -> impl IntoView {
    let store = ConnectionStore::expect();
    let notice = Memo::new(move |_| {
        let now = (js_sys::Date::now() / 1000.0) as i64;
        store.snapshot().with(|s| s.as_ref().and_then(|s| account_notice(s, now)))
    });
    let opening = move || store.running().get() == Some(StoreAction::OpenExpress);
    move || {
        notice.get().map(|notice| {
            let due = (!notice.due.is_empty()).then(|| {
                view! {
                    <p>{strings::due_intro()}</p>
                    <ul class="wcpay-list">{notice.due.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                }
            });
            let works = (!notice.works.is_empty()).then(|| {
                view! {
                    <p>{strings::what_works()}</p>
                    <ul class="wcpay-list">{notice.works.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                }
            });
            view! {
                <section class=notice.tone.class() aria-labelledby="wcpay-account-notice">
                    <h2 id="wcpay-account-notice" class="wcpay-banner__heading">{notice.heading}</h2>
                    {notice.deadline.map(|deadline| view! { <p class="wcpay-account-notice__deadline">{deadline}</p> })}
                    {due}
                    <p>{notice.explanation}</p>
                    {works}
                    {notice.contact_support.then(|| view! { <p>{strings::contact_woocommerce_first()}</p> })}
                    <p class="wcpay-actions">
                        {notice.update_in_express.then(|| view! {
                            <button type="button" class="wcpay-button wcpay-button--primary"
                                disabled=move || store.running().get().is_some()
                                aria-busy=move || opening().to_string()
                                on:click=move |_| store.open_express_dashboard()>
                                {move || if opening() { strings::working() } else { strings::update_in_stripe_express() }}
                            </button>
                        })}
                        {notice.contact_support.then(|| view! {
                            <A href=Screen::Support.href() attr:class="wcpay-link">{strings::contact_woocommerce_support()}</A>
                        })}
                    </p>
                </section>
            }
        })
    }
}
