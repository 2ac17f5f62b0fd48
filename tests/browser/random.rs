//! The browser's CSPRNG (`crypto.getRandomValues`, which the WebAssembly build calls itself) gives
//! PKCE verifiers and states as the native tests expect of getrandom.

use auth0_connection_panel::model::pkce::{Pkce, new_state, s256_challenge};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn verifiers_from_the_browser_are_distinct_and_match_their_challenge() {
    let all: Vec<Pkce> = (0..200).map(|_| Pkce::generate()).collect();
    for p in &all {
        let verifier = p.code_verifier.expose();
        assert_eq!(verifier.len(), 43);
        assert!(
            verifier
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(p.code_challenge, s256_challenge(verifier));
    }
    let mut verifiers: Vec<&str> = all.iter().map(|p| p.code_verifier.expose()).collect();
    verifiers.sort_unstable();
    verifiers.dedup();
    assert_eq!(verifiers.len(), all.len());
}

#[wasm_bindgen_test]
fn states_from_the_browser_are_distinct() {
    let mut states: Vec<String> = (0..200).map(|_| new_state()).collect();
    assert!(states.iter().all(|s| s.len() == 43));
    states.sort_unstable();
    states.dedup();
    assert_eq!(states.len(), 200);
}
