//! Draft survival: where a draft is kept and how a new `init` combines with the person's edits.

use super::connection::FormValues;
use super::json::{At, FromJson, Object, Read, read};
use super::json_text;
use super::write::{Fields, ToJson};
use crate::model::json_value::Value;

/// The session-storage key of a draft: host origin, mode, connection id (or "new") and, for a
/// direct mount, the instance id, so two panels or two connections never share a draft.
pub fn draft_key(
    host_origin: &str,
    mode: &str,
    connection_id: Option<&str>,
    instance: Option<&str>,
) -> String {
    let mut key = format!(
        "auth0-connection-panel:draft:{host_origin}:{mode}:{}",
        connection_id.unwrap_or("new")
    );
    if let Some(instance) = instance {
        key.push(':');
        key.push_str(instance);
    }
    key
}

/// Reads a stored draft; anything unreadable is no draft (and is reported, never a panic).
pub fn decode_draft(stored: &str) -> Result<FormValues, String> {
    let unreadable =
        |e: &dyn std::fmt::Display| format!("The saved draft could not be read ({e}).");
    let value = json_text::parse(stored).map_err(|e| unreadable(&e))?;
    read(&value).map_err(|e| unreadable(&e))
}

/// A draft as `encode_draft` wrote it; a field left out takes the empty form's value.
impl FromJson for FormValues {
    fn from_json(value: &Value, at: At<'_>) -> Read<FormValues> {
        let o = Object::new(value, at)?;
        let empty = FormValues::default();
        Ok(FormValues {
            name: o.optional("name")?.unwrap_or(empty.name),
            api_type: o.optional("apiType")?.unwrap_or(empty.api_type),
            tenant: o.optional("tenant")?.unwrap_or(empty.tenant),
            region: o.optional("region")?,
            custom_domain: o.optional("customDomain")?.unwrap_or(empty.custom_domain),
            oauth_client_id: o
                .optional("oauthClientId")?
                .unwrap_or(empty.oauth_client_id),
            management_audience: o.optional("managementAudience")?,
            my_account_audience: o.optional("myAccountAudience")?,
            grant_type: o.optional("grantType")?.unwrap_or(empty.grant_type),
            scopes: o.optional("scopes")?.unwrap_or(empty.scopes),
        })
    }
}

pub fn encode_draft(values: &FormValues) -> String {
    json_text::write(&values.to_json())
}

impl ToJson for FormValues {
    fn to_json(&self) -> Value {
        Fields::new()
            .field("name", &self.name)
            .field("apiType", &self.api_type)
            .field("tenant", &self.tenant)
            .field("region", &self.region)
            .field("customDomain", &self.custom_domain)
            .field("oauthClientId", &self.oauth_client_id)
            .field("managementAudience", &self.management_audience)
            .field("myAccountAudience", &self.my_account_audience)
            .field("grantType", &self.grant_type)
            .field("scopes", &self.scopes)
            .done()
    }
}

/// A later `init` for the same connection: each field the person changed from the old prefill
/// keeps their value; every other field takes the new prefill.
pub fn merge_edits(
    old_base: &FormValues,
    current: &FormValues,
    new_base: &FormValues,
) -> FormValues {
    macro_rules! pick {
        ($($field:ident),*) => {
            FormValues { $($field: if current.$field != old_base.$field {
                current.$field.clone()
            } else {
                new_base.$field.clone()
            },)* }
        };
    }
    pick!(
        name,
        api_type,
        tenant,
        region,
        custom_domain,
        oauth_client_id,
        management_audience,
        my_account_audience,
        grant_type,
        scopes
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::connection::ApiType;
    use crate::model::region::Region;

    #[test]
    fn keys_separate_origins_modes_connections_and_instances() {
        assert_eq!(
            draft_key("https://app.example.com", "create", None, None),
            "auth0-connection-panel:draft:https://app.example.com:create:new"
        );
        assert_eq!(
            draft_key("https://a", "edit", Some("c-1"), Some("left")),
            "auth0-connection-panel:draft:https://a:edit:c-1:left"
        );
    }

    #[test]
    fn a_draft_round_trips_and_garbage_is_an_error() {
        let v = FormValues {
            name: "x".into(),
            api_type: ApiType::MyAccount,
            tenant: "acme".into(),
            region: Some(Region::Eu),
            custom_domain: "login.example.com".into(),
            oauth_client_id: "o1".into(),
            management_audience: Some("https://m/".into()),
            my_account_audience: Some("https://a/me/".into()),
            grant_type: crate::model::api::GrantType::AuthorizationCode,
            scopes: vec!["read:me".into()],
        };
        assert_eq!(decode_draft(&encode_draft(&v)).unwrap(), v);
        crate::model::write::assert_written_as_serde(&v);
        crate::model::write::assert_written_as_serde(&FormValues::default());
        assert_eq!(decode_draft("{}").unwrap(), FormValues::default());
        let partial = decode_draft(r#"{"name":"x","region":null}"#).unwrap();
        assert_eq!((partial.name.as_str(), partial.region), ("x", None));
        assert_eq!(partial.grant_type, FormValues::default().grant_type);
        assert!(
            decode_draft("{not json")
                .unwrap_err()
                .contains("could not be read")
        );
        assert!(decode_draft(r#"{"region":"mars"}"#).is_err());
    }

    #[test]
    fn edits_survive_a_new_prefill_and_untouched_fields_follow_it() {
        let old = FormValues {
            name: "Prod".into(),
            tenant: "old-tenant".into(),
            ..FormValues::default()
        };
        let mut current = old.clone();
        current.name = "Prod (renamed)".into();
        current.api_type = ApiType::MyAccount;
        let new = FormValues {
            name: "Prod v2".into(),
            tenant: "new-tenant".into(),
            region: Some(Region::Eu),
            ..FormValues::default()
        };
        let merged = merge_edits(&old, &current, &new);
        assert_eq!(merged.name, "Prod (renamed)");
        assert_eq!(merged.api_type, ApiType::MyAccount);
        assert_eq!(merged.tenant, "new-tenant");
        assert_eq!(merged.region, Some(Region::Eu));
    }
}
