//! Who a request acts for: the administrator the session belongs to, or the host's user a
//! service call names ([`crate::auth`] puts it in the request's extensions).

/// The administrator a request acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Actor {
    /// Their WordPress username.
    pub login: String,
    /// Their name, as the event log shows it.
    pub display_name: String,
}
