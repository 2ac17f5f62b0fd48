//! "Audience" (Management) and "API audience" (My account): prefilled from the domain, following
//! it until the person edits it, then offering "Reset to default".

use crate::components::button::button;
use crate::components::el::{El, el};
use crate::components::field::Frame;
use crate::components::help::{Help, help_disclosure};
use crate::i18n::Key;
use crate::model::connection::{ApiType, Field};
use crate::prelude::*;
use crate::session::state::PanelState;

/// The field and its help.
pub fn audience_field(state: PanelState, api: ApiType) -> [El; 2] {
    let field = Field::Audience;
    let (label, hint, help) = match api {
        ApiType::Management => (
            Key::FieldAudienceLabel,
            Key::FieldAudienceHint,
            Help::Audience,
        ),
        ApiType::MyAccount => (
            Key::FieldApiAudienceLabel,
            Key::FieldApiAudienceHint,
            Help::ApiAudience,
        ),
    };
    let customised = move || {
        state
            .values
            .with(|v| v.custom_audience(api).is_some() && v.default_audience(api).is_some())
    };
    let frame = Frame::of(state, field, label, Some(hint));
    let input = frame
        .control()
        .apply(el("input"))
        .attr("type", "url")
        .class("acp-input")
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .value_with(move || state.values.with(|v| v.audience(api)))
        .on("input", move |ev| {
            let value = event_target_value(&ev);
            state.update(|v| v.set_audience(api, value));
        })
        .on("blur", move |_| state.reveal(field));
    let reset = move || {
        vec![button(
            state,
            "acp-button acp-button--quiet",
            Key::AudienceReset,
            move || state.update(|v| *v.custom_audience_mut(api) = None),
        )]
    };
    let row = el("div")
        .class("acp-input-row")
        .child(input)
        .child_while(customised, reset);
    [frame.around([row]), help_disclosure(state, help)]
}
