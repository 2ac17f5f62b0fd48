//! The control of a field that picks one of a list (region, OAuth 2.0 client, grant type): the
//! choice goes into the form, and the field's error shows once a choice is made or the field
//! loses focus.

use crate::components::el::{El, el};
use crate::components::field::FieldControl;
use crate::i18n::Key;
use crate::model::connection::{Field, FormValues};
use crate::prelude::*;
use crate::session::state::PanelState;

/// The `<select>`, without its options: `choose` records the chosen option's value.
pub fn select_input(
    state: PanelState,
    control: &FieldControl,
    field: Field,
    choose: fn(&mut FormValues, &str),
) -> El {
    control
        .apply(el("select"))
        .class("acp-select")
        .on("change", move |ev| {
            let value = event_target_value(&ev);
            state.update(|v| choose(v, &value));
            state.reveal(field);
        })
        .on("blur", move |_| state.reveal(field))
}

/// An `<option>` with `value`, its text in the active language, selected while `selected()`.
pub fn option(
    state: PanelState,
    value: &str,
    label: Key,
    selected: impl Fn(&FormValues) -> bool + 'static,
) -> El {
    el("option")
        .attr("value", value)
        .property_with("selected", move || state.values.with(&selected))
        .text_with(state.t(label))
}
