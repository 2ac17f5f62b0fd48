//! Any text typed or sent as a URL (audience, redirect URI, origin, endpoint): what the ASCII-only
//! parser accepts is plain ASCII, and an accepted audience is one.
#![no_main]

use auth0_connection_panel::model::ascii_url::parse_ascii_url;
use auth0_connection_panel::model::audience::validate_audience;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(url) = parse_ascii_url(text) {
        assert!(url.as_str().is_ascii());
    }
    if let Ok(audience) = validate_audience(text) {
        assert!(parse_ascii_url(&audience).is_ok_and(|url| url.scheme() == "https"));
    }
});
