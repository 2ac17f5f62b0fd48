//! The browser's URL parser and its lower case (what the WebAssembly build uses) read every URL
//! and lower every text as the native tests expect of the `url` crate and the standard library.

use auth0_connection_panel::model::case::disagreements_with_unicode;
use auth0_connection_panel::model::site::same_site;
use auth0_connection_panel::model::web_url::disagreements_with_the_standard;
use auth0_connection_panel::protocol::deployment::{exact_endpoint, exact_origin};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn the_browser_reads_urls_as_the_standard_does() {
    assert_eq!(disagreements_with_the_standard(), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn the_browser_lowers_text_as_unicode_does() {
    assert_eq!(disagreements_with_unicode(), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn deployment_lists_and_sites_read_alike_in_the_browser() {
    assert!(exact_origin("https://app.example.com").is_ok());
    assert!(exact_origin("https://app.example.com/").is_err());
    assert!(exact_origin("https://app.example.com:443").is_err());
    assert!(exact_endpoint("https://platform.example.com/api").is_ok());
    assert!(exact_endpoint("https://platform.example.com/api?").is_err());
    assert!(exact_endpoint("https://u@platform.example.com/api").is_err());
    assert!(same_site(
        "https://app.example.com",
        "https://panel.example.com"
    ));
    assert!(!same_site("http://localhost:4174", "http://127.0.0.1:4178"));
    assert!(!same_site("http://127.0.0.1", "http://127.0.0.2"));
}
