//! "Custom domain": optional, after Region; a pasted URL is read as its host name on blur.

use crate::components::field::{FieldShell, use_field};
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::custom_domain::parse_custom_domain;
use crate::session::state::PanelState;
use leptos::prelude::*;

/// Replaces the typed value by the host name it names, when it names a valid one.
fn normalise(state: PanelState) {
    let typed = state.values.with_untracked(|v| v.custom_domain.clone());
    if let Ok(host) = parse_custom_domain(&typed) {
        state.update(|v| v.custom_domain = host.unwrap_or_default());
    }
}

#[component]
pub fn CustomDomainField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::CustomDomain;
    view! {
        <FieldShell
            field=field
            label=Key::FieldCustomDomainLabel
            hint=Key::FieldCustomDomainHint
            optional=true>
            {
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
                        placeholder="login.example.com"
                        prop:value=move || state.values.with(|v| v.custom_domain.clone())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            state.update(|v| v.custom_domain = value);
                        }
                        on:blur=move |_| {
                            normalise(state);
                            state.reveal(field);
                        }
                    />
                }
            }
        </FieldShell>
    }
}
