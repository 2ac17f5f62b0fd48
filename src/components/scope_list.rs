//! One list of the scope picker: filter box, tri-state check-all, count, and the items. Above
//! `VIRTUAL_ABOVE` items only the visible window is rendered, with `aria-setsize`/`aria-posinset`.

use super::scope_picker::Picker;
use crate::model::scopes::Side;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The fixed height of a row in the stylesheet (`--acp-scope-row`), in CSS pixels.
pub const ROW_PX: f64 = 40.0;
/// Lists up to this size render every item, as PRODUCT.md requires (so find-in-page and a screen
/// reader's browse mode see every row); above it only the visible window renders.
pub const VIRTUAL_ABOVE: usize = 500;
const OVERSCAN: usize = 8;
const DEFAULT_VIEWPORT_PX: f64 = 320.0;

struct Words {
    key: &'static str,
    title: &'static str,
    filter: &'static str,
    check_all: &'static str,
    empty: &'static str,
}

fn words(side: Side) -> Words {
    match side {
        Side::Available => Words {
            key: "available",
            title: "Available scopes",
            filter: "Filter available scopes",
            check_all: "Check all available scopes",
            empty: "No available scopes",
        },
        Side::Selected => Words {
            key: "selected",
            title: "Selected scopes",
            filter: "Filter selected scopes",
            check_all: "Check all selected scopes",
            empty: "No selected scopes",
        },
    }
}

impl Picker {
    pub fn item_id(&self, index: usize) -> String {
        self.id(&format!("scope-{index}"))
    }

    pub fn list_id(&self, side: Side) -> String {
        self.id(&format!("{}-list", words(side).key))
    }

    /// Moves the tab stop of a list to a position, scrolls it into view and focuses it; an empty
    /// list gives focus to its filter box so focus never leaves the list's area.
    pub fn focus_active(&self, side: Side) {
        let shown = self.shown(side).get_untracked();
        let pos = self.active(side).get_untracked();
        let Some(&index) = shown.get(pos) else {
            let filter_id = self.id(&format!("{}-filter", words(side).key));
            request_animation_frame(move || crate::dom::focus_element(&filter_id));
            return;
        };
        if let Some(container) = document().get_element_by_id(&self.list_id(side)) {
            let top = pos as f64 * ROW_PX;
            let height = f64::from(container.client_height());
            let scroll = f64::from(container.scroll_top());
            if top < scroll {
                container.set_scroll_top(top as i32);
            } else if top + ROW_PX > scroll + height {
                container.set_scroll_top((top + ROW_PX - height) as i32);
            }
        }
        let item_id = self.item_id(index);
        // After the list has re-rendered (a move, or a virtual window that scrolled).
        request_animation_frame(move || crate::dom::focus_element(&item_id));
    }
}

#[component]
pub fn ScopeList(side: Side) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let w = words(side);
    let shown = picker.shown(side);
    let filter = picker.filter(side);
    let active = picker.active(side);
    let title_id = picker.id(&format!("{}-title", w.key));
    let filter_id = picker.id(&format!("{}-filter", w.key));
    let all_id = picker.id(&format!("{}-all", w.key));
    let list_id = picker.list_id(side);
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(DEFAULT_VIEWPORT_PX);
    let list_ref = NodeRef::<html::Ul>::new();
    let anchor = StoredValue::new(None::<usize>);

    let count = Memo::new(move |_| shown.with(|s| picker.transfer.with(|t| t.count(s))));
    let window = Memo::new(move |_| {
        let n = shown.with(Vec::len);
        if n <= VIRTUAL_ABOVE {
            return (0, n);
        }
        let first = (scroll_top.get() / ROW_PX).floor() as usize;
        let rows = (viewport.get() / ROW_PX).ceil() as usize;
        (
            first.saturating_sub(OVERSCAN).min(n),
            (first + rows + OVERSCAN).min(n),
        )
    });

    // The rows outside the window become padding, set through the CSSOM (no inline markup style).
    Effect::new(move |_| {
        let (start, end) = window.get();
        let n = shown.with(Vec::len);
        let Some(list) = list_ref.get() else { return };
        let style = web_sys::HtmlElement::style(&list);
        if n > VIRTUAL_ABOVE {
            let _ = style.set_property("padding-top", &format!("{}px", start as f64 * ROW_PX));
            let _ = style.set_property(
                "padding-bottom",
                &format!("{}px", (n - end) as f64 * ROW_PX),
            );
        } else {
            let _ = style.remove_property("padding-top");
            let _ = style.remove_property("padding-bottom");
        }
    });

    // A new filter starts at the top.
    Effect::new(move |_| {
        filter.track();
        active.set(0);
        anchor.set_value(None);
        if let Some(list) = list_ref.get_untracked() {
            list.set_scroll_top(0);
        }
        scroll_top.set(0.0);
    });

    let on_scroll = move |_| {
        if let Some(list) = list_ref.get_untracked() {
            scroll_top.set(f64::from(list.scroll_top()));
            viewport.set(f64::from(list.client_height()).max(ROW_PX));
        }
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = shown.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let pos = active.get_untracked().min(n - 1);
        let page = (viewport.get_untracked() / ROW_PX).floor().max(1.0) as usize;
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
        if document().get_element_by_id(&item_id).is_some() {
            crate::dom::focus_element(&item_id);
        }
        picker.focus_active(side);
    };

    let rows = move || {
        let (start, end) = window.get();
        shown.with(|s| s[start..end].to_vec())
    };

    view! {
        <section class="acp-transfer-list" aria-labelledby=title_id>
            <div class="acp-transfer-head">
                <input
                    type="checkbox"
                    class="acp-check-all"
                    id=all_id.clone()
                    prop:checked=move || count.get().all()
                    prop:indeterminate=move || count.get().mixed()
                    disabled=move || count.get().shown == 0
                    on:change=move |_| {
                        let s = shown.get_untracked();
                        picker.transfer.update(|t| t.toggle_all(&s));
                    }
                />
                <label for=all_id class="acp-visually-hidden">{w.check_all}</label>
                <h4 class="acp-transfer-title" id=title_id.clone()>{w.title}</h4>
                <span class="acp-transfer-count">
                    {move || {
                        let c = count.get();
                        format!("{}/{}", c.checked, c.shown)
                    }}
                </span>
            </div>
            <label for=filter_id.clone() class="acp-visually-hidden">{w.filter}</label>
            <input
                type="search"
                class="acp-input acp-filter"
                id=filter_id
                placeholder="Filter"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
            />
            <ul
                class="acp-scope-list"
                id=list_id
                node_ref=list_ref
                aria-labelledby=title_id.clone()
                on:scroll=on_scroll
                on:keydown=on_key
            >
                <For
                    each=rows
                    key=|index| *index
                    children=move |index| view! { <ScopeItem side=side index=index anchor=anchor /> }
                />
            </ul>
            <p class="acp-transfer-empty" hidden=move || count.get().shown > 0>
                {move || {
                    if filter.with(|f| f.trim().is_empty()) {
                        w.empty.to_string()
                    } else {
                        format!("No scopes match “{}”", filter.get().trim())
                    }
                }}
            </p>
        </section>
    }
}

#[component]
fn ScopeItem(side: Side, index: usize, anchor: StoredValue<Option<usize>>) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let shown = picker.shown(side);
    let active = picker.active(side);
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
            on:dblclick=move |_| picker.move_one(side, index)
        >
            <input
                type="checkbox"
                id=id.clone()
                tabindex=move || if active.get() == pos() { "0" } else { "-1" }
                aria-describedby=has_desc.then(|| desc_id.clone())
                prop:checked=move || picker.transfer.with(|t| t.is_checked(index))
                on:click=on_click
                on:focus=move |_| active.set(pos_now())
            />
            <label for=id class="acp-scope-value">{value}</label>
            {has_desc.then(|| {
                view! {
                    <span class="acp-scope-desc" id=desc_id.clone()>
                        {(!known).then_some("not in catalogue")}
                        {description}
                    </span>
                }
            })}
        </li>
    }
}
