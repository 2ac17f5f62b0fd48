//! Whom a panel page trusts: the host origins (`?hostOrigin=`, may repeat) and the endpoint
//! (`?endpoint=`) its URL names, each of which must be on the deployment's lists. The URL only
//! picks among what the deployment named; anything else is a refusal that names it.

use super::deployment::{Deployment, ENDPOINTS, HOST_ORIGINS};
use crate::i18n::{Key, Text};
use crate::model::ascii_url::parse_ascii_url;
use crate::model::web_url::WebUrl;

/// The panel's URL parameters that concern its host, once checked against the deployment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostParams {
    /// Origins the panel trusts; the panel's own origin when the URL names none.
    pub trusted: Vec<String>,
    /// `?endpoint=` for the http transport: one the deployment lists.
    pub endpoint: Option<String>,
}

/// An origin in its canonical form (`https://app.example.com`, default port dropped).
pub fn normalize_origin(raw: &str) -> Result<String, String> {
    let url =
        parse_ascii_url(raw.trim()).map_err(|e| format!("“{raw}” {e}, so it is not an origin."))?;
    if !matches!(url.scheme(), "https" | "http") || url.host().is_empty() {
        return Err(format!("“{raw}” is not an http(s) origin."));
    }
    if url.path() != "/" || url.query().is_some() || url.has_fragment() {
        return Err(format!(
            "“{raw}” has a path; an origin is scheme, host and port only."
        ));
    }
    Ok(url.origin().to_string())
}

/// Whether the panel's URL names a host or an endpoint (then the deployment's lists decide).
pub fn names_a_host(query: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes()).any(|(k, _)| k == "hostOrigin" || k == "endpoint")
}

/// Reads `hostOrigin` and `endpoint` from a query string (`?a=b&…`) and checks each against the
/// deployment. The error is the refusal the person sees; nothing is sent anywhere then.
pub fn read_host_params(
    query: &str,
    own_origin: &str,
    deployment: &Deployment,
) -> Result<HostParams, Text> {
    let mut params = HostParams::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            "hostOrigin" => {
                let origin = normalize_origin(&value).map_err(|problem| {
                    Text::with(Key::RefusalBadHost, vec![("problem", problem.to_string())])
                })?;
                if !deployment.allows_host(&origin, own_origin) {
                    return Err(Text::with(
                        Key::RefusalHostNotListed,
                        vec![("origin", origin), ("list", HOST_ORIGINS.into())],
                    ));
                }
                if !params.trusted.contains(&origin) {
                    params.trusted.push(origin);
                }
            }
            "endpoint" => {
                if params.endpoint.as_deref().is_some_and(|e| e != value) {
                    return Err(Text::key(Key::RefusalTwoEndpoints));
                }
                if !deployment.allows_endpoint(&value) {
                    return Err(Text::with(
                        Key::RefusalEndpointNotListed,
                        vec![("endpoint", value.into_owned()), ("list", ENDPOINTS.into())],
                    ));
                }
                params.endpoint = Some(value.into_owned());
            }
            _ => {}
        }
    }
    if params.trusted.is_empty() {
        params.trusted.push(own_origin.to_string());
    }
    Ok(params)
}

/// The origin of a listed endpoint: the host the draft is kept for.
pub fn endpoint_origin(endpoint: &str) -> String {
    WebUrl::parse(endpoint)
        .map(|u| u.origin().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: &str = "https://panel.example.com";

    fn deployment() -> Deployment {
        Deployment::parse(
            "https://app.example.com http://127.0.0.1:9000",
            "https://platform.example/api/auth0-panel",
        )
        .unwrap()
    }

    #[test]
    fn listed_host_origins_are_read_normalised_and_deduplicated() {
        let p = read_host_params(
            "?hostOrigin=https%3A%2F%2Fapp.example.com%3A443&hostOrigin=https://app.example.com&hostOrigin=http://127.0.0.1:9000",
            OWN,
            &deployment(),
        )
        .unwrap();
        assert_eq!(
            p.trusted,
            ["https://app.example.com", "http://127.0.0.1:9000"]
        );
    }

    #[test]
    fn without_host_origins_only_the_panels_own_is_trusted() {
        assert_eq!(
            read_host_params("", OWN, &Deployment::default())
                .unwrap()
                .trusted,
            [OWN]
        );
        let own = format!("hostOrigin={OWN}");
        assert!(read_host_params(&own, OWN, &Deployment::default()).is_ok());
    }

    #[test]
    fn an_unlisted_or_malformed_host_is_a_refusal_naming_it() {
        for (query, named) in [
            (
                "hostOrigin=https://attacker.example",
                "https://attacker.example",
            ),
            (
                "hostOrigin=https://app.example.com&hostOrigin=https://attacker.example",
                "https://attacker.example",
            ),
            ("hostOrigin=javascript:alert(1)", "javascript:alert(1)"),
            (
                "hostOrigin=https://a.example/path",
                "https://a.example/path",
            ),
            ("hostOrigin=*", "*"),
        ] {
            let refusal = read_host_params(query, OWN, &deployment()).unwrap_err();
            assert!(refusal.to_string().contains(named), "{query}: {refusal}");
        }
    }

    #[test]
    fn an_endpoint_must_be_listed_character_for_character() {
        let ok = read_host_params(
            "endpoint=https%3A%2F%2Fplatform.example%2Fapi%2Fauth0-panel",
            OWN,
            &deployment(),
        )
        .unwrap();
        assert_eq!(
            ok.endpoint.as_deref(),
            Some("https://platform.example/api/auth0-panel")
        );
        assert_eq!(
            endpoint_origin(ok.endpoint.as_deref().unwrap()),
            "https://platform.example"
        );
        for endpoint in [
            "https://attacker.example/api",
            "https://platform.example/api/auth0-panel/",
            "https://platform.example/go?to=https://attacker.example/x",
            "https://panel.example.com/api",
            "javascript:alert(1)",
        ] {
            let query = format!(
                "endpoint={}",
                url::form_urlencoded::byte_serialize(endpoint.as_bytes()).collect::<String>()
            );
            let refusal = read_host_params(&query, OWN, &deployment()).unwrap_err();
            assert!(refusal.to_string().contains(endpoint), "{refusal}");
        }
        let two = "endpoint=https://platform.example/api/auth0-panel&endpoint=https://attacker.example/api";
        assert!(read_host_params(two, OWN, &deployment()).is_err());
    }

    #[test]
    fn only_host_and_endpoint_parameters_need_the_lists() {
        assert!(names_a_host("?endpoint=x"));
        assert!(names_a_host("hostOrigin=x"));
        assert!(!names_a_host("?lang=de"));
    }
}
