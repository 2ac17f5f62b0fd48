//! Save and Cancel, the general message above them, and the discard confirmation.

use super::modal::Modal;
use crate::erased::handler;
use crate::i18n::Key;
use crate::session::Session;
use crate::session::state::{PanelState, Status};
use leptos::prelude::*;

#[component]
pub fn Actions() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let session = expect_context::<Session>();
    let confirm_open = RwSignal::new(false);
    let cancel_id = state.id("cancel");
    let busy = move || state.status.with(|s| *s == Status::Saving);
    let inactive = move || {
        state
            .status
            .with(|s| !matches!(s, Status::Editing | Status::Saving))
    };
    let save_label = move || {
        let key = if state.host.with(|h| h.authorizes_in_panel(state.api_type())) {
            Key::ActionSaveAuthorize
        } else {
            Key::ActionSave
        };
        state.t(key)()
    };
    let on_cancel = move |_| {
        if state.dirty.get_untracked() {
            confirm_open.set(true);
        } else {
            session.cancel();
        }
    };
    view! {
        <p class="acp-general-error" role="alert">
            {move || state.general.with(|g| g.as_ref().map(|text| state.render(text)).unwrap_or_default())}
        </p>
        <div class="acp-actions">
            <button
                type="submit"
                class="acp-button acp-button--primary"
                aria-disabled=move || (busy() || inactive()).then(|| "true".to_string())
                aria-busy=move || busy().then(|| "true".to_string())
            >
                <span class="acp-spinner" aria-hidden="true" hidden=move || !busy()></span>
                {move || save_label()}
            </button>
            <button
                id=cancel_id.clone()
                type="button"
                class="acp-button"
                disabled=inactive
                on:click=handler(on_cancel)
            >
                {state.t(Key::ActionCancel)}
            </button>
        </div>
        <DiscardDialog open=confirm_open opener=cancel_id />
    }
}

/// "Discard changes?": Discard sends `cancel`; Keep editing (which has focus) or Escape goes back.
#[component]
fn DiscardDialog(
    /// Shown while true.
    open: RwSignal<bool>,
    /// The id of the Cancel button, which gets focus back.
    opener: String,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let session = expect_context::<Session>();
    let title_id = state.id("discard-title");
    let text_id = state.id("discard-text");
    let keep = move || open.set(false);
    view! {
        <Modal
            open=open
            on_dismiss=Callback::new(move |()| keep())
            id=state.id("discard")
            labelled_by=title_id.clone()
            described_by=text_id.clone()
            alert=true
            class="acp-dialog acp-dialog--small"
            return_to=Some(opener)
        >
            <div class="acp-dialog-body">
                <h3 class="acp-dialog-title" id=title_id>{state.t(Key::DiscardTitle)}</h3>
                <p id=text_id>{state.t(Key::DiscardText)}</p>
                <div class="acp-actions">
                    <button
                        type="button"
                        class="acp-button acp-button--danger"
                        on:click=handler(move |_| {
                            open.set(false);
                            session.cancel();
                        })
                    >
                        {state.t(Key::DiscardConfirm)}
                    </button>
                    // The safe choice takes focus when the dialog opens.
                    <button type="button" class="acp-button" autofocus on:click=handler(move |_| keep())>
                        {state.t(Key::DiscardKeep)}
                    </button>
                </div>
            </div>
        </Modal>
    }
}
