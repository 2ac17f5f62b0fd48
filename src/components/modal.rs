//! The panel's one modal dialog: a native `<dialog>` shown with `showModal`, so the page behind is
//! inert and Escape closes it. Its owner says when it is open; Escape, a click on the backdrop and
//! the owner's own buttons close it, and closing gives focus back to the control that opened it.
//! Its content is built each time it opens and dropped when it closes: a panel that starts builds
//! no dialog's content, and nothing typed in a dialog outlives it.

use crate::components::el::{El, el};
use crate::erased::effect;
use crate::prelude::*;
use crate::session::state::PanelState;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};

/// What a modal dialog is: when it is open, what dismissing it does, its ids and classes.
pub struct Modal {
    /// Whether the dialog is shown.
    pub open: Memo<bool>,
    /// Runs when the person dismisses the dialog (Escape or a click on the backdrop); the owner
    /// then makes `open` false and discards what the dialog was editing.
    pub on_dismiss: Box<dyn Fn()>,
    /// The dialog element's id.
    pub id: String,
    /// The id of the dialog's title.
    pub labelled_by: String,
    /// The id of the text that describes the dialog, if any.
    pub described_by: Option<String>,
    /// A confirmation (`alertdialog`) rather than a plain dialog.
    pub alert: bool,
    /// The dialog's classes.
    pub class: &'static str,
    /// The id of the element focus goes back to when the dialog closes (the control that opened
    /// it), read when it opens; by default the element that had focus when it opened.
    pub return_to: Signal<Option<String>>,
}

impl Modal {
    /// A plain dialog `id`, titled by `labelled_by`, shown while `open`.
    pub fn new(
        open: Memo<bool>,
        on_dismiss: impl Fn() + 'static,
        id: String,
        labelled_by: String,
    ) -> Modal {
        Modal {
            open,
            on_dismiss: Box::new(on_dismiss),
            id,
            labelled_by,
            described_by: None,
            alert: false,
            class: "acp-dialog",
            return_to: Signal::stored(None),
        }
    }

    /// The `<dialog>` holding what `content()` builds, under an owner of its own, while it is
    /// open.
    pub fn around(self, state: PanelState, content: impl Fn() -> El + 'static) -> El {
        self.around_built(state, Box::new(content))
    }

    fn around_built(self, state: PanelState, content: Box<dyn Fn() -> El>) -> El {
        let Modal {
            open,
            on_dismiss,
            id,
            labelled_by,
            described_by,
            alert,
            class,
            return_to,
        } = self;
        let owner = Owner::current().expect("elements are built under a reactive owner");
        let dialog_id = id.clone();
        // The content on the page, with the owner of its effects and listeners, and where focus
        // goes back to when the dialog closes.
        let mut built = None::<(web_sys::Element, Owner)>;
        let mut back_to = None::<HtmlElement>;
        effect(move |_| {
            let open = open.get();
            let Some(dialog) = state
                .element(&dialog_id)
                .and_then(|e| e.dyn_into::<HtmlDialogElement>().ok())
            else {
                return;
            };
            if open && !dialog.open() {
                let opener =
                    return_to.with_untracked(|id| id.as_deref().and_then(|id| state.element(id)));
                let focused = || document().active_element().and_then(|e| e.dyn_into().ok());
                back_to = opener.or_else(focused);
                // Built before `showModal`, which focuses the first control in it.
                if built.is_none() {
                    let content_owner = owner.child();
                    let element = content_owner.with(|| untrack(&content)).into_element();
                    let _ = dialog.append_child(&element);
                    built = Some((element, content_owner));
                }
                let _ = dialog.show_modal();
            } else if !open {
                if dialog.open() {
                    dialog.close();
                }
                if let Some(element) = back_to.take() {
                    let _ = element.focus();
                }
                // Focus has left it: its elements go, then their effects and listeners.
                if let Some((element, content_owner)) = built.take() {
                    // What was typed in a form (a client secret) leaves its controls now, not
                    // when the browser collects them.
                    if let Some(form) = element.dyn_ref::<web_sys::HtmlFormElement>() {
                        form.reset();
                    }
                    element.remove();
                    content_owner.cleanup();
                }
            }
        });
        let dismiss = std::rc::Rc::new(move || {
            if open.get_untracked() {
                on_dismiss();
            }
        });
        let on_close = dismiss.clone();
        let mut dialog = el("dialog")
            .attr("id", &id)
            .class(class)
            .attr("aria-labelledby", &labelled_by);
        if alert {
            dialog = dialog.attr("role", "alertdialog");
        }
        if let Some(described_by) = described_by {
            dialog = dialog.attr("aria-describedby", &described_by);
        }
        dialog
            .on("close", move |_| on_close())
            .on("click", move |ev| {
                if on_backdrop(ev.unchecked_ref()) {
                    dismiss();
                }
            })
    }
}

/// A dialog's title, `id` for the dialog's `aria-labelledby`.
pub fn dialog_title(id: &str, text: impl Fn() -> String + 'static) -> El {
    el("h3")
        .class("acp-dialog-title")
        .attr("id", id)
        .text_with(text)
}

/// Whether a click landed on the backdrop: its target is the dialog element itself (not its
/// content) and it is outside the dialog's box (so not on its scroll bar).
fn on_backdrop(event: &web_sys::MouseEvent) -> bool {
    // The listener is on the dialog, so the current target is the dialog.
    let (Some(target), Some(dialog)) = (event.target(), event.current_target()) else {
        return false;
    };
    if target != dialog {
        return false;
    }
    let r = dialog
        .unchecked_into::<web_sys::Element>()
        .get_bounding_client_rect();
    let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
    x < r.left() || x > r.right() || y < r.top() || y > r.bottom()
}
