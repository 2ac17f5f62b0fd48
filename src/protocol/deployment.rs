//! What the deployment says about whom the panel serves: the host origins that may embed it
//! (`<meta name="acp-host-origins">`) and the endpoints the http transport may call
//! (`<meta name="acp-endpoints">`), both space-separated and written at build time from
//! `ACP_HOST_ORIGINS` and `ACP_ENDPOINTS`. The panel's URL may only pick among these.
//!
//! The build script runs the same parsers (through `#[path]`), so a malformed list fails the build
//! with the message the panel would show; this file therefore needs nothing but `web_url`.

use super::web_url::WebUrl;
use std::fmt;

/// Why an entry of a deployment list cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListError {
    /// The list's name (`acp-host-origins`, `acp-endpoints`).
    pub list: &'static str,
    pub entry: String,
    pub why: String,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}” in {}: {}", self.entry, self.list, self.why)
    }
}

impl std::error::Error for ListError {}

pub const HOST_ORIGINS: &str = "acp-host-origins";
pub const ENDPOINTS: &str = "acp-endpoints";

/// An http(s) URL whose host name is plain ASCII: the panel refuses internationalised host names
/// wherever it reads a URL, so a list entry with one could never match.
fn parse_http(entry: &str) -> Result<WebUrl, String> {
    if !entry.is_ascii() {
        return Err("must be plain ASCII".into());
    }
    let url = WebUrl::parse(entry).ok_or("is not an absolute URL")?;
    if !matches!(url.scheme(), "https" | "http") || url.host().is_empty() {
        return Err("must be an http: or https: URL".into());
    }
    let host = url.host();
    if host.contains('*') {
        return Err("wildcards are not supported: name each origin".into());
    }
    if !host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '[' | ']' | ':'))
    {
        return Err("the host name may only hold letters, digits, - and .".into());
    }
    if host.split('.').any(|label| label.starts_with("xn--")) {
        return Err("internationalised host names are not supported".into());
    }
    if url.has_credentials() {
        return Err("must not carry a user name or password".into());
    }
    if url.query().is_some() || url.has_fragment() {
        return Err("must not have a query (?) or fragment (#)".into());
    }
    Ok(url)
}

/// An origin exactly as browsers write it: `https://app.example.com`, no path, no default port.
pub fn exact_origin(entry: &str) -> Result<String, String> {
    let url = parse_http(entry)?;
    if url.path() != "/" {
        return Err("must be an origin (scheme, host and port), with no path".into());
    }
    let origin = url.origin().to_string();
    if origin == entry {
        Ok(origin)
    } else {
        Err(format!("write it exactly as the browser does: {origin}"))
    }
}

/// An endpoint URL in the form the panel will be given it: no query, fragment or user info, and
/// written as the URL parser writes it (so that comparing text compares URLs).
pub fn exact_endpoint(entry: &str) -> Result<String, String> {
    let url = parse_http(entry)?;
    if url.as_str() == entry {
        Ok(entry.to_string())
    } else {
        Err(format!(
            "write it exactly as the browser does: {}",
            url.as_str()
        ))
    }
}

fn parse_list(
    list: &'static str,
    content: &str,
    exact: fn(&str) -> Result<String, String>,
) -> Result<Vec<String>, ListError> {
    let mut entries = Vec::new();
    for entry in content.split_ascii_whitespace() {
        let parsed = exact(entry).map_err(|why| ListError {
            list,
            entry: entry.to_string(),
            why,
        })?;
        if !entries.contains(&parsed) {
            entries.push(parsed);
        }
    }
    Ok(entries)
}

/// The deployment's lists, read from its page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deployment {
    /// Origins that may host the panel besides its own.
    pub host_origins: Vec<String>,
    /// Endpoints the http transport may call.
    pub endpoints: Vec<String>,
}

impl Deployment {
    /// Parses both lists; the first malformed entry is the error.
    pub fn parse(host_origins: &str, endpoints: &str) -> Result<Deployment, ListError> {
        Ok(Deployment {
            host_origins: parse_list(HOST_ORIGINS, host_origins, exact_origin)?,
            endpoints: parse_list(ENDPOINTS, endpoints, exact_endpoint)?,
        })
    }

    /// Whether an origin may host a panel served from `own_origin`.
    pub fn allows_host(&self, origin: &str, own_origin: &str) -> bool {
        origin == own_origin || self.host_origins.iter().any(|o| o == origin)
    }

    /// Whether the http transport may call this endpoint: it must be listed, character for character.
    pub fn allows_endpoint(&self, endpoint: &str) -> bool {
        self.endpoints.iter().any(|e| e == endpoint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_space_separated_and_deduplicated() {
        let d = Deployment::parse(
            " https://app.example.com\n http://127.0.0.1:4174  https://app.example.com ",
            "https://platform.example/api/auth0-panel http://127.0.0.1:4176/api",
        )
        .unwrap();
        assert_eq!(
            d.host_origins,
            ["https://app.example.com", "http://127.0.0.1:4174"]
        );
        assert_eq!(
            d.endpoints,
            [
                "https://platform.example/api/auth0-panel",
                "http://127.0.0.1:4176/api"
            ]
        );
        assert_eq!(Deployment::parse("", "").unwrap(), Deployment::default());
    }

    #[test]
    fn host_origins_must_be_exact_origins() {
        for (entry, why) in [
            (
                "https://app.example.com/",
                "exactly as the browser does: https://app.example.com",
            ),
            ("https://app.example.com:443", "https://app.example.com"),
            ("HTTPS://APP.example.com", "https://app.example.com"),
            ("https://app.example.com/admin", "no path"),
            ("https://user@app.example.com", "user name"),
            ("https://app.example.com?x", "query"),
            ("*", "not an absolute URL"),
            ("javascript:alert(1)", "http: or https:"),
            ("https://bücher.example", "plain ASCII"),
        ] {
            let e = Deployment::parse(entry, "").unwrap_err();
            assert_eq!(e.list, HOST_ORIGINS);
            assert!(e.why.contains(why), "{entry}: {e}");
            assert!(e.to_string().contains(entry));
        }
    }

    #[test]
    fn endpoints_must_have_no_query_fragment_or_user_info() {
        for entry in [
            "https://platform.example/api?to=https://attacker.example",
            "https://platform.example/api#x",
            "https://platform.example/api?",
            "https://me:pw@platform.example/api",
            "ftp://platform.example/api",
            "https://platform.example/a/../api",
            "https://platform.example",
        ] {
            let e = Deployment::parse("", entry).unwrap_err();
            assert_eq!(e.list, ENDPOINTS, "{entry}");
        }
    }

    #[test]
    fn the_panels_own_origin_always_hosts_and_endpoints_match_exactly() {
        let own = "https://panel.example.com";
        let d = Deployment::parse(
            "https://app.example.com",
            "https://platform.example/api/auth0-panel",
        )
        .unwrap();
        assert!(d.allows_host(own, own));
        assert!(d.allows_host("https://app.example.com", own));
        assert!(!d.allows_host("https://attacker.example", own));
        assert!(!d.allows_host("https://app.example.com.attacker.example", own));
        assert!(d.allows_endpoint("https://platform.example/api/auth0-panel"));
        for other in [
            "https://platform.example/api/auth0-panel/",
            "https://platform.example/api/auth0-panel?x=1",
            "https://platform.example/api",
            "https://panel.example.com/api/auth0-panel",
            "HTTPS://platform.example/api/auth0-panel",
        ] {
            assert!(!d.allows_endpoint(other), "{other}");
        }
    }
}
