//! Browser timers that clear themselves when dropped: replacing, removing or forgetting one is
//! all it takes to stop it, so an unmounted panel leaves no timer behind. One type for both
//! kinds, so the places that keep a timer share one stored-value type.

use leptos::prelude::{
    IntervalHandle, TimeoutHandle, set_interval_with_handle, set_timeout_with_handle,
};
use std::time::Duration;

/// A pending `setTimeout` or a running `setInterval`.
pub enum Timer {
    Once(TimeoutHandle),
    Every(IntervalHandle),
}

impl Timer {
    /// Runs `f` once after `delay`; `None` when the browser refused the timer.
    pub fn once(f: impl FnOnce() + 'static, delay: Duration) -> Option<Timer> {
        set_timeout_with_handle(f, delay).ok().map(Timer::Once)
    }

    /// Runs `f` every `period`; `None` when the browser refused the timer.
    pub fn every(f: impl Fn() + 'static, period: Duration) -> Option<Timer> {
        set_interval_with_handle(f, period).ok().map(Timer::Every)
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        match self {
            Timer::Once(handle) => handle.clear(),
            Timer::Every(handle) => handle.clear(),
        }
    }
}
