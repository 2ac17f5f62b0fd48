//! The OAuth 2.0 client dialog's rules: what must be filled in before the client goes to the host.

use super::connection::{ApiType, FormValues, GrantType};
use crate::i18n::Key;

/// Whether the dialog must have a client secret: when adding a client, unless the connection uses
/// "Authorization code with PKCE" (a public client has none). On edit, blank means unchanged.
pub fn secret_required(adding: bool, form: &FormValues) -> bool {
    adding
        && !(form.api_type == ApiType::MyAccount
            && form.grant_type == GrantType::AuthorizationCodePkce)
}

/// The dialog's errors, by field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientErrors {
    pub name: Option<Key>,
    pub client_id: Option<Key>,
    pub secret: Option<Key>,
}

impl ClientErrors {
    pub fn any(&self) -> bool {
        self.name.is_some() || self.client_id.is_some() || self.secret.is_some()
    }
}

pub fn validate_client(
    name: &str,
    client_id: &str,
    secret: &str,
    secret_required: bool,
) -> ClientErrors {
    ClientErrors {
        name: name.trim().is_empty().then_some(Key::ErrorClientNameEmpty),
        client_id: client_id
            .trim()
            .is_empty()
            .then_some(Key::ErrorClientIdEmpty),
        secret: (secret_required && secret.is_empty()).then_some(Key::ErrorClientSecretEmpty),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(api: ApiType, grant: GrantType) -> FormValues {
        FormValues {
            api_type: api,
            grant_type: grant,
            ..FormValues::default()
        }
    }

    #[test]
    fn adding_needs_a_secret_except_for_pkce_and_editing_never_does() {
        assert!(secret_required(
            true,
            &form(ApiType::Management, GrantType::AuthorizationCodePkce)
        ));
        assert!(secret_required(
            true,
            &form(ApiType::MyAccount, GrantType::AuthorizationCode)
        ));
        assert!(!secret_required(
            true,
            &form(ApiType::MyAccount, GrantType::AuthorizationCodePkce)
        ));
        assert!(!secret_required(
            false,
            &form(ApiType::Management, GrantType::AuthorizationCode)
        ));
    }

    #[test]
    fn each_missing_value_has_its_message() {
        let errors = validate_client(" ", "", "", true);
        assert_eq!(errors.name, Some(Key::ErrorClientNameEmpty));
        assert_eq!(errors.client_id, Some(Key::ErrorClientIdEmpty));
        assert_eq!(errors.secret, Some(Key::ErrorClientSecretEmpty));
        let english = crate::i18n::Catalogue::default();
        assert_eq!(
            english.text(Key::ErrorClientSecretEmpty),
            "Enter the client secret from Auth0."
        );
        assert!(!validate_client("Reporting", "abc", "", false).any());
    }
}
