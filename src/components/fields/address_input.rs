//! The control of a field that takes an address a person types or pastes in any form (the tenant,
//! a custom domain): no autocorrection, a URL keyboard, and the value put in its normal form when
//! the field loses focus (and, if asked, right after a paste).

use crate::components::field::use_field;
use crate::model::connection::{Field, FormValues};
use crate::session::state::PanelState;
use leptos::prelude::*;

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
    let pasted = StoredValue::new(false);
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
            on:paste=move |_| pasted.set_value(on_paste)
            on:input=move |ev| {
                let typed = event_target_value(&ev);
                state.update(|v| set(v, typed));
                if pasted.get_value() {
                    pasted.set_value(false);
                    normalise(state);
                }
            }
            on:blur=move |_| {
                normalise(state);
                state.reveal(field);
            }
        />
    }
}
