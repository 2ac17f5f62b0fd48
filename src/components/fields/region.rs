//! "Region": no default; Australia, CA, EU, Japan, UK, US, then US (legacy), with the resolved domain below.

use crate::components::field::{FieldShell, use_field};
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
            {
                let control = use_field();
                view! {
                    <select
                        class="acp-select"
                        {..control.attrs()}
                        on:change=move |ev| {
                            let region = Region::from_code(&event_target_value(&ev));
                            state.update(|v| v.region = region);
                            state.reveal(field);
                        }
                        on:blur=move |_| state.reveal(field)
                    >
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
                            .collect_view()}
                    </select>
                    <p class="acp-domain-preview" hidden=move || domain().is_none()>
                        <span class="acp-domain-caption" aria-hidden="true">{state.t(Key::FieldRegionDomain)}</span>
                        <code class="acp-domain" id=domain_id.clone()>{domain}</code>
                    </p>
                }
            }
        </FieldShell>
    }
}
