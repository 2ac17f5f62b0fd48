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

pub use api_type::api_type_field;
pub use audience::audience_field;
pub use client::client_field;
pub use custom_domain::custom_domain_field;
pub use grant::{authorizes, grant_field, redirect_uri_field};
pub use name::name_field;
pub use region::region_field;
pub use scope::scope_field;
pub use tenant::tenant_field;
