//! The protocol's objects of strings (`init.themeTokens`, `init.strings`,
//! `submitResult.fieldErrors`, `changed.errors`): pairs kept in key order, one per key.
//!
//! A list rather than a `BTreeMap`: these maps hold a few entries to a few hundred, and the tree's
//! code for one more key and value type cost the module about 1.5 KB gzipped.

use super::json::{At, FromJson, Read, Wrong, expected};
use crate::model::json_value::Value;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How many entries a host's object of strings may have: more than any of them can use (the
/// catalogue has about 190 texts, the form a dozen fields), few enough that reading one in any
/// key order stays quick.
pub const MAX_ENTRIES: usize = 1_000;

/// Strings by key, in key order (as a JSON object of strings).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StringMap(Vec<(String, String)>);

impl StringMap {
    pub fn new() -> StringMap {
        StringMap(Vec::new())
    }

    /// Sets `key` to `value`, replacing what it had. Inserting in key order appends; any other
    /// order shifts the pairs after the key, which these small maps can afford (a host's object
    /// has at most `MAX_ENTRIES`, and comes in the order the host wrote it).
    pub fn insert(&mut self, key: String, value: String) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(at) => self.0[at].1 = value,
            Err(at) => self.0.insert(at, (key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        let at = self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(&self.0[at].1)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for StringMap {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> FromIterator<(&'a str, &'a str)> for StringMap {
    fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(pairs: I) -> StringMap {
        let mut map = StringMap::new();
        for (key, value) in pairs {
            map.insert(key.to_string(), value.to_string());
        }
        map
    }
}

impl<const N: usize> From<[(&str, &str); N]> for StringMap {
    fn from(pairs: [(&str, &str); N]) -> StringMap {
        pairs.into_iter().collect()
    }
}

impl FromJson for StringMap {
    fn from_json(value: &Value, at: At<'_>) -> Read<StringMap> {
        let Value::Object(fields) = value else {
            return Err(expected(at, "an object of strings", value));
        };
        if fields.len() > MAX_ENTRIES {
            return Err(Wrong::new(
                at,
                format!(
                    "expected at most {MAX_ENTRIES} entries, not {}",
                    fields.len()
                ),
            ));
        }
        let mut map = StringMap::new();
        for (key, item) in fields {
            map.insert(key.clone(), String::from_json(item, at.key(key))?);
        }
        Ok(map)
    }
}

impl Serialize for StringMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for StringMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<StringMap, D::Error> {
        let pairs = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(StringMap(pairs.into_iter().collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json::read;
    use serde_json::json;

    #[test]
    fn keys_stay_in_order_and_unique() {
        let mut map = StringMap::new();
        for (k, v) in [("b", "1"), ("a", "2"), ("c", "3"), ("a", "4")] {
            map.insert(k.into(), v.into());
        }
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(map.get("a"), Some("4"));
        assert_eq!(map.get("d"), None);
        assert_eq!(
            serde_json::to_value(&map).unwrap(),
            json!({ "a": "4", "b": "1", "c": "3" })
        );
    }

    #[test]
    fn reads_an_object_of_strings_both_ways() {
        let map = read::<StringMap>(&json!({ "y": "2", "x": "1" })).unwrap();
        assert_eq!(map, StringMap::from([("x", "1"), ("y", "2")]));
        let back: StringMap = serde_json::from_value(json!({ "y": "2", "x": "1" })).unwrap();
        assert_eq!(back, map);
        assert!(read::<StringMap>(&json!(["x"])).is_err());
        let object = |n: usize| {
            let pairs = (0..n).map(|i| (format!("k{}", n - i), json!("v")));
            serde_json::Value::Object(pairs.collect())
        };
        assert_eq!(
            read::<StringMap>(&object(MAX_ENTRIES))
                .unwrap()
                .iter()
                .count(),
            MAX_ENTRIES
        );
        let e = read::<StringMap>(&object(MAX_ENTRIES + 1)).unwrap_err();
        assert_eq!(e.problem, "expected at most 1000 entries, not 1001");
    }
}
