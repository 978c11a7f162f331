//! The site's administrators and the connection's owner, and which copy of the store this is
//! (its environment) with whether its payments are real (its payment mode).

use serde::{Deserialize, Serialize};

use crate::connection::WpcomUser;
use crate::tagged::{MissingField, need};

/// What a site user may do in WordPress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SiteRole {
    /// Manages the store: uses the panel, connects, may own the connection.
    Administrator,
    /// Edits content: no access to the panel.
    Editor,
}

/// A WordPress user of the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteUser {
    /// The WordPress username.
    pub login: String,
    /// The name WordPress shows for the user.
    pub display_name: String,
    /// What the user may do.
    pub role: SiteRole,
    /// The user's own WordPress.com account, once linked; an administrator needs one to own
    /// the connection.
    pub wpcom_user: Option<WpcomUser>,
}

/// Who owns the site's WordPress.com connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case", try_from = "OwnershipFields")]
pub enum ConnectionOwnership {
    /// The site has no connection, so nobody owns one.
    NoConnection,
    /// This administrator owns it: the site is connected as their WordPress.com account.
    Owned {
        /// The owner.
        owner: SiteUser,
    },
    /// The owner was deleted or lost the administrator role: payments go on, but logging into
    /// Stripe Express and changing the connection wait until an administrator takes ownership
    /// (`POST /connection/owner`) or the site reconnects.
    Ownerless {
        /// The former owner's name, when known.
        former_owner: Option<String>,
    },
}

/// A [`ConnectionOwnership`] as its JSON has it (crate::tagged).
#[derive(Deserialize)]
struct OwnershipFields {
    state: OwnershipState,
    owner: Option<SiteUser>,
    former_owner: Option<String>,
}

/// The tag of a [`ConnectionOwnership`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum OwnershipState {
    NoConnection,
    Owned,
    Ownerless,
}

impl TryFrom<OwnershipFields> for ConnectionOwnership {
    type Error = MissingField;

    fn try_from(fields: OwnershipFields) -> Result<Self, MissingField> {
        Ok(match fields.state {
            OwnershipState::NoConnection => ConnectionOwnership::NoConnection,
            OwnershipState::Owned => ConnectionOwnership::Owned { owner: need(fields.owner, "owner")? },
            OwnershipState::Ownerless => ConnectionOwnership::Ownerless { former_owner: fields.former_owner },
        })
    }
}

/// The site's environment, as WordPress's `WP_ENVIRONMENT_TYPE` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Environment {
    /// The live store.
    #[default]
    Production,
    /// A copy for trying changes before production.
    Staging,
    /// A developer's copy.
    Development,
}

/// Whether the store's payments are real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentMode {
    /// Real payments on the live account.
    #[default]
    Live,
    /// Test payments on a test account: no money moves; test transactions stay apart.
    Test,
}

/// `GET /me`: the signed-in administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Viewer {
    /// Who is signed in.
    pub user: SiteUser,
}

/// `POST /connection/owner`: hand the connection to another administrator (the owner, or any
/// administrator while it is ownerless).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TransferOwnershipRequest {
    /// The administrator who becomes the owner (their WordPress username); they must have
    /// linked a WordPress.com account of their own.
    pub to: String,
    /// The snapshot revision the client acted on.
    #[serde(deserialize_with = "crate::whole_number::deserialize")]
    pub expected_revision: u64,
}
