//! The protocol's messages: each enveloped as `{ protocol, version, type, requestId?, payload }`,
//! a serde-tagged enum per direction. The panel decodes and encodes exactly these types, and the
//! contract's TypeScript declarations and JSON Schemas are generated from them.

use super::PROTOCOL_VERSION;
use super::payloads::*;
use crate::model::write::{Fields, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
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
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema, TS)]
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

/// A message from the host to the panel.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema, TS)]
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

impl PanelToHost {
    /// `ready`, with this build's version and the protocol versions it speaks.
    pub fn ready() -> PanelToHost {
        PanelToHost::Ready {
            payload: ReadyPayload {
                panel_version: env!("CARGO_PKG_VERSION").to_string(),
                protocol_versions: vec![PROTOCOL_VERSION as u8],
                locales: crate::i18n::shipped_locales(),
            },
        }
    }

    /// `error`, about a request when it has an id.
    pub fn error(request_id: Option<String>, code: ErrorCode, message: String) -> PanelToHost {
        PanelToHost::Error {
            request_id,
            payload: ErrorPayload { code, message },
        }
    }

    /// The request a message is (`saveOAuthClient`, `submit`), which expects a reply.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            PanelToHost::SaveOAuthClient { request_id, .. }
            | PanelToHost::Submit { request_id, .. } => Some(request_id),
            _ => None,
        }
    }

    /// The message in its envelope (`PanelMessageEnvelope`), as the host receives it (written
    /// by `model::write`).
    pub fn to_json(&self) -> crate::model::json_value::Value {
        let (kind, request_id, payload) = match self {
            PanelToHost::Ready { payload } => ("ready", None, payload.to_json()),
            PanelToHost::Changed { payload } => ("changed", None, payload.to_json()),
            PanelToHost::Resize { payload } => ("resize", None, payload.to_json()),
            PanelToHost::SaveOAuthClient {
                request_id,
                payload,
            } => ("saveOAuthClient", Some(request_id), payload.to_json()),
            PanelToHost::Submit {
                request_id,
                payload,
            } => ("submit", Some(request_id), payload.to_json()),
            PanelToHost::Cancel { payload } => ("cancel", None, payload.to_json()),
            PanelToHost::Error {
                request_id,
                payload,
            } => ("error", request_id.as_ref(), payload.to_json()),
        };
        Fields::new()
            .field("protocol", super::PROTOCOL_NAME)
            .field("version", &(PROTOCOL_VERSION as u32))
            .field("type", kind)
            .optional("requestId", request_id)
            .put("payload", payload)
            .done()
    }
}

impl HostToPanel {
    /// The request a reply answers.
    pub fn reply_to(&self) -> Option<&str> {
        match self {
            HostToPanel::OAuthClientSaved { request_id, .. }
            | HostToPanel::SubmitResult { request_id, .. }
            | HostToPanel::RequestFailed { request_id, .. } => Some(request_id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn panel_messages_carry_the_envelope() {
        assert_eq!(
            PanelToHost::ready().to_json(),
            json!({ "protocol": "auth0-connection-panel", "version": 1, "type": "ready",
                    "payload": { "panelVersion": env!("CARGO_PKG_VERSION"), "protocolVersions": [1],
                                 "locales": crate::i18n::shipped_locales() } })
        );
        let save = PanelToHost::SaveOAuthClient {
            request_id: "r-3".into(),
            payload: ClientDraftPayload {
                client: OAuthClientDraft {
                    id: None,
                    name: "n".into(),
                    client_id: "c".into(),
                    client_secret: None,
                },
            },
        };
        assert_eq!(save.request_id(), Some("r-3"));
        let v = save.to_json();
        assert_eq!(v["requestId"], "r-3");
        assert_eq!(
            v["payload"],
            json!({ "client": { "name": "n", "clientId": "c" } })
        );
        let v = PanelToHost::error(None, ErrorCode::HostTimeout, "m".into()).to_json();
        assert_eq!(v["type"], "error");
        assert_eq!(v["payload"]["code"], "hostTimeout");
        assert!(v.get("requestId").is_none());
    }

    #[test]
    fn what_the_panel_sends_is_a_contract_envelope() {
        let sent = PanelToHost::error(Some("r-1".into()), ErrorCode::PopupClosed, "m".into());
        let envelope: PanelMessageEnvelope = serde_json::from_value(sent.to_json()).unwrap();
        assert_eq!(envelope.message, sent);
        assert_eq!(envelope.protocol, ProtocolName::Auth0ConnectionPanel);
    }

    #[test]
    fn replies_name_the_request_they_answer() {
        let reply = HostToPanel::RequestFailed {
            request_id: "r-9".into(),
            payload: RequestFailedPayload {
                message: "m".into(),
            },
        };
        assert_eq!(reply.reply_to(), Some("r-9"));
        assert_eq!(HostToPanel::RequestSave { payload: None }.reply_to(), None);
    }
}
