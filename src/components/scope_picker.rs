//! The scope picker: a modal transfer list. It works on its own copy of the choice and applies it
//! on Save; Escape or Cancel discards. Every set operation comes from `model::scopes`.

use super::dialog::{close_now, sync_dialog};
use super::scope_list::ScopeList;
use crate::dom::focus_element;
use crate::model::scopes::{Side, Transfer, move_announcement};
use crate::session::state::PanelState;
use leptos::html;
use leptos::prelude::*;

/// The move buttons: visible glyph, accessible name, the list they move from, all shown or checked.
const TRANSFER_BUTTONS: [(&str, &str, Side, bool); 4] = [
    ("»", "Add all scopes", Side::Available, true),
    (">", "Add checked scopes", Side::Available, false),
    ("<", "Remove checked scopes", Side::Selected, false),
    ("«", "Remove all scopes", Side::Selected, true),
];

/// The picker's working state, shared by its two lists and its buttons.
#[derive(Clone, Copy)]
pub struct Picker {
    pub prefix: StoredValue<String>,
    pub transfer: RwSignal<Transfer>,
    pub available_filter: RwSignal<String>,
    pub selected_filter: RwSignal<String>,
    pub available: Memo<Vec<usize>>,
    pub selected: Memo<Vec<usize>>,
    /// The position of the item that holds the tab stop, per list.
    pub available_active: RwSignal<usize>,
    pub selected_active: RwSignal<usize>,
    pub announcement: RwSignal<String>,
}

impl Picker {
    fn new(prefix: String) -> Picker {
        let transfer = RwSignal::new(Transfer::new(&Default::default(), &[]));
        let available_filter = RwSignal::new(String::new());
        let selected_filter = RwSignal::new(String::new());
        let available = Memo::new(move |_| {
            available_filter.with(|f| transfer.with(|t| t.shown(Side::Available, f)))
        });
        let selected = Memo::new(move |_| {
            selected_filter.with(|f| transfer.with(|t| t.shown(Side::Selected, f)))
        });
        Picker {
            prefix: StoredValue::new(prefix),
            transfer,
            available_filter,
            selected_filter,
            available,
            selected,
            available_active: RwSignal::new(0),
            selected_active: RwSignal::new(0),
            announcement: RwSignal::new(String::new()),
        }
    }

    pub fn shown(&self, side: Side) -> Memo<Vec<usize>> {
        match side {
            Side::Available => self.available,
            Side::Selected => self.selected,
        }
    }

    pub fn filter(&self, side: Side) -> RwSignal<String> {
        match side {
            Side::Available => self.available_filter,
            Side::Selected => self.selected_filter,
        }
    }

    pub fn active(&self, side: Side) -> RwSignal<usize> {
        match side {
            Side::Available => self.available_active,
            Side::Selected => self.selected_active,
        }
    }

    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix.get_value())
    }

    /// Moves the checked shown items (or all shown items) out of `from`, and announces it.
    pub fn move_items(&self, from: Side, all: bool) {
        let shown = self.shown(from).get_untracked();
        let mut moved = 0;
        self.transfer.update(|t| {
            moved = if all {
                t.move_all(&shown)
            } else {
                t.move_checked(&shown)
            };
        });
        self.after_move(from, moved);
    }

    pub fn move_one(&self, from: Side, index: usize) {
        self.transfer.update(|t| t.move_one(index));
        self.after_move(from, 1);
    }

    fn after_move(&self, from: Side, moved: usize) {
        if moved == 0 {
            return;
        }
        self.announcement
            .set(move_announcement(moved, from.other()));
        let remaining = self.shown(from).with_untracked(Vec::len);
        let active = self.active(from);
        active.update(|a| *a = (*a).min(remaining.saturating_sub(1)));
        // Focus stays in the list the scopes came from (a button that moved them may now be disabled).
        self.focus_active(from);
    }
}

#[component]
pub fn ScopePicker(open: RwSignal<bool>, return_focus: String) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let picker = Picker::new(state.id("scope-picker"));
    provide_context(picker);
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let title_id = picker.id("title");

    // Opening takes a fresh copy of the catalogue and the current choice.
    Effect::new(move |_| {
        if dialog_ref.get().is_none() {
            return;
        }
        if open.get() {
            let transfer = state.host.with_untracked(|h| {
                state
                    .values
                    .with_untracked(|v| Transfer::new(&h.catalogue, &v.scopes))
            });
            picker.transfer.set(transfer);
            picker.available_filter.set(String::new());
            picker.selected_filter.set(String::new());
            picker.available_active.set(0);
            picker.selected_active.set(0);
            picker.announcement.set(String::new());
        }
        sync_dialog(dialog_ref, open.get_untracked());
    });

    let close = {
        let return_focus = return_focus.clone();
        move || {
            close_now(dialog_ref);
            open.set(false);
            focus_element(&return_focus);
        }
    };
    let save = {
        let close = close.clone();
        move |_| {
            let chosen = picker.transfer.with_untracked(Transfer::chosen);
            state.update(|v| v.scopes = chosen);
            state.reveal(crate::model::connection::Field::Scopes);
            close();
        }
    };
    let cancel = close.clone();

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
        <dialog
            node_ref=dialog_ref
            class="acp-dialog acp-dialog--wide"
            aria-labelledby=title_id
            on:close=move |_| {
                if open.get_untracked() {
                    close();
                }
            }
        >
            <div class="acp-dialog-body">
                <h3 class="acp-dialog-title" id=title_id.clone()>"Scopes"</h3>
                <p class="acp-hint">
                    "Check scopes and press > to add them, or » to add every shown scope. Double-click a scope to move it."
                </p>
                <div class="acp-transfer">
                    <ScopeList side=Side::Available />
                    <div class="acp-transfer-buttons">
                        {TRANSFER_BUTTONS
                            .into_iter()
                            .map(|(glyph, name, from, all)| {
                                view! {
                                    <button
                                        type="button"
                                        class="acp-button acp-transfer-button"
                                        aria-label=name
                                        disabled=move || !can_move(from, all)()
                                        on:click=move |_| picker.move_items(from, all)
                                    >
                                        {glyph}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                    <ScopeList side=Side::Selected />
                </div>
                <div class="acp-visually-hidden" role="status" aria-live="polite">
                    {move || picker.announcement.get()}
                </div>
                <div class="acp-actions">
                    <button type="button" class="acp-button acp-button--primary" on:click=save>
                        "Save"
                    </button>
                    <button type="button" class="acp-button" on:click=move |_| cancel()>
                        "Cancel"
                    </button>
                </div>
            </div>
        </dialog>
    }
}
