//! The host's answer to `submit`: saved (the draft goes, the form is read-only until the next
//! `init`), or refused with errors placed on their fields or shown above the form.

use super::changes;
use super::state::{PanelState, Status};
use crate::model::host_errors::place_host_errors;
use crate::prelude::*;
use crate::protocol::SubmitResult;

/// Applies the answer; false when it brought errors, so the first invalid field takes focus.
pub fn apply_submit_result(state: &PanelState, result: SubmitResult) -> bool {
    if result.ok {
        changes::clear_draft(state);
        state.base.set(state.values.get_untracked());
        state.general.set(None);
        state.status.set(Status::Saved);
        return true;
    }
    let placed = place_host_errors(
        result.message,
        result.field_errors.unwrap_or_default(),
        state.api_type(),
    );
    state.host_errors.set(placed.fields);
    state.general.set(Some(placed.general));
    state.status.set(Status::Editing);
    false
}
