//! The words of the account's life after setup: what Stripe needs, by when, and what still works.

use panel_protocol::RejectionReason;

/// Heading: Stripe needs more information before a deadline.
pub const RESTRICTED_SOON_HEADING: &str = "Stripe needs more information about your business";
/// Heading: Stripe restricted the account.
pub const RESTRICTED_HEADING: &str = "Stripe has restricted your account";
/// Heading: Stripe is reviewing the account.
pub const UNDER_REVIEW_HEADING: &str = "Stripe is reviewing your account";
/// Heading: Stripe rejected the account.
pub const REJECTED_HEADING: &str = "Stripe has rejected your account";
/// Heading: Stripe is checking the details given.
pub const PENDING_HEADING: &str = "Stripe is checking your details";
/// What happens when the deadline passes.
pub const RESTRICTED_SOON_WHY: &str =
    "Payments and deposits go on until then. If Stripe does not have it by that date, it pauses them.";
/// Stripe's restriction: how to lift it.
pub const RESTRICTED_WHY: &str =
    "Stripe needed more information by a date that has passed. Give it in Stripe Express to lift the restriction.";
/// Under review: nothing to do but wait.
pub const UNDER_REVIEW_WHY: &str =
    "Nothing to do for now: Stripe will tell you if it needs anything. Deposits wait until the review ends.";
/// Pending verification: nothing to do but wait.
pub const PENDING_WHY: &str = "Nothing to do for now. Deposits start once Stripe has checked your details.";
/// The list of what is due, introduced.
pub const DUE_INTRO: &str = "What Stripe needs:";
/// The button to the Express dashboard, where the details are given.
pub const UPDATE_IN_STRIPE_EXPRESS: &str = "Update in Stripe Express";
/// Whom to contact, as the support pages say: WooCommerce support first.
pub const CONTACT_WOOCOMMERCE_FIRST: &str = "Questions? Contact WooCommerce support first: they help with payments and deposits, and refer you to Stripe support when needed.";
/// The link to Payments > Support.
pub const CONTACT_WOOCOMMERCE_SUPPORT: &str = "Contact WooCommerce support";
/// What still works, introduced.
pub const WHAT_WORKS: &str = "What works now:";
/// Payments: on.
pub const PAYMENTS_WORK: &str = "Payments: on";
/// Payments: stopped.
pub const PAYMENTS_STOPPED: &str = "Payments: stopped";
/// Deposits: on.
pub const DEPOSITS_WORK: &str = "Deposits: on";
/// Deposits: paused.
pub const DEPOSITS_STOPPED: &str = "Deposits: paused";
/// Refunds: on.
pub const REFUNDS_WORK: &str = "Refunds: on";
/// Refunds: not possible.
pub const REFUNDS_STOPPED: &str = "Refunds: not possible";
/// Heading of the deposits-paused notice (account card, Deposits panel).
pub const DEPOSITS_PAUSED: &str = "Deposits are paused";

/// A requirement Stripe reports (its code), in the owner's words.
pub fn requirement_words(code: &str) -> String {
    let words = match code {
        "external_account" => "Add a bank account",
        "individual.verification.document" | "representative.verification.document" => "Verify your identity",
        "individual.verification.additional_document" => "Add a second identity document",
        "individual.id_number" | "individual.ssn_last_4" => "Add your ID number",
        "individual.dob.day" | "individual.dob.month" | "individual.dob.year" => "Add your date of birth",
        "business_profile.url" => "Add your business website",
        "business_profile.mcc" => "Say what your business sells",
        "company.tax_id" => "Add your business tax ID",
        "company.verification.document" => "Verify your business",
        "tos_acceptance.date" | "tos_acceptance.ip" => "Accept Stripe's terms of service",
        _ => return format!("Give Stripe the information it asks for ({code})"),
    };
    words.to_owned()
}

/// When the deadline is, as "by March 5, 2024 (14 days left)".
pub fn due_by(date: &str, days_left: i64) -> String {
    match days_left {
        ..=0 => format!("Due by {date} (today)."),
        1 => format!("Due by {date} (1 day left)."),
        days => format!("Due by {date} ({days} days left)."),
    }
}

/// Why Stripe rejected the account, as the owner reads it.
pub fn rejection_words(reason: Option<RejectionReason>) -> &'static str {
    match reason {
        Some(RejectionReason::Fraud) => {
            "Stripe found signs of fraud. The account cannot take payments or receive deposits."
        }
        Some(RejectionReason::TermsOfService) => {
            "Stripe found that the business breaks its terms of service. The account cannot take payments or receive deposits."
        }
        Some(RejectionReason::Other) | None => "The account cannot take payments or receive deposits.",
    }
}

/// Why deposits are paused, for the account card and the Deposits panel.
pub fn deposits_paused_why(status: panel_protocol::VerificationStatus) -> &'static str {
    use panel_protocol::VerificationStatus::*;
    match status {
        Restricted => "Stripe has restricted the account until it has the information it asked for.",
        Rejected => "Stripe has rejected the account.",
        UnderReview => "Stripe is reviewing the account; deposits wait until the review ends.",
        PendingVerification => "Stripe is still checking your details; deposits start once it has.",
        Complete | RestrictedSoon => {
            "Stripe has paused payouts to your bank account. Update your details in Stripe Express."
        }
    }
}
