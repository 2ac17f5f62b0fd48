//! One list of the scope picker: filter box, tri-state check-all, count, and the items. Above
//! `VIRTUAL_ABOVE` items only the visible window is rendered, with `aria-setsize`/`aria-posinset`.

use super::picker::{Picker, ROW_HEIGHT, VIRTUAL_ABOVE};
use super::row::ScopeItem;
use crate::erased::{effect, handler};
use crate::i18n::{Key, Text};
use crate::model::scopes::Side;
use crate::session::state::PanelState;
use leptos::prelude::*;

const OVERSCAN: usize = 8;
const DEFAULT_VIEWPORT_PX: usize = 320;

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

#[component]
pub fn ScopeList(side: Side) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let state = expect_context::<PanelState>();
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
    let anchor = StoredValue::new(None::<usize>);

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
    effect(move |ran: Option<()>| {
        filter.track();
        if ran.is_none() {
            return;
        }
        active.set(0);
        anchor.set_value(None);
        if let Some(list) = list_element() {
            list.set_scroll_top(0);
        }
        scroll_top.set(0);
    });

    let on_scroll = move |_| {
        if let Some(list) = list_element() {
            scroll_top.set(usize::try_from(list.scroll_top()).unwrap_or(0));
            viewport.set(
                usize::try_from(list.client_height()).map_or(ROW_HEIGHT, |h| h.max(ROW_HEIGHT)),
            );
        }
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
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

    let rows = move || {
        let (start, end) = window();
        shown.with(|s| s[start..end].to_vec())
    };

    view! {
        <section class="acp-transfer-list" aria-labelledby=title_id>
            <div class="acp-transfer-head">
                <input
                    type="checkbox"
                    class="acp-check-all"
                    id=all_id.clone()
                    prop:checked=move || count().all()
                    prop:indeterminate=move || count().mixed()
                    disabled=move || count().shown == 0
                    on:change=handler(move |_| {
                        let s = shown.get_untracked();
                        picker.transfer.update(|t| t.toggle_all(&s));
                    })
                />
                <label for=all_id class="acp-visually-hidden">{state.t(w.check_all)}</label>
                <h4 class="acp-transfer-title" id=title_id.clone()>{state.t(w.title)}</h4>
                <span class="acp-transfer-count">
                    {move || {
                        let c = count();
                        state.render(&Text::with(
                            Key::PickerCount,
                            vec![("checked", c.checked.to_string()), ("shown", c.shown.to_string())],
                        ))
                    }}
                </span>
            </div>
            <label for=filter_id.clone() class="acp-visually-hidden">{state.t(w.filter)}</label>
            <input
                type="search"
                class="acp-input acp-filter"
                id=filter_id
                placeholder=move || state.t(Key::PickerFilterPlaceholder)()
                autocomplete="off"
                spellcheck="false"
                prop:value=move || filter.get()
                on:input=handler(move |ev| filter.set(event_target_value(&ev)))
            />
            <ul
                class="acp-scope-list"
                id=list_id
                aria-labelledby=title_id.clone()
                on:scroll=handler(on_scroll)
                on:keydown=handler(on_key)
            >
                <For
                    each=rows
                    key=|index| *index
                    children=move |index| view! { <ScopeItem side=side index=index anchor=anchor /> }
                />
            </ul>
            // `!= 0`, not `> 0`: inside `view!` a `>` in an attribute's value ends the tag.
            <p class="acp-transfer-empty" hidden=move || count().shown != 0>
                {move || {
                    if filter.with(|f| f.trim().is_empty()) {
                        state.t(w.empty)()
                    } else {
                        let typed = filter.get().trim().to_string();
                        state.render(&Text::with(Key::PickerNoMatch, vec![("filter", typed)]))
                    }
                }}
            </p>
        </section>
    }
}
