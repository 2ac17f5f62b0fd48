//! Moving messages between JavaScript values and the protocol's JSON, with the size limit.

use crate::model::json_text;
use crate::protocol::{DecodeError, ErrorCode, HostToPanel, PanelToHost, decode_host_text};
use wasm_bindgen::JsValue;

/// A panel message as a plain JavaScript object.
pub fn panel_message_to_js(message: &PanelToHost) -> JsValue {
    json_text::to_js(&message.to_json())
}

fn invalid(message: impl Into<String>) -> DecodeError {
    DecodeError {
        code: ErrorCode::InvalidMessage,
        message: message.into(),
        request_id: None,
    }
}

/// Decodes a host message from whatever JavaScript value arrived.
pub fn host_message_from_js(value: &JsValue) -> Result<HostToPanel, DecodeError> {
    if !value.is_object() || value.is_function() {
        return Err(invalid("A message must be a plain JSON object."));
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid("The message could not be read as JSON."))?;
    decode_host_text(&text)
}
