//! The simulated Stripe business verification, shown on the first sign-up after authorizing:
//! the owner's personal and business details create the site's Express account.

use axum::Form;
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use connection_domain::{Connection, ExpressAccountId, World};
use panel_protocol::{
    Address, BankAccount, BusinessInfo, BusinessProfile, BusinessType, CONNECTED_PARAM, ContactInfo, EventKind,
    Ownership, VerificationStatus,
};
use serde::Deserialize;

use crate::business_profiles::{self, VERIFY_PAGE};
use crate::database::{Database, DatabaseError};
use crate::event_log::EventDraft;
use crate::html::detour::{Detour, HasNonce, failure, signed_in, signed_in_form};
use crate::html::page_query::PageQuery;
use crate::html::{self, Site, escape, hidden};
use crate::random;
use crate::saved_world::{self, ChangeError};
use crate::url::{is_local_path, with_param};
use crate::wire_mapping::domain_verification;

/// The longest value a field takes.
const MAX_FIELD_CHARS: usize = 200;

/// Where to send the browser once verified: `?return_to=/path`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ReturnQuery {
    #[serde(default)]
    return_to: String,
}

/// `return_to` if it is a local path, `/` otherwise.
fn return_target(return_to: &str) -> String {
    if is_local_path(return_to) { return_to.to_owned() } else { "/".to_owned() }
}

/// The verification form, as submitted (every field as typed, so it can be shown again).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct VerifyForm {
    #[serde(default)]
    nonce: String,
    #[serde(default)]
    return_to: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    business_name: String,
    #[serde(default)]
    business_type: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    line1: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    postal_code: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    owner_name: String,
    #[serde(default)]
    percent_owned: String,
    #[serde(default)]
    bank_account_number: String,
    #[serde(default)]
    outcome: String,
}

impl HasNonce for VerifyForm {
    fn nonce(&self) -> &str {
        &self.nonce
    }
}

/// Why the site cannot verify a business now, if it cannot: the page to show instead.
fn not_now(world: &World, return_to: &str) -> Option<Response> {
    let (title, message) = if let Some(account) = world.account() {
        (
            "Your business is verified",
            format!(
                "Your site already has its WooPayments account ({}): there is nothing to verify again.",
                account.id()
            ),
        )
    } else if !matches!(world.connection(), Connection::Connected { .. }) {
        (
            "Connect to WordPress.com first",
            "Business verification comes after connecting the site to WordPress.com. Go back to Payments and click Connect."
                .to_owned(),
        )
    } else {
        return None;
    };
    Some(html::notice(StatusCode::CONFLICT, Site::Stripe, title, &message, (return_to, "Back to Payments")))
}

/// `GET /stripe/verify`: the business details form, filled in with likely values (sample
/// ones where nothing is known, so a local walk-through is a click).
pub(crate) async fn form_page(
    State(database): State<Database>,
    headers: HeaderMap,
    PageQuery(query): PageQuery<ReturnQuery>,
) -> Result<Response, Detour> {
    let session = signed_in(&database, &headers).await?;
    let world = load_world(&database).await?;
    let return_to = return_target(&query.return_to);
    if let Some(page) = not_now(&world, &return_to) {
        return Ok(page);
    }
    let owner = world
        .connection()
        .login()
        .and_then(|login| world.wpcom().user(login))
        .map_or_else(String::new, |user| user.display_name.clone());
    let suggested = VerifyForm {
        name: owner.clone(),
        business_name: world.site().name().to_owned(),
        business_type: "individual".to_owned(),
        website: world.site().url().to_owned(),
        line1: "1 Example Street".to_owned(),
        city: "San Francisco".to_owned(),
        postal_code: "94107".to_owned(),
        country: "US".to_owned(),
        email: format!("owner@{}", host(world.site().url())),
        phone: "+1 415 555 0100".to_owned(),
        owner_name: owner,
        percent_owned: "100".to_owned(),
        bank_account_number: "000123456789".to_owned(),
        outcome: "complete".to_owned(),
        ..VerifyForm::default()
    };
    Ok(render(StatusCode::OK, &world, &suggested, &return_to, &session.nonce, &[]))
}

/// The host of a site address (`https://shop.example/x` -> `shop.example`), for sample values.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', ':']).next().unwrap_or(rest)
}

/// The world, as stored.
async fn load_world(database: &Database) -> Result<World, DatabaseError> {
    database.read(|transaction| saved_world::load(transaction).map(|(world, _)| world)).await
}

/// `POST /stripe/verify`: checks the details, creates the Express account with a new id, and
/// sends the browser back to the app with `?connected=1`.
pub(crate) async fn submit(
    State(database): State<Database>,
    headers: HeaderMap,
    form: Result<Form<VerifyForm>, FormRejection>,
) -> Result<Response, Detour> {
    let (session, form) = signed_in_form(&database, &headers, form).await?;
    let return_to = return_target(&form.return_to);
    let (profile, status) = match validate(&form) {
        Ok(valid) => valid,
        Err(problems) => {
            let world = load_world(&database).await?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &world, &form, &return_to, &session.nonce, &problems));
        }
    };
    let id = random::express_account_id().map_err(|error| Detour::from(failure(error)))?;
    let changed = saved_world::change(&database, None, move |step| {
        let id: ExpressAccountId = id.parse()?;
        let status = domain_verification(status);
        step.world.complete_business_verification(id.clone(), status, step.now)?;
        business_profiles::save(step.transaction, id.as_str(), &profile)?;
        let summary = format!("Business verification with Stripe created the WooPayments account {id} ({status:?}).");
        Ok(((), EventDraft::other(EventKind::AccountCreated, summary)))
    })
    .await;
    Ok(match changed {
        Ok(_) => Redirect::to(&with_param(&return_to, CONNECTED_PARAM, "1")).into_response(),
        Err(ChangeError::Domain(error)) => html::notice(
            StatusCode::CONFLICT,
            Site::Stripe,
            "Business verification was refused",
            &error.to_string(),
            (&return_to, "Back to Payments"),
        ),
        Err(error) => failure(error),
    })
}

/// The form's values as a profile and the simulated outcome, or every problem found.
fn validate(form: &VerifyForm) -> Result<(BusinessProfile, VerificationStatus), Vec<String>> {
    let mut problems = Vec::new();
    let mut text = |value: &str, what: &str| {
        let value = value.trim();
        if value.is_empty() || value.chars().count() > MAX_FIELD_CHARS {
            problems.push(format!("Enter {what} (at most {MAX_FIELD_CHARS} characters)."));
        }
        value.to_owned()
    };
    let name = text(&form.name, "your full name");
    let business_name = text(&form.business_name, "the business name");
    let website = text(&form.website, "the business website");
    let line1 = text(&form.line1, "the street address");
    let city = text(&form.city, "the city");
    let postal_code = text(&form.postal_code, "the postal code");
    let owner_name = text(&form.owner_name, "the owner's full name");
    let email = text(&form.email, "an email address");
    let phone = text(&form.phone, "a phone number");
    if !(website.starts_with("https://") || website.starts_with("http://")) {
        problems.push("The website should start with https:// or http://.".to_owned());
    }
    let country = form.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|byte| byte.is_ascii_uppercase()) {
        problems.push("Enter the country as its two-letter code, like US or GB.".to_owned());
    }
    if !email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.')) {
        problems.push("Enter an email address like owner@shop.example.".to_owned());
    }
    if phone.chars().filter(char::is_ascii_digit).count() < 6 {
        problems.push("Enter a phone number with at least 6 digits.".to_owned());
    }
    let percent_owned = form.percent_owned.trim().parse::<u8>().ok().filter(|percent| (1..=100).contains(percent));
    if percent_owned.is_none() {
        problems.push("Enter the owner's share as a whole percentage from 1 to 100.".to_owned());
    }
    let account_number: String = form.bank_account_number.chars().filter(|c| !c.is_whitespace()).collect();
    if !(4..=17).contains(&account_number.len()) || !account_number.bytes().all(|byte| byte.is_ascii_digit()) {
        problems.push("Enter the bank account number: 4 to 17 digits.".to_owned());
    }
    let business_type = parse_choice::<BusinessType>(&form.business_type);
    if business_type.is_none() {
        problems.push("Choose the kind of business.".to_owned());
    }
    let outcome = parse_choice::<VerificationStatus>(&form.outcome);
    if outcome.is_none() {
        problems.push("Choose the verification outcome to simulate.".to_owned());
    }
    match (business_type, outcome, percent_owned) {
        (Some(business_type), Some(outcome), Some(percent_owned)) if problems.is_empty() => {
            let last4 = account_number[account_number.len() - 4..].to_owned();
            let profile = BusinessProfile {
                name,
                business: BusinessInfo { name: business_name, business_type, website },
                address: Address { line1, city, postal_code, country },
                contact: ContactInfo { email, phone },
                ownership: Ownership { owner_name, percent_owned },
                bank_account: BankAccount { last4 },
            };
            Ok((profile, outcome))
        }
        _ => Err(problems),
    }
}

/// A value of a `<select>`, read by its wire name (`non_profit`, `pending_verification`).
fn parse_choice<T: serde::de::DeserializeOwned>(value: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
}

/// The form, filled with `values`, with `problems` listed at the top.
fn render(
    status: StatusCode,
    world: &World,
    values: &VerifyForm,
    return_to: &str,
    nonce: &str,
    problems: &[String],
) -> Response {
    let mut body = String::new();
    if !problems.is_empty() {
        let items: String = problems.iter().map(|problem| format!("<li>{}</li>", escape(problem))).collect();
        body.push_str(&format!(
            "<div class=\"error\" role=\"alert\"><p>Check these details:</p><ul>{items}</ul></div>\n"
        ));
    }
    body.push_str(&format!(
        "<p>WooPayments is built in partnership with Stripe. Verify your personal and business information to create \
         the Stripe Express account of <strong>{site}</strong>. It belongs to the site: whichever WordPress.com account \
         the site is connected to later, it comes back.</p>\n\
         <form method=\"post\" action=\"{VERIFY_PAGE}\">{nonce}{return_to}\n\
         <fieldset><legend>You</legend>{name}</fieldset>\n\
         <fieldset><legend>Business information</legend>{business_name}{business_type}{website}</fieldset>\n\
         <fieldset><legend>Address</legend>{line1}{city}{postal_code}{country}</fieldset>\n\
         <fieldset><legend>Contact information</legend>{email}{phone}</fieldset>\n\
         <fieldset><legend>Ownership details</legend>{owner_name}{percent_owned}</fieldset>\n\
         <fieldset><legend>Bank account</legend>{bank}<p>Only the last four digits are kept.</p></fieldset>\n\
         <fieldset><legend>Simulation</legend>{outcome}</fieldset>\n\
         <button type=\"submit\">Verify and create account</button>\n</form>",
        site = escape(world.site().name()),
        nonce = hidden("nonce", nonce),
        return_to = hidden("return_to", return_to),
        name = field("name", "Full name", "text", &values.name),
        business_name = field("business_name", "Business name", "text", &values.business_name),
        business_type = select(
            "business_type",
            "Kind of business",
            &[("individual", "Individual / sole trader"), ("company", "Company"), ("non_profit", "Non-profit")],
            &values.business_type
        ),
        website = field("website", "Website", "url", &values.website),
        line1 = field("line1", "Street address", "text", &values.line1),
        city = field("city", "City", "text", &values.city),
        postal_code = field("postal_code", "Postal code", "text", &values.postal_code),
        country = field("country", "Country (two-letter code)", "text", &values.country),
        email = field("email", "Email", "email", &values.email),
        phone = field("phone", "Phone", "tel", &values.phone),
        owner_name = field("owner_name", "Owner's full name", "text", &values.owner_name),
        percent_owned = field("percent_owned", "Percent owned", "number", &values.percent_owned),
        bank = field("bank_account_number", "Account number", "text", &values.bank_account_number),
        outcome = select(
            "outcome",
            "Verification outcome to simulate",
            &[
                ("complete", "Complete"),
                ("pending_verification", "Pending verification"),
                ("restricted_soon", "Restricted soon"),
                ("restricted", "Restricted"),
                ("rejected", "Rejected"),
                ("under_review", "Under review"),
            ],
            &values.outcome
        ),
    ));
    html::page(status, Site::Stripe, "Verify your business with Stripe", &body)
}

/// A labelled input.
fn field(name: &str, label: &str, kind: &str, value: &str) -> String {
    format!(
        "<label for=\"verify-{name}\">{label}</label><input type=\"{kind}\" id=\"verify-{name}\" name=\"{name}\" value=\"{value}\" required>",
        label = escape(label),
        value = escape(value),
    )
}

/// A labelled `<select>` of `(value, label)` options, `chosen` selected.
fn select(name: &str, label: &str, options: &[(&str, &str)], chosen: &str) -> String {
    let options: String = options
        .iter()
        .map(|(value, text)| {
            let selected = if *value == chosen { " selected" } else { "" };
            format!("<option value=\"{value}\"{selected}>{}</option>", escape(text))
        })
        .collect();
    format!(
        "<label for=\"verify-{name}\">{}</label><select id=\"verify-{name}\" name=\"{name}\">{options}</select>",
        escape(label)
    )
}
