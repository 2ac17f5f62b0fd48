//! Reading whatever a person pastes into "Tenant domain": a tenant name, a dashboard URL, a tenant
//! domain or any URL on it, down to the tenant name and, when the input reveals it, the region.

use super::ascii_url::{UrlError, parse_ascii_url};
use super::region::Region;
use crate::i18n::{Key, Text};
use std::fmt;

/// What the tenant input resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantInput {
    /// The tenant name, lowercased (`dev-6ljhqh2ct4wo15by`).
    pub tenant: String,
    /// The region, when the input names one (a dashboard region segment or a tenant domain).
    pub region: Option<Region>,
}

/// Each broken rule has its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TenantError {
    Empty,
    NotAscii,
    InvalidCharacter(char),
    TooShort,
    TooLong,
    LeadingHyphen,
    TrailingHyphen,
    NotAuth0Url,
    DashboardWithoutTenant,
    UnknownRegion(String),
}

impl TenantError {
    pub fn text(&self) -> Text {
        let key = match self {
            TenantError::Empty => Key::ErrorTenantEmpty,
            TenantError::NotAscii => Key::ErrorTenantNotAscii,
            TenantError::InvalidCharacter(c) => {
                let c = super::json::shown_char(*c);
                return Text::with(Key::ErrorTenantCharacter, vec![("character", c)]);
            }
            TenantError::TooShort => Key::ErrorTenantTooShort,
            TenantError::TooLong => Key::ErrorTenantTooLong,
            TenantError::LeadingHyphen => Key::ErrorTenantLeadingHyphen,
            TenantError::TrailingHyphen => Key::ErrorTenantTrailingHyphen,
            TenantError::NotAuth0Url => Key::ErrorTenantNotAuth0,
            TenantError::DashboardWithoutTenant => Key::ErrorTenantDashboardWithoutTenant,
            TenantError::UnknownRegion(code) => {
                return Text::with(
                    Key::ErrorTenantUnknownRegion,
                    vec![("region", code.clone())],
                );
            }
        };
        Text::key(key)
    }
}

impl fmt::Display for TenantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for TenantError {}

const DASHBOARD_HOST: &str = "manage.auth0.com";
const AUTH0_SUFFIX: &str = ".auth0.com";

/// Parses anything a person may paste as the tenant domain.
pub fn parse_tenant_input(raw: &str) -> Result<TenantInput, TenantError> {
    let input = raw.trim();
    if input.is_empty() {
        return Err(TenantError::Empty);
    }
    if !input.is_ascii() {
        return Err(TenantError::NotAscii);
    }
    let input = input.to_ascii_lowercase();
    if input.contains("://") {
        parse_url(&input)
    } else if input.contains('/') {
        parse_url(&format!("https://{input}"))
    } else if input.contains('.') {
        parse_host(&input)
    } else {
        validate_tenant_name(&input).map(|tenant| TenantInput {
            tenant,
            region: None,
        })
    }
}

fn parse_url(input: &str) -> Result<TenantInput, TenantError> {
    let url = parse_ascii_url(input).map_err(|e| match e {
        UrlError::NotAscii => TenantError::NotAscii,
        UrlError::NotAUrl => TenantError::NotAuth0Url,
    })?;
    let host = Some(url.host())
        .filter(|h| !h.is_empty())
        .ok_or(TenantError::NotAuth0Url)?;
    if host == DASHBOARD_HOST {
        return parse_dashboard_path(url.path());
    }
    parse_host(host)
}

/// `/dashboard/{region}/{tenant}/…` or `/dashboard/{tenant}/…`.
fn parse_dashboard_path(path: &str) -> Result<TenantInput, TenantError> {
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    if segments.next() != Some("dashboard") {
        return Err(TenantError::DashboardWithoutTenant);
    }
    let first = segments.next().ok_or(TenantError::DashboardWithoutTenant)?;
    // Region segments are two letters and tenant names at least three, so the two never collide.
    match Region::from_domain_label(first) {
        Some(region) => {
            let tenant = segments.next().ok_or(TenantError::DashboardWithoutTenant)?;
            Ok(TenantInput {
                tenant: validate_tenant_name(tenant)?,
                region: Some(region),
            })
        }
        None if first.len() == 2 && first.chars().all(|c| c.is_ascii_alphabetic()) => {
            Err(TenantError::UnknownRegion(first.to_string()))
        }
        None => Ok(TenantInput {
            tenant: validate_tenant_name(first)?,
            region: None,
        }),
    }
}

/// `{tenant}.{region}.auth0.com` or the legacy `{tenant}.auth0.com`.
fn parse_host(host: &str) -> Result<TenantInput, TenantError> {
    let host = host.trim_end_matches('.');
    let rest = host
        .strip_suffix(AUTH0_SUFFIX)
        .ok_or(TenantError::NotAuth0Url)?;
    match rest.split_once('.') {
        None => Ok(TenantInput {
            tenant: validate_tenant_name(rest)?,
            region: Some(Region::UsLegacy),
        }),
        Some((tenant, label)) => {
            if label.contains('.') {
                return Err(TenantError::NotAuth0Url);
            }
            let region = Region::from_domain_label(label)
                .ok_or_else(|| TenantError::UnknownRegion(label.to_string()))?;
            Ok(TenantInput {
                tenant: validate_tenant_name(tenant)?,
                region: Some(region),
            })
        }
    }
}

/// Checks a bare tenant name: 3–63 of a–z, 0–9 and `-`, not starting or ending with `-`.
/// Uppercase letters are accepted and lowercased.
pub fn validate_tenant_name(name: &str) -> Result<String, TenantError> {
    if name.is_empty() {
        return Err(TenantError::Empty);
    }
    let name = name.to_ascii_lowercase();
    // An `xn--` label is a non-ASCII name in its encoded form (a URL's host may arrive so, e.g.
    // percent-encoded Cyrillic letters): the same look-alike refusal applies.
    if !name.is_ascii() || name.starts_with("xn--") {
        return Err(TenantError::NotAscii);
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Err(TenantError::InvalidCharacter(c));
    }
    if name.len() < 3 {
        return Err(TenantError::TooShort);
    }
    if name.len() > 63 {
        return Err(TenantError::TooLong);
    }
    if name.starts_with('-') {
        return Err(TenantError::LeadingHyphen);
    }
    if name.ends_with('-') {
        return Err(TenantError::TrailingHyphen);
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TENANT: &str = "dev-6ljhqh2ct4wo15by";

    fn ok(tenant: &str, region: Option<Region>) -> Result<TenantInput, TenantError> {
        Ok(TenantInput {
            tenant: tenant.to_string(),
            region,
        })
    }

    #[test]
    fn a_bare_tenant_name_has_no_region() {
        assert_eq!(parse_tenant_input(TENANT), ok(TENANT, None));
        assert_eq!(
            parse_tenant_input("  Dev-6LJHQH2CT4WO15BY \n"),
            ok(TENANT, None)
        );
    }

    #[test]
    fn a_dashboard_url_without_a_region_gives_the_tenant() {
        let url = "https://manage.auth0.com/dashboard/dev-6ljhqh2ct4wo15by/";
        assert_eq!(parse_tenant_input(url), ok(TENANT, None));
    }

    #[test]
    fn a_dashboard_url_with_a_region_gives_both() {
        assert_eq!(
            parse_tenant_input("https://manage.auth0.com/dashboard/eu/dev-6ljhqh2ct4wo15by/"),
            ok(TENANT, Some(Region::Eu))
        );
        assert_eq!(
            parse_tenant_input(
                "https://manage.auth0.com/dashboard/us/dev-6ljhqh2ct4wo15by/applications?x=1#y"
            ),
            ok(TENANT, Some(Region::Us))
        );
        assert_eq!(
            parse_tenant_input("manage.auth0.com/dashboard/jp/dev-6ljhqh2ct4wo15by"),
            ok(TENANT, Some(Region::Jp))
        );
    }

    #[test]
    fn a_tenant_domain_gives_its_region_and_the_bare_domain_is_legacy_us() {
        assert_eq!(
            parse_tenant_input("dev-6ljhqh2ct4wo15by.eu.auth0.com"),
            ok(TENANT, Some(Region::Eu))
        );
        assert_eq!(
            parse_tenant_input("dev-6ljhqh2ct4wo15by.us.auth0.com"),
            ok(TENANT, Some(Region::Us))
        );
        assert_eq!(
            parse_tenant_input("dev-6ljhqh2ct4wo15by.auth0.com"),
            ok(TENANT, Some(Region::UsLegacy))
        );
    }

    #[test]
    fn any_url_on_the_tenant_domain_gives_tenant_and_region() {
        assert_eq!(
            parse_tenant_input("https://dev-6ljhqh2ct4wo15by.uk.auth0.com/authorize?client_id=a"),
            ok(TENANT, Some(Region::Uk))
        );
        assert_eq!(
            parse_tenant_input("https://DEV-6ljhqh2ct4wo15by.AU.auth0.com/api/v2/"),
            ok(TENANT, Some(Region::Au))
        );
        assert_eq!(
            parse_tenant_input("dev-6ljhqh2ct4wo15by.ca.auth0.com/me/"),
            ok(TENANT, Some(Region::Ca))
        );
    }

    #[test]
    fn each_broken_rule_has_its_own_error() {
        assert_eq!(parse_tenant_input("   "), Err(TenantError::Empty));
        assert_eq!(parse_tenant_input("ab"), Err(TenantError::TooShort));
        assert_eq!(
            parse_tenant_input(&"a".repeat(64)),
            Err(TenantError::TooLong)
        );
        assert!(parse_tenant_input(&"a".repeat(63)).is_ok());
        assert_eq!(parse_tenant_input("-abc"), Err(TenantError::LeadingHyphen));
        assert_eq!(parse_tenant_input("abc-"), Err(TenantError::TrailingHyphen));
        assert_eq!(
            parse_tenant_input("dev_tenant"),
            Err(TenantError::InvalidCharacter('_'))
        );
        assert_eq!(
            parse_tenant_input("dev tenant"),
            Err(TenantError::InvalidCharacter(' '))
        );
        // A Cyrillic "е" that looks like the Latin one.
        assert_eq!(parse_tenant_input("dеv-tenant"), Err(TenantError::NotAscii));
        assert_eq!(
            parse_tenant_input("https://example.com/dashboard/eu/dev"),
            Err(TenantError::NotAuth0Url)
        );
        assert_eq!(
            parse_tenant_input("https://manage.auth0.com/"),
            Err(TenantError::DashboardWithoutTenant)
        );
        assert_eq!(
            parse_tenant_input("https://manage.auth0.com/dashboard/eu/"),
            Err(TenantError::DashboardWithoutTenant)
        );
        assert_eq!(
            parse_tenant_input("dev-x1.zz.auth0.com"),
            Err(TenantError::UnknownRegion("zz".into()))
        );
        assert_eq!(
            parse_tenant_input("https://manage.auth0.com/dashboard/zz/dev-abc"),
            Err(TenantError::UnknownRegion("zz".into()))
        );
        assert_eq!(
            parse_tenant_input("a.b.eu.auth0.com"),
            Err(TenantError::NotAuth0Url)
        );
        assert_eq!(
            parse_tenant_input("http://["),
            Err(TenantError::NotAuth0Url)
        );
    }

    #[test]
    fn every_error_reads_as_a_sentence() {
        let errors = [
            TenantError::Empty,
            TenantError::NotAscii,
            TenantError::InvalidCharacter('_'),
            TenantError::TooShort,
            TenantError::TooLong,
            TenantError::LeadingHyphen,
            TenantError::TrailingHyphen,
            TenantError::NotAuth0Url,
            TenantError::DashboardWithoutTenant,
            TenantError::UnknownRegion("zz".into()),
        ];
        let messages: std::collections::HashSet<String> =
            errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(messages.len(), errors.len(), "messages are distinct");
        assert!(messages.iter().all(|m| m.ends_with('.')));
    }

    fn is_valid_name(s: &str) -> bool {
        (3..=63).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            // An `xn--` name is an encoded non-ASCII one: refused as a look-alike.
            && !s.starts_with("xn--")
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = parse_tenant_input(&s);
        }

        #[test]
        fn parsing_url_shaped_input_never_panics(s in "(https?://)?[a-z0-9./:_-]{0,40}") {
            let _ = parse_tenant_input(&s);
        }

        #[test]
        fn a_bare_name_is_accepted_exactly_when_it_is_valid(s in "[a-z0-9_ -]{0,70}") {
            let result = validate_tenant_name(&s);
            prop_assert_eq!(result.is_ok(), is_valid_name(&s));
            if let Ok(name) = result { prop_assert_eq!(name, s); }
        }

        #[test]
        fn every_valid_name_round_trips_through_each_input_shape(
            s in "[a-z0-9][a-z0-9-]{1,61}[a-z0-9]",
            region in proptest::sample::select(Region::ALL.to_vec()),
        ) {
            // The pattern also makes names the rules refuse (`xn--0`); only valid ones round-trip.
            prop_assume!(is_valid_name(&s));
            let domain = crate::model::region::resolve_domain(&s, region);
            prop_assert_eq!(parse_tenant_input(&domain), ok(&s, Some(region)));
            let url = format!("https://{domain}/authorize");
            prop_assert_eq!(parse_tenant_input(&url), ok(&s, Some(region)));
            if let Some(code) = region.domain_label() {
                let dash = format!("https://manage.auth0.com/dashboard/{code}/{s}/");
                prop_assert_eq!(parse_tenant_input(&dash), ok(&s, Some(region)));
            }
        }
    }
}
