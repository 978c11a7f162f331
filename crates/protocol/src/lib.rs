//! The JSON types the panel and its backend exchange.
//!
//! One definition, compiled into both the WebAssembly app and the axum backend, so the two
//! sides cannot drift apart. Field names are `snake_case` on the wire; enums are tagged
//! with a `state` field so a reader of the raw JSON sees what each variant means.

use serde::{Deserialize, Serialize};

/// The path prefix of every JSON endpoint, relative to the backend's root.
pub const API_PREFIX: &str = "/api/v1";

/// Path of the status snapshot, relative to [`API_PREFIX`].
pub const STATUS_PATH: &str = "/status";

/// Everything the panel shows about the store, as of one `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusSnapshot {
    /// Grows by one on every change to the store's state; lets clients tell stale from fresh.
    pub revision: u64,
    /// The store this panel administers.
    pub site: Site,
    /// The site's connection to WordPress.com, shared by WooPayments and Jetpack.
    pub connection: Connection,
    /// The WooPayments account (a Stripe Express account), once the owner has signed up.
    pub account: Option<AccountSummary>,
}

/// The store this panel administers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    /// The store's name, as set in its general settings.
    pub name: String,
    /// The store's home address, e.g. `https://shop.example`.
    pub url: String,
}

/// The site's connection to WordPress.com.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Connection {
    /// Never connected, or disconnected: WooPayments cannot take payments.
    NotConnected,
    /// Connected as one WordPress.com user; the tokens work.
    Connected {
        /// The WordPress.com account the site is connected as.
        user: WpcomUser,
        /// When the connection was made, in seconds since the Unix epoch.
        since: i64,
    },
    /// The site believes it is connected, but its tokens no longer work (for example after a
    /// restore from backup). WooPayments cannot take payments until the connection is reset.
    Broken {
        /// The WordPress.com account the site was connected as before it broke.
        user: WpcomUser,
    },
}

/// A WordPress.com account, as the panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WpcomUser {
    /// The account's login name, unique on WordPress.com.
    pub login: String,
    /// The name the account shows to others.
    pub display_name: String,
}

/// The WooPayments account: a Stripe Express account bound to the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    /// The Express account's id, e.g. `acct_1Nv0FGQ9RKHgCVdK`.
    pub id: String,
    /// Where Stripe's verification of the owner's details stands.
    pub verification: VerificationStatus,
}

/// Where Stripe's verification of the account holder's details stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    /// Verified: payments and deposits are enabled.
    Complete,
    /// Stripe is still checking the details the owner gave.
    PendingVerification,
    /// Stripe needs more details soon, or the account will be restricted.
    RestrictedSoon,
    /// Stripe needs more details now; payments or deposits are paused.
    Restricted,
    /// Stripe rejected the account; it cannot take payments.
    Rejected,
    /// Stripe is reviewing the account.
    UnderReview,
}

/// The body of every error response of the JSON API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable, machine-readable error code, e.g. `not_found`.
    pub code: String,
    /// A sentence a person understands, saying what went wrong and what to do.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn connected_snapshot() -> StatusSnapshot {
        StatusSnapshot {
            revision: 7,
            site: Site { name: "Daisy's Donuts".into(), url: "https://donuts.example".into() },
            connection: Connection::Connected {
                user: WpcomUser { login: "daisy".into(), display_name: "Daisy".into() },
                since: 1_700_000_000,
            },
            account: Some(AccountSummary {
                id: "acct_1Nv0FGQ9RKHgCVdK".into(),
                verification: VerificationStatus::PendingVerification,
            }),
        }
    }

    #[test]
    fn connection_is_tagged_by_state_on_the_wire() {
        let json = serde_json::to_value(connected_snapshot()).expect("serializes");
        assert_eq!(json["connection"]["state"], "connected");
        assert_eq!(json["connection"]["user"]["login"], "daisy");
        assert_eq!(json["account"]["verification"], "pending_verification");
    }

    #[test]
    fn snapshot_round_trips_through_json() {
        let snapshot = connected_snapshot();
        let text = serde_json::to_string(&snapshot).expect("serializes");
        let back: StatusSnapshot = serde_json::from_str(&text).expect("parses");
        assert_eq!(back, snapshot);
    }

    #[test]
    fn unknown_fields_are_accepted_and_missing_ones_are_named() {
        let extra = json!({
            "revision": 1,
            "site": { "name": "S", "url": "https://s.example", "locale": "en_US" },
            "connection": { "state": "not_connected" },
            "account": null,
            "added_later": true
        });
        let parsed: StatusSnapshot = serde_json::from_value(extra).expect("extra fields are fine");
        assert_eq!(parsed.connection, Connection::NotConnected);

        let missing = json!({ "revision": 1, "connection": { "state": "not_connected" }, "account": null });
        let error = serde_json::from_value::<StatusSnapshot>(missing).expect_err("site is required");
        assert!(error.to_string().contains("missing field `site`"), "{error}");
    }

    #[test]
    fn broken_connection_keeps_the_user_it_was_made_as() {
        let broken: Connection = serde_json::from_value(json!({
            "state": "broken",
            "user": { "login": "daisy", "display_name": "Daisy" }
        }))
        .expect("parses");
        assert_eq!(
            broken,
            Connection::Broken { user: WpcomUser { login: "daisy".into(), display_name: "Daisy".into() } }
        );
    }
}
