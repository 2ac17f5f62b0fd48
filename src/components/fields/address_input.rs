//! The control of a field that takes an address a person types or pastes in any form (the tenant,
//! a custom domain): no autocorrection, a URL keyboard, and the value put in its normal form when
//! the field loses focus (and, if asked, right after a paste).

use crate::components::el::{El, el};
use crate::components::field::FieldControl;
use crate::model::connection::{Field, FormValues};
use crate::prelude::*;
use crate::session::state::PanelState;
use wasm_bindgen::JsCast;

/// How an address field reads, writes and normalises its value.
pub struct Address {
    pub field: Field,
    /// The form's value for this field.
    pub value: fn(&FormValues) -> String,
    /// Records what the person typed.
    pub set: fn(&mut FormValues, String),
    /// Puts the field's value in its normal form.
    pub normalise: fn(PanelState),
    /// Normalise right after a paste too (not only on blur).
    pub on_paste: bool,
}

pub fn address_input(state: PanelState, control: &FieldControl, address: Address) -> El {
    let Address {
        field,
        value,
        set,
        normalise,
        on_paste,
    } = address;
    control
        .apply(el("input"))
        .attr("type", "text")
        .class("acp-input")
        .attr("autocomplete", "off")
        .attr("autocapitalize", "none")
        .attr("spellcheck", "false")
        .attr("inputmode", "url")
        .value_with(move || state.values.with(value))
        .on("input", move |ev| {
            let typed = event_target_value(&ev);
            state.update(|v| set(v, typed));
            // The browser says how the text came: a paste is normalised at once.
            let pasted = ev
                .dyn_ref::<web_sys::InputEvent>()
                .map(web_sys::InputEvent::input_type)
                .is_some_and(|kind| kind == "insertFromPaste");
            if on_paste && pasted {
                normalise(state);
            }
        })
        .on("blur", move |_| {
            normalise(state);
            state.reveal(field);
        })
}
