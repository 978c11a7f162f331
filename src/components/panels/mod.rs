//! The status panels and cards the Overview and the screens show the connection and the account in.

mod account_panel;
mod connection_check_line;
mod connection_panel;
mod dated_sentence;
mod deposits_panel;
mod disputes_panel;
mod ownership_line;
mod recent_transactions;
mod setup_task_list;
mod wpcom_session_card;

pub use account_panel::AccountPanel;
pub use connection_check_line::ConnectionCheckLine;
pub use connection_panel::ConnectionPanel;
pub use dated_sentence::DatedSentence;
pub use deposits_panel::DepositsPanel;
pub(crate) use deposits_panel::{OverviewResource, load_deposits_overview};
pub use disputes_panel::DisputesPanel;
pub use ownership_line::OwnershipLine;
pub use recent_transactions::RecentTransactions;
pub use setup_task_list::SetupTaskList;
pub use wpcom_session_card::WpcomSessionCard;
