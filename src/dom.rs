//! The few things the panel asks of the DOM directly, outside the element builder: focus, and
//! where the page stands among frames, and the crash handler's words.

use crate::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/crash.js")]
extern "C" {
    /// The crashed state's words for a panel's element, in the panel's language (the crash
    /// handler draws them without the module).
    #[wasm_bindgen(js_name = crashWords)]
    pub fn crash_words(
        root: &web_sys::HtmlElement,
        lang: &str,
        dir: &str,
        title: &str,
        reload_panel: &str,
        reload_page: &str,
        reload: &str,
    );
}

/// The element with this id inside `root` (a panel's mount element), if any. Searched inside the
/// root, not the document: a panel mounted into an element not yet on the page, or into a shadow
/// root, finds its own elements, and two panels never find each other's. The panel finds its
/// elements this way rather than through node refs, each element type of which would instantiate
/// the reactive graph again (about 1 KB gzipped). Ids are the panel's (`acp1-name`), valid as
/// CSS identifiers.
pub fn element_in(root: &web_sys::Element, id: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(&format!("#{id}"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
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
