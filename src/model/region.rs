//! Auth0 regions, their display names and the tenant domains they resolve to.

use super::json::{At, FromJson, Read, one_of};
use crate::i18n::Key;
use crate::model::json_value::Value;
use serde::{Deserialize, Serialize};

/// The region an Auth0 tenant lives in. Serialised with the protocol's exact spellings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub enum Region {
    Au,
    Ca,
    Eu,
    Jp,
    Uk,
    Us,
    UsLegacy,
}

impl Region {
    /// Every region, in the order the region select lists them (alphabetical by name as Auth0 lists them, then legacy).
    pub const ALL: [Region; 7] = [
        Region::Au,
        Region::Ca,
        Region::Eu,
        Region::Jp,
        Region::Uk,
        Region::Us,
        Region::UsLegacy,
    ];

    /// The protocol's name for the region (`"usLegacy"`), also the select's option value.
    pub fn code(self) -> &'static str {
        match self {
            Region::Au => "au",
            Region::Ca => "ca",
            Region::Eu => "eu",
            Region::Jp => "jp",
            Region::Uk => "uk",
            Region::Us => "us",
            Region::UsLegacy => "usLegacy",
        }
    }

    /// The catalogue key of what a person sees in the region select.
    pub fn label(self) -> Key {
        match self {
            Region::Au => Key::RegionAu,
            Region::Ca => Key::RegionCa,
            Region::Eu => Key::RegionEu,
            Region::Jp => Key::RegionJp,
            Region::Uk => Key::RegionUk,
            Region::Us => Key::RegionUs,
            Region::UsLegacy => Key::RegionUsLegacy,
        }
    }

    /// The label of the domain that identifies the region, `None` for the legacy US domain.
    pub fn domain_label(self) -> Option<&'static str> {
        match self {
            Region::UsLegacy => None,
            other => Some(other.code()),
        }
    }

    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The region a domain label (`eu` in `x.eu.auth0.com`) or dashboard segment names.
    pub fn from_domain_label(label: &str) -> Option<Region> {
        Region::ALL
            .into_iter()
            .find(|r| r.domain_label() == Some(label))
    }
}

/// The tenant's domain: `{tenant}.{code}.auth0.com`, or `{tenant}.auth0.com` for US (legacy).
pub fn resolve_domain(tenant: &str, region: Region) -> String {
    match region.domain_label() {
        Some(code) => format!("{tenant}.{code}.auth0.com"),
        None => format!("{tenant}.auth0.com"),
    }
}

impl FromJson for Region {
    fn from_json(value: &Value, at: At<'_>) -> Read<Region> {
        one_of(value, at, &Region::ALL, Region::code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_listed_alphabetically_then_legacy() {
        let catalogue = crate::i18n::Catalogue::default();
        let labels: Vec<_> = Region::ALL
            .iter()
            .map(|r| catalogue.text(r.label()))
            .collect();
        assert_eq!(
            labels,
            ["Australia", "CA", "EU", "Japan", "UK", "US", "US (legacy)"]
        );
    }

    #[test]
    fn every_region_resolves_to_its_domain() {
        let t = "dev-6ljhqh2ct4wo15by";
        let domains: Vec<_> = Region::ALL.iter().map(|r| resolve_domain(t, *r)).collect();
        assert_eq!(
            domains,
            [
                "dev-6ljhqh2ct4wo15by.au.auth0.com",
                "dev-6ljhqh2ct4wo15by.ca.auth0.com",
                "dev-6ljhqh2ct4wo15by.eu.auth0.com",
                "dev-6ljhqh2ct4wo15by.jp.auth0.com",
                "dev-6ljhqh2ct4wo15by.uk.auth0.com",
                "dev-6ljhqh2ct4wo15by.us.auth0.com",
                "dev-6ljhqh2ct4wo15by.auth0.com",
            ]
        );
    }

    #[test]
    fn codes_round_trip_and_serialise_as_the_protocol_spells_them() {
        let codes: Vec<String> = Region::ALL.iter().map(|r| r.code().to_string()).collect();
        assert_eq!(codes, crate::model::json::schema_names::<Region>());
        for r in Region::ALL {
            assert_eq!(Region::from_code(r.code()), Some(r));
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.code())
            );
        }
        assert_eq!(Region::from_code("EU"), None);
        assert_eq!(Region::from_domain_label("us"), Some(Region::Us));
        assert_eq!(Region::from_domain_label("usLegacy"), None);
    }
}
