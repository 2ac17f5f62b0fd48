//! Elements built by plain calls instead of `view!`.
//!
//! `view!` gives every element a type of its own (its tag, its attributes' names and value types,
//! its children), and Leptos's build, mount and drop code is instantiated for each of those types:
//! most of the module's view code. An `El` is a DOM element made at once by a few functions that
//! every element shares: static attributes and text are set directly, reactive ones are render
//! effects over boxed closures (one type for attributes, one for text, one for properties) and
//! listeners are boxed closures too. The effects and listeners live as long as the reactive owner
//! that built the element (the component's), like those `view!` makes.
//!
//! An `El` is a Leptos view, so it sits in `view!` (`{el}`), and a view sits in an `El`
//! (`child_view`): components move over one at a time.

use leptos::prelude::*;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::CastFrom;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A DOM element being built; a Leptos view once built.
pub struct El(SendWrapper<web_sys::Element>);

/// A value that must live as long as the owner building the element: an effect, a listener, the
/// state of a view inside the element.
fn keep<T: 'static>(value: T) {
    StoredValue::new_local(value);
}

/// A new `<tag>` element.
pub fn el(tag: &str) -> El {
    let element = document()
        .create_element(tag)
        .expect("an element with a known tag name");
    El(SendWrapper::new(element))
}

/// A new `<tag>` element in the SVG namespace.
pub fn svg(tag: &str) -> El {
    let element = document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), tag)
        .expect("an SVG element with a known tag name");
    El(SendWrapper::new(element))
}

/// What a reactive attribute, property or text reads: its value now.
type Read<T> = Box<dyn Fn() -> T>;

/// Writes a value to the DOM.
type Write = Box<dyn Fn(&Option<String>)>;

/// Keeps the DOM following `read`: `write` runs now and again each time the value read changes
/// (one render effect type for every reactive attribute, property and text).
fn follow(read: Read<Option<String>>, write: Write) {
    let run: Box<dyn FnMut(Option<Option<String>>) -> Option<String>> = Box::new(move |last| {
        let now = read();
        if last.as_ref() != Some(&now) {
            write(&now);
        }
        now
    });
    keep(RenderEffect::new(run));
}

impl El {
    fn element(&self) -> &web_sys::Element {
        &self.0
    }

    /// Sets `class`.
    pub fn class(self, value: &str) -> El {
        self.attr("class", value)
    }

    /// Sets the attribute `name` to `value`.
    pub fn attr(self, name: &str, value: &str) -> El {
        self.element()
            .set_attribute(name, value)
            .expect("a valid attribute name");
        self
    }

    /// The attribute `name` follows `value`: present with its text while it is `Some`, absent
    /// while it is `None`.
    pub fn attr_with(self, name: &'static str, value: impl Fn() -> Option<String> + 'static) -> El {
        self.bind_attr(name, Box::new(value))
    }

    fn bind_attr(self, name: &'static str, value: Read<Option<String>>) -> El {
        let element = self.element().clone();
        follow(
            value,
            Box::new(move |now| {
                let _ = match now {
                    Some(text) => element.set_attribute(name, text),
                    None => element.remove_attribute(name),
                };
            }),
        );
        self
    }

    /// The boolean attribute `name` (such as `hidden`) present while `on()` holds.
    pub fn flag_with(self, name: &'static str, on: impl Fn() -> bool + 'static) -> El {
        self.bind_attr(name, Box::new(move || on().then(String::new)))
    }

    /// The element's `value` property follows `value` (a control's current text), written only
    /// when it differs, so the caret stays where the person is typing.
    pub fn value_with(self, value: impl Fn() -> String + 'static) -> El {
        let element = self.element().clone();
        follow(
            Box::new(move || Some(value())),
            Box::new(move |now| {
                let property = wasm_bindgen::JsValue::from_str("value");
                let now = now.as_deref().unwrap_or_default();
                let current = js_sys::Reflect::get(&element, &property).ok();
                if current.and_then(|v| v.as_string()).as_deref() != Some(now) {
                    let _ = js_sys::Reflect::set(&element, &property, &now.into());
                }
            }),
        );
        self
    }

    /// The boolean property `name` (`checked`, `selected`) follows `on()`.
    pub fn property_with(self, name: &'static str, on: impl Fn() -> bool + 'static) -> El {
        let element = self.element().clone();
        follow(
            Box::new(move || on().then(String::new)),
            Box::new(move |now| {
                let name = wasm_bindgen::JsValue::from_str(name);
                let _ = js_sys::Reflect::set(&element, &name, &now.is_some().into());
            }),
        );
        self
    }

    /// Appends `text`.
    pub fn text(self, text: &str) -> El {
        let _ = self.element().append_with_str_1(text);
        self
    }

    /// Appends a text node that follows `text`.
    pub fn text_with(self, text: impl Fn() -> String + 'static) -> El {
        let node = document().create_text_node("");
        let _ = self.element().append_child(&node);
        follow(
            Box::new(move || Some(text())),
            Box::new(move |now| node.set_data(now.as_deref().unwrap_or_default())),
        );
        self
    }

    /// Runs `listener` on each `event` at the element.
    pub fn on(self, event: &str, listener: impl FnMut(web_sys::Event) + 'static) -> El {
        let listener: Box<dyn FnMut(web_sys::Event)> = Box::new(listener);
        let listener = Closure::wrap(listener);
        let _ = self
            .element()
            .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        keep(listener);
        self
    }

    /// Appends a built element.
    pub fn child(self, child: El) -> El {
        let _ = self.element().append_child(&child.0);
        self
    }

    /// Appends each of `children`.
    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        children.into_iter().fold(self, El::child)
    }

    /// Appends the elements `items()` builds, built again (in place of the last ones) whenever a
    /// signal it read changes.
    pub fn children_with(self, items: impl Fn() -> Vec<El> + 'static) -> El {
        let parent = self.element().clone();
        let marker = document().create_comment("");
        let _ = parent.append_child(&marker);
        let items: Read<Vec<El>> = Box::new(items);
        let run: Box<dyn FnMut(Option<Vec<web_sys::Element>>) -> Vec<web_sys::Element>> =
            Box::new(move |last| {
                for old in last.unwrap_or_default() {
                    old.remove();
                }
                let built: Vec<web_sys::Element> =
                    items().into_iter().map(|i| i.0.take()).collect();
                for element in &built {
                    let _ = parent.insert_before(element, Some(&marker));
                }
                built
            });
        keep(RenderEffect::new(run));
        self
    }

    /// Appends a Leptos view (a component, `shown_while`, a list).
    pub fn child_view(self, view: AnyView) -> El {
        let mut state = view.build();
        state.mount(self.element(), None);
        keep(state);
        self
    }
}

impl Render for El {
    type State = web_sys::Element;

    fn build(self) -> Self::State {
        self.0.take()
    }

    /// Another `El` is another element: it takes the old one's place.
    fn rebuild(self, state: &mut Self::State) {
        let new = self.0.take();
        if new != *state {
            let _ = state.replace_with_with_node_1(&new);
            *state = new;
        }
    }
}

impl AddAnyAttr for El {
    type Output<SomeNewAttr: Attribute> = El;

    /// Attributes spread onto an `El` (`{..attrs}`) are built onto its element at once.
    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr> {
        keep(attr.into_any_attr().build(self.element()));
        self
    }
}

impl RenderHtml for El {
    type AsyncOutput = El;
    type Owned = El;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        buf.push_str(&self.element().outer_html());
        *position = Position::NextChild;
    }

    /// The element takes the place of the server's rendering of it.
    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        match position.get() {
            Position::FirstChild => cursor.child(),
            Position::Current => {}
            _ => cursor.sibling(),
        }
        let element = self.0.take();
        if let Some(rendered) = web_sys::Element::cast_from(cursor.current()) {
            let _ = rendered.replace_with_with_node_1(&element);
            cursor.set(element.clone().into());
        }
        position.set(Position::NextChild);
        element
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
