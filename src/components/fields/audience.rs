//! "Audience" (Management) and "API audience" (My account): prefilled from the domain, following
//! it until the person edits it, then offering "Reset to default".

use crate::components::field::{FieldShell, use_field};
use crate::components::help::{Help, HelpDisclosure};
use crate::components::shown::shown_while;
use crate::erased::handler;
use crate::i18n::Key;
use crate::model::connection::{ApiType, Field};
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn AudienceField(api: ApiType) -> impl IntoView {
    let state = expect_context::<PanelState>();
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
    view! {
        <FieldShell field=field label=label hint=hint>
            {
                let control = use_field();
                view! {
                    <div class="acp-input-row">
                        <input
                            type="url"
                            class="acp-input"
                            {..control.attrs()}
                            autocomplete="off"
                            spellcheck="false"
                            prop:value=move || state.values.with(|v| v.audience(api))
                            on:input=handler(move |ev| {
                                let value = event_target_value(&ev);
                                state.update(|v| v.set_audience(api, value));
                            })
                            on:blur=handler(move |_| state.reveal(field))
                        />
                        {shown_while(customised, move || view! {
                            <button
                                type="button"
                                class="acp-button acp-button--quiet"
                                on:click=handler(move |_| state.update(|v| *v.custom_audience_mut(api) = None))
                            >
                                {state.t(Key::AudienceReset)}
                            </button>
                        }.into_any())}
                    </div>
                }
            }
        </FieldShell>
        <HelpDisclosure help=help />
    }
}
