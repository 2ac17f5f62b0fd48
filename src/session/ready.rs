//! The `ready` handshake: posted when the panel listens, then every 500 ms until the first
//! `init`, at most 20 times in all; after that the panel says the host did not answer (a late
//! `init` is still accepted).

use super::state::{PanelState, Status};
use super::timer::Timer;
use crate::prelude::*;
use crate::protocol::PanelToHost;
use std::time::Duration;

const READY_INTERVAL: Duration = Duration::from_millis(500);
const READY_ATTEMPTS: u32 = 20;

/// Starts the handshake, unless the host has already sent `init`. `interval` holds its timer
/// (the session's, so the handshake lives as long as the panel, whoever started it); dropped, and
/// so cleared, when the handshake ends, when it starts again, or when the panel is unmounted.
pub fn announce_ready(state: PanelState, interval: StoredValue<Option<Timer>, LocalStorage>) {
    if state.inits.get_untracked() > 0 {
        return;
    }
    state.status.set(Status::Connecting);
    state.send(PanelToHost::ready());
    // Owned by the interval's closure: nothing else reads it.
    let sent = std::cell::Cell::new(1_u32);
    let handle = Timer::every(
        move || {
            if state.status.try_with_untracked(|_| ()).is_none() {
                interval.try_set_value(None);
                return;
            }
            let stop = |status: Option<Status>| {
                interval.set_value(None);
                if let Some(s) = status {
                    state.status.set(s);
                }
            };
            if state.inits.get_untracked() > 0 {
                stop(None);
            } else if sent.get() >= READY_ATTEMPTS {
                stop(Some(Status::HostSilent));
            } else {
                sent.set(sent.get() + 1);
                state.send(PanelToHost::ready());
            }
        },
        READY_INTERVAL,
    );
    interval.set_value(handle);
}
