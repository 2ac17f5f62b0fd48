//! The panel's plain push button: `type="button"`, its label in the active language, an action.

use crate::components::el::{El, el};
use crate::i18n::Key;
use crate::session::state::PanelState;

/// A button of `class`, labelled `label`, that runs `action` when pressed.
pub fn button(state: PanelState, class: &str, label: Key, action: impl Fn() + 'static) -> El {
    el("button")
        .attr("type", "button")
        .class(class)
        .on("click", move |_| action())
        .text_with(state.t(label))
}
