//! The panel's decisions, in pure Rust with no DOM, so they are tested natively in milliseconds.

pub mod api;
pub mod ascii_url;
pub mod audience;
pub mod authorize;
pub mod callback;
pub mod case;
pub mod client;
pub mod connection;
pub mod custom_domain;
pub mod draft;
pub mod field;
pub mod host_errors;
pub mod http_settings;
pub mod init_plan;
pub mod json;
pub mod name;
pub mod pkce;
pub mod region;
pub mod scopes;
pub mod secret;
pub mod site;
pub mod string_map;
pub mod tenant;
pub mod theme;
pub mod web_url;
pub mod write;
