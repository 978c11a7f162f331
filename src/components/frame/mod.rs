//! The admin frame around every screen: the layout, the menu, and the Payments screens' shared header and notices.

mod admin_layout;
mod admin_menu;
mod language_switch;
mod payments_screen;

pub use admin_layout::AdminLayout;
pub use admin_menu::AdminMenu;
pub use language_switch::LanguageSwitch;
pub use payments_screen::PaymentsScreen;
