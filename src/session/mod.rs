//! The panel's conversation with its host: `init`, Save, Cancel, the client dialog's requests,
//! replies, timeouts, the debounced `changed` and the draft. The views in `components` read and
//! drive it; the transports in `bridge` carry its messages.

mod answer;
pub mod authorization;
mod changes;
mod client;
mod init;
pub mod locale;
mod ready;
mod requests;
pub mod start;
pub mod state;
mod storage;
mod timer;

pub use client::{ClientDialog, ClientRequest, DialogMode};
pub use state::Outbound;

use authorization::{Authorizer, Outcome};
use requests::{RequestKind, Requests};
use start::submit_payload;
use state::{HostContext, PanelState, Status};
use timer::Timer;

use crate::i18n::{Key, Text};
use crate::model::connection::{Connection, Field};
use crate::model::field::FieldErrors;
use crate::prelude::*;
use crate::protocol::*;

/// Only in the e2e build (feature `e2e-forced-panic`): saving a connection of this name panics, so
/// the suite can watch the crashed state, the reload and the draft that survives it.
#[cfg(feature = "e2e-forced-panic")]
const FORCED_PANIC_NAME: &str = "Force a panic";

/// Request bookkeeping, kept beside the state.
#[derive(Clone, Copy)]
pub struct Session {
    pub state: PanelState,
    requests: Requests,
    changed_timer: StoredValue<Option<Timer>, LocalStorage>,
    /// The `ready` handshake's interval while it runs (one at a time: a retry replaces it).
    ready_timer: StoredValue<Option<Timer>, LocalStorage>,
    /// The client dialog: open or not, and its request.
    pub client_dialog: RwSignal<ClientDialog>,
    /// Panel-side authorization (`authorize: "panel"`).
    authorizer: Authorizer,
}

impl Session {
    pub fn new(state: PanelState) -> Session {
        let session = Session {
            state,
            requests: Requests::new(),
            changed_timer: StoredValue::new_local(None),
            ready_timer: StoredValue::new_local(None),
            client_dialog: RwSignal::new(ClientDialog::default()),
            authorizer: Authorizer::new(),
        };
        changes::watch(state, session.changed_timer);
        // An unmounted panel leaves no timer behind.
        on_cleanup(move || {
            session.authorizer.cancel();
            session.changed_timer.set_value(None);
            session.ready_timer.set_value(None);
            session.requests.clear();
        });
        session
    }

    /// False once the panel has been unmounted: late timers and replies then do nothing.
    pub fn alive(&self) -> bool {
        self.state.status.try_with_untracked(|_| ()).is_some()
    }

    /// Acts on a decoded host message.
    pub fn handle(&self, message: HostToPanel) {
        if !self.alive() {
            crate::prelude::console_warn!("A message reached an unmounted panel and was ignored.");
            return;
        }
        match message {
            HostToPanel::Init { payload } => self.init(&payload),
            HostToPanel::RequestSave { .. } => self.save(),
            HostToPanel::RequestValidate { .. } => {
                self.reveal_all();
                changes::post_changed(&self.state);
            }
            HostToPanel::OAuthClientSaved {
                request_id,
                payload,
            } => {
                if self.requests.take(&request_id, RequestKind::SaveClient) {
                    self.client_saved(&request_id, payload.client);
                }
            }
            HostToPanel::SubmitResult {
                request_id,
                payload,
            } => {
                if self.requests.take(&request_id, RequestKind::Submit) {
                    self.submit_answered(payload);
                }
            }
            HostToPanel::RequestFailed {
                request_id,
                payload,
            } => {
                self.fail_request(
                    &request_id,
                    Text::with(Key::ErrorHostFailed, vec![("message", payload.message)]),
                );
            }
        }
    }

    /// Ends a pending request with a message for the person; the form is usable again.
    pub fn fail_request(&self, request_id: &str, message: Text) {
        if let Some(kind) = self.requests.kind_of(request_id)
            && self.requests.take(request_id, kind)
        {
            self.request_failed(kind, request_id, message);
        }
    }

    /// Shows a problem that concerns no field and no request.
    pub fn show_problem(&self, message: Text) {
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
    pub fn load_failed(&self, message: Text) {
        if self.alive() && self.state.inits.get_untracked() == 0 {
            self.state.status.set(Status::LoadFailed(message));
        }
    }

    /// What "Try again" does: by default, the `ready` handshake again.
    pub fn set_retry(&self, retry: std::rc::Rc<dyn Fn()>) {
        self.state.set_retry(retry);
    }

    pub fn retry(&self) {
        match self.state.retry() {
            Some(retry) => retry(),
            None => self.announce_ready(),
        }
    }

    /// Starts the `ready` handshake.
    pub fn announce_ready(&self) {
        ready::announce_ready(self.state, self.ready_timer);
    }

    fn init(&self, init: &InitPayload) {
        if self.authorizer.cancel() {
            self.authorization_ended(Outcome::Failed(
                ErrorCode::PopupClosed,
                Text::key(Key::ErrorAuthorizationNewSettings),
            ));
        }
        init::apply(self.state, init);
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
            Ok(c) if state.host_errors.with_untracked(FieldErrors::is_empty) => c,
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
        let host_origin = self.state.draft_scope().0;
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
                Text::key(Key::ErrorAuthorizationCancelled),
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
                let words = self.state.i18n.with_untracked(|c| c.render(&message));
                self.state.send(PanelToHost::error(None, code, words));
                self.state.general.set(Some(message));
                self.state.status.set(Status::Editing);
            }
        }
    }

    /// Sends `submit` and waits for the host's answer.
    fn submit(&self, payload: SubmitPayload) {
        self.state.status.set(Status::Saving);
        let request_id = self.track(RequestKind::Submit);
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
            let state = self.state;
            request_animation_frame(move || state.focus(&id));
        }
    }

    fn submit_answered(&self, result: SubmitResult) {
        if !answer::apply_submit_result(&self.state, result) {
            self.focus_first_invalid();
        }
    }

    fn request_failed(&self, kind: RequestKind, request_id: &str, message: Text) {
        match kind {
            RequestKind::Submit => {
                self.state.general.set(Some(message));
                self.state.status.set(Status::Editing);
            }
            // Shown in the dialog that sent it; a dialog closed since (or opened again) is not
            // told of an earlier opening's request.
            RequestKind::SaveClient => {
                if self.client_dialog.with_untracked(|d| d.sent(request_id)) {
                    self.client_dialog
                        .update(|d| d.request = ClientRequest::Failed(message));
                }
            }
        }
    }

    /// Sends the client dialog's result to the host.
    pub fn save_client(&self, client: OAuthClientDraft) {
        if self.client_dialog.with_untracked(ClientDialog::busy) {
            return;
        }
        let request_id = self.track(RequestKind::SaveClient);
        let sent = request_id.clone();
        self.client_dialog
            .update(|d| d.request = ClientRequest::Busy(sent));
        self.state.send(PanelToHost::SaveOAuthClient {
            request_id,
            payload: ClientDraftPayload { client },
        });
    }

    /// The host saved a client: it joins the list. The answer to the open dialog's own request
    /// also selects it and closes the dialog; an earlier opening's late answer leaves the dialog
    /// open (the person may be typing another client) and the selection as it is.
    fn client_saved(&self, request_id: &str, client: OAuthClient) {
        let own = self.client_dialog.with_untracked(|d| d.sent(request_id));
        client::saved(&self.state, client, own);
        if own {
            self.client_dialog.set(ClientDialog::default());
        }
    }

    /// The discard dialog was confirmed, or there was nothing to discard.
    pub fn cancel(&self) {
        let dirty = self.state.dirty.get_untracked();
        changes::clear_draft(&self.state);
        self.state.send(PanelToHost::Cancel {
            payload: CancelPayload { dirty },
        });
    }

    /// "Discard them": back to the host's prefill.
    pub fn discard_restored_draft(&self) {
        changes::clear_draft(&self.state);
        self.state.values.set(self.state.base.get_untracked());
        self.state.shown.set(Default::default());
    }

    /// Starts a request; without a reply in time the person and the host hear `hostTimeout`.
    fn track(&self, kind: RequestKind) -> String {
        let this = *self;
        let timeout = self.state.host.with_untracked(|h| h.request_timeout_ms);
        self.requests.start(kind, timeout, move |id| {
            if this.alive() {
                let message = Text::key(Key::ErrorHostTimeout);
                this.state.send(PanelToHost::error(
                    Some(id.clone()),
                    ErrorCode::HostTimeout,
                    this.state.i18n.with_untracked(|c| c.render(&message)),
                ));
                this.request_failed(kind, &id, message);
            }
        })
    }
}
