//! A host's answer that refuses the connection (`submitResult` with `ok: false`): its field errors
//! go beside the fields the form shows, and everything else (its message, errors for fields that
//! are not on the form or unknown keys) becomes one general message above the actions.

use super::connection::{ApiType, Field};
use super::field::FieldErrors;
use super::string_map::StringMap;
use crate::i18n::{Key, Text};

/// The host's errors, placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostErrors {
    /// Errors beside fields of the form.
    pub fields: FieldErrors,
    /// The rest, in one message.
    pub general: Text,
}

/// Places a refusal's errors for a form of this API type.
pub fn place_host_errors(
    message: Option<String>,
    field_errors: StringMap,
    api: ApiType,
) -> HostErrors {
    let mut fields = FieldErrors::new();
    let mut unplaced = Vec::new();
    for (key, text) in field_errors {
        match Field::from_key(&key) {
            Some(field) if Field::in_form_order(api).contains(&field) => {
                fields.insert(field, Text::Raw(text));
            }
            _ => unplaced.push(text),
        }
    }
    let general = message
        .into_iter()
        .chain(unplaced)
        .collect::<Vec<_>>()
        .join(" ");
    HostErrors {
        fields,
        general: if general.is_empty() {
            Text::key(Key::ErrorHostUnexplained)
        } else {
            Text::Raw(general)
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(pairs: &[(&str, &str)]) -> StringMap {
        pairs.iter().copied().collect()
    }

    #[test]
    fn errors_for_fields_on_the_form_go_beside_them() {
        let placed = place_host_errors(
            Some("Refused.".into()),
            errors(&[("name", "Taken."), ("tenant", "Unknown tenant.")]),
            ApiType::Management,
        );
        assert_eq!(placed.fields[&Field::Name].to_string(), "Taken.");
        assert_eq!(placed.fields[&Field::Tenant].to_string(), "Unknown tenant.");
        assert_eq!(placed.general.to_string(), "Refused.");
    }

    #[test]
    fn errors_for_fields_not_shown_or_unknown_join_the_general_message() {
        let placed = place_host_errors(
            Some("Refused.".into()),
            errors(&[("scopes", "Too many."), ("colour", "Blue.")]),
            ApiType::Management,
        );
        assert!(placed.fields.is_empty());
        assert_eq!(placed.general.to_string(), "Refused. Blue. Too many.");
    }

    #[test]
    fn a_refusal_without_words_gets_a_general_message() {
        let placed = place_host_errors(None, StringMap::new(), ApiType::MyAccount);
        assert_eq!(placed.general, Text::key(Key::ErrorHostUnexplained));
    }
}
