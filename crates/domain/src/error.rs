//! Every way a step can be refused, each with a sentence a store owner understands.

use std::fmt;

use crate::connection::BreakCause;
use crate::environment::Environment;
use crate::express_account::ExpressAccountId;

/// A step the world refused; the world is left exactly as it was before the step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainError {
    /// A site address that is not an `http://` or `https://` address.
    InvalidSiteAddress {
        /// The address that was given.
        given: String,
    },
    /// The site address given is the one the site already has.
    SiteAddressUnchanged,
    /// A WordPress.com username that breaks WordPress.com's rule.
    InvalidWpcomLogin {
        /// The username that was given.
        given: String,
    },
    /// A WordPress.com account with this username already exists.
    WpcomLoginTaken {
        /// The username that is taken.
        login: String,
    },
    /// No WordPress.com account has this username.
    UnknownWpcomAccount {
        /// The username that was given.
        login: String,
    },
    /// The browser is already logged in to WordPress.com.
    AlreadyLoggedIn {
        /// Who is logged in.
        login: String,
    },
    /// The browser is already logged out of WordPress.com.
    AlreadyLoggedOut,
    /// Jetpack is installed already.
    JetpackAlreadyInstalled,
    /// Jetpack is not installed.
    JetpackNotInstalled,
    /// Jetpack is active already.
    JetpackAlreadyActive,
    /// Jetpack is not active, so it cannot be deactivated or used to connect or disconnect.
    JetpackNotActive,
    /// An active plugin cannot be deleted; Jetpack must be deactivated first.
    JetpackStillActive,
    /// The site is already connected to WordPress.com.
    AlreadyConnected {
        /// The WordPress.com login the site is connected as.
        login: String,
    },
    /// The connection is broken and must be reset (disconnected) before connecting again.
    ConnectionBroken {
        /// What broke it.
        cause: BreakCause,
    },
    /// The site is not connected to WordPress.com, and the step needs a working connection.
    NotConnected,
    /// The site is not connected to WordPress.com, so there is nothing to disconnect.
    NothingToDisconnect,
    /// No connection was started, so there is nothing to authorize or cancel.
    NotConnecting,
    /// Authorizing needs a WordPress.com user, and the browser is logged out.
    LoggedOutOfWpcom,
    /// A text that is not a Stripe Express account id.
    InvalidAccountId {
        /// The text that was given.
        given: String,
    },
    /// The site already has its WooPayments account; a second one is never created.
    AccountAlreadyExists {
        /// The id of the account the site has.
        id: ExpressAccountId,
    },
    /// The site has no WooPayments account yet.
    NoAccount,
    /// The store opted out of the Stripe agreement; WooPayments cannot be used any more.
    OptedOut,
    /// A change of the connection is already in progress.
    ChangeInProgress,
    /// No change of the connection is in progress.
    NoChangeInProgress,
    /// The site has no connection to change or reset.
    NothingToChange,
    /// The change in progress already has its plan.
    ChangeAlreadyPlanned,
    /// The change in progress has no plan yet.
    ChangeNotPlanned,
    /// The change in progress does not offer this (goal, Jetpack choice or step), or it is done.
    ChangeNotOffered,
    /// The change has steps left before it can be finished.
    ChangeStepsLeft,
    /// A WordPress username that breaks WordPress's rule.
    InvalidSiteLogin {
        /// The username that was given.
        given: String,
    },
    /// A user of the site already has this username.
    SiteLoginTaken {
        /// The username that is taken.
        login: String,
    },
    /// No user of the site has this username.
    UnknownSiteUser {
        /// The username that was given.
        login: String,
    },
    /// The step needs an administrator of the site.
    NotAnAdministrator {
        /// The user who is not one.
        login: String,
    },
    /// The site's last administrator cannot be deleted or demoted.
    LastAdministrator {
        /// The last administrator.
        login: String,
    },
    /// Another user of the site linked this WordPress.com account already.
    WpcomAccountLinked {
        /// The WordPress.com account.
        wpcom_login: String,
        /// The user who linked it.
        by: String,
    },
    /// The owner's WordPress.com account is the one the site is connected as; it cannot change
    /// while they own the connection.
    OwnerKeepsAccount,
    /// Only the connection's owner may hand it over.
    NotTheOwner {
        /// The owner's display name.
        owner: String,
    },
    /// The administrator owns the connection already.
    AlreadyOwner {
        /// The owner.
        login: String,
    },
    /// The administrator has not linked a WordPress.com account of their own.
    NoLinkedWpcomAccount {
        /// The administrator.
        login: String,
    },
    /// Only a production site can take live payments.
    NotProduction {
        /// The site's environment.
        environment: Environment,
    },
    /// The store takes live payments already.
    AlreadyLive,
    /// The account id belongs to the store's account of the other payment mode.
    AccountIdInOtherMode {
        /// The id given.
        id: ExpressAccountId,
    },
}

impl DomainError {
    /// A stable, machine-readable code for the error, e.g. `already_connected`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidSiteAddress { .. } => "invalid_site_address",
            Self::SiteAddressUnchanged => "site_address_unchanged",
            Self::InvalidWpcomLogin { .. } => "invalid_wpcom_login",
            Self::WpcomLoginTaken { .. } => "wpcom_login_taken",
            Self::UnknownWpcomAccount { .. } => "unknown_wpcom_account",
            Self::AlreadyLoggedIn { .. } => "already_logged_in",
            Self::AlreadyLoggedOut => "already_logged_out",
            Self::JetpackAlreadyInstalled => "jetpack_already_installed",
            Self::JetpackNotInstalled => "jetpack_not_installed",
            Self::JetpackAlreadyActive => "jetpack_already_active",
            Self::JetpackNotActive => "jetpack_not_active",
            Self::JetpackStillActive => "jetpack_still_active",
            Self::AlreadyConnected { .. } => "already_connected",
            Self::ConnectionBroken { .. } => "connection_broken",
            Self::NotConnected => "not_connected",
            Self::NothingToDisconnect => "nothing_to_disconnect",
            Self::NotConnecting => "not_connecting",
            Self::LoggedOutOfWpcom => "logged_out_of_wpcom",
            Self::InvalidAccountId { .. } => "invalid_account_id",
            Self::AccountAlreadyExists { .. } => "account_already_exists",
            Self::NoAccount => "no_account",
            Self::OptedOut => "opted_out",
            Self::ChangeInProgress => "change_in_progress",
            Self::NoChangeInProgress => "no_change_in_progress",
            Self::NothingToChange => "nothing_to_change",
            Self::ChangeAlreadyPlanned => "change_already_planned",
            Self::ChangeNotPlanned => "change_not_planned",
            Self::ChangeNotOffered => "change_not_offered",
            Self::ChangeStepsLeft => "change_steps_left",
            Self::InvalidSiteLogin { .. } => "invalid_site_login",
            Self::SiteLoginTaken { .. } => "site_login_taken",
            Self::UnknownSiteUser { .. } => "unknown_site_user",
            Self::NotAnAdministrator { .. } => "not_an_administrator",
            Self::LastAdministrator { .. } => "last_administrator",
            Self::WpcomAccountLinked { .. } => "wpcom_account_linked",
            Self::OwnerKeepsAccount => "owner_keeps_account",
            Self::NotTheOwner { .. } => "not_the_owner",
            Self::AlreadyOwner { .. } => "already_owner",
            Self::NoLinkedWpcomAccount { .. } => "no_linked_wpcom_account",
            Self::NotProduction { .. } => "not_production",
            Self::AlreadyLive => "already_live",
            Self::AccountIdInOtherMode { .. } => "account_id_in_other_mode",
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidSiteAddress { given } => {
                write!(f, "\"{given}\" is not a site address: it should look like https://shop.example.")
            }
            Self::SiteAddressUnchanged => f.write_str("The site already has this address."),
            Self::InvalidWpcomLogin { given } => write!(
                f,
                "\"{given}\" cannot be a WordPress.com username: \
                 use only lowercase letters and numbers."
            ),
            Self::WpcomLoginTaken { login } => write!(
                f,
                "The WordPress.com username \"{login}\" is taken: \
                 choose another one, or log in to that account."
            ),
            Self::UnknownWpcomAccount { login } => {
                write!(f, "There is no WordPress.com account with the username \"{login}\".")
            }
            Self::AlreadyLoggedIn { login } => write!(
                f,
                "You are logged in to WordPress.com as \"{login}\": \
                 click Log Out on your WordPress.com profile first to use another account."
            ),
            Self::AlreadyLoggedOut => f.write_str("You are already logged out of WordPress.com."),
            Self::JetpackAlreadyInstalled => f.write_str("Jetpack is already installed."),
            Self::JetpackNotInstalled => f.write_str("Jetpack is not installed: install it under Plugins first."),
            Self::JetpackAlreadyActive => f.write_str("Jetpack is already active."),
            Self::JetpackNotActive => f.write_str("Jetpack is not active: activate it under Plugins first."),
            Self::JetpackStillActive => {
                f.write_str("Jetpack is active: deactivate it under Plugins before deleting it.")
            }
            Self::AlreadyConnected { login } => write!(
                f,
                "Your site is already connected to WordPress.com as \"{login}\": \
                 Disconnect first to connect another account."
            ),
            Self::ConnectionBroken { cause } => write!(
                f,
                "Your site's connection to WordPress.com is broken because {cause}: \
                 reset it by clicking Disconnect, then connect again."
            ),
            Self::NotConnected => f.write_str(
                "Your site is not connected to WordPress.com: \
                 click Connect (or Finish setup) first.",
            ),
            Self::NothingToDisconnect => {
                f.write_str("Your site is not connected to WordPress.com, so there is nothing to disconnect.")
            }
            Self::NotConnecting => f.write_str(
                "No connection to WordPress.com was started: \
                 click Connect (or Finish setup) first.",
            ),
            Self::LoggedOutOfWpcom => f.write_str(
                "You are logged out of WordPress.com: \
                 log in, or create a WordPress.com account, to approve the connection.",
            ),
            Self::InvalidAccountId { given } => write!(
                f,
                "\"{given}\" is not a Stripe Express account id \
                 (acct_ followed by 16 letters or digits)."
            ),
            Self::AccountAlreadyExists { id } => write!(
                f,
                "Your site already has its WooPayments account ({id}): \
                 reconnecting brings it back, with no need to verify your business again."
            ),
            Self::NoAccount => f.write_str(
                "Your site has no WooPayments account yet: \
                 click Finish setup and verify your business details with Stripe.",
            ),
            Self::OptedOut => f.write_str(
                "Your store opted out of the Stripe agreement, so WooPayments can no longer be \
                 used. Your remaining balance is still deposited on your usual schedule.",
            ),
            Self::ChangeInProgress => {
                f.write_str("A change of the connection is already in progress: continue it, or cancel it first.")
            }
            Self::NoChangeInProgress => {
                f.write_str("No change of the connection is in progress: start one from Change or reset connection.")
            }
            Self::NothingToChange => f.write_str(
                "Your site is not connected to WordPress.com, so there is nothing to change: \
                 click Finish setup to connect.",
            ),
            Self::ChangeAlreadyPlanned => {
                f.write_str("You already chose what this change does: cancel it to choose again.")
            }
            Self::ChangeNotPlanned => f.write_str("Choose what the change should do first."),
            Self::ChangeNotOffered => {
                f.write_str("That is not a step of this change any more: the page shows where it stands now.")
            }
            Self::ChangeStepsLeft => f.write_str("The change has steps left: finish them before checking the result."),
            Self::InvalidSiteLogin { given } => {
                write!(f, "\"{given}\" cannot be a WordPress username: use 1 to 60 letters, numbers or _ . - @.")
            }
            Self::SiteLoginTaken { login } => write!(f, "The site already has a user called \"{login}\"."),
            Self::UnknownSiteUser { login } => write!(f, "The site has no user called \"{login}\"."),
            Self::NotAnAdministrator { login } => {
                write!(f, "\"{login}\" is not an administrator of this site: only administrators manage payments.")
            }
            Self::LastAdministrator { login } => {
                write!(f, "\"{login}\" is the site's last administrator: make someone else an administrator first.")
            }
            Self::WpcomAccountLinked { wpcom_login, by } => {
                write!(f, "The WordPress.com account \"{wpcom_login}\" is already linked to the site's user \"{by}\".")
            }
            Self::OwnerKeepsAccount => f.write_str(
                "The connection's owner keeps the WordPress.com account the site is connected as: \
                 transfer ownership first.",
            ),
            Self::NotTheOwner { owner } => {
                write!(f, "Only {owner}, the connection's owner, can transfer it: ask them to make you the owner.")
            }
            Self::AlreadyOwner { login } => write!(f, "\"{login}\" already owns the connection."),
            Self::NoLinkedWpcomAccount { login } => write!(
                f,
                "\"{login}\" has not connected a WordPress.com account of their own yet: \
                 they need one before they can own the connection."
            ),
            Self::NotProduction { environment } => write!(
                f,
                "This is a {environment} site: only the production store can take live payments. \
                 It stays in test mode."
            ),
            Self::AlreadyLive => f.write_str("Your store already takes live payments."),
            Self::AccountIdInOtherMode { id } => {
                write!(
                    f,
                    "The account {id} is the store's account in the other payment mode: live and test accounts stay apart."
                )
            }
        }
    }
}

impl std::error::Error for DomainError {}
