//! The frame every field shares: a label with its hidden-from-AT star, a hint, the control (the
//! children) and the error. The frame hands the control its id and ARIA state through context
//! (`use_field`), so no control spells out `id`, `aria-invalid` and `aria-describedby` itself.

use crate::components::shown::shown_while;
use crate::erased::derived;
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::session::state::PanelState;
use leptos::prelude::*;

/// What a frame gives the control inside it: spread `attrs()` onto the control.
#[derive(Clone)]
pub struct FieldControl {
    id: String,
    /// `aria-invalid`: `"true"` while the field shows an error.
    invalid: Signal<Option<String>>,
    /// `aria-describedby`: the hint, other descriptions, then the error while one is shown.
    described_by: Signal<Option<String>>,
    /// `aria-required`: `"true"` while the field is required.
    required: Signal<Option<String>>,
}

impl FieldControl {
    /// `id`, `aria-required`, `aria-invalid` and `aria-describedby`, to spread onto the control:
    /// `<input {..control.attrs()} … />`.
    pub fn attrs(&self) -> impl leptos::attr::Attribute + use<> {
        let FieldControl {
            id,
            invalid,
            described_by,
            required,
        } = self.clone();
        view! {
            <{..}
                id=id
                aria-required=required
                aria-invalid=invalid
                aria-describedby=described_by
            />
        }
    }
}

/// The control's id and ARIA state, from the frame around it.
pub fn use_field() -> FieldControl {
    expect_context::<FieldControl>()
}

/// The visible `*` of a required field, hidden from assistive technology. It sits beside the
/// `<label>`, not in it, so the label's text is exactly the field's name.
#[component]
pub fn RequiredMark() -> impl IntoView {
    view! { <span class="acp-required" aria-hidden="true">"*"</span> }
}

/// Label, hint, control and error, for a control labelled with `<label for>`.
#[component]
pub fn FieldFrame(
    /// The control's id; the hint and error ids derive from it.
    id: String,
    /// The label text: the control's accessible name.
    label: Key,
    /// Help under the label, attached to the control (in the active language).
    #[prop(into)]
    hint: Signal<Option<String>>,
    /// The message shown while the value is wrong (in the active language).
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Whether a value is required (the `*` and `aria-required`).
    #[prop(into)]
    required: Signal<bool>,
    /// Ids of other elements that describe the control (after the hint).
    #[prop(optional)]
    describe: Vec<String>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    let has_hint = move || hint.with(Option::is_some);
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<String> = has_hint()
                .then(|| hint_id.clone())
                .iter()
                .chain(&describe)
                .cloned()
                .chain(has_error().then(|| error_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    provide_context(FieldControl {
        id: id.clone(),
        invalid: derived(move || has_error().then(|| "true".to_string())),
        described_by: derived(described),
        required: derived(move || required.get().then(|| "true".to_string())),
    });
    view! {
        <div class="acp-field" class=("acp-field--invalid", has_error)>
            <div class="acp-label-row">
                <label class="acp-label" for=id>{state.t(label)}</label>
                {shown_while(move || required.get(), || view! { <RequiredMark /> }.into_any())}
            </div>
            <p class="acp-hint" id=hint_id hidden=move || !has_hint()>
                {move || hint.get().unwrap_or_default()}
            </p>
            {children()}
            <ErrorMessage id=error_id error=error />
        </div>
    }
}

/// A field's error, present only while there is one.
#[component]
pub fn ErrorMessage(
    /// The id the control names in `aria-describedby`.
    id: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="acp-error" id=id.clone()>
                    <span class="acp-error-icon" aria-hidden="true">"!"</span>
                    {message}
                </p>
            }
        })
    }
}

/// The frame of a field of the connection form (required unless `optional`): its error is the
/// form's for `field`.
#[component]
pub fn FieldShell(
    field: Field,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    /// A field that may stay empty: no `*`, no `aria-required`.
    #[prop(optional)]
    optional: bool,
    /// Ids of other elements that describe the control (after the hint).
    #[prop(optional)]
    describe: Vec<String>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<PanelState>();
    view! {
        <FieldFrame
            id=state.field_id(field)
            label=label
            hint=derived(move || hint.map(|key| state.t(key)()))
            error=derived(move || state.error_message(field))
            required=!optional
            describe=describe
        >
            {children()}
        </FieldFrame>
    }
}
