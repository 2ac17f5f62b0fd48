//! JSON in the WebAssembly build: the browser's `JSON.parse` and `JSON.stringify`, walked into and
//! out of the `Value`s the readers take, give what serde_json gives natively, but for the
//! differences `json_text` names (one kind of number, the browser's wording of parse errors).

use auth0_connection_panel::model::json_text::{MAX_DEPTH, from_js, parse, to_js, write};
use auth0_connection_panel::model::json_value::{Number, Value};
use auth0_connection_panel::model::string_map::StringMap;
use auth0_connection_panel::protocol::decode_host_text;
use serde_json::json;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// serde_json's value as the module's own, to compare with.
fn own(value: serde_json::Value) -> Value {
    use serde_json::Value as S;
    match value {
        S::Null => Value::Null,
        S::Bool(b) => Value::Bool(b),
        S::Number(n) => Value::Number(Number::from_f64(n.as_f64().unwrap()).unwrap()),
        S::String(s) => Value::String(s),
        S::Array(items) => Value::Array(items.into_iter().map(own).collect()),
        S::Object(fields) => Value::Object(fields.into_iter().map(|(k, v)| (k, own(v))).collect()),
    }
}

/// Item `i` of a list.
fn item(value: &Value, i: usize) -> &Value {
    match value {
        Value::Array(items) => &items[i],
        other => panic!("not a list: {other:?}"),
    }
}

#[wasm_bindgen_test]
fn documents_read_as_serde_json_reads_them() {
    // Keys in serde_json's order: the module's objects keep the order they were given in.
    let text = r#"{"b":[true,false],"n":[0,5,-3,2.5,1e21],"o":{"k":{}},"s":"x\n\"é\"","z":null}"#;
    let value = parse(text).unwrap();
    assert_eq!(value, own(serde_json::from_str(text).unwrap()));
    // Whole numbers are whole to the readers, as `5` is to serde_json.
    let n = value.get("n").unwrap();
    assert_eq!(item(n, 1).as_u64(), Some(5));
    assert_eq!(item(n, 2).as_u64(), None);
    assert_eq!(item(n, 3), &Value::Number(Number::from_f64(2.5).unwrap()));
    assert_eq!(item(n, 4).as_u64(), None);
    // One kind of number in JavaScript: `1.0` is the whole number 1, as in any object a host posts.
    assert_eq!(parse("1.0").unwrap().as_u64(), Some(1));
}

#[wasm_bindgen_test]
fn what_serde_json_refuses_in_a_string_or_a_number_is_refused() {
    assert!(
        parse(r#"["\ud800"]"#)
            .unwrap_err()
            .contains("lone surrogate")
    );
    assert!(
        parse(r#"{"\udc00": 1}"#)
            .unwrap_err()
            .contains("lone surrogate")
    );
    assert_eq!(
        parse(r#"["\ud83d\ude00", "\ufffd", "�"]"#).unwrap(),
        own(json!(["😀", "\u{fffd}", "\u{fffd}"]))
    );
    assert!(parse("[1e400]").unwrap_err().contains("out of range"));
    assert!(parse("[-1e400]").is_err());
}

#[wasm_bindgen_test]
fn a_character_in_a_message_is_escaped_as_natively() {
    use auth0_connection_panel::model::json::shown_char_disagreements;
    assert_eq!(shown_char_disagreements(), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn an_objects_fields_keep_javascripts_order_and_the_last_of_a_key_wins() {
    let text = r#"{"z":"1","a":"2","10":"3","9":"4","a":"5"}"#;
    let value = parse(text).unwrap();
    let Value::Object(fields) = &value else {
        panic!("not an object");
    };
    let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["9", "10", "z", "a"]);
    assert_eq!(value.get("a").and_then(Value::as_str), Some("5"));
    // A map of strings read from it is in key order, whatever order the fields came in.
    let map = auth0_connection_panel::model::json::read::<StringMap>(&value).unwrap();
    assert_eq!(
        map,
        StringMap::from([("10", "3"), ("9", "4"), ("a", "5"), ("z", "1")])
    );
    assert_eq!(write(&value), r#"{"9":"4","10":"3","z":"1","a":"5"}"#);
}

#[wasm_bindgen_test]
fn values_write_as_serde_json_writes_them() {
    let theirs = json!({ "b": [1, -2, 2.5, "\u{1}\t\"q\"/é"], "a": null, "c": { "d": true } });
    let value = own(theirs.clone());
    assert_eq!(write(&value), theirs.to_string());
    assert_eq!(parse(&write(&value)).unwrap(), value);
}

#[wasm_bindgen_test]
fn a_key_named_proto_stays_a_plain_field_both_ways() {
    let value = parse(r#"{"__proto__":{"polluted":true},"a":1}"#).unwrap();
    assert_eq!(
        value.get("__proto__"),
        Some(&own(json!({ "polluted": true })))
    );
    let js = to_js(&value);
    let own = js_sys::Object::get_own_property_descriptor(
        js.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str("__proto__"),
    );
    assert!(!own.is_undefined(), "an own field, not the prototype");
    assert!(
        js_sys::Reflect::get(&js_sys::Object::new(), &JsValue::from_str("polluted"))
            .unwrap()
            .is_undefined()
    );
    assert_eq!(from_js(&js).unwrap(), value);
}

#[wasm_bindgen_test]
fn deep_nesting_and_bad_text_are_refused_with_a_reason() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&deep(MAX_DEPTH)).is_ok());
    assert!(parse(&deep(MAX_DEPTH + 1)).unwrap_err().contains("nested"));
    // Far deeper than the stack would take if the walk did not stop.
    assert!(parse(&deep(100_000)).is_err());
    assert!(!parse("{\"a\":").unwrap_err().is_empty());
    let refused = decode_host_text("{not json").unwrap_err();
    assert!(
        refused
            .message
            .starts_with("The message is not valid JSON: "),
        "{}",
        refused.message
    );
}
