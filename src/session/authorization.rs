//! Panel-side authorization (`authorize: "panel"`): a popup of the flow's own to the authorize
//! URL, the callback page's hand-off (a BroadcastChannel named after the flow's state, and a
//! `postMessage` to the panel's exact origin for frames whose storage the browser partitions),
//! and a wait that the person, a later `init`, an unmount or a five-minute limit ends. A popup
//! that reads as closed ends it only where no other hand-off can come (a cross-site frame):
//! elsewhere it may just be cut off by the authorization server's Cross-Origin-Opener-Policy.

use super::start::{AuthorizationStart, redirect_uri};
use super::state::HostContext;
use super::timer::Timer;
use crate::dom::{ancestor_origins, framed};
use crate::i18n::{Key, Text};
use crate::model::callback::{CALLBACK_MESSAGE, CallbackResult, callback_channel, parse_callback};
use crate::model::connection::Connection;
use crate::model::pkce::{Pkce, new_state};
use crate::model::site::same_site;
use crate::prelude::*;
use crate::protocol::{Authorization, ErrorCode, PopupSize, SubmitPayload};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

const WAIT_LIMIT: Duration = Duration::from_secs(5 * 60);
const DEFAULT_POPUP: PopupSize = PopupSize {
    width: 500,
    height: 700,
};
/// How often a cross-site frame looks at its popup, and how many looks it waits after the popup
/// closed for a hand-off still on its way.
const WATCH_INTERVAL: Duration = Duration::from_millis(500);
const CLOSED_GRACE_TICKS: u32 = 3;

/// An authorization in progress. The verifier lives here, in memory only. Dropping it ends the
/// flow: the timers stop, the channel and listener go, and the popup closes.
pub struct PendingAuthorization {
    connection: Connection,
    pkce: Option<Pkce>,
    state: String,
    redirect_uri: String,
    popup: web_sys::Window,
    channel: Option<web_sys::BroadcastChannel>,
    /// The five-minute limit.
    _limit: Option<Timer>,
    /// Cross-site frames only: looks at the popup, whose hand-off can only come by `postMessage`.
    _watch: Option<Timer>,
    /// Looks at the popup made since it read as closed.
    closed_ticks: u32,
    on_hand_off: Closure<dyn Fn(web_sys::MessageEvent)>,
    /// Told once how the flow ended (unless it is cancelled).
    done: Rc<dyn Fn(Outcome)>,
}

impl Drop for PendingAuthorization {
    fn drop(&mut self) {
        if let Some(channel) = self.channel.take() {
            channel.close();
        }
        let _ = window().remove_event_listener_with_callback(
            "message",
            self.on_hand_off.as_ref().unchecked_ref(),
        );
        let _ = self.popup.close();
    }
}

/// How a flow ended.
pub enum Outcome {
    /// The callback brought a code for this flow's state: what `submit` carries.
    Code(Box<SubmitPayload>),
    /// It ended without one: the `error` code for the host and the message for the person.
    Failed(ErrorCode, Text),
}

/// The query of a hand-off object `{ type, query }` from the callback page.
fn hand_off_query(data: &JsValue) -> Option<String> {
    let field = |name: &str| {
        js_sys::Reflect::get(data, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    (field("type")? == CALLBACK_MESSAGE).then(|| field("query"))?
}

/// Whether the panel is framed by another site: then browsers partition its storage, and the
/// callback page (a first-party window) cannot reach it over a BroadcastChannel.
fn in_cross_site_frame(host_origin: &str) -> bool {
    if !framed() {
        return false;
    }
    let own = window().location().origin().unwrap_or_default();
    let top = ancestor_origins()
        .pop()
        .unwrap_or_else(|| host_origin.to_string());
    !same_site(&own, &top)
}

/// The panel's authorization flow, at most one at a time. `Copy`: an arena handle.
#[derive(Clone, Copy)]
pub struct Authorizer {
    /// Memory only: it holds the PKCE verifier.
    pending: StoredValue<Option<PendingAuthorization>, LocalStorage>,
}

impl Authorizer {
    pub fn new() -> Authorizer {
        Authorizer {
            pending: StoredValue::new_local(None),
        }
    }

    /// Opens the authorization popup for a valid connection; `done` hears how it ends. An error
    /// (blocked popup, no authorize URL) means nothing started.
    pub fn start(
        &self,
        connection: Connection,
        host: &HostContext,
        host_origin: &str,
        done: Rc<dyn Fn(Outcome)>,
    ) -> Result<(), (ErrorCode, Text)> {
        let AuthorizationStart {
            pkce,
            state,
            redirect_uri,
            url,
        } = AuthorizationStart::new(&connection, host, redirect_uri(host));
        let size = host.popup.unwrap_or(DEFAULT_POPUP);
        let features = format!("popup=yes,width={},height={}", size.width, size.height);
        // A window name of this flow's own: another panel's flow never takes over this popup.
        let name = format!("acp-authorize-{}", new_state());
        let popup = window()
            .open_with_url_and_target_and_features(&url, &name, &features)
            .ok()
            .flatten()
            .ok_or((
                ErrorCode::PopupBlocked,
                Text::key(Key::ErrorAuthorizationPopupBlocked),
            ))?;
        let this = *self;
        let own_origin = window().location().origin().unwrap_or_default();
        // The callback page hands over on this flow's channel (same-origin pages, unpartitioned)
        // and by postMessage to its opener on the panel's exact origin (any frame, unless the
        // authorization server severed the opener): the first one that carries the state counts.
        let on_hand_off =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                if event.origin() != own_origin {
                    return;
                }
                if let Some(query) = hand_off_query(&event.data()) {
                    this.callback_arrived(&query);
                }
            });
        let channel = web_sys::BroadcastChannel::new(&callback_channel(&state)).ok();
        if let Some(channel) = &channel {
            channel.set_onmessage(Some(on_hand_off.as_ref().unchecked_ref()));
        }
        let _ = window()
            .add_event_listener_with_callback("message", on_hand_off.as_ref().unchecked_ref());
        let limit = Timer::once(
            move || {
                this.finish(Outcome::Failed(
                    ErrorCode::PopupClosed,
                    Text::key(Key::ErrorAuthorizationTimeout),
                ))
            },
            WAIT_LIMIT,
        );
        let watch = in_cross_site_frame(host_origin)
            .then(|| Timer::every(move || this.watch_popup(), WATCH_INTERVAL))
            .flatten();
        self.pending.set_value(Some(PendingAuthorization {
            connection,
            pkce,
            state,
            redirect_uri,
            popup,
            channel,
            _limit: limit,
            _watch: watch,
            closed_ticks: 0,
            on_hand_off,
            done,
        }));
        Ok(())
    }

    /// Ends a pending flow without telling `done`: its popup closes and a late callback finds
    /// nothing. True when there was one.
    pub fn cancel(&self) -> bool {
        self.take().is_some()
    }

    fn take(&self) -> Option<PendingAuthorization> {
        let mut taken = None;
        self.pending.try_update_value(|p| taken = p.take());
        taken
    }

    /// Ends the flow and tells `done` how.
    fn finish(&self, outcome: Outcome) {
        if let Some(pending) = self.take() {
            let done = pending.done.clone();
            drop(pending);
            done(outcome);
        }
    }

    /// In a cross-site frame the hand-off can only come from the popup's `postMessage`: once the
    /// popup reads as closed (closed by the person, or cut off from the panel by the authorization
    /// server's Cross-Origin-Opener-Policy) and nothing arrived, no answer can come, so the wait
    /// ends with a message instead of five silent minutes.
    fn watch_popup(&self) {
        let mut given_up = false;
        self.pending.try_update_value(|pending| {
            if let Some(p) = pending.as_mut()
                && p.popup.closed().unwrap_or(true)
            {
                p.closed_ticks += 1;
                given_up = p.closed_ticks >= CLOSED_GRACE_TICKS;
            }
        });
        if given_up {
            self.finish(Outcome::Failed(
                ErrorCode::PopupClosed,
                Text::key(Key::ErrorAuthorizationCutOff),
            ));
        }
    }

    fn callback_arrived(&self, query: &str) {
        let result = match parse_callback(query) {
            Ok(result) => result,
            Err(problem) => {
                crate::prelude::console_warn!("Ignored a callback: {problem}");
                return;
            }
        };
        let expected = self
            .pending
            .try_with_value(|p| p.as_ref().map(|p| p.state.clone()))
            .flatten();
        if expected.is_none() || result.state() != expected.as_deref() {
            // Another flow's answer, or a forged one: it never ends this flow.
            crate::prelude::console_warn!(
                "Ignored a callback for another authorization (state mismatch)."
            );
            return;
        }
        let outcome = match result {
            CallbackResult::Denied {
                error, description, ..
            } => {
                let text = match description {
                    Some(description) => Text::with(
                        Key::ErrorAuthorizationDeniedBecause,
                        vec![("error", error), ("description", description)],
                    ),
                    None => Text::with(Key::ErrorAuthorizationDenied, vec![("error", error)]),
                };
                Outcome::Failed(ErrorCode::AuthorizationDenied, text)
            }
            CallbackResult::Code { code, state } => {
                let submitted = self.pending.try_with_value(|p| {
                    p.as_ref().map(|p| SubmitPayload {
                        connection: p.connection.clone(),
                        pkce: p.pkce.clone(),
                        authorization: Some(Authorization {
                            authorize_url: None,
                            code: Some(code),
                            state,
                            redirect_uri: p.redirect_uri.clone(),
                        }),
                    })
                });
                match submitted.flatten() {
                    Some(payload) => Outcome::Code(Box::new(payload)),
                    None => return,
                }
            }
        };
        self.finish(outcome);
    }
}

impl Default for Authorizer {
    fn default() -> Self {
        Authorizer::new()
    }
}
