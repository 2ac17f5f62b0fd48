//! The authorization callback: what Auth0 sends back to the panel's callback page, and the
//! redirect URI the panel registers for it.

use super::ascii_url::parse_ascii_url;
use std::fmt;

/// The callback page's path beside the panel.
pub const CALLBACK_PATH: &str = "/callback.html";

/// The redirect URI for panel-side authorization: `init.redirectUri` only when it is on the
/// panel's own origin (the callback must reach the panel), else the panel's callback page.
pub fn panel_redirect_uri(panel_origin: &str, requested: Option<&str>) -> String {
    requested
        .filter(|uri| {
            parse_ascii_url(uri).is_ok_and(|u| u.origin().ascii_serialization() == panel_origin)
        })
        .map(str::to_string)
        .unwrap_or_else(|| format!("{panel_origin}{CALLBACK_PATH}"))
}

/// What the callback page hands over.
#[derive(Clone, PartialEq, Eq)]
pub enum CallbackResult {
    Code {
        code: String,
        state: String,
    },
    Denied {
        error: String,
        description: Option<String>,
        state: Option<String>,
    },
}

impl fmt::Debug for CallbackResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallbackResult::Code { state, .. } => f
                .debug_struct("Code")
                .field("code", &"[redacted]")
                .field("state", state)
                .finish(),
            CallbackResult::Denied {
                error,
                description,
                state,
            } => f
                .debug_struct("Denied")
                .field("error", error)
                .field("description", description)
                .field("state", state)
                .finish(),
        }
    }
}

impl CallbackResult {
    pub fn state(&self) -> Option<&str> {
        match self {
            CallbackResult::Code { state, .. } => Some(state),
            CallbackResult::Denied { state, .. } => state.as_deref(),
        }
    }
}

/// Reads the callback's query string (`code`, `state`, `error`, `error_description`).
pub fn parse_callback(query: &str) -> Result<CallbackResult, String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut code = None;
    let mut state = None;
    let mut error = None;
    let mut description = None;
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "code" => &mut code,
            "state" => &mut state,
            "error" => &mut error,
            "error_description" => &mut description,
            _ => continue,
        };
        if slot.is_some() {
            return Err(format!("The callback repeats “{key}”."));
        }
        *slot = Some(value.into_owned());
    }
    match (error, code, state) {
        (Some(error), _, state) => Ok(CallbackResult::Denied {
            error,
            description,
            state,
        }),
        (None, Some(code), Some(state)) if !code.is_empty() && !state.is_empty() => {
            Ok(CallbackResult::Code { code, state })
        }
        (None, Some(_), None) => Err("The callback has a code but no state.".into()),
        _ => Err("The callback has neither a code nor an error.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_and_state_are_read() {
        assert_eq!(
            parse_callback("?code=abc%2F1&state=s-1"),
            Ok(CallbackResult::Code {
                code: "abc/1".into(),
                state: "s-1".into()
            })
        );
    }

    #[test]
    fn an_error_is_read_with_its_description() {
        let r =
            parse_callback("error=access_denied&error_description=User+did+not+consent&state=s")
                .unwrap();
        assert_eq!(
            r,
            CallbackResult::Denied {
                error: "access_denied".into(),
                description: Some("User did not consent".into()),
                state: Some("s".into())
            }
        );
        assert_eq!(r.state(), Some("s"));
    }

    #[test]
    fn incomplete_or_ambiguous_callbacks_are_errors() {
        assert!(parse_callback("").is_err());
        assert!(parse_callback("code=abc").is_err());
        assert!(parse_callback("code=&state=s").is_err());
        assert!(parse_callback("code=a&code=b&state=s").is_err());
    }

    #[test]
    fn the_code_never_shows_in_debug_output() {
        let r = parse_callback("code=very-secret&state=s").unwrap();
        assert!(!format!("{r:?}").contains("very-secret"));
    }

    #[test]
    fn the_redirect_uri_stays_on_the_panels_origin() {
        let panel = "https://panel.example.com";
        assert_eq!(
            panel_redirect_uri(panel, None),
            "https://panel.example.com/callback.html"
        );
        assert_eq!(
            panel_redirect_uri(panel, Some("https://panel.example.com/auth/done")),
            "https://panel.example.com/auth/done"
        );
        assert_eq!(
            panel_redirect_uri(panel, Some("https://host.example.com/cb")),
            "https://panel.example.com/callback.html"
        );
    }
}
