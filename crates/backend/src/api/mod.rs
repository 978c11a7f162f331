//! The JSON API's handlers, one file per subject (the router lists their routes under
//! `/api/v1/`). Every route but the OpenAPI document and Stripe's webhook (signed by Stripe)
//! needs a signed-in browser, and every
//! mutation the session's nonce ([`crate::auth`]); every error is a JSON
//! [`panel_protocol::ErrorBody`].

pub(crate) mod account;
pub(crate) mod change;
pub(crate) mod connect;
pub(crate) mod connection_check;
pub(crate) mod disconnect;
pub(crate) mod events;
pub(crate) mod jetpack;
pub(crate) mod people;
pub(crate) mod status;
pub(crate) mod stripe_webhook;
pub(crate) mod wpcom;
