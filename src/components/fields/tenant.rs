//! "Tenant domain": accepts whatever Auth0 shows, normalises to the tenant name on blur and right
//! after a paste, and sets Region when the input reveals it.

use super::address_input::AddressInput;
use crate::components::field::FieldShell;
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
    view! {
        <FieldShell field=Field::Tenant label=Key::FieldTenantLabel hint=Key::FieldTenantHint>
            <AddressInput
                field=Field::Tenant
                value=|v| v.tenant.clone()
                set=|v, typed| v.tenant = typed
                normalise=normalise
                on_paste=true
            />
        </FieldShell>
    }
}
