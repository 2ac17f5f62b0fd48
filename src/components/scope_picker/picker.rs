//! The scope picker's working state, shared by its two lists and its buttons: its own copy of
//! the choice (`Transfer`), and per list a filter, the shown items and the tab stop.

use crate::erased::memo;
use crate::i18n::Text;
use crate::model::scopes::{Side, Transfer, move_announcement};
use crate::prelude::*;
use crate::session::state::PanelState;

/// The fixed height of a row in the stylesheet (`--acp-scope-row`), in whole CSS pixels.
pub const ROW_HEIGHT: usize = 40;
/// Lists up to this size render every item (so find-in-page and a screen reader's browse mode
/// see every row); above it only the visible window renders.
pub const VIRTUAL_ABOVE: usize = 100;

/// One list's state.
#[derive(Clone, Copy)]
pub struct ListState {
    /// The filter box's text.
    pub filter: RwSignal<String>,
    /// The items the filter lets through, in catalogue order.
    pub shown: Memo<Vec<usize>>,
    /// The position (in `shown`) of the item that holds the tab stop.
    pub active: RwSignal<usize>,
}

impl ListState {
    fn new(side: Side, transfer: RwSignal<Transfer>) -> ListState {
        let filter = RwSignal::new(String::new());
        ListState {
            filter,
            shown: memo(move |_| filter.with(|f| transfer.with(|t| t.shown(side, f)))),
            active: RwSignal::new(0),
        }
    }
}

/// The picker's state. `Copy`: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct Picker {
    /// The panel the picker is part of: its ids and elements come from it.
    panel: PanelState,
    pub transfer: RwSignal<Transfer>,
    available: ListState,
    selected: ListState,
    /// What the last move did, for the polite live region.
    pub announcement: RwSignal<Option<Text>>,
    /// How often focus has moved within the dialog (`focusin`): a focus deferred to the next
    /// frame is given only if focus has not moved since it was asked for.
    pub focus_moves: RwSignal<usize>,
}

/// The id of the picker's element `name`, within the panel.
pub fn picker_id(panel: PanelState, name: &str) -> String {
    panel.id(&format!("scope-picker-{name}"))
}

/// The part of element ids that names a list.
fn side_key(side: Side) -> &'static str {
    match side {
        Side::Available => "available",
        Side::Selected => "selected",
    }
}

impl Picker {
    /// The state of one opening, working on `transfer`.
    pub fn new(panel: PanelState, transfer: Transfer) -> Picker {
        let transfer = RwSignal::new(transfer);
        Picker {
            panel,
            transfer,
            available: ListState::new(Side::Available, transfer),
            selected: ListState::new(Side::Selected, transfer),
            announcement: RwSignal::new(None),
            focus_moves: RwSignal::new(0),
        }
    }

    pub fn list(&self, side: Side) -> ListState {
        match side {
            Side::Available => self.available,
            Side::Selected => self.selected,
        }
    }

    pub fn shown(&self, side: Side) -> Memo<Vec<usize>> {
        self.list(side).shown
    }

    pub fn id(&self, name: &str) -> String {
        picker_id(self.panel, name)
    }

    pub fn item_id(&self, index: usize) -> String {
        self.id(&format!("scope-{index}"))
    }

    pub fn list_id(&self, side: Side) -> String {
        self.id(&format!("{}-list", side_key(side)))
    }

    pub fn filter_id(&self, side: Side) -> String {
        self.id(&format!("{}-filter", side_key(side)))
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
            .set(Some(move_announcement(moved, from.other())));
        let remaining = self.shown(from).with_untracked(Vec::len);
        self.list(from)
            .active
            .update(|a| *a = (*a).min(remaining.saturating_sub(1)));
        // Focus stays in the list the scopes came from (a button that moved them may now be disabled).
        self.focus_active(from);
    }

    /// Scrolls the item that holds a list's tab stop into view and focuses it; an empty list gives
    /// focus to its filter box so focus never leaves the list's area.
    pub fn focus_active(&self, side: Side) {
        let pos = self.list(side).active.get_untracked();
        if let Some(container) = self.panel.element(&self.list_id(side)) {
            // Whole CSS pixels; a list too long for an i32 of pixels cannot be scrolled anyway.
            let row = ROW_HEIGHT as i32;
            let top = i32::try_from(pos).map_or(i32::MAX, |p| p.saturating_mul(row));
            let height = container.client_height();
            let scroll = container.scroll_top();
            if top < scroll {
                container.set_scroll_top(top);
            } else if top.saturating_add(row) > scroll.saturating_add(height) {
                container.set_scroll_top(top.saturating_add(row) - height);
            }
        }
        // After the list has re-rendered (a move, or a virtual window that scrolled), on the item
        // that holds the tab stop then: keys pressed faster than frames each ask for this, and
        // focusing the items they passed on the way would take focus off the one a key is being
        // pressed on (a Space whose keydown and keyup land on different items checks nothing).
        // Not if the person has moved focus since (a key, a click, a Tab made before that frame
        // keeps its focus) or the picker has closed (its signals are gone with it).
        let (picker, asked) = (*self, self.focus_moves.get_untracked());
        request_animation_frame(move || {
            if picker.focus_moves.try_get_untracked() != Some(asked) {
                return;
            }
            let id = match picker.active_item(side) {
                Some(index) => picker.item_id(index),
                None => picker.filter_id(side),
            };
            picker.panel.focus(&id);
        });
    }

    /// The item holding the tab stop of a list, if the list has items.
    fn active_item(&self, side: Side) -> Option<usize> {
        let list = self.list(side);
        let pos = list.active.get_untracked();
        list.shown.with_untracked(|shown| shown.get(pos).copied())
    }
}
