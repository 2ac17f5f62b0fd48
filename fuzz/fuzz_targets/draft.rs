//! Any text found in session storage under the draft's key.
#![no_main]

use auth0_connection_panel::model::draft::{decode_draft, encode_draft};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(values) = decode_draft(text) {
        // A draft that reads back is stable through another save.
        assert_eq!(decode_draft(&encode_draft(&values)), Ok(values));
    }
});
