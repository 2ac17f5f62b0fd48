//! The control of a field that picks one of a list (region, OAuth 2.0 client, grant type): the
//! choice goes into the form, and the field's error shows once a choice is made or the field
//! loses focus. The options are the children.

use crate::components::field::use_field;
use crate::erased::handler;
use crate::model::connection::{Field, FormValues};
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn SelectInput(
    field: Field,
    /// Records the chosen option's value.
    choose: fn(&mut FormValues, &str),
    children: Children,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let control = use_field();
    view! {
        <select
            class="acp-select"
            {..control.attrs()}
            on:change=handler(move |ev| {
                let value = event_target_value(&ev);
                state.update(|v| choose(v, &value));
                state.reveal(field);
            })
            on:blur=handler(move |_| state.reveal(field))
        >
            {children()}
        </select>
    }
}
