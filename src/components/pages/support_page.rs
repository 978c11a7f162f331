use leptos::prelude::*;

use crate::components::{ErrorNotice, LoadingNotice, PaymentsScreen};
use crate::store::ConnectionStore;
use crate::strings;

/// **Payments > Support**: who to contact for what, as the support documents say.
#[component]
pub fn SupportPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let contacts = LocalResource::new(move || store.with_api(|api| api.support()));
    view! {
        <PaymentsScreen title=strings::SUPPORT>
            {move || match contacts.get() {
                None => view! { <LoadingNotice message=strings::LOADING_SUPPORT/> }.into_any(),
                Some(Err(error)) => view! {
                    <ErrorNotice heading=strings::SUPPORT_FAILED message=Signal::stored(error.user_message())
                        retrying=Signal::stored(false) on_retry=Callback::new(move |_| contacts.refetch())/>
                }.into_any(),
                Some(Ok(list)) => view! {
                    <div class="wcpay-cards">
                        {list.contacts.into_iter().map(|contact| view! {
                            <section class="wcpay-card">
                                <h2 class="wcpay-card__heading">{contact.name.clone()}</h2>
                                <p>{contact.when.clone()}</p>
                                <ul class="wcpay-list">
                                    {contact.topics.into_iter().map(|topic| view! { <li>{topic}</li> }).collect_view()}
                                </ul>
                                <a class="wcpay-link" href=contact.url rel="noopener">{format!("Contact {}", contact.name)}</a>
                            </section>
                        }).collect_view()}
                    </div>
                }.into_any(),
            }}
        </PaymentsScreen>
    }
}
