//! The last resort: a panic hook that shows the crashed state and tells every host. The release
//! build aborts on panic, so this is the last thing the panel does; recovery is a reload (own
//! document) or a new mount by the host.

use crate::protocol::{ErrorCode, PanelToHost};
use crate::session::Outbound;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    static REPORTERS: RefCell<Vec<(web_sys::HtmlElement, Outbound, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook once.
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            crashed();
        }));
    });
}

/// Registers a mounted panel: its root shows the crashed state, its host gets `panelCrashed`.
/// `reloadable` panels (their own document) offer a reload button.
pub fn watch(root: web_sys::HtmlElement, outbound: Outbound, reloadable: bool) {
    install();
    REPORTERS.with(|r| r.borrow_mut().push((root, outbound, reloadable)));
}

/// Forgets an unmounted panel: a later crash neither draws in its element nor tells its host.
pub fn unwatch(root: &web_sys::HtmlElement) {
    REPORTERS.with(|r| {
        if let Ok(mut reporters) = r.try_borrow_mut() {
            reporters.retain(|(el, _, _)| el != root);
        }
    });
}

fn crashed() {
    let reporters = REPORTERS.with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default());
    for (root, outbound, reloadable) in reporters {
        show_crashed(&root, reloadable);
        outbound(PanelToHost::error(
            None,
            ErrorCode::PanelCrashed,
            "The panel stopped after an internal error. Unsaved, non-secret input is kept as a draft.".into(),
        ));
    }
}

/// Plain DOM, without Leptos: after a panic the reactive system cannot be trusted.
fn show_crashed(root: &web_sys::HtmlElement, reloadable: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(box_) = document.create_element("div") else {
        return;
    };
    box_.set_class_name("acp-panel acp-crashed");
    let _ = box_.set_attribute("role", "alert");
    let title = document.create_element("h2").ok();
    let text = document.create_element("p").ok();
    if let (Some(title), Some(text)) = (title, text) {
        title.set_class_name("acp-title");
        title.set_text_content(Some("The panel stopped working"));
        text.set_text_content(Some(if reloadable {
            "An internal error stopped the panel. Reload it to continue; your unsaved input (except secrets) comes back."
        } else {
            "An internal error stopped the panel. The page it is in can mount it again; your unsaved input (except secrets) comes back."
        }));
        let _ = box_.append_child(&title);
        let _ = box_.append_child(&text);
    }
    if reloadable && let Ok(button) = document.create_element("button") {
        button.set_class_name("acp-button acp-button--primary");
        let _ = button.set_attribute("type", "button");
        button.set_text_content(Some("Reload"));
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
        let _ = box_.append_child(&button);
    }
    root.set_inner_html("");
    let _ = root.append_child(&box_);
}
