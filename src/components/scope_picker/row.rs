//! One scope in a list: its checkbox (named exactly by the scope), its description, shift-click
//! ranges, double-click to move, and the roving tab stop.

use super::picker::{Picker, VIRTUAL_ABOVE};
use crate::components::el::{El, el};
use crate::i18n::Key;
use crate::model::scopes::Side;
use crate::prelude::*;
use crate::session::state::PanelState;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Where a list's last click was (a position in its shown items), for shift-click ranges.
pub type Anchor = Rc<Cell<Option<usize>>>;

/// The row of the item `index` in the list of `side`; `anchor` is where the list's last click
/// was, for shift-click ranges.
pub fn scope_item(
    state: PanelState,
    picker: Picker,
    side: Side,
    index: usize,
    anchor: Anchor,
) -> El {
    let shown = picker.shown(side);
    let active = picker.list(side).active;
    // Rows are keyed by item, so a move re-renders only what moved; the position is looked up
    // (the list is in item order) when it is needed.
    let position = move |s: &Vec<usize>| s.binary_search(&index).unwrap_or(0);
    let pos = move || shown.with(position);
    let pos_now = move || shown.with_untracked(position);
    let (value, description, known) = picker.transfer.with_untracked(|t| {
        let item = t.item(index);
        (
            item.value.clone(),
            item.description.clone(),
            t.in_catalogue(index),
        )
    });
    let id = picker.item_id(index);
    let desc_id = format!("{id}-desc");
    let has_desc = description.is_some() || !known;
    let virtual_size = move || {
        let n = shown.with(Vec::len);
        (n > VIRTUAL_ABOVE).then_some(n)
    };
    let on_click = move |ev: web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let checked = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.checked());
        let from = anchor.get();
        let pos = pos_now();
        match from {
            Some(from) if ev.shift_key() => {
                let s = shown.get_untracked();
                picker
                    .transfer
                    .update(|t| t.check_range(&s, from, pos, checked));
            }
            _ => picker.transfer.update(|t| t.set_checked(index, checked)),
        }
        anchor.set(Some(pos));
        active.set(pos);
    };
    let checkbox = el("input")
        .attr("type", "checkbox")
        .attr("id", &id)
        .attr_with("tabindex", move || {
            Some((if active.get() == pos() { "0" } else { "-1" }).to_string())
        })
        .property_with("checked", move || {
            picker.transfer.with(|t| t.is_checked(index))
        })
        .on("click", on_click)
        .on("focus", move |_| active.set(pos_now()));
    let mut row = el("li")
        .class(if known {
            "acp-scope-item"
        } else {
            "acp-scope-item acp-scope-item--unknown"
        })
        .attr_with("aria-setsize", move || {
            virtual_size().map(|n| n.to_string())
        })
        .attr_with("aria-posinset", move || {
            virtual_size().map(|_| (pos() + 1).to_string())
        })
        .on("dblclick", move |_| picker.move_one(side, index))
        .child(if has_desc {
            checkbox.attr("aria-describedby", &desc_id)
        } else {
            checkbox
        })
        .child(
            el("label")
                .attr("for", &id)
                .class("acp-scope-value")
                .attr("dir", "auto")
                .text(&value),
        );
    if has_desc {
        let mut desc = el("span")
            .class("acp-scope-desc")
            .attr("id", &desc_id)
            .attr("dir", "auto");
        if !known {
            desc = desc.text_with(state.t(Key::ScopeNotInCatalogue));
        }
        if let Some(description) = description {
            desc = desc.text(&description);
        }
        row = row.child(desc);
    }
    row
}
