//! The URL Standard's parser, as the panel reads URLs: in the WebAssembly build the browser's own
//! `URL` (so the module carries no URL parser of its own), natively the `url` crate, which
//! implements the same standard, for the native tests and the build script. Every reading of a
//! parsed URL goes through `WebUrl`, so both behave alike; the browser suite checks the browser's
//! side against the same cases.

/// A parsed absolute URL: its serialisation and the parts the panel reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebUrl {
    href: String,
    scheme: String,
    host: String,
    path: String,
    origin: String,
    credentials: bool,
}

impl WebUrl {
    /// Parses an absolute URL; `None` when it is not one.
    pub fn parse(input: &str) -> Option<WebUrl> {
        backend::parse(input, None)
    }

    /// Resolves `relative` against `base`, as a link on the page at `base` would.
    pub fn join(base: &str, relative: &str) -> Option<WebUrl> {
        backend::parse(relative, Some(base))
    }

    /// The URL as the parser writes it.
    pub fn as_str(&self) -> &str {
        &self.href
    }

    /// The scheme, without its colon: `https`.
    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    /// The host name (an IPv6 address in brackets); empty when the URL has none.
    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query, without its `?`, when the URL has one (even an empty one).
    pub fn query(&self) -> Option<&str> {
        let before_fragment = self.href.split('#').next().unwrap_or_default();
        before_fragment.split_once('?').map(|(_, query)| query)
    }

    /// Whether the URL has a fragment (`#…`), even an empty one.
    pub fn has_fragment(&self) -> bool {
        self.href.contains('#')
    }

    /// The origin as browsers write it (`https://app.example.com`), `null` for opaque ones.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// Whether the URL carries a user name or password.
    pub fn has_credentials(&self) -> bool {
        self.credentials
    }
}

#[cfg(target_arch = "wasm32")]
mod backend {
    use super::WebUrl;

    pub fn parse(input: &str, base: Option<&str>) -> Option<WebUrl> {
        let url = match base {
            Some(base) => web_sys::Url::new_with_base(input, base),
            None => web_sys::Url::new(input),
        }
        .ok()?;
        let protocol = url.protocol();
        Some(WebUrl {
            href: url.href(),
            scheme: protocol.strip_suffix(':').unwrap_or(&protocol).to_string(),
            host: url.hostname(),
            path: url.pathname(),
            origin: url.origin(),
            credentials: !url.username().is_empty() || !url.password().is_empty(),
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use super::WebUrl;

    pub fn parse(input: &str, base: Option<&str>) -> Option<WebUrl> {
        let url = match base {
            Some(base) => url::Url::parse(base).ok()?.join(input),
            None => url::Url::parse(input),
        }
        .ok()?;
        Some(WebUrl {
            href: url.as_str().to_string(),
            scheme: url.scheme().to_string(),
            host: url.host_str().unwrap_or_default().to_string(),
            path: url.path().to_string(),
            origin: url.origin().ascii_serialization(),
            credentials: !url.username().is_empty() || url.password().is_some(),
        })
    }
}

/// How a URL reads: its serialisation, origin and host.
#[doc(hidden)]
pub type Reading = (&'static str, &'static str, &'static str);

/// URLs and how the URL Standard reads them: (input, serialisation, origin, host), or `None`
/// when the input is not an absolute URL. The native tests check `url`'s answers and the browser
/// suite the browser's, so the panel reads a URL alike in both.
#[doc(hidden)]
pub const STANDARD_CASES: &[(&str, Option<Reading>)] = &[
    (
        "HTTPS://API.Example.COM",
        Some((
            "https://api.example.com/",
            "https://api.example.com",
            "api.example.com",
        )),
    ),
    (
        "https://app.example.com:443/a/../b?x=1#top",
        Some((
            "https://app.example.com/b?x=1#top",
            "https://app.example.com",
            "app.example.com",
        )),
    ),
    (
        "http://127.0.0.1:4174",
        Some((
            "http://127.0.0.1:4174/",
            "http://127.0.0.1:4174",
            "127.0.0.1",
        )),
    ),
    (
        "http://[::1]:8080/cb",
        Some(("http://[::1]:8080/cb", "http://[::1]:8080", "[::1]")),
    ),
    (
        "https:\\\\evil.example\\path",
        Some((
            "https://evil.example/path",
            "https://evil.example",
            "evil.example",
        )),
    ),
    (
        "https://user:pw@host.example/",
        Some((
            "https://user:pw@host.example/",
            "https://host.example",
            "host.example",
        )),
    ),
    (
        " https://t.eu.auth0.com/\t",
        Some((
            "https://t.eu.auth0.com/",
            "https://t.eu.auth0.com",
            "t.eu.auth0.com",
        )),
    ),
    (
        "javascript:alert(1)",
        Some(("javascript:alert(1)", "null", "")),
    ),
    ("/api/v2/", None),
    ("https://", None),
    ("not a url", None),
];

/// The cases this build's parser reads otherwise than `STANDARD_CASES` (and a query, fragment,
/// credentials and relative-URL check) say; empty when it agrees.
#[doc(hidden)]
pub fn disagreements_with_the_standard() -> Vec<String> {
    let mut found: Vec<String> = STANDARD_CASES
        .iter()
        .filter_map(|(input, expected)| {
            let read = WebUrl::parse(input);
            let parts = read.as_ref().map(|u| (u.as_str(), u.origin(), u.host()));
            (parts != *expected).then(|| format!("{input} reads as {parts:?}"))
        })
        .collect();
    let parts = WebUrl::parse("https://u@a.example/p?#")
        .map(|u| (u.query() == Some(""), u.has_fragment(), u.has_credentials()));
    if parts != Some((true, true, true)) {
        found.push("https://u@a.example/p?# has an empty query, a fragment and credentials".into());
    }
    if WebUrl::parse("https://a.example/p").is_none_or(|u| u.query().is_some()) {
        found.push("https://a.example/p has no query".into());
    }
    let joined = WebUrl::join(
        "https://a.example/apps/panel/index.html?x=1",
        "callback.html",
    );
    if joined.as_ref().map(WebUrl::as_str) != Some("https://a.example/apps/panel/callback.html") {
        found.push("callback.html beside /apps/panel/index.html".into());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_native_parser_reads_urls_as_the_standard_does() {
        assert_eq!(disagreements_with_the_standard(), Vec::<String>::new());
    }
}
