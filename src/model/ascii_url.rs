//! The one way the panel parses a URL it was given (tenant input, audience, redirect URI, origins,
//! endpoint). The text must be ASCII and its host name plain ASCII: internationalised names are
//! refused before parsing, whether percent-encoded or already `xn--` encoded (percent-encoded
//! UTF-8 in a path or query is fine: only host names go through IDNA). Auth0 tenant domains are
//! ASCII, and refusing look-alike letters is the point; it also keeps the build free of Unicode
//! IDNA tables (Cargo.lock pins `idna_adapter` to its ASCII-only 1.0 line, about 47 KB gzipped).

use super::web_url::WebUrl;
use percent_encoding::percent_decode_str;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// Non-ASCII text, or a host name that is percent-encoded non-ASCII or has an `xn--` label.
    NotAscii,
    /// Not an absolute URL.
    NotAUrl,
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlError::NotAscii => f.write_str(
                "contains characters that are not plain ASCII (internationalised or look-alike letters are not accepted)",
            ),
            UrlError::NotAUrl => f.write_str("is not an absolute URL"),
        }
    }
}

impl std::error::Error for UrlError {}

/// Parses an absolute URL written in ASCII whose host name is plain ASCII.
pub fn parse_ascii_url(input: &str) -> Result<WebUrl, UrlError> {
    if !input.is_ascii() {
        return Err(UrlError::NotAscii);
    }
    // The URL parser drops tabs and newlines before it reads anything, and percent-decodes a host.
    let read: String = input
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let authority: Vec<u8> = percent_decode_str(authority(&read)).collect();
    let encoded_label = authority
        .split(|b| matches!(b, b'.' | b'@' | b':' | b'[' | b']'))
        .any(|label| label.len() >= 4 && label[..4].eq_ignore_ascii_case(b"xn--"));
    if !authority.is_ascii() || encoded_label {
        return Err(UrlError::NotAscii);
    }
    WebUrl::parse(input).ok_or(UrlError::NotAUrl)
}

/// Where a host name can stand: after the scheme and its slashes (either kind), up to the path,
/// query or fragment. It is wider than the host (user info and port too), which only makes the
/// check stricter. An `xn--` label is one that starts so (`0xn--a` is an ordinary name).
fn authority(url: &str) -> &str {
    let after_scheme = url.split_once(':').map_or(url, |(_, rest)| rest);
    let start = after_scheme.trim_start_matches(['/', '\\']);
    start
        .split(['/', '\\', '?', '#'])
        .next()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_urls_parse() {
        let url = parse_ascii_url("https://api.example.com/v1?x=%20y").unwrap();
        assert_eq!(url.host(), "api.example.com");
        assert_eq!(
            parse_ascii_url("HTTPS://API.Example.COM").unwrap().host(),
            "api.example.com"
        );
    }

    #[test]
    fn internationalised_names_are_refused_in_every_spelling() {
        for input in [
            "https://bücher.example",
            "https://b%C3%BCcher.example",
            "https://xn--bcher-kva.example",
            "https://XN--BCHER-KVA.example",
            "https://%78n--bcher-kva.example",
            "https://x\tn--bcher-kva.example",
            "https:\\\\b%C3%BCcher.example",
            "https://user@xn--bcher-kva.example:443/",
            "https://api.example.com/café",
        ] {
            assert_eq!(parse_ascii_url(input), Err(UrlError::NotAscii), "{input:?}");
        }
    }

    #[test]
    fn percent_encoded_text_outside_the_host_is_kept() {
        let url = parse_ascii_url("https://api.example.com/caf%C3%A9?next=%E2%9C%93#xn--").unwrap();
        assert_eq!(url.path(), "/caf%C3%A9");
        assert_eq!(url.query(), Some("next=%E2%9C%93"));
    }

    #[test]
    fn text_that_is_no_url_says_so() {
        for input in [
            "",
            "api.example.com",
            "/relative",
            "https://",
            "http://[::1",
        ] {
            assert_eq!(parse_ascii_url(input), Err(UrlError::NotAUrl), "{input}");
        }
    }

    proptest! {
        #[test]
        fn never_panics_and_never_lets_non_ascii_through(input in "\\PC{0,40}") {
            if let Ok(url) = parse_ascii_url(&input) {
                prop_assert!(url.as_str().is_ascii());
                let host = url.host();
                prop_assert!(!host.split('.').any(|label| label.starts_with("xn--")));
            }
        }
    }
}
