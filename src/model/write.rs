//! Writing the panel's types as JSON (`json_value::Value`): the messages the panel sends and the
//! draft it stores, field by field with the protocol's camelCase names, the other way from
//! `model::json`. serde's derived writers, driven through `serde_json`'s value serializer, cost
//! the gzipped bundle about 2.3 KB more; the derives stay on the types, for the contract, and the
//! tests check that each writer here writes exactly what serde does.

use super::json_value::{JsonMap, Value};
use super::secret::Secret;
use super::string_map::StringMap;

/// A value written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

/// A JSON object, written one field at a time.
#[derive(Default)]
pub struct Fields(JsonMap);

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    pub fn field(mut self, name: &str, value: &(impl ToJson + ?Sized)) -> Fields {
        self.0.insert(name.to_string(), value.to_json());
        self
    }

    /// A field written only when it has a value (serde's `skip_serializing_if = "Option::is_none"`).
    pub fn optional(self, name: &str, value: Option<&(impl ToJson + ?Sized)>) -> Fields {
        match value {
            Some(value) => self.field(name, value),
            None => self,
        }
    }

    /// A field whose value is already JSON.
    pub fn put(mut self, name: &str, value: Value) -> Fields {
        self.0.insert(name.to_string(), value);
        self
    }

    pub fn done(self) -> Value {
        Value::Object(self.0)
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        self.as_str().to_json()
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl ToJson for u8 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

/// `null` when absent (serde's way for an `Option` it does not skip).
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl ToJson for Secret {
    fn to_json(&self) -> Value {
        self.expose().to_json()
    }
}

impl ToJson for StringMap {
    fn to_json(&self) -> Value {
        // A map's keys are distinct: collected as they come.
        Value::Object(
            self.iter()
                .map(|(key, value)| (key.to_string(), value.to_json()))
                .collect(),
        )
    }
}

/// For the tests of every writer: it writes what serde's derive writes.
#[cfg(test)]
pub fn assert_written_as_serde<T: ToJson + serde::Serialize>(value: &T) {
    assert_eq!(value.to_json(), serde_json::to_value(value).unwrap());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basic_types_are_written_as_serde_writes_them() {
        assert_written_as_serde(&"a\"b".to_string());
        assert_written_as_serde(&true);
        assert_written_as_serde(&42u32);
        assert_written_as_serde(&7u8);
        assert_written_as_serde(&Some("x".to_string()));
        assert_written_as_serde(&None::<String>);
        assert_written_as_serde(&vec!["x".to_string(), "y".to_string()]);
        assert_written_as_serde(&Secret::from("s".to_string()));
        assert_written_as_serde(&StringMap::from([("b", "2"), ("a", "1")]));
    }

    #[test]
    fn optional_fields_are_left_out_when_absent() {
        let written = Fields::new()
            .field("a", "x")
            .optional("b", None::<&str>)
            .optional("c", Some(&true))
            .done();
        assert_eq!(written, serde_json::json!({ "a": "x", "c": true }));
    }
}
