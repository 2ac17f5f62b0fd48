//! Decoding what a host sends: the envelope's checks, then the payload of the message's type read
//! field by field (`read.rs`), with errors that name the field and what was expected. (Writing is
//! `PanelToHost::to_json`, in `write.rs`.)

use super::messages::*;
use super::payloads::*;
use super::{
    MAX_INIT_BYTES, MAX_MESSAGE_BYTES, PROTOCOL_NAME, PROTOCOL_VERSION, REQUEST_TIMEOUT_MS,
};
use crate::model::ascii_url::parse_ascii_url;
use crate::model::json::{FromJson, cut, quoted, read};
use crate::model::json_text;
use crate::model::json_value::{JsonMap, Value};
use std::fmt;

/// Why a message from the host was refused; the code is the `error` reply's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub code: ErrorCode,
    pub message: String,
    /// The `requestId` of the refused message, when it had a readable one.
    pub request_id: Option<String>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeError {}

/// The `error` reply a refused message gets.
impl From<DecodeError> for PanelToHost {
    fn from(problem: DecodeError) -> PanelToHost {
        PanelToHost::error(problem.request_id, problem.code, problem.message)
    }
}

fn invalid(message: impl Into<String>, request_id: Option<String>) -> DecodeError {
    DecodeError {
        code: ErrorCode::InvalidMessage,
        message: message.into(),
        request_id,
    }
}

/// The size limit of a message of this type: 2 MiB for `init`, 256 KiB for the others.
fn size_limit(value: &Value) -> usize {
    match value.get("type").and_then(Value::as_str) {
        Some("init") => MAX_INIT_BYTES,
        _ => MAX_MESSAGE_BYTES,
    }
}

fn too_large(size: usize, limit: usize) -> DecodeError {
    invalid(
        format!("The message is {size} bytes; the limit for its type is {limit}."),
        None,
    )
}

/// Decodes a host message from a JSON value (the native tests' way in; the transports hand
/// `decode_host_text` the message's text).
pub fn decode_host_message(value: &Value) -> Result<HostToPanel, DecodeError> {
    let size = json_text::write(value).len();
    let limit = size_limit(value);
    if size > limit {
        return Err(too_large(size, limit));
    }
    decode_envelope(value)
}

/// The envelope's checks, then the payload of its type (the size is already checked).
fn decode_envelope(value: &Value) -> Result<HostToPanel, DecodeError> {
    let Value::Object(envelope) = value else {
        return Err(invalid("A message must be a JSON object.", None));
    };
    let request_id = match envelope.get("requestId") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) if !id.is_empty() => Some(id.clone()),
        Some(_) => return Err(invalid("`requestId` must be a non-empty string.", None)),
    };
    match envelope.get("protocol") {
        Some(Value::String(p)) if p == PROTOCOL_NAME => {}
        _ => {
            return Err(invalid(
                format!("`protocol` must be \"{PROTOCOL_NAME}\"."),
                request_id,
            ));
        }
    }
    match envelope.get("version") {
        Some(v) if v.as_u64() == Some(PROTOCOL_VERSION) => {}
        Some(Value::Number(v)) => {
            return Err(DecodeError {
                code: ErrorCode::UnsupportedVersion,
                message: format!(
                    "Protocol version {} is not supported; this panel speaks version {PROTOCOL_VERSION}.",
                    json_text::number(v)
                ),
                request_id,
            });
        }
        _ => return Err(invalid("`version` must be the number 1.", request_id)),
    }
    let Some(Value::String(kind)) = envelope.get("type") else {
        return Err(invalid("`type` must be a string.", request_id));
    };
    let empty = Value::Object(JsonMap::new());
    let payload = match envelope.get("payload") {
        None | Some(Value::Null) => &empty,
        Some(p @ Value::Object(_)) => p,
        Some(_) => return Err(invalid("`payload` must be an object.", request_id)),
    };
    let needs_id = || {
        request_id
            .clone()
            .ok_or_else(|| invalid(format!("`{kind}` needs a `requestId`."), None))
    };
    // One decode path per type, so an error names the field at fault.
    let message = match kind.as_str() {
        "init" => HostToPanel::Init {
            payload: Box::new(payload_as(kind, payload, &request_id)?),
        },
        "requestSave" => HostToPanel::RequestSave { payload: None },
        "requestValidate" => HostToPanel::RequestValidate { payload: None },
        "oauthClientSaved" => HostToPanel::OAuthClientSaved {
            payload: payload_as(kind, payload, &request_id)?,
            request_id: needs_id()?,
        },
        "submitResult" => HostToPanel::SubmitResult {
            payload: payload_as(kind, payload, &request_id)?,
            request_id: needs_id()?,
        },
        "requestFailed" => HostToPanel::RequestFailed {
            payload: payload_as(kind, payload, &request_id)?,
            request_id: needs_id()?,
        },
        other => {
            return Err(invalid(
                format!("Unknown message type {}.", quoted(other)),
                request_id,
            ));
        }
    };
    if let HostToPanel::Init { payload } = &message {
        check_init(payload).map_err(|m| invalid(m, request_id.clone()))?;
    }
    Ok(message)
}

/// Decodes a host message from JSON text (an HTTP body, a stringified postMessage): the size is
/// checked before parsing, and nesting deeper than `json_text::MAX_DEPTH` is refused.
pub fn decode_host_text(text: &str) -> Result<HostToPanel, DecodeError> {
    // No message may be larger than an `init`: refused before it is parsed.
    if text.len() > MAX_INIT_BYTES {
        return Err(too_large(text.len(), MAX_INIT_BYTES));
    }
    let value = json_text::parse(text)
        .map_err(|e| invalid(format!("The message is not valid JSON: {e}."), None))?;
    let limit = size_limit(&value);
    if text.len() > limit {
        return Err(too_large(text.len(), limit));
    }
    decode_envelope(&value)
}

fn payload_as<T: FromJson>(
    kind: &str,
    payload: &Value,
    request_id: &Option<String>,
) -> Result<T, DecodeError> {
    read(payload).map_err(|wrong| {
        invalid(
            format!("The `{kind}` payload is not valid: {wrong}."),
            request_id.clone(),
        )
    })
}

/// Rules of `init` that its types alone do not say.
fn check_init(init: &InitPayload) -> Result<(), String> {
    if init.mode == Mode::Edit
        && init
            .connection
            .as_ref()
            .and_then(|c| c.id.as_ref())
            .is_none()
    {
        return Err("`init` in edit mode needs `connection.id`.".into());
    }
    if init.mode == Mode::Create && init.connection.as_ref().is_some_and(|c| c.id.is_some()) {
        return Err("`init` in create mode takes a prefill without `connection.id`.".into());
    }
    if let Some(uri) = &init.redirect_uri {
        check_redirect_uri(uri)?;
    }
    if let Some(ms) = init.request_timeout_ms
        && !REQUEST_TIMEOUT_MS.contains(&ms)
    {
        return Err(format!(
            "`requestTimeoutMs` must be from {} to {} milliseconds, not {ms}.",
            REQUEST_TIMEOUT_MS.start(),
            REQUEST_TIMEOUT_MS.end()
        ));
    }
    if let Some(tag) = &init.locale
        && !crate::i18n::locale::is_language_tag(tag)
    {
        return Err(format!(
            "`locale` must be a BCP 47 language tag such as \"fr-CA\", not {}.",
            quoted(tag)
        ));
    }
    if let Some(key) = init
        .strings
        .iter()
        .flat_map(|strings| strings.keys())
        .find(|key| crate::i18n::Key::from_name(key).is_none())
    {
        return Err(format!(
            "`strings.{}` is not a key of the panel's catalogue (the keys are those of `locales/en.json`).",
            cut(key)
        ));
    }
    Ok(())
}

/// An `https:` URL, or `http:` on a loopback host.
pub fn check_redirect_uri(uri: &str) -> Result<(), String> {
    let url = parse_ascii_url(uri).map_err(|e| format!("`redirectUri` {} {e}.", quoted(uri)))?;
    let loopback = matches!(url.host(), "localhost" | "127.0.0.1" | "[::1]");
    match url.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(format!(
            "`redirectUri` must be an https: URL (or http: on loopback), not {}.",
            quoted(uri)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn envelope(kind: &str, request_id: Option<&str>, payload: Value) -> Value {
        let mut v =
            json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": kind, "payload": payload });
        if let Some(id) = request_id {
            v["requestId"] = json!(id);
        }
        v
    }

    #[test]
    fn init_decodes_with_every_field() {
        let msg = decode_host_message(&envelope(
            "init",
            None,
            json!({
                "mode": "edit",
                "connection": { "id": "c1", "name": "Prod", "apiType": "myAccount", "region": "usLegacy" },
                "existingNames": ["Prod", "Other"],
                "oauthClients": [{ "id": "o1", "name": "Main", "clientId": "abc" }],
                "redirectUri": "http://127.0.0.1:9000/cb",
                "scopeCatalog": { "myAccount": [{ "value": "read:me:factors", "description": "d" }] },
                "authorize": "panel",
                "popup": { "width": 400, "height": 600 },
                "theme": "dark",
                "themeTokens": { "--acp-accent": "#f00" },
                "requestTimeoutMs": 5000,
                "locale": "fr-CA",
                "strings": { "field.name.label": "Connection name" },
                "futureField": { "tolerated": true }
            }),
        ))
        .unwrap();
        let HostToPanel::Init { payload: init } = msg else {
            panic!("not init")
        };
        assert_eq!(init.mode, Mode::Edit);
        assert_eq!(init.authorize, Some(AuthorizeMode::Panel));
        assert_eq!(init.oauth_clients.unwrap()[0].client_id, "abc");
        assert_eq!(init.request_timeout_ms, Some(5000));
        assert_eq!(init.locale.as_deref(), Some("fr-CA"));
        assert_eq!(
            init.strings.unwrap().get("field.name.label"),
            Some("Connection name")
        );
    }

    #[test]
    fn a_bad_locale_or_strings_is_invalid_and_names_what_is_wrong() {
        let init = |extra: Value| {
            let mut payload = json!({ "mode": "create" });
            payload
                .as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            decode_host_message(&envelope("init", None, payload))
                .unwrap_err()
                .message
        };
        let message = init(json!({ "strings": { "field.name.lable": "Name" } }));
        assert!(message.contains("strings.field.name.lable"), "{message}");
        let message = init(json!({ "strings": { "field.name.label": 7 } }));
        assert!(message.contains("field.name.label"), "{message}");
        let message = init(json!({ "strings": ["field.name.label"] }));
        assert!(message.contains("strings"), "{message}");
        let message = init(json!({ "locale": "en_US" }));
        assert!(
            message.contains("locale") && message.contains("en_US"),
            "{message}"
        );
        let message = init(json!({ "locale": 5 }));
        assert!(message.contains("locale"), "{message}");
    }

    #[test]
    fn replies_decode_with_their_request_id() {
        let saved = decode_host_message(&envelope(
            "oauthClientSaved",
            Some("r-1"),
            json!({ "client": { "id": "o2", "name": "New", "clientId": "xyz" } }),
        ))
        .unwrap();
        assert!(
            matches!(saved, HostToPanel::OAuthClientSaved { ref request_id, .. } if request_id == "r-1")
        );
        let result = decode_host_message(&envelope(
            "submitResult",
            Some("r-2"),
            json!({ "ok": false, "fieldErrors": { "name": "Taken" } }),
        ))
        .unwrap();
        let HostToPanel::SubmitResult {
            payload: result, ..
        } = result
        else {
            panic!()
        };
        assert_eq!(result.field_errors.unwrap().get("name"), Some("Taken"));
        assert_eq!(
            decode_host_message(&envelope("requestSave", None, Value::Null)).unwrap(),
            HostToPanel::RequestSave { payload: None }
        );
    }

    #[test]
    fn refusals_say_what_is_wrong() {
        let err = |v: Value| decode_host_message(&v).unwrap_err();
        assert_eq!(err(json!("hello")).code, ErrorCode::InvalidMessage);
        let e = err(json!({ "protocol": "other", "version": 1, "type": "init" }));
        assert!(e.message.contains("protocol"));
        let e = err(
            json!({ "protocol": PROTOCOL_NAME, "version": 2, "type": "init", "requestId": "r" }),
        );
        assert_eq!(e.code, ErrorCode::UnsupportedVersion);
        assert_eq!(e.request_id.as_deref(), Some("r"));
        let e = err(envelope("init", None, json!({ "mode": "delete" })));
        assert_eq!(
            e.message,
            "The `init` payload is not valid: unknown value \"delete\", expected one of \"create\", \"edit\" (at `mode`)."
        );
        // A struct is an object and a name is a string, in every field.
        let e = err(envelope(
            "init",
            None,
            json!({ "mode": "create", "popup": [400, 600] }),
        ));
        assert!(
            e.message
                .contains("expected an object, not a list (at `popup`)"),
            "{}",
            e.message
        );
        let e = err(envelope("init", None, json!({ "mode": { "edit": null } })));
        assert!(
            e.message.contains("not an object (at `mode`)"),
            "{}",
            e.message
        );
        let e = err(envelope(&"t".repeat(10_000), None, json!({})));
        assert!(e.message.len() < 100, "{}", e.message);
        let e = err(envelope("init", None, json!({ "mode": "edit" })));
        assert!(e.message.contains("connection.id"));
        let e = err(envelope(
            "init",
            None,
            json!({ "mode": "create", "redirectUri": "javascript:alert(1)" }),
        ));
        assert!(e.message.contains("redirectUri"));
        let e = err(envelope("submitResult", None, json!({ "ok": true })));
        assert!(e.message.contains("requestId"));
        let e = err(envelope("nope", None, json!({})));
        assert!(e.message.contains("nope"));
        let e = err(envelope(
            "init",
            None,
            json!({ "mode": "create", "existingNames": "x" }),
        ));
        assert!(e.message.contains("`existingNames`"), "{}", e.message);
    }

    #[test]
    fn an_init_may_have_2_mib_and_any_other_message_256_kib() {
        let names =
            |bytes: usize| json!({ "mode": "create", "existingNames": ["x".repeat(bytes)] });
        let over = decode_host_message(&envelope("init", None, names(MAX_INIT_BYTES))).unwrap_err();
        assert!(
            over.message.contains("limit for its type is 2097152"),
            "{}",
            over.message
        );
        assert!(decode_host_message(&envelope("init", None, names(MAX_MESSAGE_BYTES))).is_ok());
        let text = envelope("init", None, names(MAX_INIT_BYTES - 1024)).to_string();
        assert!(decode_host_text(&text).is_ok());
        let failed = envelope(
            "requestFailed",
            Some("r-1"),
            json!({ "message": "x".repeat(MAX_MESSAGE_BYTES) }),
        );
        let e = decode_host_text(&failed.to_string()).unwrap_err();
        assert!(
            e.message.contains("limit for its type is 262144"),
            "{}",
            e.message
        );
        assert!(decode_host_message(&failed).is_err());
    }

    fn arbitrary_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            "[a-zA-Z:/._-]{0,12}".prop_map(Value::from),
            prop_oneof![
                Just("init"),
                Just("submitResult"),
                Just("oauthClientSaved"),
                Just("requestFailed"),
                Just("create"),
                Just("edit"),
                Just(PROTOCOL_NAME)
            ]
            .prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map(
                    prop_oneof![
                        Just("protocol".to_string()),
                        Just("version".to_string()),
                        Just("type".to_string()),
                        Just("payload".to_string()),
                        Just("requestId".to_string()),
                        Just("mode".to_string()),
                        Just("connection".to_string()),
                        Just("client".to_string()),
                        "[a-z]{1,8}"
                    ],
                    inner,
                    0..6,
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn decoding_arbitrary_json_never_panics(v in arbitrary_json()) {
            let _ = decode_host_message(&v);
            let mut env = json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": "init" });
            env["payload"] = v.clone();
            let _ = decode_host_message(&env);
        }
    }
}
