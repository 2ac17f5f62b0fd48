//! The JSON value the panel's readers and writers work on. Natively it is serde_json's `Value`
//! (the tests build theirs with `json!`); in the WebAssembly build it is the small one below,
//! which `json_text` fills from the browser's `JSON.parse` and writes with `JSON.stringify`: an
//! object is a list of fields rather than serde_json's sorted tree, whose code the module then
//! does not carry. Only what both offer is used outside tests.

#[cfg(not(target_arch = "wasm32"))]
pub use serde_json::{Number, Value};

/// A JSON object's fields.
#[cfg(not(target_arch = "wasm32"))]
pub type JsonMap = serde_json::Map<String, Value>;

#[cfg(target_arch = "wasm32")]
pub use small::{JsonMap, Number, Value};

/// The WebAssembly build's value. Compiled on every target so that its own tests run natively.
pub mod small {
    /// A JSON value.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Value {
        Null,
        Bool(bool),
        Number(Number),
        String(String),
        Array(Vec<Value>),
        Object(JsonMap),
    }

    /// A JSON number: JavaScript's one kind, a finite double.
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Number(f64);

    /// Above this a double no longer holds every whole number.
    const EXACT: f64 = 9_007_199_254_740_992.0;

    impl Number {
        /// A finite number; `None` for infinities and NaN, which JSON cannot spell.
        pub fn from_f64(n: f64) -> Option<Number> {
            n.is_finite().then_some(Number(n))
        }

        /// The number as a whole number from 0 up, if it is one (and exactly so).
        pub fn as_u64(&self) -> Option<u64> {
            (self.0.fract() == 0.0 && (0.0..EXACT).contains(&self.0)).then_some(self.0 as u64)
        }

        pub fn as_f64(&self) -> Option<f64> {
            Some(self.0)
        }
    }

    /// A JSON object's fields, in the order they were given (for a parsed object, the order
    /// JavaScript gives them: integer-like keys first); a field given again replaces the earlier
    /// one in its place.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct JsonMap(Vec<(String, Value)>);

    impl JsonMap {
        pub fn new() -> JsonMap {
            JsonMap::default()
        }

        pub fn get(&self, key: &str) -> Option<&Value> {
            self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
        }

        pub fn insert(&mut self, key: String, value: Value) {
            match self.0.iter_mut().find(|(k, _)| *k == key) {
                Some((_, old)) => *old = value,
                None => self.0.push((key, value)),
            }
        }

        pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
            self.0.iter().map(|(k, v)| (k, v))
        }

        pub fn len(&self) -> usize {
            self.0.len()
        }

        pub fn is_empty(&self) -> bool {
            self.0.is_empty()
        }
    }

    /// Fields whose keys are known to be distinct (an object's entries, a map's pairs): taken
    /// as they come, without the search `insert` makes for each.
    impl FromIterator<(String, Value)> for JsonMap {
        fn from_iter<I: IntoIterator<Item = (String, Value)>>(fields: I) -> JsonMap {
            JsonMap(fields.into_iter().collect())
        }
    }

    impl<'a> IntoIterator for &'a JsonMap {
        type Item = (&'a String, &'a Value);
        type IntoIter = std::iter::Map<
            std::slice::Iter<'a, (String, Value)>,
            fn(&'a (String, Value)) -> (&'a String, &'a Value),
        >;

        fn into_iter(self) -> Self::IntoIter {
            self.0.iter().map(|(k, v)| (k, v))
        }
    }

    impl Value {
        pub fn as_str(&self) -> Option<&str> {
            match self {
                Value::String(s) => Some(s),
                _ => None,
            }
        }

        pub fn as_u64(&self) -> Option<u64> {
            match self {
                Value::Number(n) => n.as_u64(),
                _ => None,
            }
        }

        pub fn as_object(&self) -> Option<&JsonMap> {
            match self {
                Value::Object(fields) => Some(fields),
                _ => None,
            }
        }

        pub fn is_null(&self) -> bool {
            matches!(self, Value::Null)
        }

        /// An object's field; `None` for a missing field or a value that is no object.
        pub fn get(&self, key: &str) -> Option<&Value> {
            self.as_object()?.get(key)
        }
    }

    impl From<u32> for Value {
        fn from(n: u32) -> Value {
            Value::Number(Number(f64::from(n)))
        }
    }

    impl From<u8> for Value {
        fn from(n: u8) -> Value {
            Value::Number(Number(f64::from(n)))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn numbers_are_whole_only_when_exactly_so() {
            let n = |f: f64| Number::from_f64(f).unwrap().as_u64();
            assert_eq!(n(5.0), Some(5));
            assert_eq!(n(0.0), Some(0));
            assert_eq!(n(-0.0), Some(0));
            assert_eq!(n(2.5), None);
            assert_eq!(n(-1.0), None);
            assert_eq!(n(EXACT), None);
            assert_eq!(Number::from_f64(f64::INFINITY), None);
            assert_eq!(Value::from(7_u32).as_u64(), Some(7));
        }

        #[test]
        fn a_field_given_again_replaces_the_first_in_its_place() {
            let mut fields = JsonMap::new();
            fields.insert("b".into(), Value::Null);
            fields.insert("a".into(), Value::Bool(true));
            fields.insert("b".into(), Value::String("x".into()));
            let keys: Vec<&String> = fields.iter().map(|(k, _)| k).collect();
            assert_eq!(keys, ["b", "a"]);
            assert_eq!(fields.get("b").and_then(Value::as_str), Some("x"));
            let object = Value::Object(fields);
            assert_eq!(object.get("a"), Some(&Value::Bool(true)));
            assert_eq!(object.get("c"), None);
            assert_eq!(Value::Null.get("a"), None);
        }
    }
}
