//! The standalone page's message log: each message the panel sent, secrets masked.

use leptos::prelude::*;
use serde_json::Value;

/// Keys whose values are secrets and never shown.
const SECRET_KEYS: [&str; 3] = ["clientSecret", "codeVerifier", "code"];
const MASK: &str = "••••••";

/// A copy of a message with every secret value replaced by a mask.
pub fn mask_secrets(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let masked = if SECRET_KEYS.contains(&k.as_str()) && !v.is_null() {
                        Value::String(MASK.into())
                    } else {
                        mask_secrets(v)
                    };
                    (k.clone(), masked)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(mask_secrets).collect()),
        other => other.clone(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    pub number: usize,
    pub kind: String,
    pub text: String,
}

/// The log of the standalone page: every message the panel sent, newest first, with a copy button.
#[component]
pub fn MessageLog(
    /// The messages, oldest first, as the demo host records them.
    #[prop(into)]
    entries: Signal<Vec<LogEntry>>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<usize>);
    view! {
        <section class="acp-log" aria-labelledby="acp-log-title">
            <h2 id="acp-log-title" class="acp-log-title">"Messages sent by the panel"</h2>
            <p class="acp-hint">"The built-in demo host answers them. Secrets are masked here."</p>
            <p class="acp-notice" hidden=move || entries.with(|e| !e.is_empty())>"No messages yet."</p>
            <ol class="acp-log-list" reversed>
                <For
                    each=move || { let mut all = entries.get(); all.reverse(); all }
                    key=|e| e.number
                    children=move |entry| {
                        let text = entry.text.clone();
                        let number = entry.number;
                        view! {
                            <li class="acp-log-entry">
                                <div class="acp-log-head">
                                    <code class="acp-log-type">{entry.kind.clone()}</code>
                                    <button
                                        type="button"
                                        class="acp-button acp-button--quiet"
                                        aria-label=format!("Copy message {number}")
                                        on:click=move |_| {
                                            let clipboard = window().navigator().clipboard();
                                            let _ = clipboard.write_text(&text);
                                            copied.set(Some(number));
                                        }
                                    >
                                        {move || if copied.get() == Some(number) { "Copied" } else { "Copy" }}
                                    </button>
                                </div>
                                <pre class="acp-log-body">{entry.text.clone()}</pre>
                            </li>
                        }
                    }
                />
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secrets_are_masked_at_any_depth() {
        let masked = mask_secrets(&json!({
            "payload": {
                "client": { "name": "n", "clientSecret": "s3cret" },
                "pkce": { "codeVerifier": "v", "codeChallenge": "c" },
                "authorization": { "code": "abc", "state": "st" },
                "list": [{ "clientSecret": "x" }]
            }
        }));
        let text = masked.to_string();
        for secret in ["s3cret", "\"v\"", "abc", "\"x\""] {
            assert!(!text.contains(secret), "{secret} leaked in {text}");
        }
        assert_eq!(masked["payload"]["pkce"]["codeChallenge"], "c");
        assert_eq!(masked["payload"]["authorization"]["state"], "st");
    }
}
