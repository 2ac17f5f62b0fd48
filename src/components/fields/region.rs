//! "Region": no default; Australia, CA, EU, Japan, UK, US, then US (legacy), with the resolved domain below.

use super::select_input::SelectInput;
use crate::components::field::FieldShell;
use crate::erased::CollectAny;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::region::Region;
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn RegionField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::Region;
    let domain_id = state.id("domain");
    let domain = move || state.values.with(|v| v.domain());
    view! {
        <FieldShell field=field label=Key::FieldRegionLabel describe=vec![domain_id.clone()]>
            <SelectInput field=field choose=|v, code| v.region = Region::from_code(code)>
                <option value="" prop:selected=move || state.values.with(|v| v.region.is_none())>
                    {state.t(Key::FieldRegionPlaceholder)}
                </option>
                {Region::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <option
                                value=r.code()
                                prop:selected=move || state.values.with(|v| v.region == Some(r))
                            >
                                {state.t(r.label())}
                            </option>
                        }
                    })
                    .collect_any()}
            </SelectInput>
            <p class="acp-domain-preview" hidden=move || domain().is_none()>
                <span class="acp-domain-caption" aria-hidden="true">{state.t(Key::FieldRegionDomain)}</span>
                <code class="acp-domain" id=domain_id.clone()>{move || domain().unwrap_or_default()}</code>
            </p>
        </FieldShell>
    }
}
