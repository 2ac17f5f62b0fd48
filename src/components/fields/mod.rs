//! The connection form's fields, one per file, in the form's order: each renders its label, hint,
//! control and error through the shared frame (`components::field`).

mod address_input;
mod api_type;
mod audience;
mod client;
mod custom_domain;
mod grant;
mod name;
mod region;
mod scope;
mod select_input;
mod tenant;

pub use api_type::ApiTypeField;
pub use audience::AudienceField;
pub use client::ClientField;
pub use custom_domain::CustomDomainField;
pub use grant::GrantField;
pub use name::NameField;
pub use region::RegionField;
pub use scope::ScopeField;
pub use tenant::TenantField;
