//! The panel's requests to its host (`saveOAuthClient`, `submit`): each has an id and a
//! `hostTimeout` timer, and ends with the host's reply or the timeout, whichever comes first. A
//! reply to an unknown, finished or other kind of request is ignored.

use super::timer::Timer;
use crate::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// Request ids are numbered across every panel the module runs, so no two requests on a page share
/// one.
static ISSUED: AtomicU32 = AtomicU32::new(0);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestKind {
    SaveClient,
    Submit,
}

struct Pending {
    id: String,
    kind: RequestKind,
    /// Cleared when the request ends (dropped).
    _timeout: Option<Timer>,
}

/// The requests in flight (a handful at most, so a list). `Copy`: arena handles.
#[derive(Clone, Copy)]
pub struct Requests {
    pending: StoredValue<Vec<Pending>, LocalStorage>,
}

impl Requests {
    pub fn new() -> Requests {
        Requests {
            pending: StoredValue::new_local(Vec::new()),
        }
    }

    /// Starts a request and gives its id; `timed_out` runs with it if no reply ends it in time.
    pub fn start(
        &self,
        kind: RequestKind,
        timeout_ms: u32,
        timed_out: impl FnOnce(String) + 'static,
    ) -> String {
        let n = ISSUED.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        let id = format!("acp-{n}");
        let this = *self;
        let expired = id.clone();
        let timeout = Timer::once(
            move || {
                if this.take(&expired, kind) {
                    timed_out(expired);
                }
            },
            Duration::from_millis(u64::from(timeout_ms)),
        );
        self.pending.update_value(|p| {
            p.push(Pending {
                id: id.clone(),
                kind,
                _timeout: timeout,
            });
        });
        id
    }

    /// What kind of request an id is, while it is pending.
    pub fn kind_of(&self, id: &str) -> Option<RequestKind> {
        self.pending
            .try_with_value(|p| p.iter().find(|p| p.id == id).map(|p| p.kind))
            .flatten()
    }

    /// Ends a pending request; false for an unknown, late or mismatched reply (then ignored).
    pub fn take(&self, id: &str, kind: RequestKind) -> bool {
        let mut found = false;
        self.pending.try_update_value(|p| {
            if let Some(at) = p.iter().position(|r| r.id == id && r.kind == kind) {
                p.remove(at);
                found = true;
            }
        });
        if !found {
            crate::prelude::console_warn!("Ignored a reply for an unknown or expired request.");
        }
        found
    }

    /// Forgets every request (an unmounted panel): their timers stop.
    pub fn clear(&self) {
        self.pending.try_update_value(Vec::clear);
    }
}
