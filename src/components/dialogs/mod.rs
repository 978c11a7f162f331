//! Dialogs: the modal frame, the disconnect warning popup, transferring the connection's
//! ownership, and going live.

mod disconnect_dialog;
mod go_live_dialog;
mod modal;
mod transfer_ownership_dialog;

pub use disconnect_dialog::DisconnectDialog;
pub use go_live_dialog::GoLiveDialog;
pub use modal::Modal;
pub use transfer_ownership_dialog::TransferOwnershipDialog;
