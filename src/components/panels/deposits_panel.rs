use leptos::prelude::*;

use crate::app_path::Screen;
use leptos_router::components::A;
use panel_protocol::{Balance, DepositsOverview, NextDeposit};

use crate::api::ApiError;
use crate::components::{DepositsPausedNotice, Loaded, SidewaysScroll};
use crate::components::{day_time, money_cell};
use crate::format::format_money;
use crate::store::ConnectionStore;
use crate::strings;

/// The balances per currency and the deposit schedule, as the backend answers them.
pub type OverviewResource = LocalResource<Result<DepositsOverview, ApiError>>;

/// Asks the backend, through the store, for the balances and the deposit schedule.
pub fn load_deposits_overview() -> OverviewResource {
    let store = ConnectionStore::expect();
    LocalResource::new(move || store.with_api(|api| api.deposits_overview()))
}

/// The deposits panel: the deposit schedule, and per currency the balance available, the
/// balance pending and the next deposit.
#[component]
pub fn DepositsPanel(
    /// The overview to show; asked for here when not given.
    #[prop(optional)]
    overview: Option<OverviewResource>,
    /// Whether to end with a link to **Payments > Deposits**.
    #[prop(optional)]
    link: bool,
    /// The panel's heading; "Deposits" when not given.
    #[prop(optional)]
    heading: Option<&'static str>,
) -> impl IntoView {
    let overview = overview.unwrap_or_else(load_deposits_overview);
    let heading = heading.unwrap_or(strings::deposits_heading());
    view! {
        <section class="wcpay-card wcpay-ledger-card wcpay-ledger-card--wide" aria-labelledby="wcpay-deposits-heading">
            <h2 id="wcpay-deposits-heading" class="wcpay-card__heading">{heading}</h2>
            <DepositsPausedNotice/>
            <Loaded resource=overview loading=strings::loading_deposits_overview() failed=strings::deposits_overview_failed() view=overview_view/>
            {link.then(|| view! { <A href=Screen::Deposits.href() attr:class="wcpay-ledger__more">{strings::view_deposits()}</A> })}
        </section>
    }
}

fn overview_view(overview: DepositsOverview) -> impl IntoView {
    let schedule = overview.schedule.as_ref().map_or_else(|| strings::no_schedule().to_owned(), strings::schedule_text);
    let balances = (!overview.balances.is_empty()).then(|| {
        view! {
            <SidewaysScroll label=strings::balances_scroll()>
                <table class="wcpay-table wcpay-ledger__balances">
                    <caption class="wcpay-screen-reader-text">{strings::balances_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{strings::column_currency()}</th>
                            <th scope="col" class="wcpay-ledger__num">{strings::available()}</th>
                            <th scope="col" class="wcpay-ledger__num">{strings::pending()}</th>
                            <th scope="col">{strings::next_deposit()}</th>
                        </tr>
                    </thead>
                    <tbody>{overview.balances.into_iter().map(balance_row).collect_view()}</tbody>
                </table>
            </SidewaysScroll>
        }
    });
    let empty = balances.is_none().then(|| view! { <p>{strings::no_balances()}</p> });
    view! {
        <p class="wcpay-ledger__schedule">{schedule}</p>
        {balances}
        {empty}
    }
}

fn balance_row(balance: Balance) -> impl IntoView {
    let Balance { currency, available, pending, next_deposit } = balance;
    let next = match next_deposit {
        None => view! { <td>{strings::no_deposit_due()}</td> }.into_any(),
        Some(NextDeposit { date, amount, deposit_id }) => {
            let amount = format_money(amount, &currency);
            let amount = if deposit_id.is_some() { amount } else { strings::estimated(&amount) };
            view! { <td>{day_time(date)}<br/>{amount}</td> }.into_any()
        }
    };
    view! {
        <tr>
            <th scope="row">{currency.clone()}</th>
            {money_cell(available, &currency)}
            {money_cell(pending, &currency)}
            {next}
        </tr>
    }
}
