//! The payloads of the protocol's messages, as serde types with the protocol's camelCase
//! spellings; each also derives its JSON Schema and TypeScript declaration for the contract.

use crate::model::connection::{Connection, ConnectionPrefill};
use crate::model::pkce::Pkce;
use crate::model::scopes::ScopeEntry;
use crate::model::secret::Secret;
use crate::model::string_map::StringMap;
use serde::{Deserialize, Serialize};

/// An OAuth 2.0 client the host holds. Never carries a secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub struct OAuthClient {
    pub id: String,
    pub name: String,
    pub client_id: String,
}

/// `oauthClientSaved`: the client the host saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, ts_rs::TS)]
pub struct ClientPayload {
    pub client: OAuthClient,
}

/// `requestFailed`: why the host could not complete a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, ts_rs::TS)]
pub struct RequestFailedPayload {
    pub message: String,
}

/// The client dialog's result, sent in `saveOAuthClient`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct OAuthClientDraft {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub name: String,
    pub client_id: String,
    /// Omitted on edit when unchanged. A secret: it leaves the panel only in this message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    #[ts(as = "Option<String>")]
    pub client_secret: Option<Secret>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum Mode {
    #[default]
    Create,
    Edit,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Create, Mode::Edit];

    /// The protocol's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Create => "create",
            Mode::Edit => "edit",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum AuthorizeMode {
    #[default]
    Host,
    Panel,
}

impl AuthorizeMode {
    pub const ALL: [AuthorizeMode; 2] = [AuthorizeMode::Host, AuthorizeMode::Panel];

    /// The protocol's spelling.
    pub fn code(self) -> &'static str {
        match self {
            AuthorizeMode::Host => "host",
            AuthorizeMode::Panel => "panel",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    System,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::System];

    /// The protocol's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::System => "system",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, ts_rs::TS)]
pub struct PopupSize {
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct ScopeCatalog {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_account: Option<Vec<ScopeEntry>>,
}

/// `init`: everything the host tells the panel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct InitPayload {
    pub mode: Mode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<ConnectionPrefill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_clients: Option<Vec<OAuthClient>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_catalog: Option<ScopeCatalog>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize: Option<AuthorizeMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub popup: Option<PopupSize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    #[ts(as = "Option<std::collections::BTreeMap<String, String>>")]
    pub theme_tokens: Option<StringMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_timeout_ms: Option<u32>,
    /// A BCP 47 tag, matched with fallback (`fr-CA` → `fr` → `en`); without it, the browser's
    /// languages decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The host's own wording for any message, by catalogue key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    #[ts(as = "Option<std::collections::BTreeMap<String, String>>")]
    pub strings: Option<StringMap>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct SubmitResult {
    pub ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    #[ts(as = "Option<std::collections::BTreeMap<String, String>>")]
    pub field_errors: Option<StringMap>,
}

/// How the host completes authorization (`submit.payload.authorization`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct Authorization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    #[ts(as = "Option<String>")]
    pub code: Option<Secret>,
    pub state: String,
    pub redirect_uri: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct SubmitPayload {
    pub connection: Connection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkce: Option<Pkce>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<Authorization>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum ErrorCode {
    InvalidMessage,
    UnsupportedVersion,
    PopupBlocked,
    PopupClosed,
    StateMismatch,
    AuthorizationDenied,
    HostTimeout,
    PanelCrashed,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 8] = [
        ErrorCode::InvalidMessage,
        ErrorCode::UnsupportedVersion,
        ErrorCode::PopupBlocked,
        ErrorCode::PopupClosed,
        ErrorCode::StateMismatch,
        ErrorCode::AuthorizationDenied,
        ErrorCode::HostTimeout,
        ErrorCode::PanelCrashed,
    ];

    /// The protocol's spelling.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::InvalidMessage => "invalidMessage",
            ErrorCode::UnsupportedVersion => "unsupportedVersion",
            ErrorCode::PopupBlocked => "popupBlocked",
            ErrorCode::PopupClosed => "popupClosed",
            ErrorCode::StateMismatch => "stateMismatch",
            ErrorCode::AuthorizationDenied => "authorizationDenied",
            ErrorCode::HostTimeout => "hostTimeout",
            ErrorCode::PanelCrashed => "panelCrashed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadyPayload {
    pub panel_version: String,
    pub protocol_versions: Vec<u8>,
    /// The locales the panel ships (`init.locale` may name any of them, or a more specific tag).
    pub locales: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct ChangedPayload {
    pub valid: bool,
    pub dirty: bool,
    /// Every current error, by field (`name`, `tenant`, `region`, `customDomain`, `oauthClientId`, `audience`, `grantType`, `scopes`).
    #[schemars(with = "std::collections::BTreeMap<String, String>")]
    #[ts(as = "std::collections::BTreeMap<String, String>")]
    pub errors: StringMap,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct ResizePayload {
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct ClientDraftPayload {
    pub client: OAuthClientDraft,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct CancelPayload {
    pub dirty: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

/// An empty payload (it may be left out).
#[derive(
    Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
pub struct Empty {}
