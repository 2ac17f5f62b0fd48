//! Any query string the authorization callback page may hand over.
#![no_main]

use auth0_connection_panel::model::callback::parse_callback;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = parse_callback(text);
});
