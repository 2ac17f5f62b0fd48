//! Panel-side authorization (`authorize: "panel"`): a popup to the authorize URL, the callback
//! page's hand-off over a same-origin BroadcastChannel (never `window.opener` or `event.source`,
//! which an authorization server's Cross-Origin-Opener-Policy severs), and a wait that only the
//! person or a five-minute limit ends: a severed popup also reads as closed.

use super::session::Session;
use super::state::{HostContext, Status};
use crate::model::authorize::{AuthorizeRequest, authorize_url};
use crate::model::callback::{CallbackResult, panel_redirect_uri, parse_callback};
use crate::model::connection::{Connection, GrantType};
use crate::model::pkce::{Pkce, new_state};
use crate::protocol::{Authorization, ErrorCode, PanelMessage, PopupSize, SubmitPayload};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The channel the callback page posts to; only pages of the panel's origin share it.
pub const CALLBACK_CHANNEL: &str = "auth0-connection-panel:callback";
const WAIT_LIMIT: Duration = Duration::from_secs(5 * 60);
const DEFAULT_POPUP: PopupSize = PopupSize {
    width: 500,
    height: 700,
};

/// An authorization in progress. The verifier lives here, in memory only.
pub struct PendingAuthorization {
    connection: Connection,
    pkce: Option<Pkce>,
    state: String,
    redirect_uri: String,
    popup: Option<web_sys::Window>,
    channel: web_sys::BroadcastChannel,
    timer: Option<TimeoutHandle>,
    _listener: Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl Drop for PendingAuthorization {
    fn drop(&mut self) {
        self.channel.close();
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }
}

/// A fresh `state` (and a fresh PKCE pair with PKCE) and the authorize URL they go into.
pub struct AuthorizationStart {
    pub pkce: Option<Pkce>,
    pub state: String,
    pub redirect_uri: String,
    pub url: Option<String>,
}

impl AuthorizationStart {
    pub fn new(connection: &Connection, host: &HostContext, redirect_uri: String) -> Self {
        let pkce = (connection.grant_type == GrantType::AuthorizationCodePkce).then(Pkce::generate);
        let state = new_state();
        let client_id = host
            .clients
            .iter()
            .find(|c| c.id == connection.oauth_client_id)
            .map(|c| c.client_id.as_str())
            .unwrap_or_default();
        let url = authorize_url(&AuthorizeRequest {
            domain: &connection.domain,
            client_id,
            redirect_uri: &redirect_uri,
            scopes: connection.scopes.as_deref().unwrap_or_default(),
            audience: &connection.audience,
            state: &state,
            code_challenge: pkce.as_ref().map(|p| p.code_challenge.as_str()),
        })
        .ok();
        AuthorizationStart {
            pkce,
            state,
            redirect_uri,
            url,
        }
    }
}

/// The redirect URI the panel uses when it authorizes (shown to the person to register in Auth0).
pub fn redirect_uri(host: &HostContext) -> String {
    let origin = window().location().origin().unwrap_or_default();
    panel_redirect_uri(&origin, host.redirect_uri.as_deref())
}

impl Session {
    /// Opens the authorization popup for a valid connection, from the Save click.
    pub(super) fn authorize(&self, connection: Connection, host: &HostContext) {
        let AuthorizationStart {
            pkce,
            state,
            redirect_uri,
            url,
        } = AuthorizationStart::new(&connection, host, redirect_uri(host));
        let Some(url) = url else {
            self.authorization_failed(
                ErrorCode::AuthorizationDenied,
                "The authorize URL could not be built.".into(),
            );
            return;
        };
        let size = host.popup.unwrap_or(DEFAULT_POPUP);
        let features = format!("popup=yes,width={},height={}", size.width, size.height);
        let popup = window()
            .open_with_url_and_target_and_features(&url, "acp-authorize", &features)
            .ok()
            .flatten();
        let Some(popup) = popup else {
            self.authorization_failed(
                ErrorCode::PopupBlocked,
                "The browser blocked the authorization window. Allow pop-ups for this site and try again.".into(),
            );
            return;
        };
        let Ok(channel) = web_sys::BroadcastChannel::new(CALLBACK_CHANNEL) else {
            let _ = popup.close();
            self.authorization_failed(
                ErrorCode::PopupClosed,
                "This browser cannot receive the authorization result.".into(),
            );
            return;
        };
        let this = *self;
        let listener =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let query = js_sys::Reflect::get(&event.data(), &"query".into())
                    .ok()
                    .and_then(|q| q.as_string())
                    .unwrap_or_default();
                this.callback_arrived(&query);
            });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        let timer = set_timeout_with_handle(
            move || {
                if this.alive() {
                    this.authorization_failed(
                        ErrorCode::PopupClosed,
                        "The authorization window did not finish within 5 minutes.".into(),
                    );
                }
            },
            WAIT_LIMIT,
        )
        .ok();
        self.authorization.set_value(Some(PendingAuthorization {
            connection,
            pkce,
            state,
            redirect_uri,
            popup: Some(popup),
            channel,
            timer,
            _listener: listener,
        }));
        self.state.status.set(Status::Authorizing);
    }

    fn callback_arrived(&self, query: &str) {
        if !self.alive() || self.authorization.with_value(Option::is_none) {
            return;
        }
        let result = match parse_callback(query) {
            Ok(result) => result,
            Err(problem) => {
                leptos::logging::warn!("Ignored a callback: {problem}");
                return;
            }
        };
        let expected = self
            .authorization
            .with_value(|p| p.as_ref().map(|p| p.state.clone()))
            .unwrap_or_default();
        if result.state() != Some(expected.as_str()) {
            self.authorization_failed(
                ErrorCode::StateMismatch,
                "The authorization answer did not match this request (state mismatch), so it was not used. Try again.".into(),
            );
            return;
        }
        match result {
            CallbackResult::Denied {
                error, description, ..
            } => {
                let detail = description.map(|d| format!(": {d}")).unwrap_or_default();
                self.authorization_failed(
                    ErrorCode::AuthorizationDenied,
                    format!("Auth0 did not authorize the connection ({error}{detail})."),
                );
            }
            CallbackResult::Code { code, state } => {
                let Some(pending) = self.take_authorization() else {
                    return;
                };
                let payload = SubmitPayload {
                    connection: pending.connection.clone(),
                    pkce: pending.pkce.clone(),
                    authorization: Some(Authorization {
                        authorize_url: None,
                        code: Some(code),
                        state,
                        redirect_uri: pending.redirect_uri.clone(),
                    }),
                };
                if let Some(popup) = &pending.popup {
                    let _ = popup.close();
                }
                self.state.status.set(Status::Editing);
                self.submit(payload);
            }
        }
    }

    /// "Cancel authorization".
    pub fn cancel_authorization(&self) {
        self.authorization_failed(
            ErrorCode::PopupClosed,
            "The authorization was cancelled.".into(),
        );
    }

    fn take_authorization(&self) -> Option<PendingAuthorization> {
        let mut taken = None;
        self.authorization.update_value(|p| taken = p.take());
        taken
    }

    /// Ends the wait with a message and an `error` to the host; the form is as it was.
    fn authorization_failed(&self, code: ErrorCode, message: String) {
        if let Some(pending) = self.take_authorization()
            && let Some(popup) = &pending.popup
        {
            let _ = popup.close();
        }
        self.state.send(PanelMessage::Error {
            request_id: None,
            code,
            message: message.clone(),
        });
        self.state.general.set(Some(message));
        self.state.status.set(Status::Editing);
    }
}
