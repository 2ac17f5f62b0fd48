//! Lower case, as the panel compares what people type without regard to case (a connection name
//! against the names in use, a scope filter against the catalogue): Unicode's default case
//! mapping. In the WebAssembly build the browser's own `toLowerCase` (the same mapping), so the
//! module carries no case tables of its own (they cost 2.8 KB gzipped); natively the standard
//! library's. The browser suite checks the browser's side against the same cases.

/// `text` in lower case.
pub fn lower(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JsString::from(text).to_lower_case().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// Texts and their lower case: ASCII, accented letters, a letter whose lower case is two
/// characters, Greek final sigma (at the end of a word, and only there), scripts without case.
const CASES: [(&str, &str); 6] = [
    ("Read:Me", "read:me"),
    ("ÉCOLE Ünd Ångström", "école ünd ångström"),
    ("İstanbul", "i\u{307}stanbul"),
    ("ΟΔΟΣ", "οδος"),
    ("ΣΟΦΟΣ ΣΟΦΟΣ", "σοφος σοφος"),
    ("日本語 العربية", "日本語 العربية"),
];

/// The cases this build lowers otherwise than Unicode's mapping; empty when it agrees.
#[doc(hidden)]
pub fn disagreements_with_unicode() -> Vec<String> {
    CASES
        .iter()
        .filter(|(text, lowered)| lower(text) != *lowered)
        .map(|(text, lowered)| format!("{text} lowers to {} and not {lowered}", lower(text)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_case_follows_unicode() {
        assert_eq!(super::disagreements_with_unicode(), Vec::<String>::new());
    }
}
