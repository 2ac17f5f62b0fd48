//! The scope picker: a modal transfer list. It works on its own copy of the choice and applies it
//! on Save; Escape or Cancel discards. Every set operation comes from `model::scopes`.
//! `picker.rs` holds its state, `list.rs` one list (filter, check-all, count, keyboard), `row.rs`
//! one scope.

mod list;
mod picker;
mod row;

use super::button::button;
use super::el::{El, el};
use super::modal::{Modal, dialog_title};
use crate::erased::memo;
use crate::i18n::Key;
use crate::model::scopes::{Side, Transfer};
use crate::prelude::*;
use crate::session::state::PanelState;
use list::scope_list;
use picker::{Picker, picker_id};

/// The move buttons: visible glyph (left to right, then right to left, where the lists swap
/// sides), accessible name, the list they move from, all shown or checked.
const TRANSFER_BUTTONS: [(&str, &str, Key, Side, bool); 4] = [
    ("»", "«", Key::PickerAddAll, Side::Available, true),
    (">", "<", Key::PickerAddChecked, Side::Available, false),
    ("<", ">", Key::PickerRemoveChecked, Side::Selected, false),
    ("«", "»", Key::PickerRemoveAll, Side::Selected, true),
];

/// The "Scopes" dialog. Save writes the choice to the form; Cancel, Escape or the backdrop
/// discard it; focus then goes back to the button that opened it.
/// `opener` is the id of the "Scope" button, which gets focus back; the dialog is shown while
/// `open`.
pub fn scope_picker(state: PanelState, open: RwSignal<bool>, opener: String) -> El {
    let title_id = picker_id(state, "title");
    let mut modal = Modal::new(
        memo(move |_| open.get()),
        move || open.set(false),
        state.id("scope-picker"),
        title_id.clone(),
    );
    modal.class = "acp-dialog acp-dialog--wide";
    modal.return_to = Signal::stored(Some(opener));
    modal.around(state, move || picker_body(state, open, &title_id))
}

/// The dialog's content, built as it opens, on a fresh copy of the catalogue and the choice.
fn picker_body(state: PanelState, open: RwSignal<bool>, title_id: &str) -> El {
    let transfer = state.host.with_untracked(|h| {
        state
            .values
            .with_untracked(|v| Transfer::new(&h.catalogue, &v.scopes))
    });
    let picker = Picker::new(state, transfer);

    let close = move || open.set(false);
    let save = move || {
        let chosen = picker.transfer.with_untracked(Transfer::chosen);
        state.update(|v| v.scopes = chosen);
        state.reveal(crate::model::connection::Field::Scopes);
        close();
    };

    let can_move = move |side: Side, all: bool| {
        let shown = picker.shown(side);
        move || {
            shown.with(|s| {
                if all {
                    !s.is_empty()
                } else {
                    picker.transfer.with(|t| t.count(s).checked > 0)
                }
            })
        }
    };

    let buttons = TRANSFER_BUTTONS.map(|(ltr, rtl, name, from, all)| {
        let can = can_move(from, all);
        el("button")
            .attr("type", "button")
            .class("acp-button acp-transfer-button")
            .attr_with("aria-label", move || Some(state.t(name)()))
            .flag_with("disabled", move || !can())
            .on("click", move |_| picker.move_items(from, all))
            .child(
                // Drawn as written: the direction is chosen here.
                el("span")
                    .attr("dir", "ltr")
                    .attr("aria-hidden", "true")
                    .text_with(move || {
                        (if state.i18n.with(|c| c.is_rtl()) {
                            rtl
                        } else {
                            ltr
                        })
                        .to_string()
                    }),
            )
    });
    let transfer = el("div")
        .class("acp-transfer")
        .child(scope_list(state, picker, Side::Available))
        .child(el("div").class("acp-transfer-buttons").children(buttons))
        .child(scope_list(state, picker, Side::Selected));
    let announcement = el("div")
        .class("acp-visually-hidden")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .text_with(move || {
            picker
                .announcement
                .with(|text| text.as_ref().map(|t| state.render(t)).unwrap_or_default())
        });
    let actions = el("div")
        .class("acp-actions")
        .child(button(
            state,
            "acp-button acp-button--primary",
            Key::ActionSave,
            save,
        ))
        .child(button(state, "acp-button", Key::ActionCancel, close));
    el("div")
        .class("acp-dialog-body")
        .on("focusin", move |_| picker.focus_moves.update(|n| *n += 1))
        .child(dialog_title(title_id, state.t(Key::PickerTitle)))
        .child(
            el("p")
                .class("acp-hint")
                .text_with(state.t(Key::PickerHint)),
        )
        .child(transfer)
        .child(announcement)
        .child(actions)
}
