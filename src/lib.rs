//! auth0-connection-panel: an embeddable panel that creates or edits an Auth0 connection.
//!
//! Layers: `model` (pure decisions, tested natively) ← `protocol` (the host contract) ←
//! `components` (Leptos views) ← `bridge` (transports that connect a panel to its host).

pub mod bridge;
pub mod components;
pub mod model;
pub mod protocol;
