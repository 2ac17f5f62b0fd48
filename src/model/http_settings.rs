//! The generic OAuth 2.0 HTTP settings a connection resolves to (`connection.http`).

use super::api::{ApiType, GrantType};
use serde::{Deserialize, Serialize};

/// The resolved generic OAuth 2.0 settings (`connection.http`), in OAuth's own spellings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct HttpSettings {
    pub base_uri: String,
    pub token_url: String,
    pub grant_type: String,
    pub audience: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkce_method: Option<String>,
}

impl HttpSettings {
    /// `host` is where requests go: the custom domain when there is one, else the tenant domain.
    /// The audience is passed as it is (Management's stays canonical on a custom domain).
    pub fn resolve(
        api: ApiType,
        host: &str,
        audience: &str,
        grant: GrantType,
        scopes: &[String],
    ) -> HttpSettings {
        let my_account = api == ApiType::MyAccount;
        HttpSettings {
            base_uri: match api {
                ApiType::Management => format!("https://{host}/api/v2"),
                ApiType::MyAccount => format!("https://{host}/me/v1"),
            },
            token_url: format!("https://{host}/oauth/token"),
            grant_type: grant.oauth_name().to_string(),
            audience: audience.to_string(),
            authorize_url: my_account.then(|| format!("https://{host}/authorize")),
            scope: my_account.then(|| scopes.join(" ")),
            pkce_method: (my_account && grant == GrantType::AuthorizationCodePkce)
                .then(|| "S256".to_string()),
        }
    }
}
