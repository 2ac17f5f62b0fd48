//! The form's fields, as `fieldErrors` and `changed.errors` name them, and their order on screen.

use super::api::ApiType;
use crate::i18n::Text;

/// The connection's fields, keyed as `fieldErrors` and `changed.errors` name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Tenant,
    Region,
    CustomDomain,
    OauthClientId,
    Audience,
    GrantType,
    Scopes,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Name,
        Field::Tenant,
        Field::Region,
        Field::CustomDomain,
        Field::OauthClientId,
        Field::Audience,
        Field::GrantType,
        Field::Scopes,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Tenant => "tenant",
            Field::Region => "region",
            Field::CustomDomain => "customDomain",
            Field::OauthClientId => "oauthClientId",
            Field::Audience => "audience",
            Field::GrantType => "grantType",
            Field::Scopes => "scopes",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The fields of an API type in the order the form shows them (so focus goes to the first).
    pub fn in_form_order(api: ApiType) -> &'static [Field] {
        match api {
            ApiType::Management => &[
                Field::Name,
                Field::Tenant,
                Field::Region,
                Field::CustomDomain,
                Field::OauthClientId,
                Field::Audience,
            ],
            ApiType::MyAccount => &[
                Field::Name,
                Field::Tenant,
                Field::Region,
                Field::CustomDomain,
                Field::OauthClientId,
                Field::GrantType,
                Field::Audience,
                Field::Scopes,
            ],
        }
    }
}

/// The fields in their order, as a place `FieldErrors` and `FieldSet` can lend references from.
static FIELDS: [Field; 8] = Field::ALL;

/// Every current error, by field, with a message a person can act on: a short list kept in the
/// form's order. (A `BTreeMap` per key and value type cost the module several kilobytes of tree
/// code; seven fields need none.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(Field, Text)>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    fn position(&self, field: Field) -> Result<usize, usize> {
        self.0.binary_search_by_key(&field, |(f, _)| *f)
    }

    pub fn get(&self, field: &Field) -> Option<&Text> {
        let at = self.position(*field).ok()?;
        Some(&self.0[at].1)
    }

    pub fn contains_key(&self, field: &Field) -> bool {
        self.position(*field).is_ok()
    }

    /// Sets a field's error; gives back the one it replaces.
    pub fn insert(&mut self, field: Field, message: impl Into<Text>) -> Option<Text> {
        let message = message.into();
        match self.position(field) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, message)),
            Err(at) => {
                self.0.insert(at, (field, message));
                None
            }
        }
    }

    pub fn remove(&mut self, field: &Field) -> Option<Text> {
        let at = self.position(*field).ok()?;
        Some(self.0.remove(at).1)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors in the form's order.
    pub fn iter(&self) -> impl Iterator<Item = (&Field, &Text)> {
        self.0.iter().map(|(f, m)| (f, m))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Field> {
        self.0.iter().map(|(f, _)| f)
    }

    /// Keeps only the errors `keep` approves.
    pub fn retain(&mut self, mut keep: impl FnMut(&Field, &mut Text) -> bool) {
        self.0.retain_mut(|(f, m)| keep(f, m));
    }
}

/// `errors[&field]`: the field's error, which must be there (as a map's index).
impl std::ops::Index<&Field> for FieldErrors {
    type Output = Text;

    fn index(&self, field: &Field) -> &Text {
        self.get(field).expect("no error for this field")
    }
}

impl IntoIterator for FieldErrors {
    type Item = (Field, Text);
    type IntoIter = std::vec::IntoIter<(Field, Text)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl FromIterator<(Field, Text)> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = (Field, Text)>>(pairs: I) -> FieldErrors {
        let mut errors = FieldErrors::new();
        errors.extend(pairs);
        errors
    }
}

impl Extend<(Field, Text)> for FieldErrors {
    fn extend<I: IntoIterator<Item = (Field, Text)>>(&mut self, pairs: I) {
        for (field, message) in pairs {
            self.insert(field, message);
        }
    }
}

/// A set of fields (those whose errors are shown, say), as eight bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FieldSet(u8);

impl FieldSet {
    pub fn new() -> FieldSet {
        FieldSet::default()
    }

    /// Adds a field; false when it was already in.
    pub fn insert(&mut self, field: Field) -> bool {
        let had = self.contains(&field);
        self.0 |= 1 << field as u8;
        !had
    }

    pub fn contains(&self, field: &Field) -> bool {
        self.0 & (1 << *field as u8) != 0
    }

    /// The fields in the form's order.
    pub fn iter(&self) -> impl Iterator<Item = &Field> {
        FIELDS.iter().filter(|f| self.contains(f))
    }
}

impl FromIterator<Field> for FieldSet {
    fn from_iter<I: IntoIterator<Item = Field>>(fields: I) -> FieldSet {
        let mut set = FieldSet::new();
        for field in fields {
            set.insert(field);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_and_sets_keep_the_form_order_whatever_the_order_of_insertion() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.insert(Field::Scopes, "s"), None);
        errors.insert(Field::Name, "n");
        assert_eq!(errors.insert(Field::Scopes, "s2"), Some("s".into()));
        errors.insert(Field::Region, "r");
        let order: Vec<Field> = errors.keys().copied().collect();
        assert_eq!(order, [Field::Name, Field::Region, Field::Scopes]);
        assert_eq!(errors.remove(&Field::Region), Some("r".into()));
        errors.retain(|f, _| *f != Field::Name);
        assert_eq!(
            errors.into_iter().collect::<Vec<_>>(),
            [(Field::Scopes, Text::from("s2"))]
        );

        let mut shown: FieldSet = [Field::Scopes, Field::Tenant].into_iter().collect();
        assert!(!shown.insert(Field::Tenant) && shown.insert(Field::Name));
        let order: Vec<Field> = shown.iter().copied().collect();
        assert_eq!(order, [Field::Name, Field::Tenant, Field::Scopes]);
        assert!(shown.contains(&Field::Scopes) && !shown.contains(&Field::Audience));
    }
}
