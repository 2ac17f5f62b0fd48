//! Direct mount: `mountPanel(element, { onMessage, instanceId? })`, called by the module
//! `auth0-connection-panel.js` once the WebAssembly is loaded. Each call mounts an independent
//! panel with its own messages and its own draft.

use super::crash::Report;
use super::json::{host_message_from_js, panel_message_to_js};
use crate::components::{MountedPanel, PanelOptions, mount_panel};
use crate::protocol::PanelToHost;
use crate::session::Outbound;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

type Mounted = Rc<RefCell<Option<MountedPanel>>>;

#[wasm_bindgen(module = "/js/schedule.js")]
extern "C" {
    /// Runs `callback` in a task of its own, before the next frame where the browser allows.
    fn soon(callback: &JsValue);
}

thread_local! {
    /// Every panel mounted and not yet unmounted. A panel lives until `unmount()`, like anything
    /// else on the host's page: not only while the host keeps the handle `mount()` gave it (the
    /// handle's functions are garbage-collected with it, and the panel was dropped with them).
    static LIVE: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// Mounts a panel into `element`; resolves to `{ post(message), unmount() }`.
#[wasm_bindgen(js_name = mountPanel)]
pub fn mount_panel_js(element: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let element: web_sys::HtmlElement = element
        .dyn_into()
        .map_err(|_| type_error("mount(element, options): element must be an HTML element."))?;
    let on_message: js_sys::Function = js_sys::Reflect::get(&options, &"onMessage".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| {
            type_error("mount(element, options): options.onMessage must be a function.")
        })?;
    let instance_id = match js_sys::Reflect::get(&options, &"instanceId".into()) {
        Ok(v) if v.is_undefined() || v.is_null() => None,
        Ok(v) => Some(v.as_string().ok_or_else(|| {
            type_error("mount(element, options): options.instanceId must be a string.")
        })?),
        Err(_) => None,
    }
    .or_else(|| Some(element.id()).filter(|id| !id.is_empty()));

    let callback = on_message.clone();
    let outbound: Outbound = Rc::new(move |message: PanelToHost| {
        if let Err(error) = callback.call1(&JsValue::NULL, &panel_message_to_js(&message)) {
            web_sys::console::warn_2(&"The host's onMessage threw:".into(), &error);
        }
    });
    super::crash::watch(&element, false, Report::Function(on_message.clone()));
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let panel = Rc::new(RefCell::new(Some(mount_panel(
        element.clone(),
        PanelOptions {
            host_origin: origin,
            instance_id,
            outbound,
        },
    ))));

    let handle = js_sys::Object::new();
    let target = panel.clone();
    let post = Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
        // The borrow ends before the panel runs, so the host may unmount from its onMessage.
        let session = target.borrow().as_ref().map(MountedPanel::session);
        let Some(session) = session else {
            web_sys::console::warn_1(&"post() after unmount() is ignored.".into());
            return;
        };
        match host_message_from_js(&message) {
            Ok(message) => session.handle(message),
            Err(problem) => {
                let reply = PanelToHost::from(problem);
                let _ = on_message.call1(&JsValue::NULL, &panel_message_to_js(&reply));
            }
        }
    });
    let target = panel.clone();
    let root = element.clone();
    let unmount = Closure::<dyn Fn()>::new(move || {
        super::crash::unwatch(&root);
        LIVE.with_borrow_mut(|live| live.retain(|p| !Rc::ptr_eq(p, &target)));
        let dropped = target.try_borrow_mut().map(|mut p| p.take()).ok();
        // The panel is busy (unmount() called from inside its own message): unmount right after.
        if dropped.is_none() {
            let later = target.clone();
            let again = Closure::once_into_js(move || {
                later.borrow_mut().take();
            });
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(again.unchecked_ref());
            }
        }
    });
    js_sys::Reflect::set(&handle, &"post".into(), &post.into_js_value())?;
    js_sys::Reflect::set(&handle, &"unmount".into(), &unmount.into_js_value())?;
    // Kept once the host has a way to unmount it.
    LIVE.with_borrow_mut(|live| live.push(panel.clone()));

    // `ready` reaches onMessage only after mount()'s promise has resolved: in a task of its own,
    // after the microtasks that hand the host its handle.
    let starter = panel.clone();
    soon(&Closure::once_into_js(move || {
        if let Some(p) = starter.borrow().as_ref() {
            p.announce_ready();
        }
    }));
    Ok(handle.into())
}
