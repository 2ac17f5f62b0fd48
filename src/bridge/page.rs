//! The panel as its own document (index.html): it reads its URL and picks a transport: iframe
//! (framed or opened by a host), else standalone with the built-in demo host.

use super::log::MessageLog;
use crate::protocol::origins::read_host_params;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into().ok())
}

/// Runs the page; does nothing on pages that are not the panel's own (a host that imports the
/// module for direct mount gets no panel until it calls `mount`).
pub fn start() {
    let Some(root) = element("panel").filter(|e| e.has_attribute("data-acp-page")) else {
        return;
    };
    super::crash::install();
    let location = window().location();
    let own_origin = location.origin().unwrap_or_default();
    let params = read_host_params(&location.search().unwrap_or_default(), &own_origin);
    for problem in &params.problems {
        leptos::logging::warn!("{problem}");
    }
    if super::iframe::host_window(&window()).is_some() {
        if let Some(log) = element("log") {
            log.remove();
        }
        let _ = document()
            .body()
            .map(|b| b.class_list().add_1("acp-embedded"));
        if let Some(panel) = super::iframe::start(root, params.trusted) {
            std::mem::forget(panel);
        }
        return;
    }
    let log = RwSignal::new(Vec::new());
    if let Some(log_root) = element("log") {
        leptos::mount::mount_to(log_root, move || view! { <MessageLog entries=log /> }).forget();
    }
    std::mem::forget(super::demo::mount_with_demo_host(root, log));
}
