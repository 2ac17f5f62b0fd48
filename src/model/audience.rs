//! Audiences: the defaults that follow the tenant domain, and the rule every audience obeys.

use super::ascii_url::{UrlError, parse_ascii_url};
use crate::i18n::{Key, Text};
use std::fmt;

/// The Management API audience for a domain: `https://{domain}/api/v2/`.
pub fn management_audience(domain: &str) -> String {
    format!("https://{domain}/api/v2/")
}

/// The My Account API audience for a domain: `https://{domain}/me/`.
pub fn my_account_audience(domain: &str) -> String {
    format!("https://{domain}/me/")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AudienceError {
    Empty,
    NotAUrl,
    NotAscii,
    NotHttps(String),
    NoHost,
}

impl AudienceError {
    pub fn text(&self) -> Text {
        Text::key(match self {
            AudienceError::Empty => Key::ErrorAudienceEmpty,
            AudienceError::NotAUrl => Key::ErrorAudienceNotAUrl,
            AudienceError::NotAscii => Key::ErrorAudienceNotAscii,
            AudienceError::NotHttps(scheme) => {
                return Text::with(Key::ErrorAudienceNotHttps, vec![("scheme", scheme.clone())]);
            }
            AudienceError::NoHost => Key::ErrorAudienceNoHost,
        })
    }
}

impl fmt::Display for AudienceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for AudienceError {}

/// Accepts an absolute `https:` URL with a host, trimmed; returns it as typed (not re-serialised,
/// so the exact identifier registered in Auth0 is kept).
pub fn validate_audience(raw: &str) -> Result<String, AudienceError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(AudienceError::Empty);
    }
    let url = parse_ascii_url(value).map_err(|e| match e {
        UrlError::NotAscii => AudienceError::NotAscii,
        UrlError::NotAUrl => AudienceError::NotAUrl,
    })?;
    if url.scheme() != "https" {
        return Err(AudienceError::NotHttps(url.scheme().to_string()));
    }
    if url.host().is_empty() {
        return Err(AudienceError::NoHost);
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_domain() {
        let d = "dev-6ljhqh2ct4wo15by.eu.auth0.com";
        assert_eq!(
            management_audience(d),
            "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/"
        );
        assert_eq!(
            my_account_audience(d),
            "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/me/"
        );
    }

    #[test]
    fn an_https_url_is_accepted_as_typed() {
        assert_eq!(
            validate_audience(" https://api.example.com/v1 "),
            Ok("https://api.example.com/v1".into())
        );
    }

    #[test]
    fn anything_but_an_absolute_https_url_is_refused() {
        assert_eq!(validate_audience(""), Err(AudienceError::Empty));
        assert_eq!(validate_audience("/api/v2/"), Err(AudienceError::NotAUrl));
        assert_eq!(
            validate_audience("api.example.com"),
            Err(AudienceError::NotAUrl)
        );
        assert_eq!(
            validate_audience("http://api.example.com/"),
            Err(AudienceError::NotHttps("http".into()))
        );
        assert_eq!(
            validate_audience("javascript:alert(1)"),
            Err(AudienceError::NotHttps("javascript".into()))
        );
        assert_eq!(
            validate_audience("data:text/html,hi"),
            Err(AudienceError::NotHttps("data".into()))
        );
        assert!(validate_audience("https://").is_err());
    }
}
