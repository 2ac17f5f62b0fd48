//! The few things the panel asks of the DOM directly, outside Leptos's rendering: focus, and
//! where the page stands among frames.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Whether the page is inside a frame.
pub fn framed() -> bool {
    let window = window();
    window.parent().ok().flatten().is_some_and(|p| p != window)
}

/// The origins of the pages around this one, nearest first (`location.ancestorOrigins`, which
/// web-sys does not bind because not every browser has it: empty there).
pub fn ancestor_origins() -> Vec<String> {
    js_sys::Reflect::get(&window().location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect())
        .unwrap_or_default()
}
