//! The words of the ledger screens: Transactions, Deposits, Disputes and their panels.

/// Menu entry and screen: Transactions.
pub const TRANSACTIONS: &str = "Transactions";
