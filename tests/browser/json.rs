//! JSON in the WebAssembly build: the browser's `JSON.parse` and `JSON.stringify`, walked into and
//! out of the `Value`s the readers take, give what serde_json gives natively, but for the
//! differences `json_text` names (one kind of number, the browser's wording of parse errors).

use auth0_connection_panel::model::json_text::{MAX_DEPTH, from_js, parse, to_js, write};
use auth0_connection_panel::protocol::decode_host_text;
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn documents_read_as_serde_json_reads_them() {
    let text = r#"{"s":"x\n\"é\"","n":[0,5,-3,2.5,1e21],"b":[true,false],"z":null,"o":{"k":{}}}"#;
    let value = parse(text).unwrap();
    assert_eq!(value, serde_json::from_str::<Value>(text).unwrap());
    // Whole numbers are integers to the readers, as `5` is to serde_json.
    assert_eq!(value["n"][1].as_u64(), Some(5));
    assert_eq!(value["n"][2].as_i64(), Some(-3));
    assert_eq!(value["n"][3].as_f64(), Some(2.5));
    assert_eq!(value["n"][4].as_u64(), None);
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
        json!(["😀", "\u{fffd}", "\u{fffd}"])
    );
    assert!(parse("[1e400]").unwrap_err().contains("out of range"));
    assert!(parse("[-1e400]").is_err());
}

#[wasm_bindgen_test]
fn values_write_as_serde_json_writes_them() {
    let value = json!({ "b": [1, -2, 2.5, "\u{1}\t\"q\"/é"], "a": null, "c": { "d": true } });
    assert_eq!(write(&value), value.to_string());
    assert_eq!(parse(&write(&value)).unwrap(), value);
}

#[wasm_bindgen_test]
fn a_key_named_proto_stays_a_plain_field_both_ways() {
    let value = parse(r#"{"__proto__":{"polluted":true},"a":1}"#).unwrap();
    assert_eq!(value["__proto__"], json!({ "polluted": true }));
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
