//! Any bytes a host (postMessage, mount(), http body) may send: the decoder answers, never panics.
#![no_main]

use auth0_connection_panel::protocol::decode_host_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = decode_host_text(&text);
});
