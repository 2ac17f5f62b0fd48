//! How each payload a host sends is read (`model::json`): field by field, with the protocol's
//! camelCase names, so a refusal names the field at fault. serde writes the same types (and the
//! contract is derived from them); `tests` checks that every field reads back what serde writes.

use super::payloads::*;
use crate::model::connection::ConnectionPrefill;
use crate::model::json::{At, FromJson, Object, Read, one_of};
use crate::model::json_value::Value;
use crate::model::scopes::ScopeEntry;

impl FromJson for InitPayload {
    fn from_json(value: &Value, at: At<'_>) -> Read<InitPayload> {
        let o = Object::new(value, at)?;
        Ok(InitPayload {
            mode: o.field("mode")?,
            connection: o.optional("connection")?,
            reset: o.optional("reset")?,
            existing_names: o.optional("existingNames")?,
            oauth_clients: o.optional("oauthClients")?,
            redirect_uri: o.optional("redirectUri")?,
            scope_catalog: o.optional("scopeCatalog")?,
            authorize: o.optional("authorize")?,
            popup: o.optional("popup")?,
            theme: o.optional("theme")?,
            theme_tokens: o.optional("themeTokens")?,
            request_timeout_ms: o.optional("requestTimeoutMs")?,
            locale: o.optional("locale")?,
            strings: o.optional("strings")?,
        })
    }
}

impl FromJson for ConnectionPrefill {
    fn from_json(value: &Value, at: At<'_>) -> Read<ConnectionPrefill> {
        let o = Object::new(value, at)?;
        Ok(ConnectionPrefill {
            id: o.optional("id")?,
            name: o.optional("name")?,
            api_type: o.optional("apiType")?,
            tenant: o.optional("tenant")?,
            region: o.optional("region")?,
            custom_domain: o.optional("customDomain")?,
            oauth_client_id: o.optional("oauthClientId")?,
            audience: o.optional("audience")?,
            grant_type: o.optional("grantType")?,
            scopes: o.optional("scopes")?,
        })
    }
}

impl FromJson for OAuthClient {
    fn from_json(value: &Value, at: At<'_>) -> Read<OAuthClient> {
        let o = Object::new(value, at)?;
        Ok(OAuthClient {
            id: o.field("id")?,
            name: o.field("name")?,
            client_id: o.field("clientId")?,
        })
    }
}

impl FromJson for ScopeCatalog {
    fn from_json(value: &Value, at: At<'_>) -> Read<ScopeCatalog> {
        let o = Object::new(value, at)?;
        Ok(ScopeCatalog {
            my_account: o.optional("myAccount")?,
        })
    }
}

impl FromJson for ScopeEntry {
    fn from_json(value: &Value, at: At<'_>) -> Read<ScopeEntry> {
        let o = Object::new(value, at)?;
        Ok(ScopeEntry {
            value: o.field("value")?,
            description: o.optional("description")?,
        })
    }
}

impl FromJson for PopupSize {
    fn from_json(value: &Value, at: At<'_>) -> Read<PopupSize> {
        let o = Object::new(value, at)?;
        Ok(PopupSize {
            width: o.field("width")?,
            height: o.field("height")?,
        })
    }
}

impl FromJson for ClientPayload {
    fn from_json(value: &Value, at: At<'_>) -> Read<ClientPayload> {
        let o = Object::new(value, at)?;
        Ok(ClientPayload {
            client: o.field("client")?,
        })
    }
}

impl FromJson for SubmitResult {
    fn from_json(value: &Value, at: At<'_>) -> Read<SubmitResult> {
        let o = Object::new(value, at)?;
        Ok(SubmitResult {
            ok: o.field("ok")?,
            message: o.optional("message")?,
            field_errors: o.optional("fieldErrors")?,
        })
    }
}

impl FromJson for RequestFailedPayload {
    fn from_json(value: &Value, at: At<'_>) -> Read<RequestFailedPayload> {
        let o = Object::new(value, at)?;
        Ok(RequestFailedPayload {
            message: o.field("message")?,
        })
    }
}

impl FromJson for Mode {
    fn from_json(value: &Value, at: At<'_>) -> Read<Mode> {
        one_of(value, at, &Mode::ALL, Mode::code)
    }
}

impl FromJson for AuthorizeMode {
    fn from_json(value: &Value, at: At<'_>) -> Read<AuthorizeMode> {
        one_of(value, at, &AuthorizeMode::ALL, AuthorizeMode::code)
    }
}

impl FromJson for Theme {
    fn from_json(value: &Value, at: At<'_>) -> Read<Theme> {
        one_of(value, at, &Theme::ALL, Theme::code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json::read;
    use serde::Serialize;
    use serde_json::json;

    /// What the panel reads back from what serde writes: the field names and spellings agree.
    fn round_trips<T: FromJson + Serialize + PartialEq + std::fmt::Debug>(value: T) {
        let written = serde_json::to_value(&value).unwrap();
        assert_eq!(read::<T>(&written), Ok(value), "{written}");
    }

    #[test]
    fn every_field_reads_back_what_its_serde_spelling_writes() {
        round_trips(InitPayload {
            mode: Mode::Edit,
            connection: Some(ConnectionPrefill {
                id: Some("c1".into()),
                name: Some("Prod".into()),
                api_type: Some(crate::model::api::ApiType::MyAccount),
                tenant: Some("acme".into()),
                region: Some(crate::model::region::Region::UsLegacy),
                custom_domain: Some("login.example.com".into()),
                oauth_client_id: Some("o1".into()),
                audience: Some("https://acme.auth0.com/me/".into()),
                grant_type: Some(crate::model::api::GrantType::AuthorizationCode),
                scopes: Some(vec!["read:me".into()]),
            }),
            reset: Some(true),
            existing_names: Some(vec!["Other".into()]),
            oauth_clients: Some(vec![OAuthClient {
                id: "o1".into(),
                name: "Main".into(),
                client_id: "abc".into(),
            }]),
            redirect_uri: Some("https://p.example.com/callback.html".into()),
            scope_catalog: Some(ScopeCatalog {
                my_account: Some(vec![ScopeEntry {
                    value: "read:me".into(),
                    description: Some("Reads".into()),
                }]),
            }),
            authorize: Some(AuthorizeMode::Panel),
            popup: Some(PopupSize {
                width: 400,
                height: 600,
            }),
            theme: Some(Theme::Dark),
            theme_tokens: Some([("--acp-accent", "#f00")].into()),
            request_timeout_ms: Some(5000),
            locale: Some("fr-CA".into()),
            strings: Some([("field.name.label", "Name")].into()),
        });
        round_trips(InitPayload::default());
        round_trips(SubmitResult {
            ok: false,
            message: Some("No".into()),
            field_errors: Some([("name", "Taken")].into()),
        });
        round_trips(RequestFailedPayload {
            message: "Down".into(),
        });
        round_trips(ClientPayload {
            client: OAuthClient {
                id: "o".into(),
                name: "n".into(),
                client_id: "c".into(),
            },
        });
    }

    #[test]
    fn every_variant_of_a_closed_set_reads_as_serde_writes_it() {
        use crate::model::json::schema_names;
        let codes = |all: &[&'static str]| all.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(codes(&Mode::ALL.map(Mode::code)), schema_names::<Mode>());
        assert_eq!(
            codes(&AuthorizeMode::ALL.map(AuthorizeMode::code)),
            schema_names::<AuthorizeMode>()
        );
        assert_eq!(codes(&Theme::ALL.map(Theme::code)), schema_names::<Theme>());
        for mode in Mode::ALL {
            round_trips(mode);
        }
        for authorize in AuthorizeMode::ALL {
            round_trips(authorize);
        }
        for theme in Theme::ALL {
            round_trips(theme);
        }
        assert!(read::<Theme>(&json!("neon")).is_err());
    }
}
