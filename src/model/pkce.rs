//! PKCE (RFC 7636, S256) and the authorization `state`. The random bytes come straight from the
//! platform CSPRNG: the browser's `crypto.getRandomValues` in the WebAssembly build (getrandom's
//! browser backend also detects Node.js, which the panel never runs in), getrandom natively; the
//! S256 challenge from oauth2. oauth2's own random helpers would draw through rand's ChaCha
//! generator seeded from the same source: 4.5 KB more of the bundle (gzipped) for no more
//! randomness.

use super::secret::Secret;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use oauth2::{PkceCodeChallenge, PkceCodeVerifier};
use serde::{Deserialize, Serialize};

/// 32 random bytes, base64url without padding: a 43-character verifier.
const VERIFIER_BYTES: usize = 32;
/// 32 random bytes (256 bits) of state; the protocol asks for at least 128.
const STATE_BYTES: usize = 32;

/// `N` bytes from the platform CSPRNG, base64url without padding. A browser without
/// `crypto.getRandomValues` cannot run the panel safely: it stops (the crashed state).
fn random_base64url<const N: usize>() -> String {
    let mut bytes = [0u8; N];
    fill_random(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(target_arch = "wasm32")]
fn fill_random(bytes: &mut [u8]) {
    crate::prelude::window()
        .crypto()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(bytes))
        .expect("the platform's CSPRNG (crypto.getRandomValues)");
}

#[cfg(not(target_arch = "wasm32"))]
fn fill_random(bytes: &mut [u8]) {
    getrandom::getrandom(bytes).expect("the platform's CSPRNG");
}

/// What `submit.payload.pkce` carries. The verifier is a secret: it leaves the panel only there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(schemars::JsonSchema, ts_rs::TS)]
pub struct Pkce {
    #[schemars(with = "String")]
    #[ts(as = "String")]
    pub code_verifier: Secret,
    pub code_challenge: String,
    pub code_challenge_method: String,
}

impl Pkce {
    /// A fresh verifier and its S256 challenge.
    pub fn generate() -> Pkce {
        let verifier = PkceCodeVerifier::new(random_base64url::<VERIFIER_BYTES>());
        let challenge = PkceCodeChallenge::from_code_verifier_sha256(&verifier);
        Pkce {
            code_verifier: Secret::from(verifier.secret().clone()),
            code_challenge: challenge.as_str().to_string(),
            code_challenge_method: challenge.method().as_str().to_string(),
        }
    }
}

/// BASE64URL(SHA-256(verifier)) without padding.
pub fn s256_challenge(verifier: &str) -> String {
    let verifier = PkceCodeVerifier::new(verifier.to_string());
    PkceCodeChallenge::from_code_verifier_sha256(&verifier)
        .as_str()
        .to_string()
}

/// A fresh authorization `state`.
pub fn new_state() -> String {
    random_base64url::<STATE_BYTES>()
}

/// RFC 7636 §4.1: 43–128 characters of `[A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"`.
pub fn is_valid_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_rfc_7636_appendix_b_vector() {
        assert_eq!(
            s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn generated_verifiers_are_valid_distinct_and_match_their_challenge() {
        let all: Vec<Pkce> = (0..500).map(|_| Pkce::generate()).collect();
        for p in &all {
            let verifier = p.code_verifier.expose();
            assert!(is_valid_verifier(verifier), "{verifier}");
            assert_eq!(verifier.len(), 43);
            assert_eq!(p.code_challenge, s256_challenge(verifier));
            assert_eq!(p.code_challenge_method, "S256");
        }
        let distinct: HashSet<_> = all.iter().map(|p| p.code_verifier.expose()).collect();
        assert_eq!(distinct.len(), all.len());
    }

    #[test]
    fn states_are_distinct_and_carry_at_least_128_bits() {
        let states: HashSet<String> = (0..500).map(|_| new_state()).collect();
        assert_eq!(states.len(), 500);
        for s in &states {
            // base64url: 6 bits a character.
            assert!(s.len() * 6 >= 128);
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
        }
    }

    #[test]
    fn the_verifier_never_shows_in_debug_output() {
        let p = Pkce::generate();
        assert!(!format!("{p:?}").contains(p.code_verifier.expose()));
    }

    #[test]
    fn verifier_rules_follow_the_rfc() {
        assert!(is_valid_verifier(&"a".repeat(43)));
        assert!(is_valid_verifier(&"~._-".repeat(32)));
        assert!(!is_valid_verifier(&"a".repeat(42)));
        assert!(!is_valid_verifier(&"a".repeat(129)));
        assert!(!is_valid_verifier(&format!("{}+", "a".repeat(43))));
    }
}
