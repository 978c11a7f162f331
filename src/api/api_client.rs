//! Typed calls to the API: one method per endpoint the panel uses.

use std::rc::Rc;

use panel_protocol::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{ApiError, ApiRequest, BadBody, Method, Reply, Transport, decode};

/// What the panel can do to the Jetpack plugin (Plugins > Installed Plugins).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JetpackAction {
    /// Install it (it arrives inactive).
    Install,
    /// Activate it; it picks up the site's connection.
    Activate,
    /// Deactivate it; the connection stays for WooPayments.
    Deactivate,
    /// Delete it; it must be inactive.
    Delete,
}

impl JetpackAction {
    fn path(self) -> &'static str {
        match self {
            Self::Install => JETPACK_INSTALL_PATH,
            Self::Activate => JETPACK_ACTIVATE_PATH,
            Self::Deactivate => JETPACK_DEACTIVATE_PATH,
            Self::Delete => JETPACK_DELETE_PATH,
        }
    }
}

/// The API, typed. Cheap to clone; every call decodes its answer or fails with an [`ApiError`].
#[derive(Clone)]
pub struct ApiClient {
    transport: Rc<dyn Transport>,
}

impl ApiClient {
    /// A client sending its requests through `transport`.
    pub fn new(transport: Rc<dyn Transport>) -> Self {
        Self { transport }
    }

    /// How long the transport waits for an answer, in milliseconds.
    pub fn time_limit_ms(&self) -> u32 {
        self.transport.time_limit_ms()
    }

    fn get<T: DeserializeOwned + 'static>(&self, path: String) -> Reply<T> {
        self.call(ApiRequest { method: Method::Get, path, body: None })
    }

    fn post<T: DeserializeOwned + 'static>(&self, path: &str, body: &impl Serialize) -> Reply<T> {
        match serde_json::to_string(body) {
            Ok(body) => self.call(ApiRequest { method: Method::Post, path: path.to_owned(), body: Some(body) }),
            Err(_) => Box::pin(async move { Err(ApiError::Malformed(BadBody::Request)) }),
        }
    }

    fn call<T: DeserializeOwned + 'static>(&self, request: ApiRequest) -> Reply<T> {
        let sent = self.transport.send(request);
        Box::pin(async move { decode(sent.await?) })
    }

    /// `GET /status`: everything the panel shows.
    pub fn status(&self) -> Reply<StatusSnapshot> {
        self.get(STATUS_PATH.to_owned())
    }

    /// `POST /connect`: starts connecting; answers where to send the browser.
    pub fn connect(&self, request: &ConnectRequest) -> Reply<ConnectResponse> {
        self.post(CONNECT_PATH, request)
    }

    /// `POST /disconnect`: the red **Disconnect** button.
    pub fn disconnect(&self, request: &DisconnectRequest) -> Reply<DisconnectResponse> {
        self.post(DISCONNECT_PATH, request)
    }

    /// `POST /disconnect-survey`: the optional feedback after disconnecting.
    pub fn submit_survey(&self, survey: &DisconnectSurvey) -> Reply<SurveyReceipt> {
        self.post(DISCONNECT_SURVEY_PATH, survey)
    }

    /// `POST /jetpack/...`: installs, activates, deactivates or deletes Jetpack.
    pub fn jetpack(&self, action: JetpackAction, expected: ExpectedRevision) -> Reply<StatusSnapshot> {
        self.post(action.path(), &expected)
    }

    /// `POST /wpcom/logout`: logs this browser out of WordPress.com.
    pub fn log_out_of_wpcom(&self, expected: ExpectedRevision) -> Reply<StatusSnapshot> {
        self.post(WPCOM_LOGOUT_PATH, &expected)
    }

    /// `POST /connection/check`: checks now that WordPress.com still accepts the connection
    /// (the body is ignored); answers the status with the check's result.
    pub fn check_connection(&self) -> Reply<StatusSnapshot> {
        self.post(CONNECTION_CHECK_PATH, &serde_json::json!({}))
    }

    /// `GET /account`: the account's details, read-only.
    pub fn account_details(&self) -> Reply<AccountDetails> {
        self.get(ACCOUNT_PATH.to_owned())
    }

    /// `POST /account/express-login-link`: a one-time link into the Stripe Express dashboard.
    pub fn express_login_link(&self) -> Reply<ExpressLoginLink> {
        self.post(EXPRESS_LOGIN_LINK_PATH, &serde_json::json!({}))
    }

    /// `GET /transactions`: one page of transactions, with the filtered set's summary.
    pub fn transactions(&self, query: &TransactionQuery) -> Reply<TransactionList> {
        self.get(query.path())
    }

    /// `GET /deposits`: one page of deposits.
    pub fn deposits(&self, query: &DepositQuery) -> Reply<Page<Deposit>> {
        self.get(query.path())
    }

    /// `GET /deposits/overview`: balances per currency, the schedule and the next deposits.
    pub fn deposits_overview(&self) -> Reply<DepositsOverview> {
        self.get(DEPOSITS_OVERVIEW_PATH.to_owned())
    }

    /// `GET /disputes`: one page of disputes, with how many need a response.
    pub fn disputes(&self, query: &DisputeQuery) -> Reply<DisputeList> {
        self.get(query.path())
    }

    /// `GET /support`: who to contact for what.
    pub fn support(&self) -> Reply<SupportContacts> {
        self.get(SUPPORT_PATH.to_owned())
    }

    /// `POST /change`: one action of the guided change of the connection.
    pub fn change(&self, request: &ChangeRequest) -> Reply<ChangeResponse> {
        self.post(CHANGE_PATH, request)
    }

    /// `GET /me`: the signed-in administrator.
    pub fn me(&self) -> Reply<Viewer> {
        self.get(ME_PATH.to_owned())
    }

    /// `POST /connection/owner`: hands the connection to another administrator.
    pub fn transfer_ownership(&self, request: &TransferOwnershipRequest) -> Reply<StatusSnapshot> {
        self.post(CONNECTION_OWNER_PATH, request)
    }

    /// `POST /payments/go-live`: leaves test mode (production sites only).
    pub fn go_live(&self, expected: ExpectedRevision) -> Reply<StatusSnapshot> {
        self.post(GO_LIVE_PATH, &expected)
    }

    /// `GET /events`: the newest connection events.
    pub fn events(&self) -> Reply<EventPage> {
        self.get(EVENTS_PATH.to_owned())
    }
}
