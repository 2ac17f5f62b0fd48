//! "API type": Management or My account, each with a one-line description as its hint.

use crate::components::field::RequiredMark;
use crate::erased::{CollectAny, handler};
use crate::i18n::Key;
use crate::model::connection::ApiType;
use crate::session::state::PanelState;
use leptos::prelude::*;

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

#[component]
pub fn ApiTypeField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let name = state.id("api-type");
    view! {
        <fieldset class="acp-field acp-choice-group">
            <legend class="acp-label">{state.t(Key::FieldApiTypeLabel)} <RequiredMark /></legend>
            <div class="acp-choice-cards">
                {CHOICES
                    .into_iter()
                    .map(|(api, key, label, description)| {
                        let id = state.id(&format!("api-type-{key}"));
                        let hint_id = format!("{id}-hint");
                        view! {
                            <div class="acp-choice-card">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name.clone()
                                    value=key
                                    aria-describedby=Some(hint_id.clone())
                                    prop:checked=move || state.values.with(|v| v.api_type == api)
                                    on:change=handler(move |_| state.update(|v| v.api_type = api))
                                />
                                <label for=id>{state.t(label)}</label>
                                <p class="acp-hint" id=hint_id>{state.t(description)}</p>
                            </div>
                        }
                    })
                    .collect_any()}
            </div>
        </fieldset>
    }
}
