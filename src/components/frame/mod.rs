//! The admin frame around every screen: the layout, the menu, a screen whose code arrives when first shown, and the Payments screens' shared header and notices.

mod admin_layout;
mod admin_menu;
mod lazy_screen;
mod payments_screen;

pub use admin_layout::AdminLayout;
pub use admin_menu::AdminMenu;
pub use lazy_screen::LazyScreen;
pub use payments_screen::PaymentsScreen;
