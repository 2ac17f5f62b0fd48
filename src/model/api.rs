//! The two Auth0 APIs a connection can call, and the OAuth 2.0 grants it can use.

use crate::i18n::Key;
use serde::{Deserialize, Serialize};

/// Which Auth0 API the connection calls.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum ApiType {
    #[default]
    Management,
    MyAccount,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum GrantType {
    ClientCredentials,
    AuthorizationCode,
    AuthorizationCodePkce,
}

impl GrantType {
    /// The grants a person may choose for My account, in the select's order.
    pub const MY_ACCOUNT: [GrantType; 2] = [
        GrantType::AuthorizationCode,
        GrantType::AuthorizationCodePkce,
    ];

    pub fn code(self) -> &'static str {
        match self {
            GrantType::ClientCredentials => "clientCredentials",
            GrantType::AuthorizationCode => "authorizationCode",
            GrantType::AuthorizationCodePkce => "authorizationCodePkce",
        }
    }

    /// The catalogue key of what a person sees in the grant select.
    pub fn label(self) -> Key {
        match self {
            GrantType::ClientCredentials => Key::GrantClientCredentials,
            GrantType::AuthorizationCode => Key::GrantAuthorizationCode,
            GrantType::AuthorizationCodePkce => Key::GrantAuthorizationCodePkce,
        }
    }

    pub fn from_code(code: &str) -> Option<GrantType> {
        [
            GrantType::ClientCredentials,
            GrantType::AuthorizationCode,
            GrantType::AuthorizationCodePkce,
        ]
        .into_iter()
        .find(|g| g.code() == code)
    }

    /// OAuth's own spelling, for the HTTP settings.
    pub fn oauth_name(self) -> &'static str {
        match self {
            GrantType::ClientCredentials => "client_credentials",
            _ => "authorization_code",
        }
    }
}
