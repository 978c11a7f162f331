//! The JSON types the panel and its backend exchange.
//!
//! One definition, compiled into both the WebAssembly app and the axum backend, so the two
//! sides cannot drift apart. Field names are `snake_case` on the wire; enums are tagged
//! with a `state` (or `step`) field so a reader of the raw JSON sees what each variant means.
//! With the `openapi` feature (the backend's), every type also describes itself to `utoipa`.
//!
//! Modules: [`paths`] (where the endpoints are), the status snapshot and its parts, the
//! actions' requests and responses, the account's details, the event log, error bodies, and
//! [`locale`] (the languages the panel speaks and how a page names one).

mod account;
mod actions;
mod capabilities;
mod change;
mod connection;
mod error;
mod events;
pub mod ledger;
pub mod locale;
mod paths;
mod people;
mod status;
#[cfg(feature = "openapi")]
mod survey_schema;
mod tagged;
pub mod whole_number;

pub use account::{
    AccountDetails, AccountRequirements, AccountSummary, Address, BankAccount, BusinessInfo, BusinessProfile,
    BusinessType, ContactInfo, ExpressLoginLink, Ownership, RejectionReason, VerificationStatus,
};
pub use actions::{
    ChangeAction, ChangeRequest, ChangeResponse, ConnectRequest, ConnectResponse, DisconnectReason, DisconnectRequest,
    DisconnectResponse, DisconnectSurvey, ExpectedRevision, SURVEY_COMMENT_MAX_CHARS, SurveyReceipt,
};
pub use capabilities::{Capabilities, NextStep};
pub use change::{ChangeCheck, ChangeGoal, ChangePlan, ChangeProgress, ChangeStep, ChangeStepState, JetpackChoice};
pub use connection::{
    BreakCause, Connection, JetpackState, JetpackStatus, Plugin, PluginsUsingConnection, WpcomSession, WpcomUser,
};
pub use error::{ErrorBody, STALE_REVISION, StaleRevisionBody};
pub use events::{ConnectionEvent, EventKind, EventPage, EventsQuery};
pub use ledger::*;
pub use paths::*;
pub use people::{ConnectionOwnership, Environment, PaymentMode, SiteRole, SiteUser, TransferOwnershipRequest, Viewer};
pub use status::{Authorization, ConnectionCheck, Site, StatusSnapshot};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn daisy() -> WpcomUser {
        WpcomUser { login: "daisy".into(), display_name: "Daisy".into() }
    }

    fn connected_snapshot() -> StatusSnapshot {
        StatusSnapshot {
            revision: 7,
            site: Site { name: "Daisy's Donuts".into(), url: "https://donuts.example".into(), previous_url: None },
            connection: Connection::Connected { user: daisy(), since: 1_700_000_000, through: Plugin::WooPayments },
            account: Some(AccountSummary {
                id: "acct_1Nv0FGQ9RKHgCVdK".into(),
                verification: VerificationStatus::PendingVerification,
                created_at: 1_700_000_060,
                opted_out_at: None,
                charges_enabled: true,
                payouts_enabled: false,
                requirements: AccountRequirements {
                    currently_due: vec!["external_account".into()],
                    past_due: Vec::new(),
                    current_deadline: Some(1_700_600_000),
                },
                rejection: None,
            }),
            jetpack: JetpackStatus { plugin: JetpackState::Active, connected_as: Some(daisy()) },
            wpcom_session: WpcomSession::LoggedIn { user: daisy() },
            capabilities: Capabilities {
                take_payments: true,
                refund: true,
                challenge_disputes: true,
                log_into_express: true,
                deposits_continue: false,
                go_live: false,
            },
            next_step: NextStep::WaitForStripe,
            plugins_using_connection: vec![Plugin::WooPayments, Plugin::Jetpack],
            authorization: None,
            verify_url: None,
            change: None,
            change_options: Vec::new(),
            connection_check: Some(ConnectionCheck { checked_at: 1_700_000_100, working: true }),
            ownership: ConnectionOwnership::Owned {
                owner: SiteUser {
                    login: "daisy".into(),
                    display_name: "Daisy Baker".into(),
                    role: SiteRole::Administrator,
                    wpcom_user: Some(daisy()),
                },
            },
            users: Vec::new(),
            environment: Environment::Staging,
            payment_mode: PaymentMode::Test,
        }
    }

    #[test]
    fn enums_are_tagged_on_the_wire() {
        let json = serde_json::to_value(connected_snapshot()).expect("serializes");
        assert_eq!(json["connection"]["state"], "connected");
        assert_eq!(json["connection"]["user"]["login"], "daisy");
        assert_eq!(json["connection"]["through"], "woopayments");
        assert_eq!(json["account"]["verification"], "pending_verification");
        assert_eq!(json["jetpack"]["plugin"], "active");
        assert_eq!(json["wpcom_session"]["state"], "logged_in");
        assert_eq!(json["next_step"]["step"], "wait_for_stripe");
        assert_eq!(json["plugins_using_connection"], json!(["woopayments", "jetpack"]));
        assert_eq!(json["account"]["charges_enabled"], true);
        assert_eq!(json["account"]["requirements"]["currently_due"], json!(["external_account"]));
        assert_eq!(json["account"]["requirements"]["current_deadline"], 1_700_600_000);
        assert_eq!(json["account"]["rejection"], json!(null));
        assert_eq!(json["connection_check"], json!({ "checked_at": 1_700_000_100, "working": true }));
        assert_eq!(json["ownership"]["state"], "owned");
        assert_eq!(json["ownership"]["owner"]["role"], "administrator");
        assert_eq!((&json["environment"], &json["payment_mode"]), (&json!("staging"), &json!("test")));
        assert_eq!(serde_json::to_value(ChangeGoal::DecideLater).expect("serializes"), "decide_later");
        assert_eq!(serde_json::to_value(NextStep::ChooseOwner).expect("serializes"), json!({ "step": "choose_owner" }));
        assert_eq!(serde_json::to_value(RejectionReason::TermsOfService).expect("serializes"), "terms_of_service");
        assert_eq!(serde_json::to_value(BreakCause::KeysRevoked).expect("serializes"), "keys_revoked");
        assert_eq!(
            serde_json::to_value(EventKind::StripeAccountUpdated).expect("serializes"),
            "stripe_account_updated"
        );
        assert_eq!(serde_json::to_value(EventKind::ConnectionChecked).expect("serializes"), "connection_checked");
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
        let mut extra = serde_json::to_value(connected_snapshot()).expect("serializes");
        extra["added_later"] = json!(true);
        extra["site"]["locale"] = json!("en_US");
        let parsed: StatusSnapshot = serde_json::from_value(extra).expect("extra fields are fine");
        assert_eq!(parsed, connected_snapshot());

        let mut missing = serde_json::to_value(connected_snapshot()).expect("serializes");
        missing.as_object_mut().expect("an object").remove("site");
        let error = serde_json::from_value::<StatusSnapshot>(missing).expect_err("site is required");
        assert!(error.to_string().contains("missing field `site`"), "{error}");
    }

    #[test]
    fn broken_connection_keeps_the_user_and_says_why() {
        let broken: Connection = serde_json::from_value(json!({
            "state": "broken",
            "user": { "login": "daisy", "display_name": "Daisy" },
            "since": 1_700_000_000,
            "through": "jetpack",
            "cause": "restored_from_backup"
        }))
        .expect("parses");
        assert_eq!(
            broken,
            Connection::Broken {
                user: daisy(),
                since: 1_700_000_000,
                through: Plugin::Jetpack,
                cause: BreakCause::RestoredFromBackup
            }
        );
    }

    #[test]
    fn a_stale_revision_body_is_also_an_error_body() {
        let stale = StaleRevisionBody {
            code: STALE_REVISION.into(),
            message: "Someone changed the store.".into(),
            current: connected_snapshot(),
        };
        let text = serde_json::to_string(&stale).expect("serializes");
        let as_error: ErrorBody = serde_json::from_str(&text).expect("parses as an ErrorBody");
        assert_eq!(as_error, ErrorBody::new(STALE_REVISION, "Someone changed the store."));
    }

    #[test]
    fn actions_refuse_unknown_fields_and_default_the_optional_ones() {
        let connect: ConnectRequest =
            serde_json::from_value(json!({ "plugin": "woopayments", "expected_revision": 3 })).expect("parses");
        assert_eq!(connect, ConnectRequest { plugin: Plugin::WooPayments, expected_revision: 3, return_to: None });
        let extra = serde_json::from_value::<ExpectedRevision>(json!({ "expected_revision": 3, "force": true }));
        assert!(extra.is_err(), "a field the action does not know is refused, not ignored");
        let survey: DisconnectSurvey =
            serde_json::from_value(json!({ "reasons": ["changing_account"] })).expect("parses");
        assert_eq!(survey.comment, None);
    }

    #[test]
    fn change_actions_are_tagged_and_strict() {
        let choose: ChangeRequest = serde_json::from_value(json!({
            "expected_revision": 4,
            "action": { "do": "choose", "goal": "another_account", "jetpack": "remove" }
        }))
        .expect("parses");
        assert_eq!(
            choose.action,
            ChangeAction::Choose { goal: ChangeGoal::AnotherAccount, jetpack: Some(JetpackChoice::Remove) }
        );
        let start: ChangeRequest =
            serde_json::from_value(json!({ "expected_revision": 1, "action": { "do": "start" } })).expect("parses");
        assert_eq!(start.action, ChangeAction::Start);
        let unknown = json!({ "expected_revision": 1, "action": { "do": "teleport" } });
        assert!(serde_json::from_value::<ChangeRequest>(unknown).is_err());
        let extra =
            json!({ "expected_revision": 1, "action": { "do": "choose", "goal": "same_account", "force": true } });
        assert!(serde_json::from_value::<ChangeRequest>(extra).is_err(), "unknown fields are refused");
        let outside = json!({ "expected_revision": 1, "action": { "do": "finish" }, "force": true });
        assert!(serde_json::from_value::<ChangeRequest>(outside).is_err(), "unknown fields are refused");
    }

    #[test]
    fn snapshots_from_before_owners_and_environments_read_as_live_production() {
        let mut old = serde_json::to_value(connected_snapshot()).expect("serializes");
        let object = old.as_object_mut().expect("an object");
        for field in ["ownership", "users", "environment", "payment_mode"] {
            object.remove(field);
        }
        let parsed: StatusSnapshot = serde_json::from_value(old).expect("the new fields default");
        assert_eq!(parsed.ownership, ConnectionOwnership::NoConnection);
        assert_eq!((parsed.environment, parsed.payment_mode), (Environment::Production, PaymentMode::Live));
    }

    #[test]
    fn snapshots_without_a_change_still_parse() {
        let mut old = serde_json::to_value(connected_snapshot()).expect("serializes");
        let object = old.as_object_mut().expect("an object");
        object.remove("change");
        object.remove("change_options");
        let parsed: StatusSnapshot = serde_json::from_value(old).expect("the change fields default");
        assert_eq!(parsed, connected_snapshot());
    }

    #[test]
    fn snapshots_from_before_stripe_reports_and_checks_still_parse() {
        let mut old = serde_json::to_value(connected_snapshot()).expect("serializes");
        old.as_object_mut().expect("an object").remove("connection_check");
        let account = old["account"].as_object_mut().expect("an account");
        for field in ["charges_enabled", "payouts_enabled", "requirements", "rejection"] {
            account.remove(field);
        }
        let parsed: StatusSnapshot = serde_json::from_value(old).expect("the new fields default");
        let account = parsed.account.expect("an account");
        assert!(!account.charges_enabled && !account.payouts_enabled);
        assert_eq!(account.requirements, AccountRequirements::default());
        assert_eq!(parsed.connection_check, None);
    }
}
