//! "Name your connection": required, trimmed, at most 200 characters, unique among the host's names.

use super::case::lower;
use crate::i18n::{Key, Text};
use std::fmt;

pub const MAX_NAME_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong { chars: usize },
    Taken(String),
}

impl NameError {
    pub fn text(&self) -> Text {
        match self {
            NameError::Empty => Text::key(Key::ErrorNameEmpty),
            NameError::TooLong { chars } => Text::with(
                Key::ErrorNameTooLong,
                vec![
                    ("max", MAX_NAME_CHARS.to_string()),
                    ("count", chars.to_string()),
                ],
            ),
            NameError::Taken(name) => Text::with(Key::ErrorNameTaken, vec![("name", name.clone())]),
        }
    }
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for NameError {}

/// Validates a connection name against the host's `existingNames`. In edit mode the connection's
/// own original name is not a clash. Comparison ignores case (Unicode-aware).
pub fn validate_name(
    raw: &str,
    existing: &[String],
    original: Option<&str>,
) -> Result<String, NameError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(NameError::TooLong { chars });
    }
    let folded = lower(name);
    let is_own = original.is_some_and(|o| lower(o.trim()) == folded);
    if !is_own && existing.iter().any(|e| lower(e.trim()) == folded) {
        return Err(NameError::Taken(name.to_string()));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_name_is_trimmed() {
        assert_eq!(
            validate_name("  Auth0 prod  ", &[], None),
            Ok("Auth0 prod".into())
        );
    }

    #[test]
    fn a_blank_name_is_missing() {
        assert_eq!(validate_name(" \t", &[], None), Err(NameError::Empty));
    }

    #[test]
    fn two_hundred_characters_is_the_limit_counted_in_characters() {
        assert!(validate_name(&"é".repeat(200), &[], None).is_ok());
        assert_eq!(
            validate_name(&"é".repeat(201), &[], None),
            Err(NameError::TooLong { chars: 201 })
        );
    }

    #[test]
    fn a_name_that_exists_in_any_case_is_taken() {
        let existing = names(&["Auth0 Prod", "Ünïcode"]);
        let err = validate_name("auth0 prod", &existing, None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "A connection named “auth0 prod” already exists."
        );
        assert!(validate_name("üNÏCODE", &existing, None).is_err());
        assert!(validate_name("Auth0 staging", &existing, None).is_ok());
    }

    #[test]
    fn in_edit_mode_the_connection_keeps_its_own_name() {
        let existing = names(&["Auth0 Prod", "Other"]);
        assert!(validate_name("AUTH0 prod", &existing, Some("Auth0 Prod")).is_ok());
        assert!(validate_name("other", &existing, Some("Auth0 Prod")).is_err());
    }
}
