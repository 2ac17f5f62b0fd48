//! Save and Cancel, the general message above them, and the discard confirmation.

use super::dialog::{close_now, sync_dialog};
use crate::dom::focus_element;
use crate::session::Session;
use crate::session::state::{PanelState, Status};
use leptos::html;
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
        if state.host.with(|h| h.authorizes_in_panel(state.api_type())) {
            "Save & authorize"
        } else {
            "Save"
        }
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
            {move || state.general.get()}
        </p>
        <div class="acp-actions">
            <button
                type="submit"
                class="acp-button acp-button--primary"
                aria-disabled=move || (busy() || inactive()).then_some("true")
                aria-busy=move || busy().then_some("true")
            >
                <span class="acp-spinner" aria-hidden="true" hidden=move || !busy()></span>
                {save_label}
            </button>
            <button
                type="button"
                class="acp-button"
                id=cancel_id.clone()
                disabled=inactive
                on:click=on_cancel
            >
                "Cancel"
            </button>
        </div>
        <DiscardDialog open=confirm_open return_focus=cancel_id />
    }
}

#[component]
fn DiscardDialog(open: RwSignal<bool>, return_focus: String) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let session = expect_context::<Session>();
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let title_id = state.id("discard-title");
    let text_id = state.id("discard-text");
    let keep_id = state.id("discard-keep");
    Effect::new({
        let keep_id = keep_id.clone();
        move |_| {
            if dialog_ref.get().is_none() {
                return;
            }
            let open = open.get();
            sync_dialog(dialog_ref, open);
            if open {
                // The safe choice takes focus.
                focus_element(&keep_id);
            }
        }
    });
    let keep_editing = {
        let return_focus = return_focus.clone();
        move || {
            close_now(dialog_ref);
            open.set(false);
            focus_element(&return_focus);
        }
    };
    let keep = keep_editing.clone();
    view! {
        <dialog
            node_ref=dialog_ref
            class="acp-dialog acp-dialog--small"
            role="alertdialog"
            aria-labelledby=title_id
            aria-describedby=text_id
            on:close=move |_| {
                if open.get_untracked() {
                    keep_editing();
                }
            }
        >
            <div class="acp-dialog-body">
                <h3 class="acp-dialog-title" id=title_id.clone()>"Discard changes?"</h3>
                <p id=text_id.clone()>"Your unsaved changes to this connection will be lost."</p>
                <div class="acp-actions">
                    <button
                        type="button"
                        class="acp-button acp-button--danger"
                        on:click=move |_| {
                            close_now(dialog_ref);
                            open.set(false);
                            session.cancel();
                        }
                    >
                        "Discard"
                    </button>
                    <button type="button" class="acp-button" id=keep_id on:click=move |_| keep()>
                        "Keep editing"
                    </button>
                </div>
            </div>
        </dialog>
    }
}
