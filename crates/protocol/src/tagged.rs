//! Reading the internally tagged enums (`{"state": "connected", "user": ...}`) field by field.
//!
//! serde's derive reads an internally tagged enum by buffering the whole object into its
//! `Content` tree, then reading the variant again from that tree: a second decoder of every
//! field's type in the app, and the tree's own code (serde-rs/serde#1495). The tagged enums here
//! derive `Serialize` as before and read through a flat struct of the tag and every variant's
//! fields instead (`#[serde(try_from = ...)]`): the same JSON, read once.

use std::fmt;

/// A field the tag's variant needs but the object lacks, in serde's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissingField(pub &'static str);

impl fmt::Display for MissingField {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "missing field `{}`", self.0)
    }
}

/// `value`, or the error naming `field` when the object lacked it.
pub(crate) fn need<T>(value: Option<T>, field: &'static str) -> Result<T, MissingField> {
    value.ok_or(MissingField(field))
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::json;

    use crate::ledger::{DepositInterval, Weekday};
    use crate::{
        BreakCause, Connection, ConnectionOwnership, NextStep, Plugin, SiteRole, SiteUser, WpcomSession, WpcomUser,
    };

    fn daisy() -> WpcomUser {
        WpcomUser { login: "daisy".into(), display_name: "Daisy Baker".into() }
    }

    /// `value` written as JSON and read back.
    fn round_trip<T: Serialize + DeserializeOwned>(value: &T) -> T {
        serde_json::from_value(serde_json::to_value(value).expect("writes")).expect("reads back")
    }

    /// The message of the error reading `json` as a `T`.
    fn error<T: DeserializeOwned + std::fmt::Debug>(json: serde_json::Value) -> String {
        serde_json::from_value::<T>(json).expect_err("refused").to_string()
    }

    #[test]
    fn every_variant_reads_back_as_it_was_written() {
        let since = 1_700_000_000;
        for connection in [
            Connection::NotConnected,
            Connection::Connected { user: daisy(), since, through: Plugin::Jetpack },
            Connection::Broken { user: daisy(), since, through: Plugin::WooPayments, cause: BreakCause::KeysRevoked },
        ] {
            assert_eq!(round_trip(&connection), connection);
        }
        for session in [WpcomSession::LoggedOut, WpcomSession::LoggedIn { user: daisy() }] {
            assert_eq!(round_trip(&session), session);
        }
        let owner = SiteUser {
            login: "daisy".into(),
            display_name: "Daisy".into(),
            role: SiteRole::Administrator,
            wpcom_user: Some(daisy()),
        };
        for ownership in [
            ConnectionOwnership::NoConnection,
            ConnectionOwnership::Owned { owner },
            ConnectionOwnership::Ownerless { former_owner: Some("Sam".into()) },
            ConnectionOwnership::Ownerless { former_owner: None },
        ] {
            assert_eq!(round_trip(&ownership), ownership);
        }
        for step in
            [NextStep::ResetConnection { cause: BreakCause::SiteAddressChanged }, NextStep::AllSet, NextStep::OptedOut]
        {
            assert_eq!(round_trip(&step), step);
        }
        for interval in [
            DepositInterval::Daily,
            DepositInterval::Weekly { weekday: Weekday::Friday },
            DepositInterval::Monthly { day: 31 },
        ] {
            assert_eq!(round_trip(&interval), interval);
        }
    }

    #[test]
    fn the_json_is_the_tagged_enum_s() {
        let connected = Connection::Connected { user: daisy(), since: 5, through: Plugin::WooPayments };
        assert_eq!(
            serde_json::to_value(&connected).expect("writes"),
            json!({ "state": "connected", "user": { "login": "daisy", "display_name": "Daisy Baker" }, "since": 5, "through": "woopayments" })
        );
        let read: Connection =
            serde_json::from_value(json!({ "since": 5, "through": "woopayments", "state": "connected",
            "user": { "login": "daisy", "display_name": "Daisy Baker" }, "later_field": true }))
            .expect("the tag anywhere, unknown fields left alone");
        assert_eq!(read, connected);
    }

    #[test]
    fn a_missing_field_or_an_unknown_tag_is_refused_in_serde_s_words() {
        assert_eq!(
            error::<Connection>(json!({ "state": "connected", "since": 5, "through": "jetpack" })),
            "missing field `user`"
        );
        assert_eq!(error::<NextStep>(json!({ "step": "reset_connection" })), "missing field `cause`");
        assert_eq!(error::<DepositInterval>(json!({ "period": "weekly" })), "missing field `weekday`");
        assert!(error::<Connection>(json!({ "user": null })).contains("missing field `state`"));
        let unknown = error::<WpcomSession>(json!({ "state": "asleep" }));
        assert!(unknown.starts_with("unknown variant `asleep`, expected `logged_out` or `logged_in`"), "{unknown}");
    }
}
