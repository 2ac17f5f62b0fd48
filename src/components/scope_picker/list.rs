//! One list of the scope picker: filter box, tri-state check-all, count, and the items. Above
//! `VIRTUAL_ABOVE` items only the visible window is rendered, with `aria-setsize`/`aria-posinset`.

use super::picker::{Picker, ROW_HEIGHT, VIRTUAL_ABOVE};
use super::row::{Anchor, scope_item};
use crate::components::el::{El, el};
use crate::erased::effect;
use crate::i18n::{Key, Text};
use crate::model::scopes::Side;
use crate::prelude::*;
use crate::session::state::PanelState;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Rows rendered beyond each edge of the visible ones, so a scroll rarely shows a gap.
const OVERSCAN: usize = 4;
/// The list's height in the stylesheet (eight rows), until its scroll events report it.
const DEFAULT_VIEWPORT_PX: usize = 8 * ROW_HEIGHT;

struct Words {
    key: &'static str,
    title: Key,
    filter: Key,
    check_all: Key,
    empty: Key,
}

fn words(side: Side) -> Words {
    match side {
        Side::Available => Words {
            key: "available",
            title: Key::PickerAvailableTitle,
            filter: Key::PickerAvailableFilter,
            check_all: Key::PickerAvailableCheckAll,
            empty: Key::PickerAvailableEmpty,
        },
        Side::Selected => Words {
            key: "selected",
            title: Key::PickerSelectedTitle,
            filter: Key::PickerSelectedFilter,
            check_all: Key::PickerSelectedCheckAll,
            empty: Key::PickerSelectedEmpty,
        },
    }
}

/// A label read by assistive technology only, for the control `id`.
fn hidden_label(id: &str, text: impl Fn() -> String + 'static) -> El {
    el("label")
        .attr("for", id)
        .class("acp-visually-hidden")
        .text_with(text)
}

/// The list of one side of the picker.
pub fn scope_list(state: PanelState, picker: Picker, side: Side) -> El {
    let w = words(side);
    let list = picker.list(side);
    let (shown, filter, active) = (list.shown, list.filter, list.active);
    let title_id = picker.id(&format!("{}-title", w.key));
    let filter_id = picker.filter_id(side);
    let all_id = picker.id(&format!("{}-all", w.key));
    let list_id = picker.list_id(side);
    // Whole CSS pixels, as the DOM reports them.
    let scroll_top = RwSignal::new(0_usize);
    let viewport = RwSignal::new(DEFAULT_VIEWPORT_PX);
    let list_element = move || state.element(&picker.list_id(side));
    // Plain shared state, not on the reactive graph: nothing renders from it.
    let anchor: Anchor = Rc::new(Cell::new(None));

    // Not a memo: a count over even 10,000 shown items takes microseconds, and its few readers
    // (the check-all box, the count, the empty message) are cheaper than a memo type.
    let count = move || shown.with(|s| picker.transfer.with(|t| t.count(s)));
    // The rows rendered, `start..end` of `shown`. Not a memo: a scroll within a row re-runs its
    // two readers, which set the same padding and leave the keyed rows alone.
    let window = move || {
        let n = shown.with(Vec::len);
        if n <= VIRTUAL_ABOVE {
            return (0, n);
        }
        let first = scroll_top.get() / ROW_HEIGHT;
        let rows = viewport.get().div_ceil(ROW_HEIGHT);
        (
            first.saturating_sub(OVERSCAN).min(n),
            (first + rows + OVERSCAN).min(n),
        )
    };

    // The rows outside the window become padding, set through the CSSOM (no inline markup style).
    effect(move |_| {
        let (start, end) = window();
        let n = shown.with(Vec::len);
        let Some(list) = list_element() else { return };
        let style = list.style();
        // Whole pixels, written as integers: no float formatting in the module.
        let px = |rows: usize| format!("{}px", rows * ROW_HEIGHT);
        if n > VIRTUAL_ABOVE {
            let _ = style.set_property("padding-top", &px(start));
            let _ = style.set_property("padding-bottom", &px(n - end));
        } else {
            let _ = style.remove_property("padding-top");
            let _ = style.remove_property("padding-bottom");
        }
    });

    // A new filter starts at the top. Not on the first run: a new list is at the top already,
    // and setting `scrollTop` makes the browser lay the page out there and then, while the panel
    // starts (measured: 12 ms of a cold start).
    let reset = anchor.clone();
    effect(move |ran: Option<()>| {
        filter.track();
        if ran.is_none() {
            return;
        }
        active.set(0);
        reset.set(None);
        // Only a list its person scrolled: writing `scrollTop` makes the browser lay the dialog
        // out at once, inside the keystroke.
        if scroll_top.get_untracked() != 0 {
            if let Some(list) = list_element() {
                list.set_scroll_top(0);
            }
            scroll_top.set(0);
        }
    });

    let on_scroll = move |_: web_sys::Event| {
        if let Some(list) = list_element() {
            scroll_top.set(usize::try_from(list.scroll_top()).unwrap_or(0));
            viewport.set(
                usize::try_from(list.client_height()).map_or(ROW_HEIGHT, |h| h.max(ROW_HEIGHT)),
            );
        }
    };

    let on_key = move |ev: web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let n = shown.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let pos = active.get_untracked().min(n - 1);
        let page = (viewport.get_untracked() / ROW_HEIGHT).max(1);
        let target = match ev.key().as_str() {
            "ArrowDown" => (pos + 1).min(n - 1),
            "ArrowUp" => pos.saturating_sub(1),
            "Home" => 0,
            "End" => n - 1,
            "PageDown" => (pos + page).min(n - 1),
            "PageUp" => pos.saturating_sub(page),
            _ => return,
        };
        ev.prevent_default();
        active.set(target);
        // An item already rendered takes focus at once, so a key pressed right after lands on it.
        let item_id = shown.with_untracked(|s| picker.item_id(s[target]));
        state.focus(&item_id);
        picker.focus_active(side);
    };

    // The rows rendered: item numbers within this opening's copy of the catalogue.
    let rows = move || {
        let (start, end) = window();
        shown.with(|s| s[start..end].to_vec())
    };

    let check_all = el("input")
        .attr("type", "checkbox")
        .class("acp-check-all")
        .attr("id", &all_id)
        .property_with("checked", move || count().all())
        .property_with("indeterminate", move || count().mixed())
        .flag_with("disabled", move || count().shown == 0)
        .on("change", move |_| {
            let s = shown.get_untracked();
            picker.transfer.update(|t| t.toggle_all(&s));
        });
    let head = el("div")
        .class("acp-transfer-head")
        .child(check_all)
        .child(hidden_label(&all_id, state.t(w.check_all)))
        .child(
            el("h4")
                .class("acp-transfer-title")
                .attr("id", &title_id)
                .text_with(state.t(w.title)),
        )
        .child(el("span").class("acp-transfer-count").text_with(move || {
            let c = count();
            state.render(&Text::with(
                Key::PickerCount,
                vec![
                    ("checked", c.checked.to_string()),
                    ("shown", c.shown.to_string()),
                ],
            ))
        }));
    let filter_input = el("input")
        .attr("type", "search")
        .class("acp-input acp-filter")
        .attr("id", &filter_id)
        .attr_with("placeholder", move || {
            Some(state.t(Key::PickerFilterPlaceholder)())
        })
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .value_with(move || filter.get())
        .on("input", move |ev| filter.set(event_target_value(&ev)));
    let list = el("ul")
        .class("acp-scope-list")
        .attr("id", &list_id)
        .attr("aria-labelledby", &title_id)
        .on("scroll", on_scroll)
        .on("keydown", on_key)
        .keyed(rows, move |index| {
            scope_item(state, picker, side, index, anchor.clone())
        });
    let empty = el("p")
        .class("acp-transfer-empty")
        .flag_with("hidden", move || count().shown != 0)
        .text_with(move || {
            if filter.with(|f| f.trim().is_empty()) {
                state.t(w.empty)()
            } else {
                let typed = filter.get().trim().to_string();
                state.render(&Text::with(Key::PickerNoMatch, vec![("filter", typed)]))
            }
        });
    el("section")
        .class("acp-transfer-list")
        .attr("aria-labelledby", &title_id)
        .child(head)
        .child(hidden_label(&filter_id, state.t(w.filter)))
        .child(filter_input)
        .child(list)
        .child(empty)
}
