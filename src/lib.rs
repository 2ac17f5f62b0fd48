//! auth0-connection-panel: an embeddable panel that creates or edits an Auth0 connection.

pub mod model;
pub mod protocol;
