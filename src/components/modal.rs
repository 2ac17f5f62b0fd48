//! The panel's one modal dialog: a native `<dialog>` shown with `showModal`, so the page behind is
//! inert and Escape closes it. Its owner says when it is open; Escape, a click on the backdrop and
//! the owner's own buttons close it, and closing gives focus back to the control that opened it.

use crate::erased::{effect, handler};
use crate::session::state::PanelState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};

#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Runs when the person dismisses the dialog (Escape or a click on the backdrop); the owner
    /// then makes `open` false and discards what the dialog was editing.
    on_dismiss: Callback<()>,
    /// The dialog element's id.
    id: String,
    /// The id of the dialog's title.
    labelled_by: String,
    /// The id of the text that describes the dialog, if any.
    #[prop(optional, into)]
    described_by: Option<String>,
    /// A confirmation (`alertdialog`) rather than a plain dialog.
    #[prop(optional)]
    alert: bool,
    /// The dialog's classes.
    #[prop(default = "acp-dialog")]
    class: &'static str,
    /// The id of the element focus goes back to when the dialog closes (the control that opened
    /// it), read when it opens; by default the element that had focus when it opened.
    #[prop(optional, into)]
    return_to: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let back_to = StoredValue::new_local(None::<HtmlElement>);
    let dialog_id = id.clone();
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
            back_to.set_value(opener.or_else(focused));
            let _ = dialog.show_modal();
        } else if !open {
            if dialog.open() {
                dialog.close();
            }
            if let Some(element) = back_to.try_update_value(Option::take).flatten() {
                let _ = element.focus();
            }
        }
    });
    let dismiss = move || {
        if open.get_untracked() {
            on_dismiss.run(());
        }
    };
    view! {
        <dialog
            id=id
            class=class
            role=alert.then(|| "alertdialog".to_string())
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=handler(move |_| dismiss())
            on:click=handler(move |ev: web_sys::MouseEvent| {
                if on_backdrop(&ev) {
                    dismiss();
                }
            })
        >
            {children()}
        </dialog>
    }
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
