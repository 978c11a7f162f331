use leptos::prelude::*;
use panel_protocol::SupportContacts;

use crate::components::{Loaded, PaymentsScreen};
use crate::store::ConnectionStore;
use crate::strings;

/// **Payments > Support**: who to contact for what, as the support documents say.
#[component]
pub fn SupportPage() -> impl IntoView {
    let store = ConnectionStore::expect();
    let contacts = LocalResource::new(move || store.with_api(|api| api.support()));
    view! {
        <PaymentsScreen title=strings::support()>
            <Loaded resource=contacts loading=strings::loading_support() failed=strings::support_failed() view=contact_cards/>
        </PaymentsScreen>
    }
}

/// One card per contact: when to contact them, about what, and the way to them.
fn contact_cards(list: SupportContacts) -> impl IntoView {
    view! {
        <div class="wcpay-cards">
            {list.contacts.into_iter().map(|contact| view! {
                <section class="wcpay-card">
                    <h2 class="wcpay-card__heading">{contact.name.clone()}</h2>
                    <p>{contact.when.clone()}</p>
                    <ul class="wcpay-list">
                        {contact.topics.into_iter().map(|topic| view! { <li>{topic}</li> }).collect_view()}
                    </ul>
                    <a class="wcpay-link" href=contact.url rel="noopener">{strings::contact_named(&contact.name)}</a>
                </section>
            }).collect_view()}
        </div>
    }
}
