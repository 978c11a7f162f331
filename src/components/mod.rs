//! The panel's components, one file each, named after what the user sees, grouped by where the
//! user sees them. Every component is re-exported here, so a caller names
//! `crate::components::ConnectionPanel`, not its folder.

mod change;
mod dialogs;
mod frame;
mod ledger;
mod notices;
mod pages;
mod panels;

pub use change::*;
pub use dialogs::*;
pub use frame::*;
pub use ledger::*;
pub use notices::*;
pub use pages::*;
pub use panels::*;
