//! The admin frame around every screen: the layout, the menu, a screen whose code arrives when
//! first shown, the Payments screens' shared header and notices, and the sideways scrolling region
//! that keeps wide tables off the page's width.

mod admin_layout;
mod admin_menu;
mod language_switch;
mod lazy_screen;
mod payments_screen;
mod sideways_scroll;

pub use admin_layout::AdminLayout;
pub use admin_menu::AdminMenu;
pub use language_switch::LanguageSwitch;
pub use lazy_screen::LazyScreen;
pub use payments_screen::PaymentsScreen;
pub use sideways_scroll::SidewaysScroll;
