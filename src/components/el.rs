//! The panel's elements, built by plain calls on Leptos's reactive graph.
//!
//! Leptos's `view!` gives every element a type of its own (its tag, its attributes' names and
//! value types, its children), and its build, mount and drop code is instantiated for each of
//! those types: most of what the module's view code was. An `El` is a DOM element made at once by
//! a few functions that every element shares. Static attributes and text are set directly;
//! reactive attributes, properties and text are render effects over boxed closures (one type for
//! all of them), listeners are boxed closures, and content that comes and goes is a list of
//! elements built again, under its own reactive owner, when what it read changes. Effects and
//! listeners live as long as the reactive owner that built the element, as they did in `view!`.

use crate::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A DOM element being built.
pub struct El(web_sys::Element);

/// A value that must live as long as the owner building the element: an effect, a listener.
/// Boxed, so that every kind of value shares one stored-value type.
fn keep<T: 'static>(value: T) {
    let value: Box<dyn std::any::Any> = Box::new(value);
    StoredValue::new_local(value);
}

/// A new `<tag>` element.
pub fn el(tag: &str) -> El {
    El(document()
        .create_element(tag)
        .expect("an element with a known tag name"))
}

/// A new `<tag>` element in the SVG namespace.
pub fn svg(tag: &str) -> El {
    El(document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), tag)
        .expect("an SVG element with a known tag name"))
}

/// What a reactive attribute, property or text reads: its value now.
type Read<T> = Box<dyn Fn() -> T>;

/// Writes a value to the DOM.
type Write = Box<dyn Fn(&Option<String>)>;

/// What the DOM may do to a value between two runs of its effect.
#[derive(Clone, Copy, PartialEq)]
enum Dom {
    /// Only the panel writes it (an attribute, a text node): written when the value changes.
    Keeps,
    /// The person changes it too (a control's `value`, `checked`, `selected`): written on every
    /// run, so the control shows the form's value even when that value is the same as last time.
    Edits,
}

/// Keeps the DOM following `read`: `write` runs now and again each time a signal `read` read
/// changes (one render effect type for every reactive attribute, property and text).
fn follow(dom: Dom, read: Read<Option<String>>, write: Write) {
    let run: Box<dyn FnMut(Option<Option<String>>) -> Option<String>> = Box::new(move |last| {
        let now = read();
        if dom == Dom::Edits || last.as_ref() != Some(&now) {
            write(&now);
        }
        now
    });
    keep(RenderEffect::new(run));
}

/// Sets a JavaScript property of `target`.
fn set_property(target: &web_sys::Element, name: &str, value: &wasm_bindgen::JsValue) {
    let _ = js_sys::Reflect::set(target, &name.into(), value);
}

impl El {
    /// Sets `class`.
    pub fn class(self, value: &str) -> El {
        self.attr("class", value)
    }

    /// Sets the attribute `name` to `value`.
    pub fn attr(self, name: &str, value: &str) -> El {
        self.0
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
        let element = self.0.clone();
        follow(
            Dom::Keeps,
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

    /// The boolean property `name` (`checked`, `selected`) follows `on()`.
    pub fn property_with(self, name: &'static str, on: impl Fn() -> bool + 'static) -> El {
        let element = self.0.clone();
        follow(
            Dom::Edits,
            Box::new(move || on().then(String::new)),
            Box::new(move |now| set_property(&element, name, &now.is_some().into())),
        );
        self
    }

    /// The element's `value` property follows `value` (a control's current text), written only
    /// when it differs, so the caret stays where the person is typing.
    pub fn value_with(self, value: impl Fn() -> String + 'static) -> El {
        let element = self.0.clone();
        follow(
            Dom::Edits,
            Box::new(move || Some(value())),
            Box::new(move |now| {
                let now = now.as_deref().unwrap_or_default();
                let current = js_sys::Reflect::get(&element, &"value".into()).ok();
                if current.and_then(|v| v.as_string()).as_deref() != Some(now) {
                    set_property(&element, "value", &now.into());
                }
            }),
        );
        self
    }

    /// Appends `text`.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends a text node that follows `text`.
    pub fn text_with(self, text: impl Fn() -> String + 'static) -> El {
        let node = document().create_text_node("");
        let _ = self.0.append_child(&node);
        follow(
            Dom::Keeps,
            Box::new(move || Some(text())),
            Box::new(move |now| node.set_data(now.as_deref().unwrap_or_default())),
        );
        self
    }

    /// Runs `listener` on each `event` at the element, under the reactive owner that built it
    /// (as Leptos runs its listeners).
    pub fn on(self, event: &str, listener: impl FnMut(web_sys::Event) + 'static) -> El {
        self.listen(event, Box::new(listener))
    }

    fn listen(self, event: &str, mut listener: Box<dyn FnMut(web_sys::Event)>) -> El {
        let owner = Owner::current();
        let listener: Box<dyn FnMut(web_sys::Event)> = Box::new(move |ev| match &owner {
            Some(owner) => owner.with(|| listener(ev)),
            None => listener(ev),
        });
        let listener = Closure::wrap(listener);
        let _ = self
            .0
            .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        keep(listener);
        self
    }

    /// The element built.
    pub fn into_element(self) -> web_sys::Element {
        self.0
    }

    /// Appends a built element.
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends each of `children`.
    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        children.into_iter().fold(self, El::child)
    }

    /// Appends a place for content, kept up to date by `fill`, which receives the element, the
    /// marker the content goes before, the owner to build content under (the one building this
    /// element) and what it returned last time.
    fn slot<T: 'static>(
        self,
        mut fill: impl FnMut(&web_sys::Element, &web_sys::Comment, &Owner, Option<T>) -> T + 'static,
    ) -> El {
        let owner = Owner::current().expect("elements are built under a reactive owner");
        let parent = self.0.clone();
        let marker = document().create_comment("");
        let _ = parent.append_child(&marker);
        let run: Box<dyn FnMut(Option<T>) -> T> =
            Box::new(move |last| fill(&parent, &marker, &owner, last));
        keep(RenderEffect::new(run));
        self
    }

    /// Appends the elements `items()` builds, built again (in place of the last ones) whenever a
    /// signal it read changes. Each build has an owner of its own: the last build's elements leave
    /// the page before their effects and listeners end (a focused control that leaves fires
    /// `blur` and `change`, which must still find their listeners).
    pub fn children_with(self, items: impl Fn() -> Vec<El> + 'static) -> El {
        let items: Read<Vec<El>> = Box::new(items);
        type Built = (Vec<web_sys::Element>, Owner);
        self.slot(move |parent, marker, owner, last: Option<Built>| {
            if let Some((elements, built_under)) = last {
                for element in elements {
                    element.remove();
                }
                built_under.cleanup();
            }
            let built_under = owner.child();
            let built: Vec<web_sys::Element> = built_under
                .with(&items)
                .into_iter()
                .map(|item| item.0)
                .collect();
            for element in &built {
                let _ = parent.insert_before(element, Some(marker));
            }
            (built, built_under)
        })
    }

    /// Appends what `content()` builds while `condition()` holds. The condition is memoised, and
    /// reading signals while building does not rebuild: the content is built when the condition
    /// becomes true and dropped when it becomes false, never rebuilt in between.
    pub fn child_while(
        self,
        condition: impl Fn() -> bool + Send + Sync + 'static,
        content: impl Fn() -> Vec<El> + 'static,
    ) -> El {
        let condition = crate::erased::memo(move |_| condition());
        let content: Read<Vec<El>> = Box::new(content);
        self.children_with(move || {
            if condition.get() {
                untrack(&content)
            } else {
                Vec::new()
            }
        })
    }

    /// Appends a row for each key `keys()` gives (ascending), in that order. A key's row is built
    /// once, under its own owner, and kept (the same element) while the key stays in the list, so
    /// a focused row keeps focus; it is dropped when its key leaves.
    pub fn keyed(
        self,
        keys: impl Fn() -> Vec<usize> + 'static,
        row: impl Fn(usize) -> El + 'static,
    ) -> El {
        let keys: Read<Vec<usize>> = Box::new(keys);
        let row: Box<dyn Fn(usize) -> El> = Box::new(row);
        // The rows on the page, in key order.
        type Rows = Vec<(usize, web_sys::Element, Owner)>;
        self.slot(move |parent, marker, owner, last: Option<Rows>| {
            let wanted = keys();
            debug_assert!(wanted.is_sorted(), "keys in ascending order");
            let last = last.unwrap_or_default();
            let last_keys: Vec<usize> = last.iter().map(|(key, ..)| *key).collect();
            let mut old: Vec<Option<(web_sys::Element, Owner)>> = last
                .into_iter()
                .map(|(_, element, owner)| Some((element, owner)))
                .collect();
            let rows: Vec<(usize, web_sys::Element, Owner)> = wanted
                .iter()
                .map(|&key| {
                    let kept = last_keys
                        .binary_search(&key)
                        .ok()
                        .and_then(|at| old[at].take());
                    let (element, row_owner) = kept.unwrap_or_else(|| {
                        let row_owner = owner.child();
                        let built = row_owner.with(|| untrack(|| row(key)));
                        (built.0, row_owner)
                    });
                    (key, element, row_owner)
                })
                .collect();
            // The rows that left go first, so the ones that stay are not moved past them (moving
            // a focused element would take its focus away).
            for (element, row_owner) in old.into_iter().flatten() {
                element.remove();
                row_owner.cleanup();
            }
            // Backwards, each row placed before the one after it: rows already in place stay.
            let mut next: web_sys::Node = marker.clone().into();
            for (_, element, _) in rows.iter().rev() {
                if element.next_sibling().as_ref() != Some(&next) {
                    let _ = parent.insert_before(element, Some(&next));
                }
                next = element.clone().into();
            }
            rows
        })
    }
}

/// A panel's elements on the page, under their reactive owner. Dropping it removes them and ends
/// their effects and listeners.
pub struct Mounted {
    owner: Owner,
    element: web_sys::Element,
}

/// Builds `build()`'s element under a new reactive owner and appends it to `parent`.
pub fn mount(parent: &web_sys::Element, build: impl FnOnce() -> El) -> Mounted {
    // Effects are scheduled on the browser's microtask queue.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let element = owner.with(build).0;
    let _ = parent.append_child(&element);
    Mounted { owner, element }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.element.remove();
        self.owner.cleanup();
    }
}
