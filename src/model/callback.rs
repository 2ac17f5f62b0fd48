//! The authorization callback: what Auth0 sends back to the panel's callback page, how that page
//! hands it over, and the redirect URI the panel registers for it.

use super::ascii_url::parse_ascii_url;
use super::secret::Secret;
use super::web_url::WebUrl;

/// The callback page, beside the panel's page (relative, so the panel works under a sub-path).
pub const CALLBACK_PAGE: &str = "callback.html";

/// The `type` of the hand-off object `{ type, query }` the callback page sends; static/callback.js
/// writes the same strings.
pub const CALLBACK_MESSAGE: &str = "auth0-connection-panel:callback";

/// The BroadcastChannel of one flow: named after its `state`, so a page that does not know the
/// state cannot reach the flow, and two flows never hear each other.
pub fn callback_channel(state: &str) -> String {
    format!("{CALLBACK_MESSAGE}:{state}")
}

/// The redirect URI for panel-side authorization: `init.redirectUri` only when it is on the
/// panel's own origin (the callback must reach the panel), else the callback page beside the
/// panel's page (`page_url`).
pub fn panel_redirect_uri(page_url: &str, requested: Option<&str>) -> String {
    let Some(page) = WebUrl::parse(page_url) else {
        return CALLBACK_PAGE.to_string();
    };
    requested
        .filter(|uri| parse_ascii_url(uri).is_ok_and(|u| u.origin() == page.origin()))
        .map(str::to_string)
        .or_else(|| WebUrl::join(page_url, CALLBACK_PAGE).map(|u| u.as_str().to_string()))
        .unwrap_or_else(|| CALLBACK_PAGE.to_string())
}

/// What the callback page hands over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallbackResult {
    Code {
        code: Secret,
        state: String,
    },
    Denied {
        error: String,
        description: Option<String>,
        state: Option<String>,
    },
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
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
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
            Ok(CallbackResult::Code {
                code: Secret::from(code),
                state,
            })
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
                code: Secret::from("abc/1".to_string()),
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
    fn the_redirect_uri_stays_on_the_panels_origin_beside_its_page() {
        let panel = "https://panel.example.com/index.html?hostOrigin=https%3A%2F%2Fapp.example";
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
        assert_eq!(
            panel_redirect_uri("https://cdn.example/apps/panel/index.html?x=1", None),
            "https://cdn.example/apps/panel/callback.html"
        );
        assert_eq!(
            panel_redirect_uri("https://cdn.example/apps/panel/", None),
            "https://cdn.example/apps/panel/callback.html"
        );
    }

    #[test]
    fn each_flow_has_its_own_channel() {
        assert_ne!(callback_channel("a"), callback_channel("b"));
        assert!(callback_channel("s-1").ends_with(":s-1"));
    }
}
