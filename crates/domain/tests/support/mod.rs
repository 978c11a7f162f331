//! Fixtures and the checked step runner shared by the integration tests.

#![allow(dead_code)] // Each test binary uses its own share of these helpers.

use connection_domain::{DomainError, ExpressAccountId, Plugin, Site, SiteRole, VerificationStatus, World, WpcomUser};

/// Seconds since the Unix epoch at which the fixtures' first connection is made.
pub const T0: i64 = 1_700_000_000;

/// The site's administrator who connects in the fixtures: Daisy.
pub const ADMIN: &str = "daisy";

/// The Express account id the fixtures' sign-up creates.
pub const ACCOUNT_ID: &str = "acct_1Nv0FGQ9RKHgCVdK";

/// A WordPress.com account with this login and display name.
pub fn user(login: &str, display_name: &str) -> WpcomUser {
    WpcomUser { login: login.to_owned(), display_name: display_name.to_owned() }
}

/// The fixtures' Express account id, parsed.
pub fn account_id() -> ExpressAccountId {
    ACCOUNT_ID.parse().expect("the fixture id is valid")
}

/// Runs one step that must succeed, then checks the world's invariants and the step's own.
pub fn step<T>(world: &mut World, what: &str, action: impl FnOnce(&mut World) -> Result<T, DomainError>) -> T {
    let before = world.clone();
    let outcome = action(world).unwrap_or_else(|error| panic!("{what}: refused: {error}"));
    world.check_invariants().unwrap_or_else(|broken| panic!("{what}: invariants: {broken}"));
    before.check_transition(world).unwrap_or_else(|broken| panic!("{what}: transition: {broken}"));
    outcome
}

/// A store just set up by its administrator [`ADMIN`]: WordPress.com accounts `alice` and
/// `bob` exist, the browser is logged out, Jetpack is not installed, nothing is connected.
pub fn new_store() -> World {
    let site = Site::new("Daisy's Donuts", "https://donuts.example").expect("valid site");
    let mut world = World::new(site);
    step(&mut world, "Daisy sets up the site", |w| w.add_site_user(ADMIN, "Daisy Baker", SiteRole::Administrator));
    step(&mut world, "alice signs up", |w| w.create_wpcom_account(user("alice", "Alice")));
    step(&mut world, "bob signs up", |w| w.create_wpcom_account(user("bob", "Bob")));
    world
}

/// A store past flow 1: connected as `alice` (still logged in), account verified (complete).
pub fn connected_store() -> World {
    let mut world = new_store();
    step(&mut world, "log in as alice", |w| w.log_in_to_wpcom("alice"));
    step(&mut world, "Connect", |w| w.start_connecting(Plugin::WooPayments, ADMIN));
    step(&mut world, "approve", |w| w.authorize(T0));
    step(&mut world, "verify business", |w| {
        w.complete_business_verification(account_id(), VerificationStatus::Complete, T0 + 60)
    });
    world
}
