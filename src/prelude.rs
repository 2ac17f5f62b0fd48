//! What the panel uses of Leptos, and the few browser helpers its views need.
//!
//! The panel is built on Leptos's reactive graph (`reactive_graph`, the crate Leptos's signals,
//! memos, effects and owners are), with its elements made by `components::el`. It depends on that
//! crate rather than on the `leptos` crate, which also links `server_fn`, whose WebAssembly stream
//! classes are exported into every module that links it, used or not.

pub use reactive_graph::computed::Memo;
pub use reactive_graph::effect::{Effect, RenderEffect};
pub use reactive_graph::graph::untrack;
pub use reactive_graph::owner::{LocalStorage, Owner, StoredValue, on_cleanup};
pub use reactive_graph::prelude::*;
pub use reactive_graph::signal::RwSignal;
pub use reactive_graph::wrappers::read::Signal;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The page's window.
pub fn window() -> web_sys::Window {
    web_sys::window().expect("the panel runs in a browser window")
}

/// The page's document.
pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// The `value` of the control an event happened at (an input, a select), or an empty string.
pub fn event_target_value(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

/// Runs `callback` before the browser paints its next frame.
pub fn request_animation_frame(callback: impl FnOnce() + 'static) {
    let callback = Closure::once(callback).into_js_value();
    let _ = window().request_animation_frame(callback.unchecked_ref());
}

/// Writes a warning to the browser's console (to standard error natively).
pub fn log_warning(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{message}");
}

/// `console_warn!("…", …)`: a formatted warning, through `log_warning`.
macro_rules! console_warn {
    ($($message:tt)*) => {
        $crate::prelude::log_warning(&format!($($message)*))
    };
}
pub(crate) use console_warn;
