//! "Tenant domain": accepts whatever Auth0 shows, normalises to the tenant name on blur and right
//! after a paste, and sets Region when the input reveals it.

use super::address_input::{Address, address_input};
use crate::components::el::El;
use crate::components::field::Frame;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::tenant::parse_tenant_input;
use crate::prelude::*;
use crate::session::state::PanelState;

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

pub fn tenant_field(state: PanelState) -> El {
    let field = Field::Tenant;
    let frame = Frame::of(
        state,
        field,
        Key::FieldTenantLabel,
        Some(Key::FieldTenantHint),
    );
    let input = address_input(
        state,
        &frame.control(),
        Address {
            field,
            value: |v| v.tenant.clone(),
            set: |v, typed| v.tenant = typed,
            normalise,
            on_paste: true,
        },
    );
    frame.around([input])
}
