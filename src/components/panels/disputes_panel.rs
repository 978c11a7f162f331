use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::{Dispute, DisputeFilter, DisputeList, DisputeQuery, DisputeSort, DisputeStatus, SortOrder};

use crate::components::Loaded;
use crate::components::instant_time;
use crate::format::format_money;
use crate::store::ConnectionStore;
use crate::strings;

/// How many of the disputes due soonest the panel lists.
const DUE_SOONEST: u32 = 3;

/// The disputes awaiting a response, the deadline soonest first.
fn awaiting_response() -> DisputeQuery {
    DisputeQuery {
        sort: DisputeSort::RespondBy,
        order: SortOrder::Asc,
        filter: DisputeFilter { statuses: vec![DisputeStatus::NeedsResponse], ..DisputeFilter::default() },
        ..DisputeQuery::default()
    }
}

/// The disputes panel: how many disputes await a response, the ones due soonest, and the way to
/// **Payments > Disputes** showing only those (offered as **Respond to disputes** only while
/// the store can challenge disputes).
#[component]
pub fn DisputesPanel() -> impl IntoView {
    let store = ConnectionStore::expect();
    let disputes = LocalResource::new(move || {
        let query = DisputeQuery { per_page: DUE_SOONEST, ..awaiting_response() };
        store.with_api(|api| api.disputes(&query))
    });
    let can_respond =
        Memo::new(move |_| store.snapshot().with(|s| s.as_ref().is_some_and(|s| s.capabilities.challenge_disputes)));
    let some = move || disputes.with(|d| matches!(d, Some(Ok(list)) if list.needing_response > 0));
    view! {
        <section class="wcpay-card wcpay-ledger-card" class:wcpay-card--warning=some aria-labelledby="wcpay-disputes-heading">
            <h2 id="wcpay-disputes-heading" class="wcpay-card__heading">{strings::disputes_heading()}</h2>
            <Loaded resource=disputes loading=strings::loading_disputes_panel() failed=strings::disputes_panel_failed() view=move |list| awaiting_view(list, can_respond.get())/>
        </section>
    }
}

fn awaiting_view(list: DisputeList, can_respond: bool) -> impl IntoView {
    let count = list.needing_response;
    let due = (count > 0 && !list.disputes.items.is_empty()).then(|| {
        view! {
            <p class="wcpay-screen-reader-text" id="wcpay-disputes-due">{strings::due_soonest()}</p>
            <ul class="wcpay-list wcpay-ledger__due" aria-labelledby="wcpay-disputes-due">
                {list.disputes.items.into_iter().map(due_item).collect_view()}
            </ul>
        }
    });
    let (href, label) = if count > 0 {
        let label = if can_respond { strings::respond_to_disputes() } else { strings::see_awaiting_disputes() };
        (Screen::Disputes.href_with_query(&awaiting_response().to_query_string()), label)
    } else {
        (Screen::Disputes.href(), strings::view_disputes())
    };
    view! {
        <p class="wcpay-panel__state">{strings::disputes_awaiting(count)}</p>
        {due}
        <A href=href attr:class="wcpay-ledger__more">{label}</A>
    }
}

fn due_item(dispute: Dispute) -> impl IntoView {
    let amount = format_money(dispute.amount, &dispute.currency);
    let text = strings::dispute_due(&amount, &dispute.customer_name, dispute.order_number);
    view! { <li>{text}" "{instant_time(dispute.respond_by)}</li> }
}
