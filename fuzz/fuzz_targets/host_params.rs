//! Any query string on the panel's own URL (`hostOrigin`, `endpoint`).
#![no_main]

use auth0_connection_panel::protocol::origins::{check_endpoint, read_host_params};
use libfuzzer_sys::fuzz_target;

const OWN: &str = "https://panel.example.com";

fuzz_target!(|text: &str| {
    let params = read_host_params(text, OWN);
    assert!(!params.trusted.is_empty());
    if let Some(endpoint) = &params.endpoint {
        let _ = check_endpoint(endpoint, &params.trusted, OWN);
    }
});
