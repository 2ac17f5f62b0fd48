//! The frame every field shares: a label with its hidden-from-AT star, a hint, the control and the
//! error. The frame gives the control its id and ARIA state (`FieldControl::apply`), so no control
//! spells out `id`, `aria-invalid` and `aria-describedby` itself.

use crate::components::el::{El, el};
use crate::erased::{derived, memo};
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::prelude::*;
use crate::session::state::PanelState;

/// What a frame gives the control inside it.
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
    /// The control with its `id`, `aria-required`, `aria-invalid` and `aria-describedby`.
    pub fn apply(&self, control: El) -> El {
        let FieldControl {
            id,
            invalid,
            described_by,
            required,
        } = self.clone();
        control
            .attr("id", &id)
            .attr_with("aria-required", move || required.get())
            .attr_with("aria-invalid", move || invalid.get())
            .attr_with("aria-describedby", move || described_by.get())
    }
}

/// The visible `*` of a required field, hidden from assistive technology. It sits beside the
/// `<label>`, not in it, so the label's text is exactly the field's name.
pub fn required_mark() -> El {
    el("span")
        .class("acp-required")
        .attr("aria-hidden", "true")
        .text("*")
}

/// A field's frame: label, hint and error around a control labelled with `<label for>`.
pub struct Frame {
    state: PanelState,
    /// The control's id; the hint and error ids derive from it.
    id: String,
    /// The label text: the control's accessible name.
    label: Key,
    /// Help under the label, attached to the control (in the active language).
    hint: Signal<Option<String>>,
    /// The message shown while the value is wrong (in the active language).
    error: Signal<Option<String>>,
    /// Whether a value is required (the `*` and `aria-required`).
    required: Memo<bool>,
    /// Ids of other elements that describe the control (after the hint).
    describe: Vec<String>,
}

impl Frame {
    /// A frame for the control `id`, labelled `label`, required, with no hint and no error.
    pub fn new(state: PanelState, id: String, label: Key) -> Frame {
        Frame {
            state,
            id,
            label,
            hint: Signal::stored(None),
            error: Signal::stored(None),
            required: memo(|_| true),
            describe: Vec::new(),
        }
    }

    /// The frame of a field of the connection form: its error is the form's for `field`.
    pub fn of(state: PanelState, field: Field, label: Key, hint: Option<Key>) -> Frame {
        let mut frame = Frame::new(state, state.field_id(field), label);
        frame.hint = derived(move || hint.map(|key| state.t(key)()));
        frame.error = derived(move || state.error_message(field));
        frame
    }

    pub fn hint(mut self, hint: Signal<Option<String>>) -> Frame {
        self.hint = hint;
        self
    }

    pub fn error(mut self, error: Signal<Option<String>>) -> Frame {
        self.error = error;
        self
    }

    pub fn required(mut self, required: Memo<bool>) -> Frame {
        self.required = required;
        self
    }

    /// A field that may stay empty: no `*`, no `aria-required`.
    pub fn optional(self) -> Frame {
        self.required(memo(|_| false))
    }

    /// Another element that describes the control (after the hint).
    pub fn describe(mut self, id: String) -> Frame {
        self.describe.push(id);
        self
    }

    fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// The id and ARIA state the control inside this frame takes.
    pub fn control(&self) -> FieldControl {
        let Frame {
            hint,
            error,
            required,
            ..
        } = *self;
        let (hint_id, error_id, describe) =
            (self.hint_id(), self.error_id(), self.describe.clone());
        let described = move || {
            let ids: Vec<String> = hint
                .with(Option::is_some)
                .then(|| hint_id.clone())
                .iter()
                .chain(&describe)
                .cloned()
                .chain(error.with(Option::is_some).then(|| error_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        FieldControl {
            id: self.id.clone(),
            invalid: derived(move || error.with(Option::is_some).then(|| "true".to_string())),
            described_by: derived(described),
            required: derived(move || required.get().then(|| "true".to_string())),
        }
    }

    /// The frame around `content`: the control `control()` was applied to, and what goes with it.
    pub fn around<const N: usize>(self, content: [El; N]) -> El {
        let Frame {
            state,
            hint,
            error,
            required,
            ..
        } = self;
        let label_row = el("div")
            .class("acp-label-row")
            .child(
                el("label")
                    .class("acp-label")
                    .attr("for", &self.id)
                    .text_with(state.t(self.label)),
            )
            .child_while(move || required.get(), || vec![required_mark()]);
        let hint_text = el("p")
            .class("acp-hint")
            .attr("id", &self.hint_id())
            .flag_with("hidden", move || hint.with(Option::is_none))
            .text_with(move || hint.get().unwrap_or_default());
        el("div")
            .attr_with("class", move || {
                Some(if error.with(Option::is_some) {
                    "acp-field acp-field--invalid".to_string()
                } else {
                    "acp-field".to_string()
                })
            })
            .child(label_row)
            .child(hint_text)
            .children(content)
            .child_error(self.error_id(), error)
    }
}

impl El {
    /// Appends a field's error, present only while there is one; `id` is the id the control
    /// names in `aria-describedby`.
    pub fn child_error(self, id: String, error: Signal<Option<String>>) -> El {
        self.child_while(
            move || error.with(Option::is_some),
            move || {
                vec![
                    el("p")
                        .class("acp-error")
                        .attr("id", &id)
                        .child(
                            el("span")
                                .class("acp-error-icon")
                                .attr("aria-hidden", "true")
                                .text("!"),
                        )
                        .text_with(move || error.get().unwrap_or_default()),
                ]
            },
        )
    }
}
