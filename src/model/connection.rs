//! The connection the panel builds: the form's values, their validation, and the resolved
//! connection with its generic OAuth 2.0 HTTP settings, as the protocol spells them.

pub use super::api::{ApiType, GrantType};
use super::audience::{management_audience, my_account_audience, validate_audience};
use super::custom_domain::parse_custom_domain;
pub use super::field::{Field, FieldErrors};
pub use super::http_settings::HttpSettings;
use super::name::validate_name;
use super::region::{Region, resolve_domain};
use super::scopes::Catalogue;
use super::tenant::parse_tenant_input;
use crate::i18n::{Key, Text};
use serde::{Deserialize, Serialize};

/// A finished connection, as `submit.payload.connection` carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct Connection {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub name: String,
    pub api_type: ApiType,
    pub tenant: String,
    pub region: Region,
    pub domain: String,
    /// The tenant's own host name for My account authorization, tokens and API, and Management's
    /// token and API requests; absent when the tenant uses its Auth0 domain only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    pub oauth_client_id: String,
    pub audience: String,
    pub grant_type: GrantType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    pub http: HttpSettings,
}

/// A partial connection from the host (`init.connection`): a prefill, or the one being edited.
/// `domain` and `http` are derived, so they are not read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct ConnectionPrefill {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_type: Option<ApiType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<GrantType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}

/// What the form holds: every non-secret value a person entered, with each API type's own fields
/// kept apart so switching type back and forth loses nothing. This is also the saved draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FormValues {
    pub name: String,
    pub api_type: ApiType,
    pub tenant: String,
    pub region: Option<Region>,
    /// As typed; empty when the tenant has no custom domain.
    pub custom_domain: String,
    pub oauth_client_id: String,
    /// `None` while the Management audience follows its default.
    pub management_audience: Option<String>,
    /// `None` while the My Account API audience follows its default.
    pub my_account_audience: Option<String>,
    pub grant_type: GrantType,
    pub scopes: Vec<String>,
}

impl Default for FormValues {
    fn default() -> Self {
        FormValues {
            name: String::new(),
            api_type: ApiType::Management,
            tenant: String::new(),
            region: None,
            custom_domain: String::new(),
            oauth_client_id: String::new(),
            management_audience: None,
            my_account_audience: None,
            grant_type: GrantType::AuthorizationCodePkce,
            scopes: Vec::new(),
        }
    }
}

/// What validation compares the form against: the host's names, clients and catalogue.
#[derive(Clone, Copy, Debug)]
pub struct ValidationContext<'a> {
    pub id: Option<&'a str>,
    pub existing_names: &'a [String],
    pub original_name: Option<&'a str>,
    pub client_ids: &'a [String],
    pub catalogue: &'a Catalogue,
}

impl FormValues {
    /// Fills the form from the host's prefill; an audience equal to its default keeps following.
    pub fn from_prefill(prefill: &ConnectionPrefill) -> FormValues {
        let mut form = FormValues {
            name: prefill.name.clone().unwrap_or_default(),
            api_type: prefill.api_type.unwrap_or_default(),
            tenant: prefill.tenant.clone().unwrap_or_default(),
            region: prefill.region,
            custom_domain: prefill.custom_domain.clone().unwrap_or_default(),
            oauth_client_id: prefill.oauth_client_id.clone().unwrap_or_default(),
            scopes: prefill.scopes.clone().unwrap_or_default(),
            ..FormValues::default()
        };
        if let Ok(parsed) = parse_tenant_input(&form.tenant) {
            form.tenant = parsed.tenant;
            form.region = form.region.or(parsed.region);
        }
        if let Ok(Some(host)) = parse_custom_domain(&form.custom_domain) {
            form.custom_domain = host;
        }
        if let Some(grant) = prefill
            .grant_type
            .filter(|g| GrantType::MY_ACCOUNT.contains(g))
        {
            form.grant_type = grant;
        }
        if let Some(audience) = &prefill.audience
            && form.default_audience(form.api_type).as_deref() != Some(audience.as_str())
        {
            *form.custom_audience_mut(form.api_type) = Some(audience.clone());
        }
        form
    }

    /// The resolved domain, once the tenant is valid and a region chosen.
    pub fn domain(&self) -> Option<String> {
        let tenant = parse_tenant_input(&self.tenant).ok()?;
        Some(resolve_domain(&tenant.tenant, self.region?))
    }

    /// The valid custom domain, if one is entered.
    pub fn custom_domain(&self) -> Option<String> {
        parse_custom_domain(&self.custom_domain).ok().flatten()
    }

    /// Management keeps the canonical audience even with a custom domain (Auth0 requires it);
    /// My account's default follows the custom domain when there is one.
    pub fn default_audience(&self, api: ApiType) -> Option<String> {
        let domain = self.domain()?;
        Some(match api {
            ApiType::Management => management_audience(&domain),
            ApiType::MyAccount => my_account_audience(&self.custom_domain().unwrap_or(domain)),
        })
    }

    pub fn custom_audience(&self, api: ApiType) -> Option<&String> {
        match api {
            ApiType::Management => self.management_audience.as_ref(),
            ApiType::MyAccount => self.my_account_audience.as_ref(),
        }
    }

    pub fn custom_audience_mut(&mut self, api: ApiType) -> &mut Option<String> {
        match api {
            ApiType::Management => &mut self.management_audience,
            ApiType::MyAccount => &mut self.my_account_audience,
        }
    }

    /// What the audience field shows: the person's own value, else the default, else nothing.
    pub fn audience(&self, api: ApiType) -> String {
        self.custom_audience(api)
            .cloned()
            .or_else(|| self.default_audience(api))
            .unwrap_or_default()
    }

    /// Records what the person typed in an audience field. Typing the default back (or clearing
    /// it to nothing while no default exists) returns the field to following the domain.
    pub fn set_audience(&mut self, api: ApiType, typed: String) {
        let follows = self.default_audience(api).as_deref() == Some(typed.as_str());
        *self.custom_audience_mut(api) = (!follows).then_some(typed);
    }

    pub fn effective_grant(&self) -> GrantType {
        match self.api_type {
            ApiType::Management => GrantType::ClientCredentials,
            ApiType::MyAccount => self.grant_type,
        }
    }

    /// Every current error of the shown API type.
    pub fn errors(&self, ctx: &ValidationContext<'_>) -> FieldErrors {
        match self.validate(ctx) {
            Ok(_) => FieldErrors::new(),
            Err(errors) => errors,
        }
    }

    /// The finished connection, or every error by field.
    pub fn validate(&self, ctx: &ValidationContext<'_>) -> Result<Connection, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate_name(&self.name, ctx.existing_names, ctx.original_name)
            .map_err(|e| errors.insert(Field::Name, e.text()))
            .ok();
        let tenant = parse_tenant_input(&self.tenant)
            .map_err(|e| errors.insert(Field::Tenant, e.text()))
            .ok();
        if self.region.is_none() {
            errors.insert(Field::Region, Text::key(Key::ErrorRegionEmpty));
        }
        let custom_domain = parse_custom_domain(&self.custom_domain)
            .map_err(|e| errors.insert(Field::CustomDomain, e.text()))
            .unwrap_or_default();
        if self.oauth_client_id.is_empty() {
            errors.insert(Field::OauthClientId, Text::key(Key::ErrorClientEmpty));
        } else if !ctx.client_ids.contains(&self.oauth_client_id) {
            errors.insert(Field::OauthClientId, Text::key(Key::ErrorClientGone));
        }
        let api = self.api_type;
        let audience = self.audience(api);
        let audience = if audience.is_empty() && self.domain().is_none() {
            errors.insert(Field::Audience, Text::key(Key::ErrorAudienceNeedsDomain));
            None
        } else {
            validate_audience(&audience)
                .map_err(|e| errors.insert(Field::Audience, e.text()))
                .ok()
        };
        let scopes = ctx.catalogue.order(&self.scopes);
        if api == ApiType::MyAccount && scopes.is_empty() {
            errors.insert(Field::Scopes, Text::key(Key::ErrorScopesEmpty));
        }
        match (name, tenant, self.region, audience) {
            (Some(name), Some(tenant), Some(region), Some(audience)) if errors.is_empty() => {
                let domain = resolve_domain(&tenant.tenant, region);
                let grant = self.effective_grant();
                let scopes = (api == ApiType::MyAccount).then_some(scopes);
                let http = HttpSettings::resolve(
                    api,
                    custom_domain.as_deref().unwrap_or(&domain),
                    &audience,
                    grant,
                    scopes.as_deref().unwrap_or_default(),
                );
                Ok(Connection {
                    id: ctx.id.map(str::to_string),
                    name,
                    api_type: api,
                    tenant: tenant.tenant,
                    region,
                    domain,
                    custom_domain,
                    oauth_client_id: self.oauth_client_id.clone(),
                    audience,
                    grant_type: grant,
                    scopes,
                    http,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    struct Host {
        names: Vec<String>,
        clients: Vec<String>,
        catalogue: Catalogue,
    }

    impl Host {
        fn new() -> Host {
            Host {
                names: strings(&["Production"]),
                clients: strings(&["client-1", "client-2"]),
                catalogue: Catalogue::built_in_my_account(),
            }
        }
        fn ctx(&self) -> ValidationContext<'_> {
            ValidationContext {
                id: None,
                existing_names: &self.names,
                original_name: None,
                client_ids: &self.clients,
                catalogue: &self.catalogue,
            }
        }
    }

    fn management_form() -> FormValues {
        FormValues {
            name: " Auth0 EU ".into(),
            tenant: "dev-6ljhqh2ct4wo15by".into(),
            region: Some(Region::Eu),
            oauth_client_id: "client-1".into(),
            ..FormValues::default()
        }
    }

    #[test]
    fn a_complete_management_form_resolves_to_the_protocol_connection() {
        let host = Host::new();
        let c = management_form().validate(&host.ctx()).unwrap();
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "name": "Auth0 EU",
                "apiType": "management",
                "tenant": "dev-6ljhqh2ct4wo15by",
                "region": "eu",
                "domain": "dev-6ljhqh2ct4wo15by.eu.auth0.com",
                "oauthClientId": "client-1",
                "audience": "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/",
                "grantType": "clientCredentials",
                "http": {
                    "baseUri": "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2",
                    "tokenUrl": "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/oauth/token",
                    "grantType": "client_credentials",
                    "audience": "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/"
                }
            })
        );
    }

    #[test]
    fn a_my_account_form_carries_scopes_in_catalogue_order_and_pkce() {
        let host = Host::new();
        let mut form = management_form();
        form.api_type = ApiType::MyAccount;
        form.region = Some(Region::UsLegacy);
        form.scopes = strings(&["custom:thing", "offline_access", "read:me:factors"]);
        let c = form.validate(&host.ctx()).unwrap();
        assert_eq!(c.domain, "dev-6ljhqh2ct4wo15by.auth0.com");
        assert_eq!(c.audience, "https://dev-6ljhqh2ct4wo15by.auth0.com/me/");
        assert_eq!(c.grant_type, GrantType::AuthorizationCodePkce);
        assert_eq!(
            c.scopes,
            Some(strings(&[
                "read:me:factors",
                "offline_access",
                "custom:thing"
            ]))
        );
        assert_eq!(
            serde_json::to_value(&c.http).unwrap(),
            serde_json::json!({
                "baseUri": "https://dev-6ljhqh2ct4wo15by.auth0.com/me/v1",
                "tokenUrl": "https://dev-6ljhqh2ct4wo15by.auth0.com/oauth/token",
                "grantType": "authorization_code",
                "audience": "https://dev-6ljhqh2ct4wo15by.auth0.com/me/",
                "authorizeUrl": "https://dev-6ljhqh2ct4wo15by.auth0.com/authorize",
                "scope": "read:me:factors offline_access custom:thing",
                "pkceMethod": "S256"
            })
        );
        form.grant_type = GrantType::AuthorizationCode;
        let c = form.validate(&host.ctx()).unwrap();
        assert_eq!(c.http.pkce_method, None);
        assert_eq!(c.http.grant_type, "authorization_code");
    }

    #[test]
    fn with_a_custom_domain_my_account_uses_it_everywhere() {
        let host = Host::new();
        let mut form = management_form();
        form.api_type = ApiType::MyAccount;
        form.custom_domain = "https://Login.Example.com/".into();
        form.scopes = strings(&["read:me:profile"]);
        let c = form.validate(&host.ctx()).unwrap();
        assert_eq!(c.domain, "dev-6ljhqh2ct4wo15by.eu.auth0.com");
        assert_eq!(c.custom_domain.as_deref(), Some("login.example.com"));
        assert_eq!(c.audience, "https://login.example.com/me/");
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["customDomain"], "login.example.com");
        assert_eq!(
            json["http"],
            serde_json::json!({
                "baseUri": "https://login.example.com/me/v1",
                "tokenUrl": "https://login.example.com/oauth/token",
                "grantType": "authorization_code",
                "audience": "https://login.example.com/me/",
                "authorizeUrl": "https://login.example.com/authorize",
                "scope": "read:me:profile",
                "pkceMethod": "S256"
            })
        );
    }

    #[test]
    fn with_a_custom_domain_management_keeps_the_canonical_audience() {
        let host = Host::new();
        let mut form = management_form();
        form.custom_domain = "login.example.com".into();
        let c = form.validate(&host.ctx()).unwrap();
        assert_eq!(
            c.audience,
            "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/"
        );
        assert_eq!(c.http.audience, c.audience);
        assert_eq!(c.http.token_url, "https://login.example.com/oauth/token");
        assert_eq!(c.http.base_uri, "https://login.example.com/api/v2");
        assert_eq!(c.http.authorize_url, None);
    }

    #[test]
    fn without_a_custom_domain_the_connection_has_no_custom_domain_key() {
        let host = Host::new();
        let c = management_form().validate(&host.ctx()).unwrap();
        assert_eq!(c.custom_domain, None);
        let json = serde_json::to_value(&c).unwrap();
        assert!(json.get("customDomain").is_none());
    }

    #[test]
    fn a_bad_custom_domain_is_its_own_error_and_the_audience_follows_a_good_one() {
        let host = Host::new();
        let mut form = management_form();
        form.api_type = ApiType::MyAccount;
        form.scopes = strings(&["read:me:profile"]);
        form.custom_domain = "dev-x.eu.auth0.com".into();
        let errors = form.errors(&host.ctx());
        assert_eq!(
            errors.keys().map(|f| f.key()).collect::<Vec<_>>(),
            ["customDomain"]
        );
        assert_eq!(
            form.audience(ApiType::MyAccount),
            "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/me/",
            "an invalid custom domain leaves the default on the tenant domain"
        );
        form.custom_domain = "id.example.org".into();
        assert_eq!(
            form.audience(ApiType::MyAccount),
            "https://id.example.org/me/"
        );
        form.set_audience(ApiType::MyAccount, "https://api.example.org/".into());
        form.custom_domain = "login.example.com".into();
        assert_eq!(
            form.audience(ApiType::MyAccount),
            "https://api.example.org/",
            "an edited audience no longer follows"
        );
    }

    #[test]
    fn a_prefilled_custom_domain_is_normalised_and_its_audience_follows() {
        let form = FormValues::from_prefill(&ConnectionPrefill {
            api_type: Some(ApiType::MyAccount),
            tenant: Some("dev-x".into()),
            region: Some(Region::Us),
            custom_domain: Some("https://Login.Example.com/".into()),
            audience: Some("https://login.example.com/me/".into()),
            ..ConnectionPrefill::default()
        });
        assert_eq!(form.custom_domain, "login.example.com");
        assert_eq!(
            form.my_account_audience, None,
            "the default keeps following"
        );
    }

    #[test]
    fn an_empty_form_reports_every_field_of_its_type() {
        let host = Host::new();
        let errors = FormValues::default().errors(&host.ctx());
        let keys: Vec<_> = errors.keys().map(|f| f.key()).collect();
        assert_eq!(
            keys,
            ["name", "tenant", "region", "oauthClientId", "audience"]
        );
        let form = FormValues {
            api_type: ApiType::MyAccount,
            ..FormValues::default()
        };
        let errors = form.errors(&host.ctx());
        assert_eq!(errors[&Field::Scopes], "Select at least one scope.");
        assert_eq!(errors[&Field::Region], "Select a region.");
    }

    #[test]
    fn a_taken_name_and_a_vanished_client_are_reported() {
        let host = Host::new();
        let mut form = management_form();
        form.name = "production".into();
        form.oauth_client_id = "gone".into();
        let errors = form.errors(&host.ctx());
        assert_eq!(
            errors[&Field::Name],
            "A connection named “production” already exists."
        );
        assert!(
            errors[&Field::OauthClientId]
                .to_string()
                .contains("no longer available")
        );
    }

    #[test]
    fn the_audience_follows_the_domain_until_edited_then_resets() {
        let mut form = management_form();
        assert_eq!(
            form.audience(ApiType::Management),
            "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/"
        );
        form.region = Some(Region::Us);
        assert_eq!(
            form.audience(ApiType::Management),
            "https://dev-6ljhqh2ct4wo15by.us.auth0.com/api/v2/"
        );
        form.set_audience(ApiType::Management, "https://api.example.com/".into());
        form.region = Some(Region::Jp);
        assert_eq!(
            form.audience(ApiType::Management),
            "https://api.example.com/"
        );
        // Each API type has its own audience.
        assert_eq!(
            form.audience(ApiType::MyAccount),
            "https://dev-6ljhqh2ct4wo15by.jp.auth0.com/me/"
        );
        form.set_audience(
            ApiType::Management,
            "https://dev-6ljhqh2ct4wo15by.jp.auth0.com/api/v2/".into(),
        );
        assert_eq!(
            form.management_audience, None,
            "typing the default back follows again"
        );
    }

    #[test]
    fn an_invalid_audience_is_reported_with_its_rule() {
        let host = Host::new();
        let mut form = management_form();
        form.set_audience(ApiType::Management, "javascript:alert(1)".into());
        let errors = form.errors(&host.ctx());
        assert!(errors[&Field::Audience].to_string().contains("https://"));
    }

    #[test]
    fn a_prefill_is_normalised_and_keeps_default_audiences_following() {
        let prefill: ConnectionPrefill = crate::model::json::read(&serde_json::json!({
            "id": "conn-9",
            "name": "Staging",
            "apiType": "myAccount",
            "tenant": "https://manage.auth0.com/dashboard/eu/Dev-6ljhqh2ct4wo15by/",
            "audience": "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/me/",
            "grantType": "authorizationCode",
            "scopes": ["read:me:factors"],
            "domain": "ignored.example.com",
            "http": {"ignored": true}
        }))
        .unwrap();
        let form = FormValues::from_prefill(&prefill);
        assert_eq!(form.tenant, "dev-6ljhqh2ct4wo15by");
        assert_eq!(form.region, Some(Region::Eu));
        assert_eq!(form.api_type, ApiType::MyAccount);
        assert_eq!(form.my_account_audience, None);
        assert_eq!(form.grant_type, GrantType::AuthorizationCode);
        let custom = FormValues::from_prefill(&ConnectionPrefill {
            audience: Some("https://other.example.com/".into()),
            ..ConnectionPrefill::default()
        });
        assert_eq!(
            custom.management_audience.as_deref(),
            Some("https://other.example.com/")
        );
    }

    #[test]
    fn field_keys_round_trip_and_forms_list_their_fields_in_order() {
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
        assert!(!Field::in_form_order(ApiType::Management).contains(&Field::Scopes));
        assert_eq!(
            Field::in_form_order(ApiType::MyAccount).last(),
            Some(&Field::Scopes)
        );
        assert_eq!(
            GrantType::from_code("authorizationCodePkce"),
            Some(GrantType::AuthorizationCodePkce)
        );
    }
}
