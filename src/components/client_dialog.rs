//! The "Add OAuth 2.0 client" / "Edit OAuth 2.0 client" dialog. The secret lives only in this
//! dialog's memory and in the `saveOAuthClient` message; it is never an attribute or stored.

use super::field::{FieldFrame, use_field};
use super::modal::Modal;
use crate::erased::{derived, effect, handler};
use crate::i18n::Key;
use crate::model::client::{ClientErrors, secret_required, validate_client};
use crate::model::secret::Secret;
use crate::protocol::{OAuthClient, OAuthClientDraft};
use crate::session::state::PanelState;
use crate::session::{ClientRequest, Session};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogMode {
    Add,
    Edit(OAuthClient),
}

/// Shown while `mode` is set; closing (Cancel, Escape, the backdrop, or the host's reply that it
/// saved the client) clears it and forgets the typed secret.
#[component]
pub fn ClientDialog(
    /// Adding a client or editing one; `None` while closed.
    mode: RwSignal<Option<DialogMode>>,
    /// The ids of the buttons that open it, which get focus back.
    add_button: String,
    edit_button: String,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let session = expect_context::<Session>();
    let name = RwSignal::new(String::new());
    let client_id = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let reveal = RwSignal::new(false);
    // Errors show after the first Save attempt and clear as soon as the value is valid.
    let attempted = RwSignal::new(false);
    let ids = (
        state.id("client-dialog-title"),
        state.id("client-name"),
        state.id("client-id"),
        state.id("client-secret"),
    );
    let editing = move || matches!(mode.get(), Some(DialogMode::Edit(_)));
    let editing_now = move || matches!(mode.get_untracked(), Some(DialogMode::Edit(_)));
    let title = move || {
        state.t(if editing() {
            Key::ClientEdit
        } else {
            Key::ClientAdd
        })()
    };
    // Opening fills the fields; the secret always starts empty.
    effect(move |_| {
        if let Some(m) = mode.get() {
            {
                let (n, c) = match &m {
                    DialogMode::Add => (String::new(), String::new()),
                    DialogMode::Edit(client) => (client.name.clone(), client.client_id.clone()),
                };
                name.set(n);
                client_id.set(c);
                secret.set(String::new());
                reveal.set(false);
                attempted.set(false);
                session.client_request.set(Default::default());
            }
        }
    });

    let close = move || {
        secret.set(String::new());
        mode.set(None);
    };

    // The host saved the client: close and go back to the form.
    effect(move |_| {
        let saved = session
            .client_request
            .with(|r| matches!(r, ClientRequest::Saved(_)));
        if saved && mode.get_untracked().is_some() {
            close();
        }
    });

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

    let field_ids = (ids.1.clone(), ids.2.clone(), ids.3.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
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
        let id = match mode.get_untracked() {
            Some(DialogMode::Edit(client)) => Some(client.id),
            _ => None,
        };
        let typed_secret = secret.get_untracked();
        session.save_client(OAuthClientDraft {
            id,
            name: name.get_untracked().trim().to_string(),
            client_id: client_id.get_untracked().trim().to_string(),
            client_secret: (!typed_secret.is_empty()).then(|| Secret::from(typed_secret)),
        });
    };

    let busy = move || session.client_request.with(|r| *r == ClientRequest::Busy);
    let request_error = move || {
        session.client_request.with(|r| match r {
            ClientRequest::Failed(message) => Some(message.clone()),
            _ => None,
        })
    };
    let (title_id, name_id, cid_id, secret_id) = ids.clone();
    let heading_id = title_id.clone();

    view! {
        <Modal
            open=derived(move || mode.with(Option::is_some))
            on_dismiss=Callback::new(move |()| close())
            labelled_by=title_id
            id=state.id("client-dialog")
            return_to=derived(move || {
                Some(if editing_now() { edit_button.clone() } else { add_button.clone() })
            })
        >
            <form class="acp-dialog-body" novalidate on:submit=handler(submit)>
                <h3 class="acp-dialog-title" id=heading_id>{move || title()}</h3>
                <DialogInput
                    id=name_id
                    label=Key::ClientDialogName
                    value=name
                    error=derived(move || errors().name.map(|key| state.t(key)()))
                />
                <DialogInput
                    id=cid_id
                    label=Key::ClientDialogClientId
                    value=client_id
                    error=derived(move || errors().client_id.map(|key| state.t(key)()))
                />
                <FieldFrame
                    id=secret_id
                    label=Key::ClientDialogSecret
                    hint=derived(move || {
                        Some(state.t(if editing() {
                            Key::ClientDialogSecretKeep
                        } else if !secret_required() {
                            Key::ClientDialogSecretOptional
                        } else {
                            Key::ClientDialogSecretHint
                        })())
                    })
                    error=derived(move || errors().secret.map(|key| state.t(key)()))
                    required=derived(secret_required)
                >
                    {
                        let control = use_field();
                        view! {
                            <div class="acp-input-row">
                                <input
                                    class="acp-input"
                                    {..control.attrs()}
                                    type=move || (if reveal.get() { "text" } else { "password" }).to_string()
                                    autocomplete="new-password"
                                    spellcheck="false"
                                    prop:value=move || secret.get()
                                    on:input=handler(move |ev| secret.set(event_target_value(&ev)))
                                />
                                <button
                                    type="button"
                                    class="acp-button acp-button--quiet"
                                    aria-pressed=move || reveal.get().to_string()
                                    on:click=handler(move |_| reveal.update(|r| *r = !*r))
                                >
                                    {state.t(Key::ClientDialogShowSecret)}
                                </button>
                            </div>
                        }
                    }
                </FieldFrame>
                <p class="acp-general-error" role="alert">
                    {move || request_error().map(|text| state.render(&text)).unwrap_or_default()}
                </p>
                <div class="acp-actions">
                    <button
                        type="submit"
                        class="acp-button acp-button--primary"
                        aria-disabled=move || busy().then(|| "true".to_string())
                        aria-busy=move || busy().then(|| "true".to_string())
                    >
                        {state.t(Key::ActionSave)}
                    </button>
                    <button type="button" class="acp-button" on:click=handler(move |_| close())>
                        {state.t(Key::ActionCancel)}
                    </button>
                </div>
            </form>
        </Modal>
    }
}

/// A required text input of the dialog.
#[component]
fn DialogInput(
    id: String,
    label: Key,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldFrame id=id label=label hint=None error=error required=true>
            {
                let control = use_field();
                view! {
                    <input
                        class="acp-input"
                        type="text"
                        {..control.attrs()}
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=move || value.get()
                        on:input=handler(move |ev| value.set(event_target_value(&ev)))
                    />
                }
            }
        </FieldFrame>
    }
}
