//! The one way the panel parses a URL it was given (tenant input, audience, redirect URI, origins,
//! endpoint). Host names must be plain ASCII: internationalised names are refused before parsing,
//! whether typed in Unicode, percent-encoded or already `xn--` encoded. Auth0 tenant domains are
//! ASCII, and refusing look-alike letters is the point; it also keeps the build free of Unicode
//! IDNA tables (Cargo.lock pins `idna_adapter` to its ASCII-only 1.0 line, about 47 KB gzipped).

use percent_encoding::percent_decode_str;
use std::fmt;
use url::Url;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// Non-ASCII text, typed or percent-encoded, or an `xn--` label.
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

/// Parses an absolute URL that is plain ASCII throughout.
pub fn parse_ascii_url(input: &str) -> Result<Url, UrlError> {
    let encoded_non_ascii = percent_decode_str(input).any(|b| !b.is_ascii());
    if !input.is_ascii() || encoded_non_ascii || input.to_ascii_lowercase().contains("xn--") {
        return Err(UrlError::NotAscii);
    }
    Url::parse(input).map_err(|_| UrlError::NotAUrl)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_urls_parse() {
        let url = parse_ascii_url("https://api.example.com/v1?x=%20y").unwrap();
        assert_eq!(url.host_str(), Some("api.example.com"));
        assert_eq!(
            parse_ascii_url("HTTPS://API.Example.COM")
                .unwrap()
                .host_str(),
            Some("api.example.com")
        );
    }

    #[test]
    fn internationalised_names_are_refused_in_every_spelling() {
        for input in [
            "https://bücher.example",
            "https://b%C3%BCcher.example",
            "https://xn--bcher-kva.example",
            "https://XN--BCHER-KVA.example",
            "https://api.example.com/caf%C3%A9",
        ] {
            assert_eq!(parse_ascii_url(input), Err(UrlError::NotAscii), "{input}");
        }
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
                prop_assert!(!url.host_str().unwrap_or("").contains("xn--"));
            }
        }
    }
}
