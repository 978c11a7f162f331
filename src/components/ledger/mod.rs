//! The parts of the ledger screens (Transactions, Deposits, Disputes): tables, cells, sorting, filters, pages.

mod filter_select;
mod ledger_cells;
mod ledger_table;
mod pagination;
mod sort_header;
mod transaction_filters;

pub use filter_select::FilterSelect;
pub(crate) use filter_select::enum_options;
pub(crate) use ledger_cells::{day_cell, day_time, instant_cell, instant_time, left_to_right, money_cell};
pub use ledger_table::LedgerTable;
pub use pagination::Pagination;
pub use sort_header::SortHeader;
pub use transaction_filters::TransactionFilters;
