//! Whether two origins are the same site, as browsers partition storage by the top-level site.
//! Without the public suffix list this takes a site to be the scheme and the last two labels of
//! the host name (an IP address or a one-label name such as `localhost` is its own site), which
//! is right for the hosts and panels that matter here and errs on "same site" for names under a
//! multi-label public suffix (`a.co.uk` and `b.co.uk`).

use super::web_url::WebUrl;

fn site(origin: &str) -> Option<(String, String)> {
    let url = WebUrl::parse(origin)?;
    let host = url.host().trim_end_matches('.');
    if host.is_empty() {
        return None;
    }
    // The URL parser writes an IPv6 address in brackets and an IPv4 one as four decimal numbers:
    // an address is its own site.
    let is_address = host.starts_with('[')
        || host
            .rsplit('.')
            .next()
            .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()));
    let site = if is_address {
        host.to_string()
    } else {
        // The last two labels: what follows the last dot but one.
        match host.rmatch_indices('.').nth(1) {
            Some((dot, _)) => host[dot + 1..].to_string(),
            None => host.to_string(),
        }
    };
    Some((url.scheme().to_string(), site))
}

/// Same scheme and same registrable name; false when either is not a URL.
pub fn same_site(a: &str, b: &str) -> bool {
    match (site(a), site(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subdomains_of_one_name_are_one_site() {
        assert!(same_site(
            "https://app.example.com",
            "https://panel.example.com"
        ));
        assert!(same_site(
            "https://example.com",
            "https://a.b.example.com:8443"
        ));
        assert!(same_site("http://127.0.0.1:4174", "http://127.0.0.1:4178"));
    }

    #[test]
    fn other_names_schemes_and_addresses_are_other_sites() {
        assert!(!same_site("http://localhost:4174", "http://127.0.0.1:4178"));
        assert!(!same_site(
            "https://app.example.com",
            "https://panel.example.net"
        ));
        assert!(!same_site("http://example.com", "https://example.com"));
        assert!(!same_site("http://127.0.0.1", "http://127.0.0.2"));
        assert!(!same_site("not a url", "not a url"));
    }
}
