//! Any text in the deployment's meta tags (`acp-host-origins`, `acp-endpoints`): parsed or refused
//! with the entry named, never a panic; every accepted entry is exact (parses back to itself).
#![no_main]

use auth0_connection_panel::protocol::deployment::{Deployment, exact_endpoint, exact_origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match Deployment::parse(text, text) {
        Ok(d) => {
            for origin in &d.host_origins {
                assert_eq!(exact_origin(origin).as_deref(), Ok(origin.as_str()));
            }
            for endpoint in &d.endpoints {
                assert_eq!(exact_endpoint(endpoint).as_deref(), Ok(endpoint.as_str()));
            }
        }
        Err(e) => assert!(text.contains(&e.entry)),
    }
});
