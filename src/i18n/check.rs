//! The rules every locale file obeys against the English catalogue, shared by the build (which
//! refuses a locale that breaks them) and the native tests: the same keys in a complete locale (an
//! overlay such as `fr-CA` holds only the keys where it differs from its base), the same
//! placeholders, and plural forms for the language's categories, `other` always among them.

use serde_json::{Map, Value};

/// The placeholders a message names, `{count}` and the like, sorted and without repeats.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The plural categories a message's forms may use (CLDR's, which `Intl.PluralRules` returns).
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Every way `value` (the locale's message for `key`) breaks the rules against `english`.
fn check_message(key: &str, english: &Value, value: &Value, problems: &mut Vec<String>) {
    let english_text = |v: &Value| match v {
        Value::Object(forms) => forms
            .get("other")
            .and_then(Value::as_str)
            .map(str::to_string),
        Value::String(s) => Some(s.clone()),
        _ => None,
    };
    let Some(reference) = english_text(english) else {
        problems.push(format!(
            "{key}: the English message is neither text nor plural forms"
        ));
        return;
    };
    let wanted = placeholders(&reference);
    let check_text = |form: &str, text: &str, problems: &mut Vec<String>| {
        let found = placeholders(text);
        let may_omit_count = matches!(form, ".zero" | ".one" | ".two");
        for name in &wanted {
            let omitted_count = may_omit_count && *name == "count";
            if !found.contains(name) && !omitted_count {
                problems.push(format!(
                    "{key}{form}: the placeholder {{{name}}} is missing"
                ));
            }
        }
        for name in &found {
            if !wanted.contains(name) {
                problems.push(format!(
                    "{key}{form}: {{{name}}} is not a placeholder of this message"
                ));
            }
        }
    };
    match (english, value) {
        (Value::String(_), Value::String(text)) => check_text("", text, problems),
        (Value::Object(_), Value::Object(forms)) => {
            if !forms.contains_key("other") {
                problems.push(format!("{key}: plural forms need \"other\""));
            }
            for (category, text) in forms {
                if !PLURAL_CATEGORIES.contains(&category.as_str()) {
                    problems.push(format!("{key}: \"{category}\" is not a plural category"));
                }
                match text.as_str() {
                    Some(text) => check_text(&format!(".{category}"), text, problems),
                    None => problems.push(format!("{key}.{category}: not text")),
                }
            }
        }
        _ => problems.push(format!(
            "{key}: must be {} as in English",
            if english.is_object() {
                "plural forms"
            } else {
                "text"
            }
        )),
    }
}

/// Every problem of a locale against the English catalogue; empty when it is sound.
pub fn check_locale(english: &Map<String, Value>, locale: &Value, overlay: bool) -> Vec<String> {
    let Some(locale) = locale.as_object() else {
        return vec!["the file is not a JSON object".into()];
    };
    let mut problems = Vec::new();
    if !overlay {
        for key in english.keys().filter(|k| !locale.contains_key(*k)) {
            problems.push(format!("{key}: missing"));
        }
    }
    for (key, value) in locale {
        match english.get(key) {
            None => problems.push(format!("{key}: not a key of the English catalogue")),
            Some(english) => check_message(key, english, value, &mut problems),
        }
    }
    problems
}

/// The locale a regional overlay falls back to before English (`fr-CA` → `fr`), if it is one.
pub fn overlay_base(tag: &str) -> Option<&str> {
    tag.split_once('-').map(|(language, _)| language)
}
