//! "Name your connection".

use crate::components::field::{FieldShell, use_field};
use crate::erased::handler;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::name::MAX_NAME_CHARS;
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn NameField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::Name;
    view! {
        <FieldShell field=field label=Key::FieldNameLabel hint=Key::FieldNameHint>
            {
                let control = use_field();
                view! {
                    <input
                        type="text"
                        class="acp-input"
                        {..control.attrs()}
                        autocomplete="off"
                        spellcheck="false"
                        maxlength=(MAX_NAME_CHARS * 2).to_string()
                        prop:value=move || state.values.with(|v| v.name.clone())
                        on:input=handler(move |ev| {
                            let value = event_target_value(&ev);
                            state.update(|v| v.name = value);
                        })
                        on:blur=handler(move |_| state.reveal(field))
                    />
                }
            }
        </FieldShell>
    }
}
