//! Reading parsed JSON into the panel's types: one hand-written path per type, over
//! `json_value::Value`, so a refusal names the field at fault (`oauthClients[0].id`) and what was
//! expected. (serde's derived readers, each wrapped again by `serde_path_to_error` to track the
//! path, made the gzipped bundle 17.7 KB larger.) Unknown fields are ignored; `null` is the same
//! as absent where a field is optional; a host's strings are repeated in a message only cut short.

use super::json_text;
use super::json_value::{JsonMap, Value};
use std::fmt;

/// Where a value sits in the document being read: `connection.region`, `existingNames[2]`.
#[derive(Clone, Copy)]
pub enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root => Ok(()),
            At::Key(At::Root, key) => f.write_str(&cut(key)),
            At::Key(parent, key) => write!(f, "{parent}.{}", cut(key)),
            At::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// How much of a host's string a message repeats.
const SHOWN_CHARS: usize = 40;

/// A host's string cut to its first 40 characters (with "…" when cut): a message never repeats
/// more of it.
pub fn cut(s: &str) -> String {
    shorten(s, SHOWN_CHARS)
}

/// `s` cut to its first `max_chars` characters, with "…" when cut.
pub fn shorten(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_string(),
    }
}

/// A host's string cut short and quoted as JSON (quotes, backslashes and control characters
/// escaped), for a message.
pub fn quoted(s: &str) -> String {
    json_text::write(&Value::String(cut(s)))
}

/// A character for a message, as JSON escapes it but without the quotes: itself when visible,
/// `\t`, `\n`, `\r`, `\b` or `\f` for those controls, `\u0001` for the others; DEL, which
/// JSON leaves as it is and which shows as nothing, as `\u007f`.
pub fn shown_char(c: char) -> String {
    if c == '\u{7f}' {
        return "\\u007f".into();
    }
    let quoted = json_text::write(&Value::String(c.to_string()));
    quoted
        .get(1..quoted.len().saturating_sub(1))
        .unwrap_or_default()
        .to_string()
}

/// Characters and how a message shows them: visible ones as themselves, controls as JSON
/// escapes them, DEL as `\u007f`.
const CHARACTER_CASES: [(char, &str); 8] = [
    ('_', "_"),
    (' ', " "),
    ('\'', "'"),
    ('"', "\\\""),
    ('\\', "\\\\"),
    ('\t', "\\t"),
    ('\u{1}', "\\u0001"),
    ('\u{7f}', "\\u007f"),
];

/// The characters this build shows otherwise than `CHARACTER_CASES` says; empty when it agrees (the
/// browser suite runs it against the browser's `JSON.stringify`).
#[doc(hidden)]
pub fn shown_char_disagreements() -> Vec<String> {
    CHARACTER_CASES
        .iter()
        .filter(|(c, shown)| shown_char(*c) != *shown)
        .map(|(c, shown)| format!("{c:?} shows as {} and not {shown}", shown_char(*c)))
        .collect()
}

/// Why a value could not be read: where (empty for the document itself) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wrong {
    pub at: String,
    pub problem: String,
}

impl Wrong {
    pub fn new(at: At<'_>, problem: impl Into<String>) -> Wrong {
        Wrong {
            at: at.to_string(),
            problem: problem.into(),
        }
    }
}

/// "problem (at `path`)", or the problem alone for the document itself.
impl fmt::Display for Wrong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problem)?;
        if !self.at.is_empty() {
            write!(f, " (at `{}`)", self.at)?;
        }
        Ok(())
    }
}

pub type Read<T> = Result<T, Wrong>;

/// A type read from JSON.
pub trait FromJson: Sized {
    fn from_json(value: &Value, at: At<'_>) -> Read<Self>;
}

/// Reads a whole document.
pub fn read<T: FromJson>(value: &Value) -> Read<T> {
    T::from_json(value, At::Root)
}

/// What a value is, for "expected …, not …".
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {}", json_text::number(n)),
        Value::String(s) => format!("the string {}", quoted(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// "expected {what}, not {value}" at `at`.
pub fn expected(at: At<'_>, what: &str, value: &Value) -> Wrong {
    Wrong::new(at, format!("expected {what}, not {}", found(value)))
}

/// One of a closed set of names (an enum's protocol spellings).
pub fn one_of<T: Copy>(
    value: &Value,
    at: At<'_>,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Read<T> {
    let names: Vec<&str> = all.iter().map(|&t| name(t)).collect();
    one_of_names(value, at, &names).map(|i| all[i])
}

/// The position of `value` among `names`: `one_of`'s reading, the same code for every enum.
fn one_of_names(value: &Value, at: At<'_>, names: &[&str]) -> Read<usize> {
    let spelled = || {
        let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        quoted.join(", ")
    };
    let Value::String(given) = value else {
        return Err(expected(at, &format!("one of {}", spelled()), value));
    };
    names.iter().position(|n| n == given).ok_or_else(|| {
        Wrong::new(
            at,
            format!(
                "unknown value {}, expected one of {}",
                quoted(given),
                spelled()
            ),
        )
    })
}

/// An object's fields, read by name.
pub struct Object<'v, 'a> {
    fields: &'v JsonMap,
    at: At<'a>,
}

impl<'v, 'a> Object<'v, 'a> {
    pub fn new(value: &'v Value, at: At<'a>) -> Read<Object<'v, 'a>> {
        match value {
            Value::Object(fields) => Ok(Object { fields, at }),
            other => Err(expected(at, "an object", other)),
        }
    }

    /// A field that must be there.
    pub fn field<T: FromJson>(&self, key: &str) -> Read<T> {
        match self.fields.get(key) {
            Some(value) => T::from_json(value, self.at.key(key)),
            None => Err(Wrong::new(self.at, format!("the field `{key}` is missing"))),
        }
    }

    /// A field that may be left out (or be `null`).
    pub fn optional<T: FromJson>(&self, key: &str) -> Read<Option<T>> {
        match self.fields.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => T::from_json(value, self.at.key(key)).map(Some),
        }
    }
}

impl FromJson for String {
    fn from_json(value: &Value, at: At<'_>) -> Read<String> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => Err(expected(at, "a string", other)),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Value, at: At<'_>) -> Read<bool> {
        match value {
            Value::Bool(b) => Ok(*b),
            other => Err(expected(at, "true or false", other)),
        }
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value, at: At<'_>) -> Read<u32> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| expected(at, "a whole number from 0 to 4294967295", value))
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value, at: At<'_>) -> Read<Vec<T>> {
        let Value::Array(items) = value else {
            return Err(expected(at, "a list", value));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item, at.index(i)))
            .collect()
    }
}

/// Every name a unit-only enum's JSON Schema (derived from the type, so from all its variants)
/// allows: a test compares it with the enum's `ALL`, so a variant left out of `ALL` is noticed.
#[cfg(test)]
pub fn schema_names<T: schemars::JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    let names = schema["enum"].as_array().expect("a unit-only enum");
    names
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::string_map::StringMap;
    use serde_json::json;

    struct Pair {
        name: String,
        tags: Option<Vec<String>>,
    }

    impl FromJson for Pair {
        fn from_json(value: &Value, at: At<'_>) -> Read<Pair> {
            let o = Object::new(value, at)?;
            Ok(Pair {
                name: o.field("name")?,
                tags: o.optional("tags")?,
            })
        }
    }

    #[test]
    fn a_wrong_value_is_named_by_its_path() {
        let e = read::<Vec<Pair>>(&json!([{ "name": "a" }, { "name": "b", "tags": ["x", 3] }]))
            .err()
            .unwrap();
        assert_eq!(
            e.to_string(),
            "expected a string, not the number 3 (at `[1].tags[1]`)"
        );
        let e = read::<Pair>(&json!({ "tags": [] })).err().unwrap();
        assert_eq!(e.to_string(), "the field `name` is missing");
        let e = read::<StringMap>(&json!({ "a.b": true })).unwrap_err();
        assert_eq!(e.at, "a.b");
    }

    #[test]
    fn optional_fields_may_be_absent_or_null_and_unknown_fields_are_ignored() {
        let p = read::<Pair>(&json!({ "name": "a", "tags": null, "later": 1 })).unwrap();
        assert_eq!((p.name.as_str(), p.tags), ("a", None));
    }

    #[test]
    fn numbers_must_be_whole_and_in_range() {
        assert_eq!(read::<u32>(&json!(5)), Ok(5));
        for bad in [json!(-1), json!(2.5), json!(4_294_967_296_u64), json!("5")] {
            assert!(read::<u32>(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_closed_set_names_its_members() {
        let names = |n: u8| ["create", "edit"][n as usize];
        assert_eq!(one_of(&json!("edit"), At::Root, &[0, 1], names), Ok(1));
        let e = one_of(&json!("delete"), At::Root, &[0, 1], names).unwrap_err();
        assert_eq!(
            e.problem,
            "unknown value \"delete\", expected one of \"create\", \"edit\""
        );
        let long = "x".repeat(100);
        let e = one_of(&json!(long), At::Root, &[0, 1], names).unwrap_err();
        assert!(e.problem.len() < 100, "{}", e.problem);
    }

    #[test]
    fn a_hosts_strings_are_cut_short_and_escaped_in_messages() {
        let key = "k".repeat(1000);
        let e = read::<StringMap>(&json!({ key: 1 })).unwrap_err();
        assert_eq!(e.at, format!("{}…", "k".repeat(40)));
        let e = read::<bool>(&json!(format!("\"`\n{}", "x".repeat(1000)))).unwrap_err();
        assert!(
            e.problem
                .starts_with(r#"expected true or false, not the string "\"`\n"#),
            "{}",
            e.problem
        );
        assert!(e.problem.len() < 100, "{}", e.problem);
        assert_eq!(cut(&"é".repeat(41)), format!("{}…", "é".repeat(40)));
        assert_eq!(quoted("plain"), "\"plain\"");
        assert_eq!(shown_char_disagreements(), Vec::<String>::new());
    }
}
