//! "Scope" (My account): a group with the chosen scopes and the button that opens the picker.

use crate::components::el::{El, el};
use crate::components::field::required_mark;
use crate::components::help::{Help, help_disclosure};
use crate::components::scope_picker::scope_picker;
use crate::erased::{derived, memo};
use crate::i18n::{Key, Text};
use crate::model::connection::Field;
use crate::prelude::*;
use crate::session::state::PanelState;

/// The summary names this many scopes, then counts the rest.
const SUMMARY_LIMIT: usize = 40;

/// The field, its help and the picker.
pub fn scope_field(state: PanelState) -> [El; 3] {
    let field = Field::Scopes;
    let button_id = state.field_id(field);
    let label_id = state.id("scopes-label");
    let hint_id = state.id("scopes-hint");
    let summary_id = state.id("scopes-summary");
    let open = RwSignal::new(false);
    // The chosen scopes in catalogue order, each marked when the catalogue lacks it.
    let chosen = memo(move |_| {
        state.host.with(|h| {
            state.values.with(|v| {
                h.catalogue
                    .order(&v.scopes)
                    .into_iter()
                    .map(|s| {
                        let known = h.catalogue.contains(&s);
                        (s, known)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let count_text = move || match chosen.with(Vec::len) {
        0 => state.render(&Text::key(Key::ScopeSummaryNone)),
        n => state.render(&Text::count(Key::ScopeSummary, n)),
    };
    let has_error = move || state.error_for(field).is_some();
    let describedby = {
        let (hint_id, summary_id, button_id) =
            (hint_id.clone(), summary_id.clone(), button_id.clone());
        move || {
            let mut d = format!("{hint_id} {summary_id}");
            if has_error() {
                d.push_str(&format!(" {button_id}-error"));
            }
            Some(d)
        }
    };
    let chips = move || {
        chosen
            .get()
            .into_iter()
            .take(SUMMARY_LIMIT)
            .map(|(scope, known)| {
                let chip = el("li")
                    .class(if known {
                        "acp-chip"
                    } else {
                        "acp-chip acp-chip--unknown"
                    })
                    .child(el("span").class("acp-chip-text").text(&scope));
                if known {
                    chip
                } else {
                    chip.child(
                        el("span")
                            .class("acp-chip-note")
                            .text_with(state.t(Key::ScopeNotInCatalogue)),
                    )
                }
            })
            .collect()
    };
    let more = move || {
        let rest = chosen.with(Vec::len).saturating_sub(SUMMARY_LIMIT);
        (rest > 0).then(|| state.render(&Text::count(Key::ScopeMore, rest)))
    };
    let summary = el("div")
        .class("acp-scope-summary")
        .attr("id", &summary_id)
        .child(el("p").class("acp-scope-count").text_with(count_text))
        .child_while(
            move || chosen.with(|c| !c.is_empty()),
            move || vec![el("ul").class("acp-chips").children_with(chips)],
        )
        .child_while(
            move || more().is_some(),
            move || {
                vec![
                    el("p")
                        .class("acp-scope-count")
                        .text_with(move || more().unwrap_or_default()),
                ]
            },
        );
    let button = el("button")
        .attr("type", "button")
        .class("acp-button")
        .attr("id", &button_id)
        .attr("aria-haspopup", "dialog")
        .attr_with("aria-describedby", describedby)
        .on("click", move |_| open.set(true))
        .text_with(state.t(Key::FieldScopeLabel));
    let group = el("div")
        .attr_with("class", move || {
            Some(if has_error() {
                "acp-field acp-scope-field acp-field--invalid".to_string()
            } else {
                "acp-field acp-scope-field".to_string()
            })
        })
        .attr("role", "group")
        .attr("aria-labelledby", &label_id)
        .child(
            el("span")
                .class("acp-label")
                .attr("id", &label_id)
                .text_with(state.t(Key::FieldScopeLabel))
                .child(required_mark()),
        )
        .child(
            el("p")
                .class("acp-hint")
                .attr("id", &hint_id)
                .text_with(state.t(Key::FieldScopeHint)),
        )
        .child(summary)
        .child(button)
        .child_error(
            format!("{}-error", state.field_id(field)),
            derived(move || state.error_message(field)),
        );
    [
        group,
        help_disclosure(state, Help::Scopes),
        scope_picker(state, open, button_id),
    ]
}
