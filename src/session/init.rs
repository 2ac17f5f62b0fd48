//! Applying an `init`: the host's new context, and which values the form shows (the host's prefill,
//! the person's restored draft, or their edits kept over new settings), as `InitPlan` decides.

use super::changes;
use super::state::{HostContext, PanelState, Status};
use super::storage;
use crate::model::connection::FormValues;
use crate::model::draft::merge_edits;
use crate::model::init_plan::{InitContext, InitPlan};
use crate::prelude::*;
use crate::protocol::InitPayload;

pub fn apply(state: PanelState, init: &InitPayload) {
    super::locale::apply(state, init.locale.as_deref(), init.strings.as_ref());
    let new_host = HostContext::from_init(init);
    let prefill = FormValues::from_prefill(&init.connection.clone().unwrap_or_default());
    let context = state.host.with_untracked(|old| InitContext {
        first: state.inits.get_untracked() == 0,
        same_connection: old.mode == new_host.mode && old.connection_id == new_host.connection_id,
        reset: init.reset.unwrap_or(false),
        saved: state.status.get_untracked() == Status::Saved,
    });
    let old_base = state.base.get_untracked();
    let current = state.values.get_untracked();
    state.host.set(new_host);
    state.base.set(prefill.clone());
    state.inits.update(|n| *n += 1);
    let key = changes::key(&state);
    if context.reset {
        storage::clear_draft(&key);
    }
    let values = match context.plan() {
        InitPlan::RestoreDraft => match storage::load_draft(&key) {
            Ok(Some(draft)) if draft != prefill => {
                state.draft_restored.set(true);
                draft
            }
            Ok(_) => prefill,
            Err(problem) => {
                crate::prelude::console_warn!("{problem}");
                storage::clear_draft(&key);
                state.draft_unreadable.set(true);
                prefill
            }
        },
        InitPlan::KeepEdits => merge_edits(&old_base, &current, &prefill),
        InitPlan::Replace => {
            state.draft_restored.set(false);
            prefill
        }
    };
    if !context.keeps_shown_errors() {
        state.shown.set(Default::default());
        state.host_errors.set(Default::default());
    }
    state.values.set(values);
    state.general.set(None);
    state.status.set(Status::Editing);
}
