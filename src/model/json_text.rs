//! JSON text to and from the `Value` the panel's readers and writers work on (`json_value`).
//! Natively serde_json parses and writes it; in the WebAssembly build the browser's own
//! `JSON.parse` and `JSON.stringify` do, and the result is walked into or out of a `Value`, so the
//! module carries no JSON parser or writer of its own. Both refuse a document nested deeper than
//! `MAX_DEPTH`, a number too large for a double and a string with a lone surrogate.
//!
//! Where the two differ: JavaScript has one kind of number, so in the browser `1.0`, `1e0` and
//! `-0` are whole numbers (as they are in any object a host posts), where serde_json reads floats
//! that whole-number fields refuse, and a whole number from 2^53 up is no longer exact; a parse
//! error is worded by the browser; an object's fields come in JavaScript's order (integer-like
//! keys first, `"9"` before `"10"`, then the others as written) rather than sorted, both when
//! read and when written.

use super::json_value::{JsonMap, Number, Value};
use js_sys::{Array, JsString, Object};
use wasm_bindgen::{JsCast, JsValue};

/// How many lists and objects may nest: serde_json's own limit, kept by the browser build's walk,
/// so a deeply nested message is refused rather than exhausting the stack.
pub const MAX_DEPTH: usize = 127;

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{Number, Value};

    pub fn parse(text: &str) -> Result<Value, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    pub fn write(value: &Value) -> String {
        value.to_string()
    }

    pub fn number(n: &Number) -> String {
        n.to_string()
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{Number, Value, from_js, to_js};
    use js_sys::JSON;
    use wasm_bindgen::JsCast;

    pub fn parse(text: &str) -> Result<Value, String> {
        let parsed = JSON::parse(text).map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map_or_else(|| "not JSON".to_string(), |e| String::from(e.message()))
        })?;
        from_js(&parsed)
    }

    pub fn write(value: &Value) -> String {
        // `JSON.stringify` fails only on cycles, BigInts and a throwing `toJSON`, none of which
        // `to_js` builds: the empty text is never given.
        JSON::stringify(&to_js(value))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }

    pub fn number(n: &Number) -> String {
        js_sys::Number::from(n.as_f64().unwrap_or(f64::NAN))
            .to_string_with_radix(10)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }
}

// The browser build's walk between JavaScript values and `Value`s: compiled on every target, called
// only in the browser (the bridge hands `to_js` the messages it posts).

/// A value `JSON.parse` gave, as a `Value`.
pub fn from_js(value: &JsValue) -> Result<Value, String> {
    walk(value, 0)
}

/// A JavaScript string as Rust text; `None` for any other value. A string with a lone surrogate
/// is refused, as serde_json refuses it: the conversion would quietly make it U+FFFD (so the
/// check runs only on text that has one).
fn text(value: &JsValue) -> Result<Option<String>, String> {
    let Some(text) = value.as_string() else {
        return Ok(None);
    };
    if text.contains('\u{FFFD}') && !value.unchecked_ref::<JsString>().is_well_formed() {
        return Err("a string with a lone surrogate is not Unicode text".into());
    }
    Ok(Some(text))
}

/// `value`, inside `depth` lists and objects. Strings first, then lists and objects: the order of
/// what a catalogue holds most.
fn walk(value: &JsValue, depth: usize) -> Result<Value, String> {
    if let Some(text) = text(value)? {
        return Ok(Value::String(text));
    }
    let list = Array::is_array(value);
    if list || value.is_object() {
        if depth >= MAX_DEPTH {
            return Err(format!(
                "lists and objects nested more than {MAX_DEPTH} deep"
            ));
        }
        return if list {
            let items: &Array = value.unchecked_ref();
            items
                .iter()
                .map(|item| walk(&item, depth + 1))
                .collect::<Result<_, _>>()
                .map(Value::Array)
        } else {
            // `Object.entries` gives every key once, and as a string.
            Object::entries(value.unchecked_ref())
                .iter()
                .map(|entry| {
                    let entry: Array = entry.unchecked_into();
                    let key = text(&entry.get(0))?.unwrap_or_default();
                    Ok((key, walk(&entry.get(1), depth + 1)?))
                })
                .collect::<Result<JsonMap, String>>()
                .map(Value::Object)
        };
    }
    if let Some(n) = value.as_f64() {
        // `JSON.parse` reads `1e400` as Infinity, which serde_json refuses as out of range.
        Number::from_f64(n)
            .map(Value::Number)
            .ok_or_else(|| "a number out of range".into())
    } else if let Some(b) = value.as_bool() {
        Ok(Value::Bool(b))
    } else if value.is_null() {
        Ok(Value::Null)
    } else {
        Err("not a JSON value".into())
    }
}

/// A `Value` as a plain JavaScript value. Objects are built by `Object.fromEntries`, which
/// defines every key as the object's own (a key `__proto__` included).
pub fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(text) => JsValue::from_str(text),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(fields) => {
            let entries: Array = fields
                .iter()
                .map(|(key, value)| Array::of2(&JsValue::from_str(key), &to_js(value)))
                .collect();
            Object::from_entries(&entries).map_or(JsValue::NULL, Into::into)
        }
    }
}

/// A JSON document's value; the message says what is wrong with the text.
pub fn parse(text: &str) -> Result<Value, String> {
    imp::parse(text)
}

/// A value as compact JSON text.
pub fn write(value: &Value) -> String {
    imp::write(value)
}

/// A number as JSON text spells it, for a message.
pub fn number(n: &Number) -> String {
    imp::number(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_and_values_round_trip() {
        let value = json!({ "a": [1, -2, 2.5, "x\n\"y\"", null, true], "b": {} });
        assert_eq!(parse(&write(&value)), Ok(value));
        assert_eq!(write(&json!("\u{1}é")), "\"\\u0001é\"");
        assert_eq!(number(&Number::from(7)), "7");
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_refused() {
        let deep = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        assert!(
            parse(&format!(
                "{}1{}",
                "[".repeat(MAX_DEPTH),
                "]".repeat(MAX_DEPTH)
            ))
            .is_ok()
        );
        assert!(parse(&deep(MAX_DEPTH + 1)).is_err());
        assert!(parse("{\"a\":").is_err());
        // What the browser build refuses too (tests/browser/json.rs).
        assert!(parse(r#"["\ud800"]"#).is_err());
        assert!(parse("[1e400]").is_err());
    }
}
