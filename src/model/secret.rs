//! A secret value: a client secret, a PKCE verifier or an authorization code. It is the plain
//! string the protocol names when serialised (it leaves the panel only in the messages that carry
//! it), and `Debug` never shows it, so no log or panic message can.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Secret {
        Secret(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_it_and_json_is_the_plain_string() {
        let secret = Secret::from("top-secret".to_string());
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(&secret)), "Some([redacted])");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"top-secret\"");
        let back: Secret = serde_json::from_str("\"top-secret\"").unwrap();
        assert_eq!(back.expose(), "top-secret");
    }
}
