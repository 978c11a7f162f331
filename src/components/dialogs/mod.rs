//! Dialogs: the modal frame and the disconnect warning popup.

mod disconnect_dialog;
mod modal;

pub use disconnect_dialog::DisconnectDialog;
pub use modal::Modal;
