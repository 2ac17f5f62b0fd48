//! The control of a field that takes an address a person types or pastes in any form (the tenant,
//! a custom domain): no autocorrection, a URL keyboard, and the value put in its normal form when
//! the field loses focus (and, if asked, right after a paste).

use crate::components::field::use_field;
use crate::erased::handler;
use crate::model::connection::{Field, FormValues};
use crate::session::state::PanelState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn AddressInput(
    field: Field,
    /// The form's value for this field.
    value: fn(&FormValues) -> String,
    /// Records what the person typed.
    set: fn(&mut FormValues, String),
    /// Puts the field's value in its normal form.
    normalise: fn(PanelState),
    /// Normalise right after a paste too (not only on blur).
    #[prop(optional)]
    on_paste: bool,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let control = use_field();
    view! {
        <input
            type="text"
            class="acp-input"
            {..control.attrs()}
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            inputmode="url"
            placeholder=placeholder
            prop:value=move || state.values.with(value)
            on:input=handler(move |ev: web_sys::Event| {
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
            on:blur=handler(move |_| {
                normalise(state);
                state.reveal(field);
            })
        />
    }
}
