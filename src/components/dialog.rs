//! Native modal dialogs (`showModal`: the page behind is inert, Escape cancels).

use leptos::html;
use leptos::prelude::*;

/// Opens or closes a dialog to match `open`.
pub fn sync_dialog(dialog: NodeRef<html::Dialog>, open: bool) {
    let Some(d) = dialog.get_untracked() else {
        return;
    };
    if open && !d.open() {
        let _ = d.show_modal();
    } else if !open && d.open() {
        d.close();
    }
}

/// Closes a dialog at once, so focus can go back to the page it made inert.
pub fn close_now(dialog: NodeRef<html::Dialog>) {
    sync_dialog(dialog, false);
}
