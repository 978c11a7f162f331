//! Support: who the owner can turn to for help, for `GET /support`.

use serde::{Deserialize, Serialize};

use super::wire_enum::wire_enum;

/// Path of the support contacts, relative to [`crate::API_PREFIX`].
pub const SUPPORT_PATH: &str = "/support";

wire_enum! {
    /// A place the owner can turn to for help.
    pub enum SupportChannel {
        /// WooCommerce support (the Happiness Engineers): always the first contact.
        Woocommerce = "woocommerce",
        /// Stripe support, when WooCommerce support refers the owner there.
        Stripe = "stripe",
        /// WordPress.com support, for WordPress.com accounts.
        WordpressCom = "wordpress_com",
        /// The separate Stripe extension, for an existing Stripe account.
        StripeExtension = "stripe_extension",
    }
}

/// Who to contact for what, in the words of the support documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportContact {
    /// Which contact this is (stable, for icons and tests).
    pub channel: SupportChannel,
    /// Its name, as shown: e.g. `WooCommerce support`.
    pub name: String,
    /// When to turn to it, as a sentence.
    pub when: String,
    /// The topics it helps with, each a short phrase.
    pub topics: Vec<String>,
    /// Where to go.
    pub url: String,
}

/// The answer of `GET /support`: every contact, the first one first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportContacts {
    /// The contacts, in the order to try them.
    pub contacts: Vec<SupportContact>,
}
