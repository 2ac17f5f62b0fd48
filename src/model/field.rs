//! The form's fields, as `fieldErrors` and `changed.errors` name them, and their order on screen.

use super::api::ApiType;
use std::collections::BTreeMap;

/// The connection's fields, keyed as `fieldErrors` and `changed.errors` name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Tenant,
    Region,
    OauthClientId,
    Audience,
    GrantType,
    Scopes,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Name,
        Field::Tenant,
        Field::Region,
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
                Field::OauthClientId,
                Field::Audience,
            ],
            ApiType::MyAccount => &[
                Field::Name,
                Field::Tenant,
                Field::Region,
                Field::OauthClientId,
                Field::GrantType,
                Field::Audience,
                Field::Scopes,
            ],
        }
    }
}

/// Every current error, by field, with a message a person can act on.
pub type FieldErrors = BTreeMap<Field, String>;
