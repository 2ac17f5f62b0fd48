//! The last resort. The module aborts on a panic (the release profile's `immediate-abort`), so
//! the crashed state is drawn by `js/crash.js`, which needs no WebAssembly: each transport
//! registers its panel's element here with the `panelCrashed` message and a plain-JavaScript way
//! to deliver it, and sends nothing once `has_crashed`. Recovery is a reload of the page.

use super::json::panel_message_to_js;
use crate::protocol::{ErrorCode, PanelToHost};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, Window};

#[wasm_bindgen(module = "/js/crash.js")]
extern "C" {
    #[wasm_bindgen(js_name = watchCrash)]
    fn watch_crash(
        root: &HtmlElement,
        reloadable: bool,
        message: &JsValue,
        deliver: Option<js_sys::Function>,
    );
    #[wasm_bindgen(js_name = unwatchCrash)]
    fn unwatch_crash(root: &HtmlElement);
    #[wasm_bindgen(js_name = postTo)]
    fn post_to(target: &Window, origin: &str) -> js_sys::Function;
    #[wasm_bindgen(js_name = postToEndpoint)]
    fn post_to_endpoint(url: &str) -> js_sys::Function;
    /// Whether the module has crashed (a timer or reply that still runs then must not send).
    #[wasm_bindgen(js_name = hasCrashed)]
    pub fn has_crashed() -> bool;
}

/// Who hears `panelCrashed`.
pub enum Report {
    /// Nobody yet: the host is not known.
    Nobody,
    /// The host window, on its exact origin (iframe transport).
    Window(Window, String),
    /// The platform's messages URL (http transport).
    Endpoint(String),
    /// The host's own function (direct mount).
    Function(js_sys::Function),
}

/// Registers a mounted panel (again, to change who hears it): its element shows the crashed state.
/// `reloadable` panels (their own document) offer a reload button.
pub fn watch(root: &HtmlElement, reloadable: bool, report: Report) {
    let message = PanelToHost::error(
        None,
        ErrorCode::PanelCrashed,
        "The panel stopped after an internal error. Unsaved, non-secret input is kept as a draft."
            .into(),
    );
    let deliver = match report {
        Report::Nobody => None,
        Report::Window(target, origin) => Some(post_to(&target, &origin)),
        Report::Endpoint(url) => Some(post_to_endpoint(&url)),
        Report::Function(f) => Some(f),
    };
    watch_crash(root, reloadable, &panel_message_to_js(&message), deliver);
}

/// Forgets an unmounted panel: a later crash neither draws in its element nor tells its host.
pub fn unwatch(root: &HtmlElement) {
    unwatch_crash(root);
}
