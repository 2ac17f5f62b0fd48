//! The panel as its own document (index.html): it reads its URL and picks the first transport that
//! applies: http (`?endpoint=`), iframe (framed or opened by a host), standalone (demo host). The
//! URL only picks among the hosts and endpoints the deployment lists in the page's meta tags.

use crate::components::{MountedPanel, PanelOptions, mount_panel};
use crate::i18n::{Key, Text};
use crate::prelude::*;
use crate::protocol::deployment::{Deployment, ENDPOINTS, HOST_ORIGINS};
use crate::protocol::origins::{HostParams, endpoint_origin, names_a_host, read_host_params};
use std::rc::Rc;
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
    let location = window().location();
    let own_origin = location.origin().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    let host_window = super::iframe::host_window(&window());
    if host_window.is_none() && !names_a_host(&query) {
        load_demo_host();
        return;
    }
    embedded_layout();
    let panel = match host_params(&query, &own_origin) {
        Err(refusal) => refused(root, own_origin, refusal),
        Ok(HostParams {
            endpoint: Some(_), ..
        }) if crate::dom::framed() => {
            refused(root, own_origin, Text::key(Key::RefusalFramedEndpoint))
        }
        Ok(HostParams {
            endpoint: Some(endpoint),
            ..
        }) => {
            let origin = endpoint_origin(&endpoint);
            super::http::start(root, endpoint, origin)
        }
        Ok(HostParams { trusted, .. }) => match super::iframe::start(root.clone(), trusted) {
            Some(panel) => panel,
            None => refused(root, own_origin, Text::key(Key::RefusalNoHost)),
        },
    };
    std::mem::forget(panel);
}

/// The URL's host and endpoint, checked against the deployment's lists.
fn host_params(query: &str, own_origin: &str) -> Result<HostParams, Text> {
    let deployment =
        Deployment::parse(&meta(HOST_ORIGINS), &meta(ENDPOINTS)).map_err(|problem| {
            Text::with(Key::RefusalSettings, vec![("problem", problem.to_string())])
        })?;
    read_host_params(query, own_origin, &deployment)
}

/// A meta tag's content; empty when the page has none.
fn meta(name: &str) -> String {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
}

/// A panel that shows why it refuses, sends nothing and offers no form.
fn refused(root: web_sys::HtmlElement, own_origin: String, why: Text) -> Rc<MountedPanel> {
    crate::prelude::console_warn!("{why}");
    let panel = Rc::new(mount_panel(
        root,
        PanelOptions {
            host_origin: own_origin,
            instance_id: None,
            outbound: Rc::new(|_| {}),
        },
    ));
    panel.refuse(why);
    panel
}

/// Standalone, the page is the demo: `demo.js` (plain JavaScript, so no host's module carries it)
/// plays the host and mounts the panel directly. It is fetched with the integrity the build wrote
/// into the page.
fn load_demo_host() {
    let Ok(script) = document().create_element("script") else {
        return;
    };
    let _ = script.set_attribute("type", "module");
    let integrity = meta(DEMO_INTEGRITY);
    if integrity.is_empty() {
        crate::prelude::console_warn!(
            "The demo host is not loaded: the page has no integrity for demo.js ({DEMO_INTEGRITY})."
        );
        return;
    }
    let _ = script.set_attribute("integrity", &integrity);
    let _ = script.set_attribute("src", "./demo.js");
    if let Some(head) = document().head() {
        let _ = head.append_child(&script);
    }
}

/// The meta tag with the demo host's Subresource Integrity (written by the build).
const DEMO_INTEGRITY: &str = "acp-demo-integrity";

/// Only the panel: no demo message log, the host's background.
fn embedded_layout() {
    if let Some(log) = element("log") {
        log.remove();
    }
    let _ = document()
        .body()
        .map(|b| b.class_list().add_1("acp-embedded"));
}
