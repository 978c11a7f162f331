//! Who to contact for what, in the words of the WooPayments support documents.

use panel_protocol::{SupportChannel, SupportContact, SupportContacts};

/// WooCommerce support's ticket form: the first contact for everything.
pub(crate) const WOOCOMMERCE_SUPPORT_URL: &str = "https://woocommerce.com/my-account/create-a-ticket/";
/// How to contact Stripe support, when WooCommerce support refers the owner there.
pub(crate) const STRIPE_SUPPORT_URL: &str = "https://support.stripe.com/questions/contact-stripe-support";
/// WordPress.com support's contact page.
pub(crate) const WORDPRESS_COM_SUPPORT_URL: &str = "https://wordpress.com/support/contact/";
/// The free Stripe extension, for an existing Stripe account.
pub(crate) const STRIPE_EXTENSION_URL: &str = "https://woocommerce.com/woocommerce-and-stripe/";

/// Marks a sentence the panel shows in the owner's language: `make pot` extracts it into the
/// translation template, and the app shows its translation (`i18n::t_sent`). The API sends the
/// English.
const fn translatable(text: &'static str) -> &'static str {
    text
}

/// Every contact, in the order to try them: WooCommerce support first.
pub(crate) fn contacts() -> SupportContacts {
    let contact = |channel, name: &str, when: &str, topics: &[&str], url: &str| SupportContact {
        channel,
        name: name.to_owned(),
        when: when.to_owned(),
        topics: topics.iter().map(|topic| (*topic).to_owned()).collect(),
        url: url.to_owned(),
    };
    SupportContacts {
        contacts: vec![
            contact(
                SupportChannel::Woocommerce,
                translatable("WooCommerce support"),
                translatable(
                    "Always your initial contact. Our Happiness Engineers are here to help you set up and manage \
                 your store and usage of WooPayments, and will assist you with all payment processing issues \
                 and other operational questions.",
                ),
                &[
                    translatable("Why one of your customer's payments failed"),
                    translatable("Why a deposit has not been received"),
                    translatable("Trouble connecting WooPayments"),
                    translatable(
                        "Opting out of the Stripe agreement: unlinking your WooPayments account from your site",
                    ),
                ],
                WOOCOMMERCE_SUPPORT_URL,
            ),
            contact(
                SupportChannel::Stripe,
                translatable("Stripe support"),
                translatable("WooCommerce support may sometimes refer you to Stripe support when needed."),
                &[translatable("When WooCommerce support refers you there")],
                STRIPE_SUPPORT_URL,
            ),
            contact(
                SupportChannel::WordpressCom,
                translatable("WordPress.com support"),
                translatable("If you're having trouble creating a WordPress.com account or accessing that account."),
                &[
                    translatable("Creating a WordPress.com account"),
                    translatable("Accessing your WordPress.com account"),
                ],
                WORDPRESS_COM_SUPPORT_URL,
            ),
            contact(
                SupportChannel::StripeExtension,
                translatable("Stripe extension"),
                translatable(
                    "It is not possible to connect an existing Stripe account to WooPayments. If you must use a \
                 pre-existing, regular Stripe account on your store, install the free Stripe extension. You \
                 can even use both WooPayments and the Stripe extension together.",
                ),
                &[translatable("Using an existing Stripe account")],
                STRIPE_EXTENSION_URL,
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn woocommerce_support_comes_first_and_covers_payments_deposits_and_connecting() {
        let contacts = contacts().contacts;
        let channels: Vec<_> = contacts.iter().map(|contact| contact.channel).collect();
        assert_eq!(channels, SupportChannel::ALL);
        let first = &contacts[0];
        assert_eq!(first.url, WOOCOMMERCE_SUPPORT_URL);
        let topics = first.topics.join(" ");
        for needed in ["payments failed", "deposit has not been received", "connecting"] {
            assert!(topics.contains(needed), "{needed:?} in {topics:?}");
        }
        assert!(contacts.iter().all(|contact| contact.url.starts_with("https://")));
    }
}
