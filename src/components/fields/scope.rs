//! "Scope" (My account): a group with the chosen scopes and the button that opens the picker.

use crate::components::field::{ErrorMessage, RequiredMark};
use crate::components::help::{Help, HelpDisclosure};
use crate::components::scope_picker::ScopePicker;
use crate::components::shown::shown_while;
use crate::erased::{CollectAny, derived, handler, memo};
use crate::i18n::{Key, Text};
use crate::model::connection::Field;
use crate::session::state::PanelState;
use leptos::prelude::*;

/// The summary names this many scopes, then counts the rest.
const SUMMARY_LIMIT: usize = 40;

#[component]
pub fn ScopeField() -> impl IntoView {
    let state = expect_context::<PanelState>();
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
        derived(move || {
            let mut d = format!("{hint_id} {summary_id}");
            if has_error() {
                d.push_str(&format!(" {button_id}-error"));
            }
            Some(d)
        })
    };
    view! {
        <div
            class="acp-field acp-scope-field"
            class=("acp-field--invalid", has_error)
            role="group"
            aria-labelledby=label_id
        >
            <span class="acp-label" id=label_id.clone()>{state.t(Key::FieldScopeLabel)} <RequiredMark /></span>
            <p class="acp-hint" id=hint_id>
                {state.t(Key::FieldScopeHint)}
            </p>
            <div class="acp-scope-summary" id=summary_id>
                <p class="acp-scope-count">{move || count_text()}</p>
                {shown_while(
                    move || chosen.with(|c| !c.is_empty()),
                    move || view! {
                        <ul class="acp-chips">
                            {move || {
                                chosen
                                    .get()
                                    .into_iter()
                                    .take(SUMMARY_LIMIT)
                                    .map(|(scope, known)| {
                                        view! {
                                            <li class="acp-chip" class=("acp-chip--unknown", !known)>
                                                <span class="acp-chip-text">{scope}</span>
                                                {(!known).then(|| view! { <span class="acp-chip-note">{state.t(Key::ScopeNotInCatalogue)}</span> })}
                                            </li>
                                        }
                                    })
                                    .collect_any()
                            }}
                        </ul>
                        {move || {
                            let rest = chosen.with(Vec::len).saturating_sub(SUMMARY_LIMIT);
                            (rest > 0).then(|| view! { <p class="acp-scope-count">{state.render(&Text::count(Key::ScopeMore, rest))}</p> })
                        }}
                    }.into_any(),
                )}
            </div>
            <button
                type="button"
                class="acp-button"
                id=button_id.clone()
                aria-haspopup="dialog"
                aria-describedby=describedby
                on:click=handler(move |_| open.set(true))
            >
                {state.t(Key::FieldScopeLabel)}
            </button>
            <ErrorMessage
                id=format!("{}-error", state.field_id(field))
                error=derived(move || state.error_message(field))
            />
        </div>
        <HelpDisclosure help=Help::Scopes />
        <ScopePicker open=open opener=button_id />
    }
}
