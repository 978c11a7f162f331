use leptos::prelude::*;
use panel_protocol::SupportContacts;

use crate::components::{Loaded, PaymentsScreen};
use crate::i18n::t_sent;
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

/// One card per contact: when to contact them, about what, and the way to them, in the panel's
/// language (the backend sends the English).
fn contact_cards(list: SupportContacts) -> impl IntoView {
    view! {
        <div class="wcpay-cards">
            {list.contacts.into_iter().map(|contact| {
                let name = t_sent(&contact.name).to_owned();
                view! {
                    <section class="wcpay-card">
                        <h2 class="wcpay-card__heading">{name.clone()}</h2>
                        <p>{t_sent(&contact.when).to_owned()}</p>
                        <ul class="wcpay-list">
                            {contact.topics.iter().map(|topic| view! { <li>{t_sent(topic).to_owned()}</li> }).collect_view()}
                        </ul>
                        <a class="wcpay-link" href=contact.url rel="noopener">{strings::contact_named(&name)}</a>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}
