//! Anything a person may paste into "Tenant domain".
#![no_main]

use auth0_connection_panel::model::tenant::parse_tenant_input;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(parsed) = parse_tenant_input(text) {
        // What it accepts is a valid tenant name, which parses to itself.
        assert_eq!(parse_tenant_input(&parsed.tenant).map(|p| p.tenant), Ok(parsed.tenant));
    }
});
