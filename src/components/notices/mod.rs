//! Notices: loading, failures, offline, payments off, opted out, an ownerless connection, test
//! mode, the store's outcome messages.

mod account_notice;
mod deposits_paused_notice;
mod error_notice;
mod loaded;
mod loading_notice;
mod offline_notice;
mod opted_out_notice;
mod ownerless_notice;
mod payments_off_banner;
mod store_notices;
mod test_mode_notice;

pub use account_notice::AccountNotice;
pub use deposits_paused_notice::DepositsPausedNotice;
pub use error_notice::ErrorNotice;
pub use loaded::Loaded;
pub use loading_notice::LoadingNotice;
pub use offline_notice::OfflineNotice;
pub use opted_out_notice::OptedOutNotice;
pub use ownerless_notice::OwnerlessNotice;
pub use payments_off_banner::PaymentsOffBanner;
pub use store_notices::StoreNotices;
pub use test_mode_notice::TestModeNotice;
