//! The panel's one modal dialog: a native `<dialog>` shown with `showModal`, so the page behind is
//! inert and Escape closes it. Its owner says when it is open; Escape, a click on the backdrop and
//! the owner's own buttons close it, and closing gives focus back to the control that opened it.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Runs when the person dismisses the dialog (Escape or a click on the backdrop); the owner
    /// then makes `open` false and discards what the dialog was editing.
    on_dismiss: Callback<()>,
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
    /// The element focus goes back to when the dialog closes (the control that opened it); by
    /// default the element that had focus when it opened.
    #[prop(optional)]
    return_to: Option<Callback<(), Option<web_sys::HtmlElement>>>,
    children: Children,
) -> impl IntoView {
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let back_to = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        let open = open.get();
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        if open && !dialog.open() {
            let opener = return_to.and_then(|f| f.run(()));
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
            node_ref=dialog_ref
            class=class
            role=alert.then_some("alertdialog")
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| dismiss()
            on:click=move |ev: web_sys::MouseEvent| {
                if on_backdrop(&ev, dialog_ref) {
                    dismiss();
                }
            }
        >
            {children()}
        </dialog>
    }
}

/// Whether a click landed on the backdrop: its target is the dialog element itself (not its
/// content) and it is outside the dialog's box (so not on its scroll bar).
fn on_backdrop(event: &web_sys::MouseEvent, dialog: NodeRef<html::Dialog>) -> bool {
    let Some(dialog) = dialog.get_untracked() else {
        return false;
    };
    let on_dialog = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
        .is_some_and(|t| t == dialog);
    let r = dialog.get_bounding_client_rect();
    let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
    let outside = x < r.left() || x > r.right() || y < r.top() || y > r.bottom();
    on_dialog && outside
}

/// The `return_to` of a dialog opened by this button.
pub fn back_to_button(button: NodeRef<html::Button>) -> Callback<(), Option<web_sys::HtmlElement>> {
    Callback::new(move |()| button.get_untracked().map(Into::into))
}
