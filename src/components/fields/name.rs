//! "Name your connection".

use crate::components::el::{El, el};
use crate::components::field::Frame;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::name::MAX_NAME_CHARS;
use crate::prelude::*;
use crate::session::state::PanelState;

pub fn name_field(state: PanelState) -> El {
    let field = Field::Name;
    let frame = Frame::of(state, field, Key::FieldNameLabel, Some(Key::FieldNameHint));
    let input = frame
        .control()
        .apply(el("input"))
        .attr("type", "text")
        .class("acp-input")
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .attr("maxlength", &(MAX_NAME_CHARS * 2).to_string())
        .value_with(move || state.values.with(|v| v.name.clone()))
        .on("input", move |ev| {
            let value = event_target_value(&ev);
            state.update(|v| v.name = value);
        })
        .on("blur", move |_| state.reveal(field));
    frame.around([input])
}
