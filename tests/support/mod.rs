//! Helpers for the browser tests: mount a panel with a recording host, find elements the way a
//! person or screen reader would (by label and accessible name), and act like a person.

#![allow(dead_code)]

use auth0_connection_panel::components::{MountedPanel, PanelOptions, mount_panel};
use auth0_connection_panel::protocol::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

pub const HOST_ORIGIN: &str = "https://host.test";

/// A mounted panel with a host that records what the panel sends.
pub struct TestPanel {
    pub panel: MountedPanel,
    pub root: HtmlElement,
    pub sent: Rc<RefCell<Vec<PanelToHost>>>,
}

impl TestPanel {
    pub fn mount() -> TestPanel {
        Self::mount_as(None)
    }

    pub fn mount_as(instance: Option<&str>) -> TestPanel {
        let document = web_sys::window().unwrap().document().unwrap();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let sent = Rc::new(RefCell::new(Vec::new()));
        let log = sent.clone();
        let panel = mount_panel(
            root.clone(),
            PanelOptions {
                host_origin: HOST_ORIGIN.into(),
                instance_id: instance.map(str::to_string),
                outbound: Rc::new(move |m| log.borrow_mut().push(m)),
            },
        );
        TestPanel { panel, root, sent }
    }

    /// A panel that has had `init`, with no draft left behind by another test.
    pub async fn started(init: InitPayload) -> TestPanel {
        clear_storage();
        let t = TestPanel::mount();
        t.init(init).await;
        t
    }

    pub async fn init(&self, init: InitPayload) {
        self.panel.deliver(HostToPanel::Init {
            payload: Box::new(init),
        });
        settle().await;
    }

    pub fn sent_of(&self, kind: &str) -> Vec<PanelToHost> {
        self.sent
            .borrow()
            .iter()
            .filter(|m| m.to_json().get("type").and_then(|t| t.as_str()) == Some(kind))
            .cloned()
            .collect()
    }

    pub fn query(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn query_all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.unchecked_into())
            .collect()
    }

    /// The control whose `<label>` reads exactly `label` (the hidden `*` aside).
    pub fn control(&self, label: &str) -> HtmlElement {
        let document = web_sys::window().unwrap().document().unwrap();
        for l in self.query_all("label") {
            if accessible_text(&l) == label {
                let id = l.get_attribute("for").expect("label has for");
                return document
                    .get_element_by_id(&id)
                    .unwrap_or_else(|| panic!("no control #{id}"))
                    .unchecked_into();
            }
        }
        panic!("no control labelled {label:?}")
    }

    pub fn input(&self, label: &str) -> HtmlInputElement {
        self.control(label).unchecked_into()
    }

    pub fn select(&self, label: &str) -> HtmlSelectElement {
        self.control(label).unchecked_into()
    }

    /// The button whose accessible name is exactly `name`, anywhere in the panel (dialogs too).
    pub fn button(&self, name: &str) -> HtmlElement {
        self.find_button(name)
            .unwrap_or_else(|| panic!("no button named {name:?}"))
    }

    /// The open dialog's own button named `name` (the form has a Save and a Cancel of its own).
    pub fn dialog_button(&self, name: &str) -> HtmlElement {
        self.query_all("dialog[open] button")
            .into_iter()
            .find(|b| accessible_name(b) == name)
            .unwrap_or_else(|| panic!("no button named {name:?} in the open dialog"))
            .unchecked_into()
    }

    /// Buttons inside a closed dialog are not there for a person, so they are skipped.
    pub fn find_button(&self, name: &str) -> Option<HtmlElement> {
        self.query_all("button")
            .into_iter()
            .filter(|b| b.closest("dialog:not([open])").ok().flatten().is_none())
            .find(|b| accessible_name(b) == name)
            .map(|b| b.unchecked_into())
    }

    /// The text of the error message a control points to with `aria-describedby`.
    pub fn error_of(&self, control: &Element) -> Option<String> {
        let document = web_sys::window().unwrap().document().unwrap();
        let ids = control.get_attribute("aria-describedby")?;
        ids.split_whitespace()
            .filter(|id| id.ends_with("-error"))
            .filter_map(|id| document.get_element_by_id(id))
            .map(|e| accessible_text(&e))
            .next()
    }

    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }
}

impl Drop for TestPanel {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Text without the parts hidden from assistive technology.
pub fn accessible_text(el: &Element) -> String {
    let clone: Element = el.clone_node_with_deep(true).unwrap().unchecked_into();
    let hidden = clone.query_selector_all("[aria-hidden=true]").unwrap();
    for i in 0..hidden.length() {
        let node: Element = hidden.item(i).unwrap().unchecked_into();
        node.remove();
    }
    clone.text_content().unwrap_or_default().trim().to_string()
}

pub fn accessible_name(el: &Element) -> String {
    el.get_attribute("aria-label")
        .unwrap_or_else(|| accessible_text(el))
}

fn event(kind: &str, bubbles: bool) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(bubbles);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}

/// Types a whole value into a text input, as one input event.
pub fn type_text(input: &HtmlInputElement, text: &str) {
    let _ = input.focus();
    input.set_value(text);
    input.dispatch_event(&event("input", true)).unwrap();
}

/// Pastes a whole value into a text input, as a browser does: one `input` event whose
/// `inputType` is "insertFromPaste".
pub fn paste(input: &HtmlInputElement, text: &str) {
    let _ = input.focus();
    input.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type("insertFromPaste");
    let pasted = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&pasted).unwrap();
}

pub fn blur(el: &HtmlElement) {
    el.dispatch_event(&event("blur", false)).unwrap();
    el.dispatch_event(&event("focusout", true)).unwrap();
}

pub fn choose(select: &HtmlSelectElement, value: &str) {
    select.set_value(value);
    select.dispatch_event(&event("change", true)).unwrap();
}

pub fn click(el: &HtmlElement) {
    el.click();
}

pub fn key(el: &Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

pub fn shift_click(el: &HtmlElement) {
    let init = web_sys::MouseEventInit::new();
    init.set_shift_key(true);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

pub fn double_click(el: &HtmlElement) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("dblclick", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

pub fn active_element() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// Waits for effects, timers of `ms` and animation frames to run.
pub async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

pub async fn settle() {
    any_spawner::Executor::tick().await;
    wait(40).await;
}

pub fn clients() -> Vec<OAuthClient> {
    vec![
        OAuthClient {
            id: "c-1".into(),
            name: "Back office".into(),
            client_id: "pub-1".into(),
        },
        OAuthClient {
            id: "c-2".into(),
            name: "Portal".into(),
            client_id: "pub-2".into(),
        },
    ]
}

pub fn create_init() -> InitPayload {
    InitPayload {
        mode: Mode::Create,
        existing_names: Some(vec!["Production".into()]),
        oauth_clients: Some(clients()),
        ..InitPayload::default()
    }
}

pub fn clear_storage() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.clear().unwrap();
}

/// Every attribute value of every element in the document, for secret scans.
pub fn all_attribute_values() -> Vec<String> {
    let document = web_sys::window().unwrap().document().unwrap();
    let all = document.query_selector_all("*").unwrap();
    let mut values = Vec::new();
    for i in 0..all.length() {
        let el: Element = all.item(i).unwrap().unchecked_into();
        let names = el.get_attribute_names();
        for n in names.iter() {
            if let Some(v) = el.get_attribute(&n.as_string().unwrap_or_default()) {
                values.push(v);
            }
        }
    }
    values
}

pub fn session_storage_text() -> String {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    let mut text = String::new();
    for i in 0..storage.length().unwrap() {
        if let Some(k) = storage.key(i).unwrap() {
            text.push_str(&k);
            text.push_str(&storage.get_item(&k).unwrap().unwrap_or_default());
        }
    }
    text
}
