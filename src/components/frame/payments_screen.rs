use leptos::prelude::*;

use crate::components::{
    AccountNotice, ChangeReminder, OptedOutNotice, OwnerlessNotice, PaymentsOffBanner, StoreNotices, TestModeNotice,
};
use crate::store::ConnectionStore;

/// The frame of every Payments screen: its title, the store's name, the notices (with a
/// reminder of a change of the connection in progress), the "payments are off" banner
/// whenever the store cannot take payments, test mode, a connection without an owner, and the
/// account's standing with Stripe when it needs the owner.
#[component]
pub fn PaymentsScreen(
    /// The screen's title (its `h1`).
    title: &'static str,
    /// The screen's content.
    children: Children,
) -> impl IntoView {
    let store = ConnectionStore::expect();
    let site_name = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(|s| s.site.name.clone())));
    view! {
        <header class="wcpay-page-header">
            <h1>{title}</h1>
            <p class="wcpay-page-header__site">{move || site_name.get()}</p>
        </header>
        <StoreNotices/>
        <ChangeReminder/>
        <OptedOutNotice/>
        <TestModeNotice/>
        <PaymentsOffBanner/>
        <OwnerlessNotice/>
        <AccountNotice/>
        {children()}
    }
}
