//! The frame every field shares: a label with its hidden-from-AT star, a hint, and the error.

use crate::model::connection::Field;
use crate::session::state::PanelState;
use leptos::prelude::*;

/// The ids a control names in `aria-describedby`: its hint (if any), extra descriptions, and its
/// error while one is shown.
pub fn described_by(
    state: PanelState,
    field: Field,
    has_hint: bool,
    extra: Vec<String>,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let id = state.field_id(field);
    move || {
        let mut ids: Vec<String> = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        ids.extend(extra.iter().cloned());
        if state.error_for(field).is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

pub fn invalid(
    state: PanelState,
    field: Field,
) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static {
    move || state.error_for(field).map(|_| "true")
}

/// The visible `*` of a required field, hidden from assistive technology. It sits beside the
/// `<label>`, not in it, so the label's text is exactly the field's name.
#[component]
pub fn RequiredMark() -> impl IntoView {
    view! { <span class="acp-required" aria-hidden="true">"*"</span> }
}

/// A field's error message, present only while the field has one.
#[component]
pub fn FieldError(field: Field) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let id = format!("{}-error", state.field_id(field));
    move || {
        state.error_for(field).map(|message| {
            view! {
                <p class="acp-error" id=id.clone()>
                    <span class="acp-error-icon" aria-hidden="true">"!"</span>
                    {message}
                </p>
            }
        })
    }
}

/// Label, hint, control (the children) and error, for a control labelled with `<label for>`.
#[component]
pub fn FieldShell(
    field: Field,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let id = state.field_id(field);
    let has_error = move || state.error_for(field).is_some();
    view! {
        <div class="acp-field" class=("acp-field--invalid", has_error)>
            <div class="acp-label-row">
                <label class="acp-label" for=id.clone()>{label}</label>
                <RequiredMark />
            </div>
            {hint.map(|h| view! { <p class="acp-hint" id=format!("{id}-hint")>{h}</p> })}
            {children()}
            <FieldError field=field />
        </div>
    }
}
