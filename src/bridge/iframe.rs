//! The iframe transport: `postMessage` with the window that framed (or opened) the panel, with
//! exact target origins and every incoming message checked by origin and source.

use super::crash::Report;
use super::json::{host_message_from_js, panel_message_to_js};
use crate::components::{MountedPanel, PanelOptions, mount_panel};
use crate::i18n::{Key, Text};
use crate::protocol::{HostToPanel, PanelToHost};
use crate::session::Outbound;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, MessageEvent, Window};

/// The window the panel talks to: its parent when framed, else its opener.
pub fn host_window(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten();
    match parent {
        Some(p) if p != *window => Some(p),
        _ => window
            .opener()
            .ok()
            .filter(|o| !o.is_null() && !o.is_undefined())
            .map(|o| o.unchecked_into()),
    }
}

/// The framing page's origin, where the browser tells it.
fn parent_origin() -> Option<String> {
    crate::dom::ancestor_origins().into_iter().next()
}

struct Link {
    target: Window,
    trusted: Vec<String>,
    /// The origin of the first valid `init`; from then on the only one.
    bound: RefCell<Option<String>>,
}

impl Link {
    fn post(&self, message: &PanelToHost, origin: &str) {
        if self
            .target
            .post_message(&panel_message_to_js(message), origin)
            .is_err()
        {
            crate::prelude::console_warn!("Posting to {origin} failed.");
        }
    }

    fn send(&self, message: &PanelToHost) {
        if super::crash::has_crashed() {
            return;
        }
        match self.bound.borrow().as_deref() {
            Some(origin) => self.post(message, origin),
            // Before the host is known only `ready` goes out, to each trusted origin; the browser
            // drops the posts whose origin does not match the host's.
            None if matches!(message, PanelToHost::Ready { .. }) => {
                for origin in &self.trusted {
                    self.post(message, origin);
                }
            }
            None => crate::prelude::console_warn!("No host yet: a message was not sent."),
        }
    }
}

/// Starts the panel in a frame (or opened window). Refuses, and posts nothing, when the page that
/// frames it is not a trusted origin.
pub fn start(root: HtmlElement, trusted: Vec<String>) -> Option<Rc<MountedPanel>> {
    let window = web_sys::window()?;
    let target = host_window(&window)?;
    let link = Rc::new(Link {
        target: target.clone(),
        trusted,
        bound: RefCell::new(None),
    });
    let sender = link.clone();
    let outbound: Outbound = Rc::new(move |message| sender.send(&message));
    let host_origin = parent_origin().unwrap_or_else(|| link.trusted[0].clone());
    let panel = Rc::new(mount_panel(
        root.clone(),
        PanelOptions {
            host_origin: host_origin.clone(),
            instance_id: None,
            outbound,
        },
    ));
    if let Some(parent) = parent_origin()
        && !link.trusted.contains(&parent)
    {
        panel.refuse(Text::with(
            Key::RefusalUntrustedParent,
            vec![("parent", parent)],
        ));
        return Some(panel);
    }
    super::crash::watch(&root, true, Report::Nobody);
    listen(&window, link.clone(), panel.clone(), root.clone());
    super::resize::report_height(&root, link_outbound(link));
    panel.announce_ready();
    Some(panel)
}

fn link_outbound(link: Rc<Link>) -> Outbound {
    Rc::new(move |message| link.send(&message))
}

fn listen(window: &Window, link: Rc<Link>, panel: Rc<MountedPanel>, root: HtmlElement) {
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let origin = event.origin();
        let from_host = event
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(link.target.clone()));
        let bound = link.bound.borrow().clone();
        let trusted = match &bound {
            Some(b) => *b == origin,
            None => link.trusted.contains(&origin),
        };
        if !trusted || !from_host {
            crate::prelude::console_warn!("Ignored a message from {origin}: not the panel's host.");
            return;
        }
        match host_message_from_js(&event.data()) {
            Ok(message) => {
                if matches!(message, HostToPanel::Init { .. }) && bound.is_none() {
                    // From now on a crash is told to this host.
                    let report = Report::Window(link.target.clone(), origin.clone());
                    super::crash::watch(&root, true, report);
                    *link.bound.borrow_mut() = Some(origin);
                }
                panel.deliver(message);
            }
            Err(problem) => link.post(&problem.into(), &origin),
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
