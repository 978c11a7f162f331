//! The connection world in the database: one row holding the domain's [`World`] as JSON and
//! its revision. Every change goes through [`change`]: one transaction that loads the world,
//! applies a domain transition, checks the domain's rules, saves it with the next revision and
//! logs the event, or changes nothing at all. Opening a database ([`Database::open`]) writes a
//! brand-new store's world in it when it has none.

use std::fmt;
use std::path::Path;

use connection_domain::{DomainError, Site, World, WpcomUser};
use panel_protocol::StatusSnapshot;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::authorization_requests;
use crate::clock;
use crate::database::{Database, DatabaseError};
use crate::event_log::{self, EventDraft};
use crate::last_connection_check;
use crate::wire_mapping;
use crate::wpcom_site_keys;

/// Why a change was not made; in every case nothing was written.
#[derive(Debug)]
pub(crate) enum ChangeError {
    /// The client decided on an older revision; this is the current state.
    Stale(Box<StatusSnapshot>),
    /// The domain refused the step.
    Domain(DomainError),
    /// The backend refused the step for a reason of its own (e.g. an expired authorization).
    Refused {
        /// A stable, machine-readable code.
        code: &'static str,
        /// A sentence a person understands.
        message: String,
    },
    /// The step would break one of the domain's rules: a bug, rolled back.
    RuleBroken(String),
    /// The database failed.
    Database(DatabaseError),
}

impl From<DatabaseError> for ChangeError {
    fn from(error: DatabaseError) -> Self {
        Self::Database(error)
    }
}

impl From<DomainError> for ChangeError {
    fn from(error: DomainError) -> Self {
        Self::Domain(error)
    }
}

impl From<rusqlite::Error> for ChangeError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Database(error.into())
    }
}

impl fmt::Display for ChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Stale(current) => write!(f, "the store changed meanwhile (now at revision {})", current.revision),
            Self::Domain(error) => error.fmt(f),
            Self::Refused { message, .. } => f.write_str(message),
            Self::RuleBroken(rules) => write!(f, "the change would break the domain's rules: {rules}"),
            Self::Database(error) => error.fmt(f),
        }
    }
}

/// A change that was made: what the step returned, and the state after it.
#[derive(Debug)]
pub(crate) struct Changed<T> {
    /// What the step returned.
    pub outcome: T,
    /// The state after the change, at its new revision.
    pub status: StatusSnapshot,
}

/// What a step sees: the world to change, the open transaction (for the backend's own rows
/// that change with it) and the time of the change.
pub(crate) struct Step<'a, 't> {
    /// The world, as loaded; the step changes it through the domain's transitions.
    pub world: &'a mut World,
    /// The transaction the change runs in.
    pub transaction: &'a Transaction<'t>,
    /// The time of the change, in seconds since the Unix epoch.
    pub now: i64,
}

/// What a step decided: to change the world (what it returns, and the event to log), or to
/// keep it as it was (what it returns; the backend's own rows it wrote are still committed).
pub(crate) enum Decision<T> {
    /// Save the world at the next revision and log the event.
    Change(T, EventDraft),
    /// Leave the world and its revision as they were.
    Keep(T),
}

/// Makes one change to the world in one transaction: refuses it with the current state if the
/// revision is not `expected_revision` (when given), runs `step`, checks the domain's rules for
/// the new world and for the step, saves the world at the next revision and logs the step's
/// event. If anything fails, nothing is written.
pub(crate) async fn change<T, F>(
    database: &Database,
    expected_revision: Option<u64>,
    step: F,
) -> Result<Changed<T>, ChangeError>
where
    T: Send + 'static,
    F: FnOnce(Step<'_, '_>) -> Result<(T, EventDraft), ChangeError> + Send + 'static,
{
    database
        .transact(move |transaction| {
            decide(transaction, expected_revision, |step_in| {
                step(step_in).map(|(outcome, event)| Decision::Change(outcome, event))
            })
        })
        .await
}

/// As [`change`] without an expected revision, for a step that may decide to keep the world as
/// it was ([`Decision::Keep`]): then the revision stays and nothing is logged.
pub(crate) async fn change_or_keep<T, F>(database: &Database, step: F) -> Result<Changed<T>, ChangeError>
where
    T: Send + 'static,
    F: FnOnce(Step<'_, '_>) -> Result<Decision<T>, ChangeError> + Send + 'static,
{
    database.transact(move |transaction| decide(transaction, None, step)).await
}

/// The body of [`change`] and [`change_or_keep`], inside `transaction`.
fn decide<T, F>(
    transaction: &Transaction<'_>,
    expected_revision: Option<u64>,
    step: F,
) -> Result<Changed<T>, ChangeError>
where
    F: FnOnce(Step<'_, '_>) -> Result<Decision<T>, ChangeError>,
{
    let (mut world, revision) = load(transaction)?;
    if expected_revision.is_some_and(|expected| expected != revision) {
        return Err(ChangeError::Stale(Box::new(snapshot_of(transaction, &world, revision)?)));
    }
    let before = world.clone();
    let now = clock::now();
    let (outcome, event) = match step(Step { world: &mut world, transaction, now })? {
        Decision::Keep(outcome) => {
            return Ok(Changed { outcome, status: snapshot_of(transaction, &before, revision)? });
        }
        Decision::Change(outcome, event) => (outcome, event),
    };
    world.check_invariants().map_err(ChangeError::RuleBroken)?;
    before.check_transition(&world).map_err(ChangeError::RuleBroken)?;
    wpcom_site_keys::follow_connection(transaction, &before, &world)?;
    let next = revision + 1;
    save(transaction, &world, next)?;
    event_log::append(transaction, &event, (&before, &world), now, next)?;
    let status = snapshot_of(transaction, &world, next)?;
    Ok(Changed { outcome, status })
}

impl Database {
    /// Opens the database file (creating it if needed), runs the migrations it lacks, and
    /// writes a brand-new store's world in it if it has none.
    pub fn open(path: &Path) -> Result<Self, DatabaseError> {
        Self::open_with(path, create_if_missing)
    }

    /// Opens (creating it if needed) the database of the data directory `data_dir`, which is
    /// created if missing, as [`Self::open`] does.
    pub fn open_in(data_dir: &Path) -> Result<Self, DatabaseError> {
        Self::open(&Self::file_in(data_dir)?)
    }

    /// Reads everything the panel shows, as one consistent snapshot.
    pub async fn status(&self) -> Result<StatusSnapshot, DatabaseError> {
        self.read(status).await
    }
}

/// The status snapshot, read inside `transaction`.
pub(crate) fn status(transaction: &Transaction<'_>) -> Result<StatusSnapshot, DatabaseError> {
    let (world, revision) = load(transaction)?;
    snapshot_of(transaction, &world, revision)
}

/// Loads the world and its revision, and checks the world obeys the domain's rules (loading
/// does not run the transitions' checks, and the file could have been edited by hand).
pub(crate) fn load(transaction: &Transaction<'_>) -> Result<(World, u64), DatabaseError> {
    let (revision, state): (u64, String) =
        transaction
            .query_row("SELECT revision, state FROM world WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let world: World = serde_json::from_str(&state)
        .map_err(|error| DatabaseError::Corrupt(format!("the stored world does not parse: {error}")))?;
    world
        .check_invariants()
        .map_err(|broken| DatabaseError::Corrupt(format!("the stored world breaks the domain's rules: {broken}")))?;
    Ok((world, revision))
}

/// Writes the world of a brand-new store at revision 1 if the database has none yet; a world
/// saved before users existed gets [`FIRST_ADMIN`] as its first administrator (same revision:
/// nothing the panel showed changes).
fn create_if_missing(transaction: &Transaction<'_>) -> Result<(), DatabaseError> {
    let exists = transaction.query_row("SELECT 1 FROM world WHERE id = 1", [], |_| Ok(())).optional()?.is_some();
    if exists {
        let (mut world, revision) = load(transaction)?;
        if world.users().is_empty() {
            let (login, name) = FIRST_ADMIN;
            world
                .adopt_first_administrator(login, name)
                .map_err(|error| DatabaseError::Corrupt(format!("the first administrator: {error}")))?;
            save(transaction, &world, revision)?;
        }
        return Ok(());
    }
    let world = new_store().map_err(|error| DatabaseError::Corrupt(format!("the new store's world: {error}")))?;
    transaction.execute("INSERT INTO world (id, revision, state) VALUES (1, 1, ?1)", [to_json(&world)?])?;
    Ok(())
}

/// The administrator who set the store up: every new store has her, and a world saved before
/// users existed gets her.
const FIRST_ADMIN: (&str, &str) = ("daisy", "Daisy Baker");

/// A store just set up by [`FIRST_ADMIN`]: WooPayments active, not connected, Jetpack not
/// installed, no Express account, logged out of WordPress.com, where two WordPress.com accounts
/// exist: the owner's (`daisy`) and a second one (`sam`), so every flow can be walked without
/// creating one.
fn new_store() -> Result<World, DomainError> {
    let mut world = World::new(Site::new("My WooCommerce Store", "https://store.example")?);
    let (login, name) = FIRST_ADMIN;
    world.add_site_user(login, name, connection_domain::SiteRole::Administrator)?;
    for (login, display_name) in [("daisy", "Daisy Baker"), ("sam", "Sam Rivera")] {
        world.create_wpcom_account(WpcomUser { login: login.to_owned(), display_name: display_name.to_owned() })?;
    }
    Ok(world)
}

/// Writes `world` at `revision` over the stored one.
fn save(transaction: &Transaction<'_>, world: &World, revision: u64) -> Result<(), DatabaseError> {
    transaction
        .execute("UPDATE world SET revision = ?1, state = ?2 WHERE id = 1", params![revision, to_json(world)?])?;
    Ok(())
}

/// The world as the JSON stored in its row.
fn to_json(world: &World) -> Result<String, DatabaseError> {
    serde_json::to_string(world)
        .map_err(|error| DatabaseError::Corrupt(format!("the world does not serialize: {error}")))
}

/// The status snapshot of `world` at `revision`, with the authorization in progress and the
/// last connection check.
fn snapshot_of(transaction: &Transaction<'_>, world: &World, revision: u64) -> Result<StatusSnapshot, DatabaseError> {
    let authorize_url = authorization_requests::current_url(transaction)?;
    let connection_check = last_connection_check::last(transaction)?;
    Ok(wire_mapping::status(world, revision, authorize_url, connection_check))
}
