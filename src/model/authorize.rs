//! The Auth0 authorize URL a person is sent to for the authorization-code grants.

/// Everything the authorize request names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorizeRequest<'a> {
    pub domain: &'a str,
    pub client_id: &'a str,
    pub redirect_uri: &'a str,
    pub scopes: &'a [String],
    pub audience: &'a str,
    pub state: &'a str,
    /// The S256 challenge, with PKCE.
    pub code_challenge: Option<&'a str>,
}

/// Where authorization happens: the tenant's own domain. Only a build made for the e2e suite (the
/// `e2e-authorization-server` feature) points it at the test server named when it was compiled;
/// no message or URL parameter can change it.
pub fn authorization_base(domain: &str) -> String {
    #[cfg(feature = "e2e-authorization-server")]
    if let Some(base) = option_env!("ACP_E2E_AUTHORIZATION_SERVER") {
        return base.trim_end_matches('/').to_string();
    }
    format!("https://{domain}")
}

/// `https://{domain}/authorize?response_type=code&client_id=…&redirect_uri=…&scope=…&audience=…&state=…`
/// plus `code_challenge` and `code_challenge_method=S256` with PKCE, every value form-encoded.
pub fn authorize_url(req: &AuthorizeRequest<'_>) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("response_type", "code")
        .append_pair("client_id", req.client_id)
        .append_pair("redirect_uri", req.redirect_uri)
        .append_pair("scope", &req.scopes.join(" "))
        .append_pair("audience", req.audience)
        .append_pair("state", req.state);
    if let Some(challenge) = req.code_challenge {
        q.append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "S256");
    }
    format!(
        "{}/authorize?{}",
        authorization_base(req.domain),
        q.finish()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(url: &str) -> Vec<(String, String)> {
        let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
        form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    #[test]
    fn a_pkce_request_carries_every_parameter_in_order() {
        let scopes = vec!["read:me:factors".to_string(), "offline_access".to_string()];
        let url = authorize_url(&AuthorizeRequest {
            domain: "dev-6ljhqh2ct4wo15by.eu.auth0.com",
            client_id: "abc123",
            redirect_uri: "https://app.example.com/cb?x=1&y=2",
            scopes: &scopes,
            audience: "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/me/",
            state: "s t&a=te",
            code_challenge: Some("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
        });
        assert!(url.starts_with("https://dev-6ljhqh2ct4wo15by.eu.auth0.com/authorize?response_type=code&client_id=abc123&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fx%3D1%26y%3D2&scope=read%3Ame%3Afactors+offline_access&"));
        let keys: Vec<String> = pairs(&url).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "response_type",
                "client_id",
                "redirect_uri",
                "scope",
                "audience",
                "state",
                "code_challenge",
                "code_challenge_method"
            ]
        );
        let decoded = pairs(&url);
        assert_eq!(decoded[2].1, "https://app.example.com/cb?x=1&y=2");
        assert_eq!(decoded[3].1, "read:me:factors offline_access");
        assert_eq!(decoded[5].1, "s t&a=te");
        assert_eq!(decoded[7].1, "S256");
    }

    #[cfg(not(feature = "e2e-authorization-server"))]
    #[test]
    fn the_shipped_build_authorizes_only_at_the_tenant_domain() {
        assert_eq!(
            authorization_base("dev-x1.eu.auth0.com"),
            "https://dev-x1.eu.auth0.com"
        );
    }

    #[test]
    fn without_pkce_there_is_no_challenge() {
        let url = authorize_url(&AuthorizeRequest {
            domain: "t.auth0.com",
            client_id: "c",
            redirect_uri: "https://a/cb",
            scopes: &[],
            audience: "https://t.auth0.com/me/",
            state: "s",
            code_challenge: None,
        });
        assert!(!url.contains("code_challenge"));
    }
}
