//! Any theme token value a host may send: accepted or refused, never a panic; nothing accepted
//! holds a backslash, a comment, or outside a quoted font name a function the grammar does not name.
#![no_main]

use auth0_connection_panel::model::theme::accept_token;
use libfuzzer_sys::fuzz_target;

const ALLOWED: [&str; 7] = ["rgb", "rgba", "hsl", "hsla", "oklch", "calc", "var"];

fuzz_target!(|value: &str| {
    if accept_token("--acp-fuzz", value).is_err() {
        return;
    }
    assert!(!value.contains('\\') && !value.contains("/*"), "{value}");
    let mut quote = None;
    let mut word = String::new();
    for c in value.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c.is_ascii_alphanumeric() || c == '-' || c == '_' => word.push(c),
            None => {
                if c == '(' && !word.is_empty() {
                    assert!(ALLOWED.contains(&word.to_ascii_lowercase().as_str()), "{value}");
                }
                word.clear();
            }
        }
    }
});
