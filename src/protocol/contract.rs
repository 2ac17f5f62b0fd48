//! The contract as hosts see it: every message in its envelope, as types from which the
//! TypeScript declarations (`contract/auth0-connection-panel.d.ts`) and JSON Schemas
//! (`contract/*.schema.json`) are generated. A test fails when the committed files drift from
//! these types, and another when the panel's encoder writes anything these types do not accept.

use super::messages::*;
use crate::model::connection::{Connection, ConnectionPrefill, HttpSettings};
use crate::model::pkce::Pkce;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The `protocol` field: always `"auth0-connection-panel"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub enum ProtocolName {
    #[serde(rename = "auth0-connection-panel")]
    Auth0ConnectionPanel,
}

fn version_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({ "const": 1, "type": "integer" })
}

/// A message from the host, in its envelope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct HostMessageEnvelope {
    pub protocol: ProtocolName,
    #[schemars(schema_with = "version_schema")]
    #[ts(type = "1")]
    pub version: u8,
    #[serde(flatten)]
    #[ts(flatten)]
    pub message: HostToPanel,
}

/// A message from the panel, in its envelope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PanelMessageEnvelope {
    pub protocol: ProtocolName,
    #[schemars(schema_with = "version_schema")]
    #[ts(type = "1")]
    pub version: u8,
    #[serde(flatten)]
    #[ts(flatten)]
    pub message: PanelToHost,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadyPayload {
    pub panel_version: String,
    pub protocol_versions: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ChangedPayload {
    pub valid: bool,
    pub dirty: bool,
    /// Every current error, by field (`name`, `tenant`, `region`, `oauthClientId`, `audience`, `grantType`, `scopes`).
    pub errors: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ResizePayload {
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ClientDraftPayload {
    pub client: OAuthClientDraft,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CancelPayload {
    pub dirty: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

/// A message from the panel to its host.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum PanelToHost {
    Ready {
        payload: ReadyPayload,
    },
    Changed {
        payload: ChangedPayload,
    },
    Resize {
        payload: ResizePayload,
    },
    SaveOAuthClient {
        request_id: String,
        payload: ClientDraftPayload,
    },
    Submit {
        request_id: String,
        payload: Box<SubmitPayload>,
    },
    Cancel {
        payload: CancelPayload,
    },
    Error {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        request_id: Option<String>,
        payload: ErrorPayload,
    },
}

/// An empty payload (it may be left out).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Empty {}

/// A message from the host to the panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum HostToPanel {
    Init {
        payload: Box<InitPayload>,
    },
    RequestSave {
        #[serde(default)]
        #[ts(optional)]
        payload: Option<Empty>,
    },
    RequestValidate {
        #[serde(default)]
        #[ts(optional)]
        payload: Option<Empty>,
    },
    #[serde(rename = "oauthClientSaved")]
    OAuthClientSaved {
        request_id: String,
        payload: ClientPayload,
    },
    SubmitResult {
        request_id: String,
        payload: SubmitResult,
    },
    RequestFailed {
        request_id: String,
        payload: RequestFailedPayload,
    },
}

/// The TypeScript declarations of the whole contract, one file.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from the Rust types in src/protocol by `UPDATE_CONTRACT=1 cargo test --lib contract`.\n\
         // Do not edit by hand: a test fails when this file and the types differ.\n\n",
    );
    let config = ts_rs::Config::new();
    let declarations = [
        ProtocolName::decl(&config),
        HostMessageEnvelope::decl(&config),
        PanelMessageEnvelope::decl(&config),
        HostToPanel::decl(&config),
        PanelToHost::decl(&config),
        InitPayload::decl(&config),
        Mode::decl(&config),
        AuthorizeMode::decl(&config),
        Theme::decl(&config),
        PopupSize::decl(&config),
        ScopeCatalog::decl(&config),
        crate::model::scopes::ScopeEntry::decl(&config),
        ConnectionPrefill::decl(&config),
        Connection::decl(&config),
        HttpSettings::decl(&config),
        crate::model::region::Region::decl(&config),
        crate::model::connection::ApiType::decl(&config),
        crate::model::connection::GrantType::decl(&config),
        OAuthClient::decl(&config),
        OAuthClientDraft::decl(&config),
        SubmitResult::decl(&config),
        SubmitPayload::decl(&config),
        Pkce::decl(&config),
        Authorization::decl(&config),
        ErrorCode::decl(&config),
        ReadyPayload::decl(&config),
        ChangedPayload::decl(&config),
        ResizePayload::decl(&config),
        ClientDraftPayload::decl(&config),
        CancelPayload::decl(&config),
        ErrorPayload::decl(&config),
        ClientPayload::decl(&config),
        RequestFailedPayload::decl(&config),
        Empty::decl(&config),
    ];
    for d in declarations {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out
}

pub fn host_message_schema() -> String {
    pretty(schemars::schema_for!(HostMessageEnvelope))
}

pub fn panel_message_schema() -> String {
    pretty(schemars::schema_for!(PanelMessageEnvelope))
}

fn pretty(schema: schemars::Schema) -> String {
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::connection::{ApiType, GrantType};
    use crate::model::region::Region;
    use crate::protocol::{decode_host_message, encode_panel_message};
    use serde_json::json;
    use std::path::PathBuf;

    fn contract_file(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("contract")
            .join(name)
    }

    /// Compares a generated file with the committed one; `UPDATE_CONTRACT=1` rewrites it.
    fn check(name: &str, generated: String) {
        let path = contract_file(name);
        if std::env::var_os("UPDATE_CONTRACT").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{name} has drifted from the Rust types: run `UPDATE_CONTRACT=1 cargo test --lib contract` and commit it"
        );
    }

    #[test]
    fn the_committed_contract_files_match_the_types() {
        check("auth0-connection-panel.d.ts", typescript());
        check("host-message.schema.json", host_message_schema());
        check("panel-message.schema.json", panel_message_schema());
    }

    fn sample_connection() -> Connection {
        Connection {
            id: Some("c-1".into()),
            name: "Prod".into(),
            api_type: ApiType::MyAccount,
            tenant: "dev-x1".into(),
            region: Region::Eu,
            domain: "dev-x1.eu.auth0.com".into(),
            oauth_client_id: "o-1".into(),
            audience: "https://dev-x1.eu.auth0.com/me/".into(),
            grant_type: GrantType::AuthorizationCodePkce,
            scopes: Some(vec!["read:me:factors".into()]),
            http: HttpSettings::resolve(
                ApiType::MyAccount,
                "dev-x1.eu.auth0.com",
                "https://dev-x1.eu.auth0.com/me/",
                GrantType::AuthorizationCodePkce,
                &["read:me:factors".into()],
            ),
        }
    }

    #[test]
    fn everything_the_panel_sends_is_a_contract_message() {
        let messages = [
            PanelMessage::Ready {
                panel_version: "1".into(),
            },
            PanelMessage::Changed {
                valid: false,
                dirty: true,
                errors: [("name".into(), "m".into())].into(),
            },
            PanelMessage::Resize { height: 300 },
            PanelMessage::SaveOAuthClient {
                request_id: "r".into(),
                client: OAuthClientDraft {
                    id: None,
                    name: "n".into(),
                    client_id: "c".into(),
                    client_secret: Some("s".into()),
                },
            },
            PanelMessage::Submit {
                request_id: "r".into(),
                payload: Box::new(SubmitPayload {
                    connection: sample_connection(),
                    pkce: Some(Pkce::generate()),
                    authorization: Some(Authorization {
                        authorize_url: Some("https://dev-x1.eu.auth0.com/authorize".into()),
                        code: None,
                        state: "s".into(),
                        redirect_uri: "https://app/cb".into(),
                    }),
                }),
            },
            PanelMessage::Cancel { dirty: false },
            PanelMessage::Error {
                request_id: Some("r".into()),
                code: ErrorCode::HostTimeout,
                message: "m".into(),
            },
        ];
        for message in messages {
            let json = encode_panel_message(&message);
            let typed: PanelMessageEnvelope = serde_json::from_value(json.clone())
                .unwrap_or_else(|e| panic!("{} is not a contract message: {e}", message.kind()));
            assert_eq!(
                serde_json::to_value(&typed).unwrap(),
                json,
                "{}",
                message.kind()
            );
        }
    }

    #[test]
    fn every_contract_host_message_is_accepted_by_the_decoder() {
        let messages = [
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "init", "payload": { "mode": "create" } }),
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "requestSave" }),
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "requestValidate", "payload": {} }),
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "oauthClientSaved", "requestId": "r",
                    "payload": { "client": { "id": "i", "name": "n", "clientId": "c" } } }),
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "submitResult", "requestId": "r",
                    "payload": { "ok": true } }),
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "requestFailed", "requestId": "r",
                    "payload": { "message": "m" } }),
        ];
        for m in messages {
            let typed: HostMessageEnvelope =
                serde_json::from_value(m.clone()).expect("a contract message");
            decode_host_message(&serde_json::to_value(&typed).unwrap())
                .expect("the panel accepts it");
        }
    }
}
