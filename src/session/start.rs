//! What every authorization starts from: a fresh `state` (and PKCE pair) and the authorize URL,
//! the redirect URI, and the `submit` payload that hands them to the host (`authorize: "host"`).

use super::state::HostContext;
use crate::model::authorize::{AuthorizeRequest, authorize_url};
use crate::model::callback::panel_redirect_uri;
use crate::model::connection::{ApiType, Connection, GrantType};
use crate::model::pkce::{Pkce, new_state};
use crate::prelude::window;
use crate::protocol::{Authorization, SubmitPayload};

/// A fresh `state` (and a fresh PKCE pair with PKCE) and the authorize URL they go into.
pub struct AuthorizationStart {
    pub pkce: Option<Pkce>,
    pub state: String,
    pub redirect_uri: String,
    pub url: String,
}

impl AuthorizationStart {
    pub fn new(connection: &Connection, host: &HostContext, redirect_uri: String) -> Self {
        let pkce = (connection.grant_type == GrantType::AuthorizationCodePkce).then(Pkce::generate);
        let state = new_state();
        let client_id = host
            .clients
            .iter()
            .find(|c| c.id == connection.oauth_client_id)
            .map(|c| c.client_id.as_str())
            .unwrap_or_default();
        let url = authorize_url(&AuthorizeRequest {
            domain: connection
                .custom_domain
                .as_deref()
                .unwrap_or(&connection.domain),
            client_id,
            redirect_uri: &redirect_uri,
            scopes: connection.scopes.as_deref().unwrap_or_default(),
            audience: &connection.audience,
            state: &state,
            code_challenge: pkce.as_ref().map(|p| p.code_challenge.as_str()),
        });
        AuthorizationStart {
            pkce,
            state,
            redirect_uri,
            url,
        }
    }
}

/// The redirect URI the panel uses when it authorizes (shown to the person to register in Auth0).
pub fn redirect_uri(host: &HostContext) -> String {
    let page = window().location().href().unwrap_or_default();
    panel_redirect_uri(&page, host.redirect_uri.as_deref())
}

/// The `submit` payload: the connection, and for the authorization-code grants a fresh `state`
/// with the authorize URL (and a fresh PKCE pair with PKCE).
pub fn submit_payload(connection: Connection, host: &HostContext) -> SubmitPayload {
    if connection.api_type != ApiType::MyAccount {
        return SubmitPayload {
            connection,
            pkce: None,
            authorization: None,
        };
    }
    let redirect_uri = host
        .redirect_uri
        .clone()
        .unwrap_or_else(default_redirect_uri);
    let start = AuthorizationStart::new(&connection, host, redirect_uri);
    SubmitPayload {
        connection,
        pkce: start.pkce,
        authorization: Some(Authorization {
            authorize_url: Some(start.url),
            code: None,
            state: start.state,
            redirect_uri: start.redirect_uri,
        }),
    }
}

/// The panel's own callback page, beside the page it runs on.
fn default_redirect_uri() -> String {
    panel_redirect_uri(&window().location().href().unwrap_or_default(), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::connection::{FormValues, ValidationContext};
    use crate::model::region::Region;
    use crate::model::scopes::Catalogue;
    use crate::protocol::OAuthClient;

    fn connection(custom_domain: &str) -> (Connection, HostContext) {
        let host = HostContext {
            clients: vec![OAuthClient {
                id: "c1".into(),
                name: "Public".into(),
                client_id: "public-client".into(),
            }],
            redirect_uri: Some("https://host.example/callback".into()),
            ..HostContext::default()
        };
        let form = FormValues {
            name: "Mine".into(),
            api_type: ApiType::MyAccount,
            tenant: "dev-x".into(),
            region: Some(Region::Eu),
            custom_domain: custom_domain.into(),
            oauth_client_id: "c1".into(),
            scopes: vec!["read:me:profile".into()],
            ..FormValues::default()
        };
        let ids = vec!["c1".to_string()];
        let catalogue = Catalogue::built_in_my_account();
        let ctx = ValidationContext {
            id: None,
            existing_names: &[],
            original_name: None,
            client_ids: &ids,
            catalogue: &catalogue,
        };
        (form.validate(&ctx).unwrap(), host)
    }

    fn authorize_url_of(payload: &SubmitPayload) -> String {
        let authorization = payload.authorization.as_ref().unwrap();
        authorization.authorize_url.clone().unwrap()
    }

    #[test]
    fn authorization_goes_to_the_tenant_domain_or_else_its_custom_domain() {
        let (plain, host) = connection("");
        let url = authorize_url_of(&submit_payload(plain, &host));
        assert!(
            url.starts_with("https://dev-x.eu.auth0.com/authorize?"),
            "{url}"
        );

        let (custom, host) = connection("login.example.com");
        let url = authorize_url_of(&submit_payload(custom, &host));
        assert!(
            url.starts_with("https://login.example.com/authorize?"),
            "{url}"
        );
        assert!(
            url.contains("audience=https%3A%2F%2Flogin.example.com%2Fme%2F"),
            "{url}"
        );
        assert!(url.contains("client_id=public-client"), "{url}");
    }
}
