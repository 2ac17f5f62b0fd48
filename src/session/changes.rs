//! The draft and `changed`: every edit is kept as a draft (sessionStorage, no secrets) and told to
//! the host, debounced, once per pause in typing.

use super::state::{PanelState, Status};
use super::storage;
use super::timer::Timer;
use crate::erased::effect;
use crate::model::draft::draft_key;
use crate::model::string_map::StringMap;
use crate::prelude::*;
use crate::protocol::{ChangedPayload, PanelToHost};
use std::time::Duration;

const CHANGED_DEBOUNCE: Duration = Duration::from_millis(200);

/// The storage key of this panel's draft: its host, mode, connection and instance.
pub fn key(state: &PanelState) -> String {
    let (origin, instance) = state.draft_scope();
    // Borrowed, not cloned: the host context holds the whole scope catalogue.
    state.host.with_untracked(|host| {
        draft_key(
            &origin,
            host.mode.code(),
            host.connection_id.as_deref(),
            instance.as_deref(),
        )
    })
}

/// Keeps the draft and posts `changed` after each pause in editing. The timer lives in `timer`:
/// replacing it clears the one before, dropping it (unmount) clears it.
pub fn watch(state: PanelState, timer: StoredValue<Option<Timer>, LocalStorage>) {
    effect(move |_| {
        let values = state.values.get();
        let dirty = state.dirty.get();
        state.errors.track();
        if state.status.get_untracked() != Status::Editing {
            return;
        }
        if dirty {
            storage::save_draft(&key(&state), &values);
        }
        let timeout = Timer::once(
            move || {
                if state.status.try_with_untracked(|_| ()).is_some() {
                    post_changed(&state);
                }
            },
            CHANGED_DEBOUNCE,
        );
        timer.set_value(timeout);
    });
}

/// Posts `changed` now: validity, dirtiness and every current error.
pub fn post_changed(state: &PanelState) {
    let errors = state.errors.get_untracked();
    let mut by_field = StringMap::new();
    for (field, message) in errors.iter() {
        let message = state.i18n.with_untracked(|c| c.render(message));
        by_field.insert(field.key().to_string(), message);
    }
    state.send(PanelToHost::Changed {
        payload: ChangedPayload {
            valid: errors.is_empty(),
            dirty: state.dirty.get_untracked(),
            errors: by_field,
        },
    });
}

/// Forgets the draft (saved, cancelled or discarded).
pub fn clear_draft(state: &PanelState) {
    storage::clear_draft(&key(state));
    state.draft_restored.set(false);
}
