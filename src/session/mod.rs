//! The panel's conversation with its host: `init`, Save, Cancel, the client dialog's requests,
//! replies, timeouts, the debounced `changed` and the draft. The views in `components` read and
//! drive it; the transports in `bridge` carry its messages.

pub mod authorization;
pub mod state;
mod storage;
mod timer;

pub use state::Outbound;

use crate::dom::focus_element;
use authorization::{AuthorizationStart, Authorizer, Outcome};
use state::{HostContext, PanelState, Status};
use timer::{Interval, Timeout};

use crate::model::callback::panel_redirect_uri;
use crate::model::connection::{ApiType, Connection, Field, FormValues};
use crate::model::draft::{draft_key, merge_edits};
use crate::model::host_errors::place_host_errors;
use crate::model::init_plan::{InitContext, InitPlan};
use crate::protocol::*;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::time::Duration;

const CHANGED_DEBOUNCE: Duration = Duration::from_millis(200);

/// Only in the e2e build (feature `e2e-forced-panic`): saving a connection of this name panics, so
/// the suite can watch the crashed state, the reload and the draft that survives it.
#[cfg(feature = "e2e-forced-panic")]
const FORCED_PANIC_NAME: &str = "Force a panic";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RequestKind {
    SaveClient,
    Submit,
}

struct Pending {
    kind: RequestKind,
    /// The `hostTimeout` timer, cleared when the request is answered (dropped).
    _timeout: Option<Timeout>,
}

/// Where the client dialog's `saveOAuthClient` request is, read by the dialog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ClientRequest {
    /// Nothing sent since the dialog opened.
    #[default]
    Idle,
    /// Sent; waiting for the host's answer.
    Busy,
    /// The host could not save it (or did not answer): the message says why.
    Failed(String),
    /// The host saved it: the dialog closes.
    Saved(OAuthClient),
}

/// Request bookkeeping, kept beside the state.
#[derive(Clone, Copy)]
pub struct Session {
    pub state: PanelState,
    pending: StoredValue<BTreeMap<String, Pending>, LocalStorage>,
    next_id: StoredValue<u64>,
    changed_timer: StoredValue<Option<Timeout>, LocalStorage>,
    pub client_request: RwSignal<ClientRequest>,
    /// Panel-side authorization (`authorize: "panel"`).
    authorizer: Authorizer,
}

impl Session {
    pub fn new(state: PanelState) -> Session {
        let session = Session {
            state,
            pending: StoredValue::new_local(BTreeMap::new()),
            next_id: StoredValue::new(0),
            changed_timer: StoredValue::new_local(None),
            client_request: RwSignal::new(ClientRequest::default()),
            authorizer: Authorizer::new(),
        };
        session.watch_changes();
        // An unmounted panel leaves no timer behind.
        on_cleanup(move || {
            session.authorizer.cancel();
            session.changed_timer.set_value(None);
            session.pending.update_value(BTreeMap::clear);
        });
        session
    }

    /// False once the panel has been unmounted: late timers and replies then do nothing.
    pub fn alive(&self) -> bool {
        self.state.status.try_with_untracked(|_| ()).is_some()
    }

    fn new_request_id(&self) -> String {
        self.next_id.update_value(|n| *n += 1);
        format!("acp-{}", self.next_id.get_value())
    }

    fn draft_key(&self) -> String {
        let (origin, instance) = self.state.draft_scope.get_value();
        // Borrowed, not cloned: the host context holds the whole scope catalogue.
        self.state.host.with_untracked(|host| {
            let mode = match host.mode {
                Mode::Create => "create",
                Mode::Edit => "edit",
            };
            draft_key(
                &origin,
                mode,
                host.connection_id.as_deref(),
                instance.as_deref(),
            )
        })
    }

    /// Keeps the draft and tells the host about edits (debounced).
    fn watch_changes(&self) {
        let this = *self;
        Effect::new(move |_| {
            let values = this.state.values.get();
            let dirty = this.state.dirty.get();
            this.state.errors.track();
            if this.state.status.get_untracked() != Status::Editing {
                return;
            }
            if dirty {
                storage::save_draft(&this.draft_key(), &values);
            }
            // Replacing the timer clears the one before: one `changed` per pause in typing.
            let timeout = Timeout::start(
                move || {
                    if this.alive() {
                        this.post_changed();
                    }
                },
                CHANGED_DEBOUNCE,
            );
            this.changed_timer.set_value(timeout);
        });
    }

    fn post_changed(&self) {
        let errors = self.state.errors.get_untracked();
        self.state.send(PanelToHost::Changed {
            payload: ChangedPayload {
                valid: errors.is_empty(),
                dirty: self.state.dirty.get_untracked(),
                errors: errors
                    .into_iter()
                    .map(|(f, m)| (f.key().to_string(), m))
                    .collect(),
            },
        });
    }

    /// Acts on a decoded host message.
    pub fn handle(&self, message: HostToPanel) {
        if !self.alive() {
            leptos::logging::warn!("A message reached an unmounted panel and was ignored.");
            return;
        }
        match message {
            HostToPanel::Init { payload } => self.init(&payload),
            HostToPanel::RequestSave { .. } => self.save(),
            HostToPanel::RequestValidate { .. } => {
                self.reveal_all();
                self.post_changed();
            }
            HostToPanel::OAuthClientSaved {
                request_id,
                payload,
            } => {
                if self.take_pending(&request_id, RequestKind::SaveClient) {
                    self.client_saved(payload.client);
                }
            }
            HostToPanel::SubmitResult {
                request_id,
                payload,
            } => {
                if self.take_pending(&request_id, RequestKind::Submit) {
                    self.submit_answered(payload);
                }
            }
            HostToPanel::RequestFailed {
                request_id,
                payload,
            } => {
                self.fail_request(
                    &request_id,
                    format!("The host could not complete this: {}", payload.message),
                );
            }
        }
    }

    /// Ends a pending request with a message for the person; the form is usable again.
    pub fn fail_request(&self, request_id: &str, message: String) {
        let kind = self
            .pending
            .with_value(|p| p.get(request_id).map(|p| p.kind));
        if let Some(kind) = kind
            && self.take_pending(request_id, kind)
        {
            self.request_failed(kind, message);
        }
    }

    /// Shows a problem that concerns no field and no request.
    pub fn show_problem(&self, message: String) {
        if self.alive() {
            self.state.general.set(Some(message));
        }
    }

    /// The host's settings are being fetched.
    pub fn loading(&self) {
        if self.alive() && self.state.inits.get_untracked() == 0 {
            self.state.status.set(Status::Connecting);
        }
    }

    /// The host's settings could not be had; "Try again" runs the retry.
    pub fn load_failed(&self, message: String) {
        if self.alive() && self.state.inits.get_untracked() == 0 {
            self.state.status.set(Status::LoadFailed(message));
        }
    }

    /// What "Try again" does: by default, the `ready` handshake again.
    pub fn set_retry(&self, retry: std::rc::Rc<dyn Fn()>) {
        self.state.retry.set_value(Some(retry));
    }

    pub fn retry(&self) {
        match self.state.retry.get_value() {
            Some(retry) => retry(),
            None => self.announce_ready(),
        }
    }

    fn init(&self, init: &InitPayload) {
        if self.authorizer.cancel() {
            self.authorization_ended(Outcome::Failed(
                ErrorCode::PopupClosed,
                "The host sent new settings, so the pending authorization was cancelled.".into(),
            ));
        }
        let state = self.state;
        let new_host = HostContext::from_init(init);
        let prefill = FormValues::from_prefill(&init.connection.clone().unwrap_or_default());
        let context = state.host.with_untracked(|old| InitContext {
            first: state.inits.get_untracked() == 0,
            same_connection: old.mode == new_host.mode
                && old.connection_id == new_host.connection_id,
            reset: init.reset.unwrap_or(false),
            saved: state.status.get_untracked() == Status::Saved,
        });
        let old_base = state.base.get_untracked();
        let current = state.values.get_untracked();
        state.host.set(new_host);
        state.base.set(prefill.clone());
        state.inits.update(|n| *n += 1);
        let key = self.draft_key();
        if context.reset {
            storage::clear_draft(&key);
        }
        let values = match context.plan() {
            InitPlan::RestoreDraft => match storage::load_draft(&key) {
                Ok(Some(draft)) if draft != prefill => {
                    state.draft_restored.set(true);
                    draft
                }
                Ok(_) => prefill,
                Err(problem) => {
                    leptos::logging::warn!("{problem}");
                    storage::clear_draft(&key);
                    state.draft_unreadable.set(true);
                    prefill
                }
            },
            InitPlan::KeepEdits => merge_edits(&old_base, &current, &prefill),
            InitPlan::Replace => {
                state.draft_restored.set(false);
                prefill
            }
        };
        if !context.keeps_shown_errors() {
            state.shown.set(Default::default());
            state.host_errors.set(Default::default());
        }
        state.values.set(values);
        state.general.set(None);
        state.status.set(Status::Editing);
    }

    /// Save: validate all, show every error and focus the first, or send `submit`.
    pub fn save(&self) {
        let state = self.state;
        if state.status.get_untracked() != Status::Editing {
            return;
        }
        state.general.set(None);
        state.draft_unreadable.set(false);
        self.reveal_all();
        let host = state.host.get_untracked();
        let values = state.values.get_untracked();
        #[cfg(feature = "e2e-forced-panic")]
        if values.name == FORCED_PANIC_NAME {
            panic!("forced by the e2e build: Save with the connection name {FORCED_PANIC_NAME:?}");
        }
        let connection = match host.validate(&values) {
            Ok(c) if state.host_errors.with_untracked(BTreeMap::is_empty) => c,
            _ => {
                self.focus_first_invalid();
                return;
            }
        };
        if host.authorizes_in_panel(connection.api_type) {
            self.authorize(connection, &host);
            return;
        }
        self.submit(submit_payload(connection, &host));
    }

    /// Opens the authorization popup (Save with `authorize: "panel"`); the code it brings back is
    /// submitted.
    fn authorize(&self, connection: Connection, host: &HostContext) {
        let this = *self;
        let host_origin = self.state.draft_scope.get_value().0;
        let done = std::rc::Rc::new(move |outcome| {
            if this.alive() {
                this.authorization_ended(outcome);
            }
        });
        match self.authorizer.start(connection, host, &host_origin, done) {
            Ok(()) => self.state.status.set(Status::Authorizing),
            Err((code, message)) => self.authorization_ended(Outcome::Failed(code, message)),
        }
    }

    /// "Cancel authorization".
    pub fn cancel_authorization(&self) {
        if self.authorizer.cancel() {
            self.authorization_ended(Outcome::Failed(
                ErrorCode::PopupClosed,
                "The authorization was cancelled.".into(),
            ));
        }
    }

    /// A flow ended: its code is submitted, or the person and the host are told why not, with
    /// the form as it was.
    fn authorization_ended(&self, outcome: Outcome) {
        match outcome {
            Outcome::Code(payload) => {
                self.state.status.set(Status::Editing);
                self.submit(*payload);
            }
            Outcome::Failed(code, message) => {
                self.state
                    .send(PanelToHost::error(None, code, message.clone()));
                self.state.general.set(Some(message));
                self.state.status.set(Status::Editing);
            }
        }
    }

    /// Sends `submit` and waits for the host's answer.
    fn submit(&self, payload: SubmitPayload) {
        let request_id = self.new_request_id();
        let timeout = self.state.host.with_untracked(|h| h.request_timeout_ms);
        self.state.status.set(Status::Saving);
        self.track(request_id.clone(), RequestKind::Submit, timeout);
        self.state.send(PanelToHost::Submit {
            request_id,
            payload: Box::new(payload),
        });
    }

    fn reveal_all(&self) {
        self.state.shown.set(Field::ALL.into_iter().collect());
    }

    pub fn focus_first_invalid(&self) {
        if let Some(field) = self.state.first_invalid() {
            let id = self.state.field_id(field);
            // After the error text is in the DOM, so it is read with the field.
            request_animation_frame(move || focus_element(&id));
        }
    }

    fn submit_answered(&self, result: SubmitResult) {
        let state = self.state;
        if result.ok {
            storage::clear_draft(&self.draft_key());
            state.draft_restored.set(false);
            state.base.set(state.values.get_untracked());
            state.general.set(None);
            state.status.set(Status::Saved);
            return;
        }
        let placed = place_host_errors(
            result.message,
            result.field_errors.unwrap_or_default(),
            state.api_type(),
        );
        state.host_errors.set(placed.fields);
        state.general.set(Some(placed.general));
        state.status.set(Status::Editing);
        self.focus_first_invalid();
    }

    fn request_failed(&self, kind: RequestKind, message: String) {
        match kind {
            RequestKind::Submit => {
                self.state.general.set(Some(message));
                self.state.status.set(Status::Editing);
            }
            RequestKind::SaveClient => self.client_request.set(ClientRequest::Failed(message)),
        }
    }

    /// Sends the client dialog's result to the host.
    pub fn save_client(&self, client: OAuthClientDraft) {
        if self
            .client_request
            .with_untracked(|r| *r == ClientRequest::Busy)
        {
            return;
        }
        let request_id = self.new_request_id();
        self.client_request.set(ClientRequest::Busy);
        let timeout = self.state.host.with_untracked(|h| h.request_timeout_ms);
        self.track(request_id.clone(), RequestKind::SaveClient, timeout);
        self.state.send(PanelToHost::SaveOAuthClient {
            request_id,
            payload: ClientDraftPayload { client },
        });
    }

    fn client_saved(&self, client: OAuthClient) {
        self.state
            .host
            .update(|h| match h.clients.iter_mut().find(|c| c.id == client.id) {
                Some(existing) => *existing = client.clone(),
                None => h.clients.push(client.clone()),
            });
        self.state.update(|v| v.oauth_client_id = client.id.clone());
        self.client_request.set(ClientRequest::Saved(client));
    }

    /// The discard dialog was confirmed, or there was nothing to discard.
    pub fn cancel(&self) {
        let dirty = self.state.dirty.get_untracked();
        storage::clear_draft(&self.draft_key());
        self.state.draft_restored.set(false);
        self.state.send(PanelToHost::Cancel {
            payload: CancelPayload { dirty },
        });
    }

    /// "Discard them": back to the host's prefill.
    pub fn discard_restored_draft(&self) {
        storage::clear_draft(&self.draft_key());
        self.state.values.set(self.state.base.get_untracked());
        self.state.shown.set(Default::default());
        self.state.draft_restored.set(false);
    }

    fn track(&self, request_id: String, kind: RequestKind, timeout_ms: u32) {
        let this = *self;
        let id = request_id.clone();
        let timeout = Timeout::start(
            move || {
                if this.alive() && this.take_pending(&id, kind) {
                    let message = "The host did not answer in time. Nothing was lost; try again.";
                    this.state.send(PanelToHost::error(
                        Some(id.clone()),
                        ErrorCode::HostTimeout,
                        message.into(),
                    ));
                    this.request_failed(kind, message.into());
                }
            },
            Duration::from_millis(u64::from(timeout_ms)),
        );
        self.pending.update_value(|p| {
            p.insert(
                request_id,
                Pending {
                    kind,
                    _timeout: timeout,
                },
            );
        });
    }

    /// Removes a pending request; false for an unknown, late or mismatched reply (then ignored).
    fn take_pending(&self, request_id: &str, kind: RequestKind) -> bool {
        let mut found = false;
        self.pending.update_value(|p| {
            if p.get(request_id).is_some_and(|r| r.kind == kind) {
                // Dropping the request clears its timer.
                found = p.remove(request_id).is_some();
            }
        });
        if !found {
            leptos::logging::warn!("Ignored a reply for an unknown or expired request.");
        }
        found
    }
}

/// The `submit` payload: the connection, and for the authorization-code grants a fresh `state`
/// with the authorize URL (and a fresh PKCE pair with PKCE).
pub fn submit_payload(connection: Connection, host: &HostContext) -> SubmitPayload {
    if connection.api_type != ApiType::MyAccount {
        return SubmitPayload {
            connection,
            pkce: None,
            authorization: None,
        };
    }
    let redirect_uri = host
        .redirect_uri
        .clone()
        .unwrap_or_else(default_redirect_uri);
    let start = AuthorizationStart::new(&connection, host, redirect_uri);
    SubmitPayload {
        connection,
        pkce: start.pkce,
        authorization: Some(Authorization {
            authorize_url: start.url,
            code: None,
            state: start.state,
            redirect_uri: start.redirect_uri,
        }),
    }
}

/// The panel's own callback page, beside the page it runs on.
fn default_redirect_uri() -> String {
    panel_redirect_uri(&window().location().href().unwrap_or_default(), None)
}

const READY_INTERVAL: Duration = Duration::from_millis(500);
const READY_ATTEMPTS: u32 = 20;

impl Session {
    /// Posts `ready`, then again every 500 ms until the first `init`, at most 20 times in all;
    /// after that the panel says the host did not answer (a late `init` is still accepted).
    pub fn announce_ready(&self) {
        let state = self.state;
        if state.inits.get_untracked() > 0 {
            return;
        }
        state.status.set(Status::Connecting);
        state.send(PanelToHost::ready());
        let sent = StoredValue::new(1_u32);
        // Dropped (so cleared) when the handshake ends or the panel is unmounted.
        let interval = StoredValue::new_local(None::<Interval>);
        let handle = Interval::start(
            move || {
                if state.status.try_with_untracked(|_| ()).is_none() {
                    interval.try_set_value(None);
                    return;
                }
                let stop = |status: Option<Status>| {
                    interval.set_value(None);
                    if let Some(s) = status {
                        state.status.set(s);
                    }
                };
                if state.inits.get_untracked() > 0 {
                    stop(None);
                } else if sent.get_value() >= READY_ATTEMPTS {
                    stop(Some(Status::HostSilent));
                } else {
                    sent.update_value(|n| *n += 1);
                    state.send(PanelToHost::ready());
                }
            },
            READY_INTERVAL,
        );
        interval.set_value(handle);
    }
}
