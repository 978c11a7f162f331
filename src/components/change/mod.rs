//! **Payments > Change or reset connection**: the guided change's screens and their parts.

mod change_check_panel;
mod change_choose;
mod change_connection_page;
mod change_reminder;
mod change_start;
mod change_step_list;
mod change_step_panel;
mod change_walk;
mod payments_paused;
mod why_it_broke;

pub use change_check_panel::ChangeCheckPanel;
pub use change_choose::ChangeChoose;
pub use change_connection_page::ChangeConnectionPage;
pub use change_reminder::ChangeReminder;
pub use change_start::ChangeStart;
pub use change_step_list::ChangeStepList;
pub use change_step_panel::ChangeStepPanel;
pub use change_walk::ChangeWalk;
pub use payments_paused::PaymentsPaused;
pub use why_it_broke::WhyItBroke;
