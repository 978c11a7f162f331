//! The screens, one per route: what the admin menu and the in-app links lead to.

mod account_page;
mod connect_page;
mod deposits_page;
mod disputes_page;
mod jetpack_page;
mod overview_page;
mod plugins_page;
mod support_page;
mod transactions_page;

pub use account_page::AccountPage;
pub use connect_page::ConnectPage;
pub use deposits_page::DepositsPage;
pub use disputes_page::DisputesPage;
pub use jetpack_page::JetpackPage;
pub use overview_page::OverviewPage;
pub use plugins_page::PluginsPage;
pub use support_page::SupportPage;
pub use transactions_page::TransactionsPage;
pub(crate) use transactions_page::transaction_row;
