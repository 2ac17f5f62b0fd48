//! "Custom domain": optional, after Region; a pasted URL is read as its host name on blur.

use super::address_input::AddressInput;
use crate::components::field::FieldShell;
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
    view! {
        <FieldShell
            field=Field::CustomDomain
            label=Key::FieldCustomDomainLabel
            hint=Key::FieldCustomDomainHint
            optional=true>
            <AddressInput
                field=Field::CustomDomain
                value=|v| v.custom_domain.clone()
                set=|v, typed| v.custom_domain = typed
                normalise=normalise
                placeholder="login.example.com"
            />
        </FieldShell>
    }
}
