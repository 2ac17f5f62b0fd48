//! Trusted host origins, read from the panel's own URL (`?hostOrigin=…`, may repeat).

use crate::model::ascii_url::parse_ascii_url;

/// The panel's URL parameters that concern its host.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostParams {
    /// Origins the panel trusts; the panel's own origin when the URL names none.
    pub trusted: Vec<String>,
    /// `?endpoint=` for the http transport.
    pub endpoint: Option<String>,
    /// Parameters that could not be used, each with why.
    pub problems: Vec<String>,
}

/// An origin in its canonical form (`https://app.example.com`, default port dropped).
pub fn normalize_origin(raw: &str) -> Result<String, String> {
    let url =
        parse_ascii_url(raw.trim()).map_err(|e| format!("“{raw}” {e}, so it is not an origin."))?;
    if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() {
        return Err(format!("“{raw}” is not an http(s) origin."));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "“{raw}” has a path; an origin is scheme, host and port only."
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// Reads `hostOrigin` and `endpoint` from a query string (`?a=b&…`).
pub fn read_host_params(query: &str, own_origin: &str) -> HostParams {
    let mut params = HostParams::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            "hostOrigin" => match normalize_origin(&value) {
                Ok(origin) if !params.trusted.contains(&origin) => params.trusted.push(origin),
                Ok(_) => {}
                Err(problem) => params.problems.push(format!("hostOrigin: {problem}")),
            },
            "endpoint" if params.endpoint.is_none() => params.endpoint = Some(value.into_owned()),
            _ => {}
        }
    }
    if params.trusted.is_empty() {
        params.trusted.push(own_origin.to_string());
    }
    params
}

/// The origin of an endpoint URL, when it is one the panel may call: a trusted host origin or its own.
pub fn check_endpoint(
    endpoint: &str,
    trusted: &[String],
    own_origin: &str,
) -> Result<String, String> {
    let url = parse_ascii_url(endpoint).map_err(|e| format!("The endpoint “{endpoint}” {e}."))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(format!("The endpoint “{endpoint}” is not an http(s) URL."));
    }
    let origin = url.origin().ascii_serialization();
    if origin == own_origin || trusted.contains(&origin) {
        Ok(origin)
    } else {
        Err(format!(
            "The endpoint’s origin {origin} is not a trusted host origin. Add it as ?hostOrigin={origin} to the panel’s URL."
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: &str = "https://panel.example.com";

    #[test]
    fn host_origins_are_read_normalised_and_deduplicated() {
        let p = read_host_params(
            "?hostOrigin=https%3A%2F%2Fapp.example.com%3A443&hostOrigin=https://app.example.com&hostOrigin=http://127.0.0.1:9000",
            OWN,
        );
        assert_eq!(
            p.trusted,
            ["https://app.example.com", "http://127.0.0.1:9000"]
        );
        assert!(p.problems.is_empty());
    }

    #[test]
    fn without_host_origins_only_the_panels_own_is_trusted() {
        assert_eq!(read_host_params("", OWN).trusted, [OWN]);
    }

    #[test]
    fn bad_origins_are_reported_not_trusted() {
        let p = read_host_params(
            "hostOrigin=javascript:alert(1)&hostOrigin=https://a.example/path&hostOrigin=*",
            OWN,
        );
        assert_eq!(p.trusted, [OWN]);
        assert_eq!(p.problems.len(), 3);
    }

    #[test]
    fn an_endpoint_must_be_on_a_trusted_origin_or_the_panels_own() {
        let trusted = vec!["https://platform.example".to_string()];
        assert_eq!(
            check_endpoint("https://platform.example/api/auth0-panel", &trusted, OWN),
            Ok("https://platform.example".into())
        );
        assert!(check_endpoint("https://panel.example.com/api", &trusted, OWN).is_ok());
        let err = check_endpoint("https://evil.example/api", &trusted, OWN).unwrap_err();
        assert!(err.contains("not a trusted host origin"));
        assert!(check_endpoint("javascript:alert(1)", &trusted, OWN).is_err());
        let p = read_host_params("endpoint=https%3A%2F%2Fplatform.example%2Fapi", OWN);
        assert_eq!(p.endpoint.as_deref(), Some("https://platform.example/api"));
    }
}
