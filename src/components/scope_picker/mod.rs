//! The scope picker: a modal transfer list. It works on its own copy of the choice and applies it
//! on Save; Escape or Cancel discards. Every set operation comes from `model::scopes`.
//! `picker.rs` holds its state, `list.rs` one list (filter, check-all, count, keyboard), `row.rs`
//! one scope.

mod list;
mod picker;
mod row;

use super::modal::Modal;
use crate::erased::{CollectAny, effect, handler};
use crate::i18n::Key;
use crate::model::scopes::{Side, Transfer};
use crate::session::state::PanelState;
use leptos::prelude::*;
use list::ScopeList;
use picker::Picker;

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
#[component]
pub fn ScopePicker(
    /// Shown while true.
    open: RwSignal<bool>,
    /// The id of the "Scope" button, which gets focus back.
    opener: String,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let picker = Picker::new(state);
    provide_context(picker);
    let title_id = picker.id("title");

    // Opening takes a fresh copy of the catalogue and the current choice.
    effect(move |_| {
        if open.get() {
            let transfer = state.host.with_untracked(|h| {
                state
                    .values
                    .with_untracked(|v| Transfer::new(&h.catalogue, &v.scopes))
            });
            picker.open_with(transfer);
        }
    });

    let close = move || open.set(false);
    let save = move |_| {
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

    view! {
        <Modal
            open=open
            on_dismiss=Callback::new(move |()| close())
            id=state.id("scope-picker")
            labelled_by=title_id.clone()
            class="acp-dialog acp-dialog--wide"
            return_to=Some(opener)
        >
            <div class="acp-dialog-body">
                <h3 class="acp-dialog-title" id=title_id>{state.t(Key::PickerTitle)}</h3>
                <p class="acp-hint">{state.t(Key::PickerHint)}</p>
                <div class="acp-transfer">
                    <ScopeList side=Side::Available />
                    <div class="acp-transfer-buttons">
                        {TRANSFER_BUTTONS
                            .into_iter()
                            .map(|(ltr, rtl, name, from, all)| {
                                view! {
                                    <button
                                        type="button"
                                        class="acp-button acp-transfer-button"
                                        aria-label=move || state.t(name)()
                                        disabled=move || !can_move(from, all)()
                                        on:click=handler(move |_| picker.move_items(from, all))
                                    >
                                        // Drawn as written: the direction is chosen above.
                                        <span dir="ltr" aria-hidden="true">{move || (if state.i18n.with(|c| c.is_rtl()) { rtl } else { ltr }).to_string()}</span>
                                    </button>
                                }
                            })
                            .collect_any()}
                    </div>
                    <ScopeList side=Side::Selected />
                </div>
                <div class="acp-visually-hidden" role="status" aria-live="polite">
                    {move || picker.announcement.with(|text| text.as_ref().map(|t| state.render(t)).unwrap_or_default())}
                </div>
                <div class="acp-actions">
                    <button type="button" class="acp-button acp-button--primary" on:click=handler(save)>
                        {state.t(Key::ActionSave)}
                    </button>
                    <button type="button" class="acp-button" on:click=handler(move |_| close())>
                        {state.t(Key::ActionCancel)}
                    </button>
                </div>
            </div>
        </Modal>
    }
}
