//! The standalone page: the panel with the built-in demo host and its message log.

use auth0_connection_panel::bridge::demo::mount_with_demo_host;
use auth0_connection_panel::bridge::log::MessageLog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let element = |id: &str| {
        document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(panel_root), Some(log_root)) = (element("panel"), element("log")) else {
        leptos::logging::error!("The page lacks #panel or #log.");
        return;
    };
    let log = RwSignal::new(Vec::new());
    leptos::mount::mount_to(log_root, move || view! { <MessageLog entries=log /> }).forget();
    std::mem::forget(mount_with_demo_host(panel_root, log));
}
