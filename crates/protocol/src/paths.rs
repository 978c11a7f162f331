//! Where things are: the API's paths (relative to [`API_PREFIX`]), its header and the query
//! parameters the browser comes back to the app with.

/// The path prefix of every JSON endpoint, relative to the backend's root.
pub const API_PREFIX: &str = "/api/v1";

/// `GET`: the status snapshot.
pub const STATUS_PATH: &str = "/status";
/// `POST`: start connecting to WordPress.com; answers the authorization page's URL.
pub const CONNECT_PATH: &str = "/connect";
/// `GET`: where the (simulated) WordPress.com sends the browser back after authorization.
pub const CONNECT_RETURN_PATH: &str = "/connect/return";
/// `POST`: disconnect the site from WordPress.com (the red **Disconnect** button).
pub const DISCONNECT_PATH: &str = "/disconnect";
/// `POST`: the optional feedback survey after disconnecting.
pub const DISCONNECT_SURVEY_PATH: &str = "/disconnect-survey";
/// `GET`: the plugins that use the connection (what a disconnect breaks).
pub const PLUGINS_USING_CONNECTION_PATH: &str = "/plugins-using-connection";
/// `POST`: install Jetpack (Plugins > Add New).
pub const JETPACK_INSTALL_PATH: &str = "/jetpack/install";
/// `POST`: activate Jetpack.
pub const JETPACK_ACTIVATE_PATH: &str = "/jetpack/activate";
/// `POST`: deactivate Jetpack.
pub const JETPACK_DEACTIVATE_PATH: &str = "/jetpack/deactivate";
/// `POST`: delete Jetpack (it must be inactive).
pub const JETPACK_DELETE_PATH: &str = "/jetpack/delete";
/// `GET`: this browser's WordPress.com session.
pub const WPCOM_SESSION_PATH: &str = "/wpcom/session";
/// `POST`: log this browser out of WordPress.com (what **Log Out** on its profile page does).
pub const WPCOM_LOGOUT_PATH: &str = "/wpcom/logout";
/// `GET`: the WooPayments account's details, read-only.
pub const ACCOUNT_PATH: &str = "/account";
/// `POST`: a one-time login link into the Stripe Express dashboard.
pub const EXPRESS_LOGIN_LINK_PATH: &str = "/account/express-login-link";
/// `POST`: one action of the guided **Change or reset connection** flow.
pub const CHANGE_PATH: &str = "/change";
/// `GET`: the connection event log, newest first, a page at a time.
pub const EVENTS_PATH: &str = "/events";
/// `POST`: check now that WordPress.com still accepts the site's connection.
pub const CONNECTION_CHECK_PATH: &str = "/connection/check";
/// `GET`: the signed-in administrator.
pub const ME_PATH: &str = "/me";
/// `POST`: hand the connection's ownership to another administrator.
pub const CONNECTION_OWNER_PATH: &str = "/connection/owner";
/// `POST`: leave test mode and take live payments (production sites only).
pub const GO_LIVE_PATH: &str = "/payments/go-live";
/// `POST`: Stripe's webhook (`account.updated` events), signed with `Stripe-Signature`; it needs
/// no session or nonce.
pub const STRIPE_WEBHOOK_PATH: &str = "/stripe/webhook";
/// `GET`: the OpenAPI document of this API (no sign-in needed).
pub const OPENAPI_PATH: &str = "/openapi.json";

/// The header every mutation (`POST`) carries: the nonce the page was given at mount time.
pub const NONCE_HEADER: &str = "X-WCPay-Nonce";

/// The header Stripe signs its webhook events with: `t=<unix seconds>,v1=<hex HMAC-SHA256>`.
pub const STRIPE_SIGNATURE_HEADER: &str = "Stripe-Signature";

/// Query parameter the browser returns to the app with after connecting: `?connected=1`.
pub const CONNECTED_PARAM: &str = "connected";
/// Query parameter the browser returns to the app with when connecting failed:
/// `?connect_error=<code>`, the code of the [`crate::ErrorBody`] it stands for.
pub const CONNECT_ERROR_PARAM: &str = "connect_error";
