//! The page's own loading notice (static HTML in `index.html`, shown before the app's code
//! arrives, turned into **Reload** by `boot/boot_watch.js` if the code cannot start): the app
//! takes it away as it mounts, and shows its own frame in the same place.

use web_sys::HtmlElement;

/// The attribute that marks the page's loading notice.
const BOOT_NOTICE: &str = "[data-wcpay-boot]";

/// Removes the page's loading notice from `host`, if it has one.
pub(crate) fn remove_boot_notice(host: &HtmlElement) {
    if let Ok(Some(notice)) = host.query_selector(BOOT_NOTICE) {
        notice.remove();
    }
}
