//! Save and Cancel, the general message above them, and the discard confirmation.

use super::button::button;
use super::el::{El, el};
use super::modal::{Modal, dialog_title};
use crate::erased::memo;
use crate::i18n::Key;
use crate::prelude::*;
use crate::session::Session;
use crate::session::state::{PanelState, Status};

/// The general message, Save and Cancel, and the discard confirmation.
pub fn actions(state: PanelState, session: Session) -> [El; 3] {
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
    let general = el("p")
        .class("acp-general-error")
        .attr("role", "alert")
        .text_with(move || {
            state.general.with(|g| {
                g.as_ref()
                    .map(|text| state.render(text))
                    .unwrap_or_default()
            })
        });
    let save = el("button")
        .attr("type", "submit")
        .class("acp-button acp-button--primary")
        .attr_with("aria-disabled", move || {
            (busy() || inactive()).then(|| "true".to_string())
        })
        .attr_with("aria-busy", move || busy().then(|| "true".to_string()))
        .child(
            el("span")
                .class("acp-spinner")
                .attr("aria-hidden", "true")
                .flag_with("hidden", move || !busy()),
        )
        .text_with(save_label);
    let cancel = el("button")
        .attr("id", &cancel_id)
        .attr("type", "button")
        .class("acp-button")
        .flag_with("disabled", inactive)
        .on("click", on_cancel)
        .text_with(state.t(Key::ActionCancel));
    [
        general,
        el("div").class("acp-actions").child(save).child(cancel),
        discard_dialog(state, session, confirm_open, cancel_id),
    ]
}

/// "Discard changes?": Discard sends `cancel`; Keep editing (which has focus) or Escape goes back.
/// Shown while `open`; `opener` is the id of the Cancel button, which gets focus back.
fn discard_dialog(state: PanelState, session: Session, open: RwSignal<bool>, opener: String) -> El {
    let title_id = state.id("discard-title");
    let text_id = state.id("discard-text");
    let keep = move || open.set(false);
    let text = text_id.clone();
    let title = title_id.clone();
    let body = move || {
        let discard = button(
            state,
            "acp-button acp-button--danger",
            Key::DiscardConfirm,
            move || {
                open.set(false);
                session.cancel();
            },
        );
        // The safe choice takes focus when the dialog opens.
        let keep_editing =
            button(state, "acp-button", Key::DiscardKeep, keep).attr("autofocus", "");
        el("div")
            .class("acp-dialog-body")
            .child(dialog_title(&title, state.t(Key::DiscardTitle)))
            .child(
                el("p")
                    .attr("id", &text)
                    .text_with(state.t(Key::DiscardText)),
            )
            .child(
                el("div")
                    .class("acp-actions")
                    .child(discard)
                    .child(keep_editing),
            )
    };
    let mut modal = Modal::new(
        memo(move |_| open.get()),
        keep,
        state.id("discard"),
        title_id,
    );
    modal.described_by = Some(text_id);
    modal.alert = true;
    modal.class = "acp-dialog acp-dialog--small";
    modal.return_to = Signal::stored(Some(opener));
    modal.around(state, body)
}
