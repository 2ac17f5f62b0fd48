//! `resize`: tells the host the panel's content height whenever it changes, so a frame can fit it.

use crate::protocol::{PanelToHost, ResizePayload};
use crate::session::Outbound;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ResizeObserver, ResizeObserverEntry};

pub fn report_height(root: &HtmlElement, outbound: Outbound) {
    let last = Cell::new(0_u32);
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>().ok() else {
            return;
        };
        let Some(target) = entry.target().dyn_into::<HtmlElement>().ok() else {
            return;
        };
        let height = u32::try_from(target.offset_height()).unwrap_or(0);
        if height != last.replace(height) {
            outbound(PanelToHost::Resize {
                payload: ResizePayload { height },
            });
        }
    });
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
}
