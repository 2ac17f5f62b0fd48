//! The panel as its own document (index.html): it reads its URL and picks the first transport that
//! applies: http (`?endpoint=`), iframe (framed or opened by a host), standalone (demo host).

use super::log::MessageLog;
use crate::protocol::origins::{check_endpoint, read_host_params};
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
    if let Some(endpoint) = params.endpoint {
        embedded_layout();
        let panel = match check_endpoint(&endpoint, &params.trusted, &own_origin) {
            Ok(origin) => super::http::start(root, endpoint, origin),
            Err(problem) => {
                let panel = super::http::refused(root, own_origin);
                panel.refuse(problem);
                panel
            }
        };
        std::mem::forget(panel);
        return;
    }
    if super::iframe::host_window(&window()).is_some() {
        embedded_layout();
        if let Some(panel) = super::iframe::start(root, params.trusted, &params.problems) {
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

/// Only the panel: no demo message log, the host's background.
fn embedded_layout() {
    if let Some(log) = element("log") {
        log.remove();
    }
    let _ = document()
        .body()
        .map(|b| b.class_list().add_1("acp-embedded"));
}
