//! auth0-connection-panel: an embeddable panel that creates or edits an Auth0 connection.
//!
//! Layers: `model` (pure decisions, tested natively) ← `protocol` (the host contract) ←
//! `session` (the panel's state and its conversation with the host) ← `components` (the panel's
//! elements, built by `components::el` on Leptos's reactive graph) ← `bridge` (transports that
//! connect a panel to its host). `prelude` is what every layer uses of the reactive graph and the
//! browser; `dom` holds the few direct DOM calls the session and the views share.

pub mod bridge;
pub mod components;
pub mod dom;
pub mod erased;
pub mod i18n;
pub mod model;
pub mod prelude;
pub mod protocol;
pub mod session;

#[cfg(test)]
mod bad_input;

/// Runs when the WebAssembly loads: starts the panel on its own page, and nothing elsewhere.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    bridge::page::start();
}
