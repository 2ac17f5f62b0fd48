//! How each message the panel sends is written (`model::write`), and the connection, PKCE and
//! authorization it carries; `tests` checks every writer against serde's derive on the same type
//! (the contract's declarations are derived from those types).

use super::payloads::*;
use crate::model::api::{ApiType, GrantType};
use crate::model::connection::Connection;
use crate::model::http_settings::HttpSettings;
use crate::model::json_value::Value;
use crate::model::pkce::Pkce;
use crate::model::region::Region;
use crate::model::write::{Fields, ToJson};

/// Enums the protocol spells by their `code()`.
macro_rules! written_as_code {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                self.code().to_json()
            }
        }
    )*};
}

written_as_code!(ApiType, GrantType, Region, ErrorCode);

impl ToJson for HttpSettings {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("baseUri", &self.base_uri)
            .field("tokenUrl", &self.token_url)
            .field("grantType", &self.grant_type)
            .field("audience", &self.audience)
            .optional("authorizeUrl", self.authorize_url.as_ref())
            .optional("scope", self.scope.as_ref())
            .optional("pkceMethod", self.pkce_method.as_ref())
            .done()
    }
}

impl ToJson for Connection {
    fn to_json(&self) -> Value {
        Fields::new()
            .optional("id", self.id.as_ref())
            .field("name", &self.name)
            .field("apiType", &self.api_type)
            .field("tenant", &self.tenant)
            .field("region", &self.region)
            .field("domain", &self.domain)
            .optional("customDomain", self.custom_domain.as_ref())
            .field("oauthClientId", &self.oauth_client_id)
            .field("audience", &self.audience)
            .field("grantType", &self.grant_type)
            .optional("scopes", self.scopes.as_ref())
            .field("http", &self.http)
            .done()
    }
}

impl ToJson for Pkce {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("codeVerifier", &self.code_verifier)
            .field("codeChallenge", &self.code_challenge)
            .field("codeChallengeMethod", &self.code_challenge_method)
            .done()
    }
}

impl ToJson for Authorization {
    fn to_json(&self) -> Value {
        Fields::new()
            .optional("authorizeUrl", self.authorize_url.as_ref())
            .optional("code", self.code.as_ref())
            .field("state", &self.state)
            .field("redirectUri", &self.redirect_uri)
            .done()
    }
}

impl ToJson for SubmitPayload {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("connection", &self.connection)
            .optional("pkce", self.pkce.as_ref())
            .optional("authorization", self.authorization.as_ref())
            .done()
    }
}

impl ToJson for OAuthClientDraft {
    fn to_json(&self) -> Value {
        Fields::new()
            .optional("id", self.id.as_ref())
            .field("name", &self.name)
            .field("clientId", &self.client_id)
            .optional("clientSecret", self.client_secret.as_ref())
            .done()
    }
}

impl ToJson for ClientDraftPayload {
    fn to_json(&self) -> Value {
        Fields::new().field("client", &self.client).done()
    }
}

impl ToJson for ReadyPayload {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("panelVersion", &self.panel_version)
            .field("protocolVersions", &self.protocol_versions)
            .field("locales", &self.locales)
            .done()
    }
}

impl ToJson for ChangedPayload {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("valid", &self.valid)
            .field("dirty", &self.dirty)
            .field("errors", &self.errors)
            .done()
    }
}

impl ToJson for ResizePayload {
    fn to_json(&self) -> Value {
        Fields::new().field("height", &self.height).done()
    }
}

impl ToJson for CancelPayload {
    fn to_json(&self) -> Value {
        Fields::new().field("dirty", &self.dirty).done()
    }
}

impl ToJson for ErrorPayload {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("code", &self.code)
            .field("message", &self.message)
            .done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::secret::Secret;
    use crate::model::string_map::StringMap;
    use crate::model::write::assert_written_as_serde;
    use crate::protocol::{PROTOCOL_VERSION, PanelMessageEnvelope, PanelToHost, ProtocolName};

    fn connection(optional: bool) -> Connection {
        let some = |s: &str| optional.then(|| s.to_string());
        Connection {
            id: some("con_1"),
            name: "Billing".into(),
            api_type: ApiType::MyAccount,
            tenant: "acme".into(),
            region: Region::Eu,
            domain: "acme.eu.auth0.com".into(),
            custom_domain: some("login.example.com"),
            oauth_client_id: "client-1".into(),
            audience: "https://acme.eu.auth0.com/me/".into(),
            grant_type: GrantType::AuthorizationCodePkce,
            scopes: optional.then(|| vec!["read:me".into(), "offline_access".into()]),
            http: HttpSettings {
                base_uri: "https://acme.eu.auth0.com/me/v1".into(),
                token_url: "https://acme.eu.auth0.com/oauth/token".into(),
                grant_type: "authorization_code".into(),
                audience: "https://acme.eu.auth0.com/me/".into(),
                authorize_url: some("https://acme.eu.auth0.com/authorize"),
                scope: some("read:me offline_access"),
                pkce_method: some("S256"),
            },
        }
    }

    /// Every message the panel sends, with its optional fields present and absent.
    fn every_message() -> Vec<PanelToHost> {
        let mut sent = vec![
            PanelToHost::ready(),
            PanelToHost::Changed {
                payload: ChangedPayload {
                    valid: false,
                    dirty: true,
                    errors: StringMap::from([("name", "Enter a name."), ("audience", "x")]),
                },
            },
            PanelToHost::Resize {
                payload: ResizePayload { height: 640 },
            },
            PanelToHost::Cancel {
                payload: CancelPayload { dirty: false },
            },
            PanelToHost::error(None, ErrorCode::HostTimeout, "m".into()),
            PanelToHost::error(Some("r-1".into()), ErrorCode::PanelCrashed, "m".into()),
        ];
        for optional in [false, true] {
            let some = |s: &str| optional.then(|| s.to_string());
            sent.push(PanelToHost::SaveOAuthClient {
                request_id: "r-2".into(),
                payload: ClientDraftPayload {
                    client: OAuthClientDraft {
                        id: some("cl_1"),
                        name: "Web".into(),
                        client_id: "abc".into(),
                        client_secret: optional.then(|| Secret::from("s3cret".to_string())),
                    },
                },
            });
            sent.push(PanelToHost::Submit {
                request_id: "r-3".into(),
                payload: Box::new(SubmitPayload {
                    connection: connection(optional),
                    pkce: optional.then(|| Pkce {
                        code_verifier: Secret::from("v".repeat(43)),
                        code_challenge: "c".into(),
                        code_challenge_method: "S256".into(),
                    }),
                    authorization: optional.then(|| Authorization {
                        authorize_url: some("https://acme.eu.auth0.com/authorize?x=1"),
                        code: optional.then(|| Secret::from("code".to_string())),
                        state: "st".into(),
                        redirect_uri: "https://host.example/callback".into(),
                    }),
                }),
            });
        }
        sent
    }

    #[test]
    fn every_message_is_written_as_serde_writes_its_envelope() {
        for message in every_message() {
            let envelope = PanelMessageEnvelope {
                protocol: ProtocolName::Auth0ConnectionPanel,
                version: PROTOCOL_VERSION as u8,
                message: message.clone(),
            };
            assert_eq!(message.to_json(), serde_json::to_value(&envelope).unwrap());
        }
    }

    #[test]
    fn every_payload_type_is_written_as_serde_writes_it() {
        for optional in [false, true] {
            assert_written_as_serde(&connection(optional));
            assert_written_as_serde(&connection(optional).http);
        }
        // Every variant, in the order the schema lists them.
        let names: Vec<String> = ErrorCode::ALL
            .iter()
            .map(|c| c.code().to_string())
            .collect();
        assert_eq!(names, crate::model::json::schema_names::<ErrorCode>());
        for code in ErrorCode::ALL {
            assert_written_as_serde(&code);
        }
        for region in Region::ALL {
            assert_written_as_serde(&region);
        }
        for grant in GrantType::ALL {
            assert_written_as_serde(&grant);
        }
        for api in ApiType::ALL {
            assert_written_as_serde(&api);
        }
    }
}
