//! "API type": Management or My account, each with a one-line description as its hint.

use crate::components::el::{El, el};
use crate::components::field::required_mark;
use crate::i18n::Key;
use crate::model::connection::ApiType;
use crate::prelude::*;
use crate::session::state::PanelState;

const CHOICES: [(ApiType, &str, Key, Key); 2] = [
    (
        ApiType::Management,
        "management",
        Key::ApiTypeManagement,
        Key::ApiTypeManagementHint,
    ),
    (
        ApiType::MyAccount,
        "my-account",
        Key::ApiTypeMyAccount,
        Key::ApiTypeMyAccountHint,
    ),
];

pub fn api_type_field(state: PanelState) -> El {
    let name = state.id("api-type");
    let cards = CHOICES.into_iter().map(|(api, key, label, description)| {
        let id = state.id(&format!("api-type-{key}"));
        let hint_id = format!("{id}-hint");
        let radio = el("input")
            .attr("type", "radio")
            .attr("id", &id)
            .attr("name", &name)
            .attr("value", key)
            .attr("aria-describedby", &hint_id)
            .property_with("checked", move || state.values.with(|v| v.api_type == api))
            .on("change", move |_| state.update(|v| v.api_type = api));
        el("div")
            .class("acp-choice-card")
            .child(radio)
            .child(el("label").attr("for", &id).text_with(state.t(label)))
            .child(
                el("p")
                    .class("acp-hint")
                    .attr("id", &hint_id)
                    .text_with(state.t(description)),
            )
    });
    el("fieldset")
        .class("acp-field acp-choice-group")
        .child(
            el("legend")
                .class("acp-label")
                .text_with(state.t(Key::FieldApiTypeLabel))
                .child(required_mark()),
        )
        .child(el("div").class("acp-choice-cards").children(cards))
}
