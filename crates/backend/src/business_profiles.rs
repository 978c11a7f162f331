//! The Express account's details, as the owner gave them at business verification (Stripe
//! keeps them; this backend stands in for it).

use panel_protocol::BusinessProfile;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::database::DatabaseError;

/// The simulated Stripe's business verification page (and the form posting to it), where the
/// owner gives these details.
pub(crate) const VERIFY_PAGE: &str = "/stripe/verify";

/// Stores the details of the new account `account_id`.
pub(crate) fn save(
    transaction: &Transaction<'_>,
    account_id: &str,
    profile: &BusinessProfile,
) -> Result<(), DatabaseError> {
    let details = serde_json::to_string(profile)
        .map_err(|error| DatabaseError::Corrupt(format!("account details do not serialize: {error}")))?;
    transaction
        .execute("INSERT INTO account_details (account_id, details) VALUES (?1, ?2)", params![account_id, details])?;
    Ok(())
}

/// The details of the account `account_id`, if they were stored.
pub(crate) fn load(transaction: &Transaction<'_>, account_id: &str) -> Result<Option<BusinessProfile>, DatabaseError> {
    let details: Option<String> = transaction
        .query_row("SELECT details FROM account_details WHERE account_id = ?1", [account_id], |row| row.get(0))
        .optional()?;
    details
        .map(|details| {
            serde_json::from_str(&details)
                .map_err(|error| DatabaseError::Corrupt(format!("details of account {account_id}: {error}")))
        })
        .transpose()
}
