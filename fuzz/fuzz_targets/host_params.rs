//! Any query string on the panel's own URL (`hostOrigin`, `endpoint`), against a deployment that
//! lists one host and one endpoint: whatever it says, only listed origins and endpoints come out.
#![no_main]

use auth0_connection_panel::protocol::deployment::Deployment;
use auth0_connection_panel::protocol::origins::read_host_params;
use libfuzzer_sys::fuzz_target;

const OWN: &str = "https://panel.example.com";

fuzz_target!(|text: &str| {
    let deployment = Deployment::parse(
        "https://app.example.com",
        "https://platform.example/api/auth0-panel",
    )
    .expect("the fixed lists parse");
    if let Ok(params) = read_host_params(text, OWN, &deployment) {
        assert!(!params.trusted.is_empty());
        assert!(params.trusted.iter().all(|o| deployment.allows_host(o, OWN)));
        if let Some(endpoint) = &params.endpoint {
            assert!(deployment.allows_endpoint(endpoint));
        }
    }
});
