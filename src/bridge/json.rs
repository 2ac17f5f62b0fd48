//! Moving messages between JavaScript values and the protocol's JSON, with the size limit.

use crate::protocol::{DecodeError, ErrorCode, HostMessage, MAX_MESSAGE_BYTES, PanelMessage};
use crate::protocol::{decode_host_message, encode_panel_message};
use wasm_bindgen::JsValue;

/// A panel message as a plain JavaScript object.
pub fn panel_message_to_js(message: &PanelMessage) -> JsValue {
    let text = encode_panel_message(message).to_string();
    js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL)
}

fn invalid(message: impl Into<String>) -> DecodeError {
    DecodeError {
        code: ErrorCode::InvalidMessage,
        message: message.into(),
        request_id: None,
    }
}

/// Decodes a host message from whatever JavaScript value arrived.
pub fn host_message_from_js(value: &JsValue) -> Result<HostMessage, DecodeError> {
    if !value.is_object() || value.is_function() {
        return Err(invalid("A message must be a plain JSON object."));
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid("The message could not be read as JSON."))?;
    host_message_from_text(&text)
}

/// Decodes a host message from JSON text (an HTTP body, a stringified postMessage).
pub fn host_message_from_text(text: &str) -> Result<HostMessage, DecodeError> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(invalid(format!(
            "The message is {} bytes; the limit is {MAX_MESSAGE_BYTES}.",
            text.len()
        )));
    }
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| invalid(format!("The message is not valid JSON: {e}.")))?;
    decode_host_message(&value)
}
