//! Browser tests: the panel mounted in headless Chromium, driven as a person would.
#![cfg(target_arch = "wasm32")]

mod support;

#[path = "browser/json.rs"]
mod json;
#[path = "browser/panel.rs"]
mod panel;
#[path = "browser/picker.rs"]
mod picker;
#[path = "browser/random.rs"]
mod random;
#[path = "browser/urls.rs"]
mod urls;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
