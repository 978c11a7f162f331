//! What the screens derive about the connection's owner and the store's payment mode, for the
//! administrator who is looking: pure functions, tested natively.

use panel_protocol::{ConnectionOwnership, PaymentMode, SiteRole, SiteUser, StatusSnapshot, Viewer};

use crate::strings;

/// What the connection card says about who owns the connection, and whether the viewer may
/// hand it over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnershipLine {
    /// Who owns it, from the viewer's side.
    pub owner: String,
    /// For an administrator who is not the owner: what they can do.
    pub others_can: Option<String>,
    /// Whether the viewer may open **Transfer ownership**.
    pub can_transfer: bool,
}

/// The owner line of the connection card; `None` without a connection or an owner (the
/// ownerless notice says that), and before the panel knows who is looking (then it names the
/// owner only).
pub fn ownership_line(snapshot: &StatusSnapshot, viewer: Option<&Viewer>) -> Option<OwnershipLine> {
    let ConnectionOwnership::Owned { owner } = &snapshot.ownership else { return None };
    let viewer_owns = viewer.is_some_and(|viewer| viewer.user.login == owner.login);
    Some(if viewer_owns {
        OwnershipLine { owner: strings::you_own_the_connection().to_owned(), others_can: None, can_transfer: true }
    } else {
        OwnershipLine {
            owner: strings::owned_by(&owner.display_name),
            others_can: viewer.map(|_| strings::not_owner_can(&owner.display_name)),
            can_transfer: false,
        }
    })
}

/// The notice every Payments screen shows while the connection has no owner: why, and what it
/// means. `None` while it has one (or none is needed).
pub fn ownerless_notice(snapshot: &StatusSnapshot) -> Option<String> {
    match &snapshot.ownership {
        ConnectionOwnership::Ownerless { former_owner } => Some(strings::ownerless_because(former_owner.as_deref())),
        ConnectionOwnership::NoConnection | ConnectionOwnership::Owned { .. } => None,
    }
}

/// One administrator in the transfer dialog: who, and whether they can take the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Their WordPress username, the request's `to`.
    pub login: String,
    /// Their name, for the notice after the transfer.
    pub name: String,
    /// How they read in the list.
    pub label: String,
    /// Whether they linked a WordPress.com account of their own (else they are shown, disabled).
    pub eligible: bool,
}

/// The administrators the connection could go to: everyone but the owner, the eligible first.
pub fn transfer_candidates(snapshot: &StatusSnapshot) -> Vec<Candidate> {
    let owner = match &snapshot.ownership {
        ConnectionOwnership::Owned { owner } => Some(owner.login.as_str()),
        ConnectionOwnership::NoConnection | ConnectionOwnership::Ownerless { .. } => None,
    };
    let mut candidates: Vec<Candidate> = snapshot
        .users
        .iter()
        .filter(|user| user.role == SiteRole::Administrator && Some(user.login.as_str()) != owner)
        .map(candidate)
        .collect();
    candidates.sort_by_key(|candidate| !candidate.eligible);
    candidates
}

fn candidate(user: &SiteUser) -> Candidate {
    let wpcom = user.wpcom_user.as_ref().map(|account| account.login.as_str());
    Candidate {
        login: user.login.clone(),
        name: user.display_name.clone(),
        label: strings::administrator_label(&user.display_name, &user.login, wpcom),
        eligible: wpcom.is_some(),
    }
}

/// What the test-mode notice says, on every Payments screen while payments are not real.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestModeNotice {
    /// Why the store is in test mode.
    pub why: String,
    /// Whether **Go live** is offered (production sites only).
    pub can_go_live: bool,
}

/// The test-mode notice; `None` in live mode.
pub fn test_mode_notice(snapshot: &StatusSnapshot) -> Option<TestModeNotice> {
    if snapshot.payment_mode != PaymentMode::Test {
        return None;
    }
    let why = match snapshot.environment {
        panel_protocol::Environment::Production => strings::test_mode_production().to_owned(),
        other => strings::test_mode_environment(strings::environment_name(other)),
    };
    Some(TestModeNotice { why, can_go_live: snapshot.capabilities.go_live })
}

#[cfg(test)]
mod tests {
    use panel_protocol::{Environment, WpcomUser};

    use super::*;
    use crate::test_fixtures::connected;

    fn admin(login: &str, name: &str, wpcom: Option<&str>) -> SiteUser {
        SiteUser {
            login: login.into(),
            display_name: name.into(),
            role: SiteRole::Administrator,
            wpcom_user: wpcom.map(|login| WpcomUser { login: login.into(), display_name: name.into() }),
        }
    }

    fn owned_by_daisy() -> StatusSnapshot {
        let daisy = admin("daisy", "Daisy Baker", Some("daisy"));
        let mut snapshot = connected();
        snapshot.ownership = ConnectionOwnership::Owned { owner: daisy.clone() };
        snapshot.users = vec![
            daisy,
            admin("nina", "Nina", None),
            admin("sam", "Sam Rivera", Some("sam")),
            SiteUser { role: SiteRole::Editor, ..admin("eddie", "Eddie", Some("eddie")) },
        ];
        snapshot
    }

    fn viewer(login: &str) -> Viewer {
        Viewer { user: admin(login, login, None) }
    }

    #[test]
    fn the_owner_reads_that_they_own_it_and_may_transfer() {
        let line = ownership_line(&owned_by_daisy(), Some(&viewer("daisy"))).expect("a line");
        assert_eq!(line.owner, strings::you_own_the_connection());
        assert!(line.can_transfer && line.others_can.is_none());
    }

    #[test]
    fn another_administrator_reads_who_owns_it_and_what_they_can_do() {
        let line = ownership_line(&owned_by_daisy(), Some(&viewer("sam"))).expect("a line");
        assert_eq!(line.owner, "Connected by Daisy Baker, the connection's owner.");
        assert!(line.others_can.is_some_and(|text| text.contains("Only Daisy Baker can hand")));
        assert!(!line.can_transfer);
        let unknown = ownership_line(&owned_by_daisy(), None).expect("a line");
        assert!(unknown.others_can.is_none() && !unknown.can_transfer, "nobody known: the owner is named only");
    }

    #[test]
    fn candidates_are_the_other_administrators_eligible_first() {
        let candidates = transfer_candidates(&owned_by_daisy());
        let listed: Vec<_> = candidates.iter().map(|c| (c.login.as_str(), c.eligible)).collect();
        assert_eq!(listed, vec![("sam", true), ("nina", false)], "not the owner, not the editor");
        assert!(candidates[1].label.contains("has not connected a WordPress.com account"));
    }

    #[test]
    fn an_ownerless_connection_says_who_left_and_offers_everyone() {
        let mut snapshot = owned_by_daisy();
        snapshot.ownership = ConnectionOwnership::Ownerless { former_owner: Some("Daisy Baker".into()) };
        assert!(ownerless_notice(&snapshot).is_some_and(|text| text.starts_with("Daisy Baker, who connected")));
        assert_eq!(ownership_line(&snapshot, Some(&viewer("sam"))), None);
        assert_eq!(transfer_candidates(&snapshot).len(), 3, "the former owner's account too, if still an admin");
        assert_eq!(ownerless_notice(&owned_by_daisy()), None);
    }

    #[test]
    fn test_mode_says_why_and_only_production_may_go_live() {
        let mut snapshot = connected();
        assert_eq!(test_mode_notice(&snapshot), None, "live: no notice");
        snapshot.payment_mode = PaymentMode::Test;
        snapshot.environment = Environment::Staging;
        let staging = test_mode_notice(&snapshot).expect("a notice");
        assert!(staging.why.contains("staging site") && !staging.can_go_live);
        snapshot.environment = Environment::Production;
        snapshot.capabilities.go_live = true;
        let production = test_mode_notice(&snapshot).expect("a notice");
        assert!(production.can_go_live);
    }
}
