//! The two Auth0 APIs a connection can call, and the OAuth 2.0 grants it can use.

use super::json::{At, FromJson, Read, one_of};
use crate::i18n::Key;
use crate::model::json_value::Value;
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

impl ApiType {
    pub const ALL: [ApiType; 2] = [ApiType::Management, ApiType::MyAccount];

    /// The protocol's name for the API type.
    pub fn code(self) -> &'static str {
        match self {
            ApiType::Management => "management",
            ApiType::MyAccount => "myAccount",
        }
    }
}

impl FromJson for ApiType {
    fn from_json(value: &Value, at: At<'_>) -> Read<ApiType> {
        one_of(value, at, &ApiType::ALL, ApiType::code)
    }
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
    pub const ALL: [GrantType; 3] = [
        GrantType::ClientCredentials,
        GrantType::AuthorizationCode,
        GrantType::AuthorizationCodePkce,
    ];

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
        GrantType::ALL.into_iter().find(|g| g.code() == code)
    }

    /// OAuth's own spelling, for the HTTP settings.
    pub fn oauth_name(self) -> &'static str {
        match self {
            GrantType::ClientCredentials => "client_credentials",
            _ => "authorization_code",
        }
    }
}

impl FromJson for GrantType {
    fn from_json(value: &Value, at: At<'_>) -> Read<GrantType> {
        one_of(value, at, &GrantType::ALL, GrantType::code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_spelling_is_the_one_the_protocol_writes() {
        use super::super::json::schema_names;
        let codes = |all: Vec<&str>| all.into_iter().map(String::from).collect::<Vec<_>>();
        assert_eq!(
            codes(ApiType::ALL.map(ApiType::code).to_vec()),
            schema_names::<ApiType>()
        );
        assert_eq!(
            codes(GrantType::ALL.map(GrantType::code).to_vec()),
            schema_names::<GrantType>()
        );
        for api in ApiType::ALL {
            assert_eq!(serde_json::to_value(api).unwrap(), api.code());
            assert_eq!(super::super::json::read(&api.code().into()), Ok(api));
        }
        for grant in GrantType::ALL {
            assert_eq!(serde_json::to_value(grant).unwrap(), grant.code());
            assert_eq!(super::super::json::read(&grant.code().into()), Ok(grant));
        }
    }
}
