//! The "Add OAuth 2.0 client" / "Edit OAuth 2.0 client" dialog. The secret lives only in this
//! dialog's memory and in the `saveOAuthClient` message; it is never an attribute or stored.

use super::button::button;
use super::el::{El, el};
use super::field::Frame;
use super::modal::{Modal, dialog_title};
use crate::erased::{derived, memo};
use crate::i18n::Key;
use crate::model::client::{ClientErrors, secret_required, validate_client};
use crate::model::secret::Secret;
use crate::prelude::*;
use crate::protocol::OAuthClientDraft;
use crate::session::state::PanelState;
use crate::session::{ClientDialog, ClientRequest, Session};

/// Shown while the session's client dialog is open; closing (Cancel, Escape, the backdrop, or the
/// host's reply that it saved the client) closes it, and the form goes with the typed secret.
/// `add_button` and `edit_button` are the ids of the buttons that open it, which get focus back.
pub fn client_dialog(
    state: PanelState,
    session: Session,
    add_button: String,
    edit_button: String,
) -> El {
    let title_id = state.id("client-dialog-title");
    let dialog = session.client_dialog;
    let editing_now = move || dialog.with_untracked(|d| d.editing());
    let close = move || dialog.update(|d| d.mode = None);

    let mut modal = Modal::new(
        memo(move |_| dialog.with(|d| d.mode.is_some())),
        close,
        state.id("client-dialog"),
        title_id.clone(),
    );
    modal.return_to = derived(move || {
        Some(if editing_now() {
            edit_button.clone()
        } else {
            add_button.clone()
        })
    });
    modal.around(state, move || client_form(state, session, close, &title_id))
}

/// The dialog's form, built as it opens: filled from the client being edited, the secret empty.
fn client_form(
    state: PanelState,
    session: Session,
    close: impl Fn() + Copy + 'static,
    title_id: &str,
) -> El {
    let dialog = session.client_dialog;
    let editing_client = move || dialog.with_untracked(|d| d.client().cloned());
    let (name, client_id) = editing_client()
        .map(|c| (c.name, c.client_id))
        .unwrap_or_default();
    let name = RwSignal::new(name);
    let client_id = RwSignal::new(client_id);
    let secret = RwSignal::new(String::new());
    let reveal = RwSignal::new(false);
    // Errors show after the first Save attempt and clear as soon as the value is valid.
    let attempted = RwSignal::new(false);
    let ids = (
        state.id("client-name"),
        state.id("client-id"),
        state.id("client-secret"),
    );
    let editing = move || dialog.with(ClientDialog::editing);
    let title = move || {
        state.t(if editing() {
            Key::ClientEdit
        } else {
            Key::ClientAdd
        })()
    };
    let secret_required = move || state.values.with(|v| secret_required(!editing(), v));

    // Three short strings checked: cheaper to check again than to keep a memo type.
    let errors = move || {
        if !attempted.get() {
            return ClientErrors::default();
        }
        name.with(|n| {
            client_id.with(|c| secret.with(|s| validate_client(n, c, s, secret_required())))
        })
    };

    let field_ids = ids.clone();
    let submit = move |ev: web_sys::Event| {
        ev.prevent_default();
        attempted.set(true);
        let found = untrack(errors);
        let first_invalid = [
            (found.name.is_some(), &field_ids.0),
            (found.client_id.is_some(), &field_ids.1),
            (found.secret.is_some(), &field_ids.2),
        ]
        .into_iter()
        .find(|(bad, _)| *bad)
        .map(|(_, id)| id.clone());
        if found.any() {
            if let Some(id) = first_invalid {
                request_animation_frame(move || state.focus(&id));
            }
            return;
        }
        let id = editing_client().map(|c| c.id);
        let typed_secret = secret.get_untracked();
        session.save_client(OAuthClientDraft {
            id,
            name: name.get_untracked().trim().to_string(),
            client_id: client_id.get_untracked().trim().to_string(),
            client_secret: (!typed_secret.is_empty()).then(|| Secret::from(typed_secret)),
        });
    };

    let busy = move || dialog.with(ClientDialog::busy);
    let request_error = move || {
        dialog.with(|d| match &d.request {
            ClientRequest::Failed(message) => Some(message.clone()),
            _ => None,
        })
    };
    let (name_id, cid_id, secret_id) = ids;

    let secret_frame = Frame::new(state, secret_id, Key::ClientDialogSecret)
        .hint(derived(move || {
            Some(state.t(if editing() {
                Key::ClientDialogSecretKeep
            } else if !secret_required() {
                Key::ClientDialogSecretOptional
            } else {
                Key::ClientDialogSecretHint
            })())
        }))
        .error(derived(move || errors().secret.map(|key| state.t(key)())))
        .required(memo(move |_| secret_required()));
    let secret_input = secret_frame
        .control()
        .apply(el("input"))
        .class("acp-input")
        .attr_with("type", move || {
            Some((if reveal.get() { "text" } else { "password" }).to_string())
        })
        .attr("autocomplete", "new-password")
        .attr("spellcheck", "false")
        .value_with(move || secret.get())
        .on("input", move |ev| secret.set(event_target_value(&ev)));
    let show_secret = el("button")
        .attr("type", "button")
        .class("acp-button acp-button--quiet")
        .attr_with("aria-pressed", move || Some(reveal.get().to_string()))
        .on("click", move |_| reveal.update(|r| *r = !*r))
        .text_with(state.t(Key::ClientDialogShowSecret));
    let secret_field = secret_frame.around([el("div")
        .class("acp-input-row")
        .child(secret_input)
        .child(show_secret)]);

    let actions = el("div")
        .class("acp-actions")
        .child(
            el("button")
                .attr("type", "submit")
                .class("acp-button acp-button--primary")
                .attr_with("aria-disabled", move || busy().then(|| "true".to_string()))
                .attr_with("aria-busy", move || busy().then(|| "true".to_string()))
                .text_with(state.t(Key::ActionSave)),
        )
        .child(button(state, "acp-button", Key::ActionCancel, close));
    el("form")
        .class("acp-dialog-body")
        .attr("novalidate", "")
        .on("submit", submit)
        .child(dialog_title(title_id, title))
        .child(dialog_input(
            state,
            name_id,
            Key::ClientDialogName,
            name,
            derived(move || errors().name.map(|key| state.t(key)())),
        ))
        .child(dialog_input(
            state,
            cid_id,
            Key::ClientDialogClientId,
            client_id,
            derived(move || errors().client_id.map(|key| state.t(key)())),
        ))
        .child(secret_field)
        .child(
            el("p")
                .class("acp-general-error")
                .attr("role", "alert")
                .text_with(move || {
                    request_error()
                        .map(|text| state.render(&text))
                        .unwrap_or_default()
                }),
        )
        .child(actions)
}

/// A required text input of the dialog.
fn dialog_input(
    state: PanelState,
    id: String,
    label: Key,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> El {
    let frame = Frame::new(state, id, label).error(error);
    let input = frame
        .control()
        .apply(el("input"))
        .class("acp-input")
        .attr("type", "text")
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .value_with(move || value.get())
        .on("input", move |ev| value.set(event_target_value(&ev)));
    frame.around([input])
}
