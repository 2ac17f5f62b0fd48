//! "Tenant domain": accepts whatever Auth0 shows, normalises to the tenant name on blur and right
//! after a paste, and sets Region when the input reveals it.

use crate::components::field::{FieldShell, use_field};
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::tenant::parse_tenant_input;
use crate::session::state::PanelState;
use leptos::prelude::*;

/// Replaces the typed value by the tenant name, and sets the region the input names.
fn normalise(state: PanelState) {
    let typed = state.values.with_untracked(|v| v.tenant.clone());
    if let Ok(parsed) = parse_tenant_input(&typed) {
        state.update(|v| {
            v.tenant = parsed.tenant;
            if let Some(region) = parsed.region {
                v.region = Some(region);
            }
        });
    }
}

#[component]
pub fn TenantField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::Tenant;
    let pasted = StoredValue::new(false);
    view! {
        <FieldShell
            field=field
            label=Key::FieldTenantLabel
            hint=Key::FieldTenantHint>
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
                        prop:value=move || state.values.with(|v| v.tenant.clone())
                        on:paste=move |_| pasted.set_value(true)
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            state.update(|v| v.tenant = value);
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
        </FieldShell>
    }
}
