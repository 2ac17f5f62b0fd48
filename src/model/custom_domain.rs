//! "Custom domain": the host name an Auth0 tenant answers on besides its `*.auth0.com` domain, such
//! as `login.example.com`. Plain ASCII, a valid DNS name, not under `auth0.com`, no scheme, path or
//! port; a pasted `https://login.example.com/` is read as its host name.

use crate::i18n::{Key, Text};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CustomDomainError {
    NotAscii,
    /// A scheme other than `https:` (`javascript:`, `http:`, …).
    Scheme(String),
    Port,
    Path,
    InvalidCharacter(char),
    /// One dot-separated part empty (`login..example.com`, a leading or trailing dot).
    EmptyLabel,
    LabelTooLong,
    TooLong,
    Hyphen,
    /// A single label, or a last label that does not start with a letter (an IP address, or a
    /// name the browser would read as one).
    NotADomain,
    /// Punycode (`xn--`): an internationalised name in disguise.
    Punycode,
    Auth0,
}

impl CustomDomainError {
    pub fn text(&self) -> Text {
        use CustomDomainError::*;
        Text::key(match self {
            NotAscii => Key::ErrorCustomDomainNotAscii,
            Scheme(scheme) => {
                return Text::with(
                    Key::ErrorCustomDomainScheme,
                    vec![("scheme", scheme.clone())],
                );
            }
            Port => Key::ErrorCustomDomainPort,
            Path => Key::ErrorCustomDomainPath,
            InvalidCharacter(c) => {
                let c = super::json::shown_char(*c);
                return Text::with(Key::ErrorCustomDomainCharacter, vec![("character", c)]);
            }
            EmptyLabel => Key::ErrorCustomDomainEmptyLabel,
            LabelTooLong => Key::ErrorCustomDomainLabelTooLong,
            TooLong => Key::ErrorCustomDomainTooLong,
            Hyphen => Key::ErrorCustomDomainHyphen,
            NotADomain => Key::ErrorCustomDomainNotADomain,
            Punycode => Key::ErrorCustomDomainPunycode,
            Auth0 => Key::ErrorCustomDomainAuth0,
        })
    }
}

impl fmt::Display for CustomDomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for CustomDomainError {}

/// Reads the custom domain field: `Ok(None)` when it is empty, else the host name, lowercased.
pub fn parse_custom_domain(raw: &str) -> Result<Option<String>, CustomDomainError> {
    let input = raw.trim();
    if input.is_empty() {
        return Ok(None);
    }
    if !input.is_ascii() {
        return Err(CustomDomainError::NotAscii);
    }
    let input = input.to_ascii_lowercase();
    let host = strip_https(&input)?;
    if host.contains(['/', '?', '#', '\\']) {
        return Err(CustomDomainError::Path);
    }
    if host.contains(':') {
        return Err(CustomDomainError::Port);
    }
    if let Some(c) = host
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.')))
    {
        return Err(CustomDomainError::InvalidCharacter(c));
    }
    if host.len() > 253 {
        return Err(CustomDomainError::TooLong);
    }
    let labels: Vec<&str> = host.split('.').collect();
    for label in &labels {
        if label.is_empty() {
            return Err(CustomDomainError::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(CustomDomainError::LabelTooLong);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(CustomDomainError::Hyphen);
        }
        if label.starts_with("xn--") {
            return Err(CustomDomainError::Punycode);
        }
    }
    // A top-level domain starts with a letter; a last label that does not (`1`, `0x1`) would make
    // the browser read the name as an IPv4 address (`127.0.0.0x1` is 127.0.0.1).
    let last = labels[labels.len() - 1];
    if labels.len() < 2 || !last.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(CustomDomainError::NotADomain);
    }
    if host == "auth0.com" || host.ends_with(".auth0.com") {
        return Err(CustomDomainError::Auth0);
    }
    Ok(Some(host.to_string()))
}

/// `https://login.example.com/` → `login.example.com`; any other scheme is refused. A bare host
/// with a port (`login.example.com:8443`) is not a scheme: only letters before `:` followed by `//`
/// or by nothing but letters count as one.
fn strip_https(input: &str) -> Result<&str, CustomDomainError> {
    let Some((scheme, rest)) = input.split_once(':') else {
        return Ok(input);
    };
    let is_scheme = !scheme.is_empty()
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        && !rest.bytes().next().is_some_and(|b| b.is_ascii_digit());
    if !is_scheme {
        return Ok(input);
    }
    if scheme != "https" || !rest.starts_with("//") {
        return Err(CustomDomainError::Scheme(scheme.to_string()));
    }
    let rest = &rest[2..];
    Ok(rest.strip_suffix('/').unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_no_custom_domain() {
        assert_eq!(parse_custom_domain(""), Ok(None));
        assert_eq!(parse_custom_domain("   "), Ok(None));
    }

    #[test]
    fn a_host_name_is_kept_lowercased_and_a_pasted_url_is_read_as_its_host() {
        for input in [
            "login.example.com",
            " Login.Example.COM ",
            "https://login.example.com/",
            "https://login.example.com",
            "HTTPS://LOGIN.EXAMPLE.COM/",
        ] {
            assert_eq!(
                parse_custom_domain(input),
                Ok(Some("login.example.com".into())),
                "{input}"
            );
        }
        assert_eq!(
            parse_custom_domain("id.auth0-example.co.uk"),
            Ok(Some("id.auth0-example.co.uk".into()))
        );
    }

    #[test]
    fn every_broken_rule_has_its_own_error() {
        use CustomDomainError::*;
        let cases: &[(&str, CustomDomainError)] = &[
            ("lоgin.example.com", NotAscii), // Cyrillic о
            ("login.exämple.com", NotAscii),
            ("xn--lgin-53d.example.com", Punycode),
            ("javascript:alert(1)", Scheme("javascript".into())),
            ("http://login.example.com/", Scheme("http".into())),
            ("https:login.example.com", Scheme("https".into())),
            ("login.example.com:8443", Port),
            ("https://login.example.com:443/", Port),
            ("https://login.example.com/authorize", Path),
            ("login.example.com/me", Path),
            ("login.example.com?x=1", Path),
            ("https://user@login.example.com/", InvalidCharacter('@')),
            ("login_example.com", InvalidCharacter('_')),
            ("login example.com", InvalidCharacter(' ')),
            ("login..example.com", EmptyLabel),
            (".example.com", EmptyLabel),
            ("login.example.com.", EmptyLabel),
            ("-login.example.com", Hyphen),
            ("login-.example.com", Hyphen),
            ("localhost", NotADomain),
            ("192.168.0.1", NotADomain),
            ("127.0.0.0x1", NotADomain),
            ("10.0.0.0X7f", NotADomain),
            ("login.example.1com", NotADomain),
            ("dev-x.eu.auth0.com", Auth0),
            ("auth0.com", Auth0),
            ("https://DEV-X.auth0.com/", Auth0),
        ];
        for (input, error) in cases {
            assert_eq!(parse_custom_domain(input), Err(error.clone()), "{input}");
        }
        let long_label = format!("{}.example.com", "a".repeat(64));
        assert_eq!(parse_custom_domain(&long_label), Err(LabelTooLong));
        let long_name = vec!["a".repeat(60); 5].join(".");
        assert_eq!(parse_custom_domain(&long_name), Err(TooLong));
    }

    #[test]
    fn every_error_reads_as_a_sentence() {
        let message = CustomDomainError::Scheme("javascript".into()).to_string();
        assert!(message.contains("“javascript:”"), "{message}");
        assert!(CustomDomainError::Auth0.to_string().ends_with('.'));
    }
}
