//! One scope in a list: its checkbox (named exactly by the scope), its description, shift-click
//! ranges, double-click to move, and the roving tab stop.

use super::picker::{Picker, VIRTUAL_ABOVE};
use crate::erased::handler;
use crate::i18n::Key;
use crate::model::scopes::Side;
use crate::session::state::PanelState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ScopeItem(side: Side, index: usize, anchor: StoredValue<Option<usize>>) -> impl IntoView {
    let picker = expect_context::<Picker>();
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
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let checked = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.checked());
        let from = anchor.get_value();
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
        anchor.set_value(Some(pos));
        active.set(pos);
    };
    view! {
        <li
            class="acp-scope-item"
            class=("acp-scope-item--unknown", !known)
            aria-setsize=move || virtual_size().map(|n| n.to_string())
            aria-posinset=move || virtual_size().map(|_| (pos() + 1).to_string())
            on:dblclick=handler(move |_| picker.move_one(side, index))
        >
            <input
                type="checkbox"
                id=id.clone()
                tabindex=move || (if active.get() == pos() { "0" } else { "-1" }).to_string()
                aria-describedby=has_desc.then(|| desc_id.clone())
                prop:checked=move || picker.transfer.with(|t| t.is_checked(index))
                on:click=handler(on_click)
                on:focus=handler(move |_| active.set(pos_now()))
            />
            <label for=id class="acp-scope-value" dir="auto">{value}</label>
            {has_desc.then(|| {
                view! {
                    <span class="acp-scope-desc" id=desc_id.clone() dir="auto">
                        {(!known).then(|| expect_context::<PanelState>().t(Key::ScopeNotInCatalogue))}
                        {description}
                    </span>
                }
            })}
        </li>
    }
}
