//! "Custom domain": optional, after Region; a pasted URL is read as its host name on blur.

use super::address_input::{Address, address_input};
use crate::components::el::El;
use crate::components::field::Frame;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::custom_domain::parse_custom_domain;
use crate::prelude::*;
use crate::session::state::PanelState;

/// Replaces the typed value by the host name it names, when it names a valid one.
fn normalise(state: PanelState) {
    let typed = state.values.with_untracked(|v| v.custom_domain.clone());
    if let Ok(host) = parse_custom_domain(&typed) {
        state.update(|v| v.custom_domain = host.unwrap_or_default());
    }
}

pub fn custom_domain_field(state: PanelState) -> El {
    let field = Field::CustomDomain;
    let hint = Some(Key::FieldCustomDomainHint);
    let frame = Frame::of(state, field, Key::FieldCustomDomainLabel, hint).optional();
    let input = address_input(
        state,
        &frame.control(),
        Address {
            field,
            value: |v| v.custom_domain.clone(),
            set: |v, typed| v.custom_domain = typed,
            normalise,
            on_paste: false,
        },
    )
    .attr("placeholder", "login.example.com");
    frame.around([input])
}
