//! The words of the account's life after setup: what Stripe needs, by when, and what still works.

use crate::i18n::{sprintf, t, tn};

use panel_protocol::RejectionReason;

/// Heading: Stripe needs more information before a deadline.
pub fn restricted_soon_heading() -> &'static str {
    t("Stripe needs more information about your business")
}
/// Heading: Stripe restricted the account.
pub fn restricted_heading() -> &'static str {
    t("Stripe has restricted your account")
}
/// Heading: Stripe is reviewing the account.
pub fn under_review_heading() -> &'static str {
    t("Stripe is reviewing your account")
}
/// Heading: Stripe rejected the account.
pub fn rejected_heading() -> &'static str {
    t("Stripe has rejected your account")
}
/// Heading: Stripe is checking the details given.
pub fn pending_heading() -> &'static str {
    t("Stripe is checking your details")
}
/// What happens when the deadline passes.
pub fn restricted_soon_why() -> &'static str {
    t("Payments and deposits go on until then. If Stripe does not have it by that date, it pauses them.")
}
/// Stripe's restriction: how to lift it.
pub fn restricted_why() -> &'static str {
    t("Stripe needed more information by a date that has passed. Give it in Stripe Express to lift the restriction.")
}
/// Under review: nothing to do but wait.
pub fn under_review_why() -> &'static str {
    t("Nothing to do for now: Stripe will tell you if it needs anything. Deposits wait until the review ends.")
}
/// Pending verification: nothing to do but wait.
pub fn pending_why() -> &'static str {
    t("Nothing to do for now. Deposits start once Stripe has checked your details.")
}
/// The list of what is due, introduced.
pub fn due_intro() -> &'static str {
    t("What Stripe needs:")
}
/// The button to the Express dashboard, where the details are given.
pub fn update_in_stripe_express() -> &'static str {
    t("Update in Stripe Express")
}
/// Whom to contact, as the support pages say: WooCommerce support first.
pub fn contact_woocommerce_first() -> &'static str {
    t(
        "Questions? Contact WooCommerce support first: they help with payments and deposits, and refer you to Stripe support when needed.",
    )
}
/// The link to Payments > Support.
pub fn contact_woocommerce_support() -> &'static str {
    t("Contact WooCommerce support")
}
/// What still works, introduced.
pub fn what_works() -> &'static str {
    t("What works now:")
}
/// Payments: on.
pub fn payments_work() -> &'static str {
    t("Payments: on")
}
/// Payments: stopped.
pub fn payments_stopped() -> &'static str {
    t("Payments: stopped")
}
/// Deposits: on.
pub fn deposits_work() -> &'static str {
    t("Deposits: on")
}
/// Deposits: paused.
pub fn deposits_stopped() -> &'static str {
    t("Deposits: paused")
}
/// Refunds: on.
pub fn refunds_work() -> &'static str {
    t("Refunds: on")
}
/// Refunds: not possible.
pub fn refunds_stopped() -> &'static str {
    t("Refunds: not possible")
}
/// Heading of the deposits-paused notice (account card, Deposits panel).
pub fn deposits_paused() -> &'static str {
    t("Deposits are paused")
}

/// A requirement Stripe reports (its code), in the owner's words.
pub fn requirement_words(code: &str) -> String {
    let words = match code {
        "external_account" => t("Add a bank account"),
        "individual.verification.document" | "representative.verification.document" => t("Verify your identity"),
        "individual.verification.additional_document" => t("Add a second identity document"),
        "individual.id_number" | "individual.ssn_last_4" => t("Add your ID number"),
        "individual.dob.day" | "individual.dob.month" | "individual.dob.year" => t("Add your date of birth"),
        "business_profile.url" => t("Add your business website"),
        "business_profile.mcc" => t("Say what your business sells"),
        "company.tax_id" => t("Add your business tax ID"),
        "company.verification.document" => t("Verify your business"),
        "tos_acceptance.date" | "tos_acceptance.ip" => t("Accept Stripe's terms of service"),
        _ => return sprintf(t("Give Stripe the information it asks for (%s)"), &[&code]),
    };
    words.to_owned()
}

/// When the deadline is, as "by March 5, 2024 (14 days left)".
pub fn due_by(date: &str, days_left: i64) -> String {
    match days_left {
        ..=0 => sprintf(t("Due by %s (today)."), &[&date]),
        days => sprintf(
            tn("Due by %1$s (%2$d day left).", "Due by %1$s (%2$d days left).", days.unsigned_abs()),
            &[&date, &days],
        ),
    }
}

/// Why Stripe rejected the account, as the owner reads it.
pub fn rejection_words(reason: Option<RejectionReason>) -> &'static str {
    match reason {
        Some(RejectionReason::Fraud) => {
            t("Stripe found signs of fraud. The account cannot take payments or receive deposits.")
        }
        Some(RejectionReason::TermsOfService) => t(
            "Stripe found that the business breaks its terms of service. The account cannot take payments or receive deposits.",
        ),
        Some(RejectionReason::Other) | None => t("The account cannot take payments or receive deposits."),
    }
}

/// Why deposits are paused, for the account card and the Deposits panel.
pub fn deposits_paused_why(status: panel_protocol::VerificationStatus) -> &'static str {
    use panel_protocol::VerificationStatus::*;
    match status {
        Restricted => t("Stripe has restricted the account until it has the information it asked for."),
        Rejected => t("Stripe has rejected the account."),
        UnderReview => t("Stripe is reviewing the account; deposits wait until the review ends."),
        PendingVerification => t("Stripe is still checking your details; deposits start once it has."),
        Complete | RestrictedSoon => {
            t("Stripe has paused payouts to your bank account. Update your details in Stripe Express.")
        }
    }
}
