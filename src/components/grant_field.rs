//! "Grant type" (My account): Authorization code, with or without PKCE (default with).

use super::field::{FieldShell, described_by, invalid};
use super::state::PanelState;
use crate::model::connection::{Field, GrantType};
use leptos::prelude::*;

#[component]
pub fn GrantField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::GrantType;
    view! {
        <FieldShell field=field label="Grant type">
            <select
                class="acp-select"
                id=state.field_id(field)
                aria-required="true"
                aria-invalid=invalid(state, field)
                aria-describedby=described_by(state, field, false, vec![])
                on:change=move |ev| {
                    if let Some(grant) = GrantType::from_code(&event_target_value(&ev)) {
                        state.update(|v| v.grant_type = grant);
                    }
                }
            >
                {GrantType::MY_ACCOUNT
                    .into_iter()
                    .map(|g| {
                        view! {
                            <option
                                value=g.code()
                                prop:selected=move || state.values.with(|v| v.grant_type == g)
                            >
                                {g.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </FieldShell>
    }
}
