use leptos::prelude::*;

use crate::components::Modal;
use crate::people_view::transfer_candidates;
use crate::store::{ConnectionStore, StoreAction};
use crate::strings;

/// **Transfer ownership**: the administrators the connection can go to (those without a
/// WordPress.com account of their own are listed, disabled, with why), then **Transfer
/// ownership** or **Cancel**. Reads the status again when it opens (administrators may have
/// been added or linked their account since). Stays open on a failure, saying why.
#[component]
pub fn TransferOwnershipDialog(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let store = ConnectionStore::expect();
    store.refresh();
    let candidates = Memo::new(move |_| store.snapshot().with(|s| s.as_ref().map(transfer_candidates)));
    let chosen = RwSignal::new(None::<String>);
    let first_eligible =
        move || candidates.with(|c| c.iter().flatten().find(|candidate| candidate.eligible).map(|c| c.login.clone()));
    let selected = move || chosen.get().or_else(first_eligible);
    let transferring = move || store.running().get() == Some(StoreAction::TransferOwnership);
    let on_escape = Callback::new(move |_| {
        if !transferring() {
            on_close.run(());
        }
    });
    let failure =
        move || store.failure().get().filter(|f| f.action == StoreAction::TransferOwnership).map(|f| f.sentence());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(login) = selected() else { return };
        let name = candidates.with(|c| {
            c.iter().flatten().find(|candidate| candidate.login == login).map(|c| c.name.clone()).unwrap_or_default()
        });
        store.transfer_ownership(login, name, move || on_close.run(()));
    };
    let heading_id = Signal::derive(|| "wcpay-transfer-heading".to_owned());
    view! {
        <Modal labelled_by=heading_id on_escape>
            <form on:submit=submit>
                <h2 id="wcpay-transfer-heading" class="wcpay-modal__heading" tabindex="-1">{strings::transfer_heading()}</h2>
                <p>{strings::transfer_explained()}</p>
                <fieldset class="wcpay-fieldset">
                    <legend class="wcpay-subheading">{strings::transfer_choose()}</legend>
                    {move || candidates.get().unwrap_or_default().into_iter().map(|candidate| {
                        let login = candidate.login.clone();
                        let checked_login = login.clone();
                        view! {
                            <label class="wcpay-check" class:wcpay-check--disabled=!candidate.eligible>
                                <input type="radio" name="wcpay-new-owner" disabled=!candidate.eligible
                                    prop:checked=move || selected().as_deref() == Some(checked_login.as_str())
                                    on:change=move |_| chosen.set(Some(login.clone()))/>
                                {candidate.label}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <Show when=move || first_eligible().is_none()>
                    <p>{strings::no_possible_owner()}</p>
                </Show>
                {move || failure().map(|message| view! { <p class="wcpay-inline-error" role="alert">{message}</p> })}
                <div class="wcpay-modal__actions">
                    <button type="button" class="wcpay-button wcpay-button--secondary"
                        disabled=transferring on:click=move |_| on_close.run(())>
                        {strings::cancel()}
                    </button>
                    <button type="submit" class="wcpay-button wcpay-button--primary"
                        disabled=move || transferring() || selected().is_none()
                        aria-busy=move || transferring().to_string()>
                        {move || if transferring() { strings::working() } else { strings::confirm_transfer() }}
                    </button>
                </div>
            </form>
        </Modal>
    }
}
