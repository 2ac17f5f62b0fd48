//! "Region": no default; Australia, CA, EU, Japan, UK, US, then US (legacy), with the resolved domain below.

use super::select_input::{option, select_input};
use crate::components::el::{El, el};
use crate::components::field::Frame;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::model::region::Region;
use crate::prelude::*;
use crate::session::state::PanelState;

pub fn region_field(state: PanelState) -> El {
    let field = Field::Region;
    let domain_id = state.id("domain");
    let domain = move || state.values.with(|v| v.domain());
    let frame = Frame::of(state, field, Key::FieldRegionLabel, None).describe(domain_id.clone());
    let placeholder = option(state, "", Key::FieldRegionPlaceholder, |v| {
        v.region.is_none()
    });
    let regions = Region::ALL
        .into_iter()
        .map(|r| option(state, r.code(), r.label(), move |v| v.region == Some(r)));
    let select = select_input(state, &frame.control(), field, |v, code| {
        v.region = Region::from_code(code)
    })
    .child(placeholder)
    .children(regions);
    let preview = el("p")
        .class("acp-domain-preview")
        .flag_with("hidden", move || domain().is_none())
        .child(
            el("span")
                .class("acp-domain-caption")
                .attr("aria-hidden", "true")
                .text_with(state.t(Key::FieldRegionDomain)),
        )
        .child(
            el("code")
                .class("acp-domain")
                .attr("id", &domain_id)
                .text_with(move || domain().unwrap_or_default()),
        );
    frame.around([select, preview])
}
