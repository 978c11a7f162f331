//! The panel's components, one file each, named after what the user sees.

mod account_panel;
mod admin_layout;
mod admin_menu;
mod connection_panel;
mod error_notice;
mod loading_notice;
mod overview_page;

pub use account_panel::AccountPanel;
pub use admin_layout::AdminLayout;
pub use admin_menu::AdminMenu;
pub use connection_panel::ConnectionPanel;
pub use error_notice::ErrorNotice;
pub use loading_notice::LoadingNotice;
pub use overview_page::OverviewPage;
