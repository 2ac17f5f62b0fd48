//! Timers that clear themselves when dropped: replacing, removing or forgetting one is all it
//! takes to stop it, so an unmounted panel leaves no timer behind.

use leptos::prelude::{
    IntervalHandle, TimeoutHandle, set_interval_with_handle, set_timeout_with_handle,
};
use std::time::Duration;

/// A pending `setTimeout`.
pub struct Timeout(TimeoutHandle);

impl Timeout {
    /// Runs `f` once after `delay`; `None` when the browser refused the timer.
    pub fn start(f: impl FnOnce() + 'static, delay: Duration) -> Option<Timeout> {
        set_timeout_with_handle(f, delay).ok().map(Timeout)
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        self.0.clear();
    }
}

/// A running `setInterval`.
pub struct Interval(IntervalHandle);

impl Interval {
    /// Runs `f` every `period`; `None` when the browser refused the timer.
    pub fn start(f: impl Fn() + 'static, period: Duration) -> Option<Interval> {
        set_interval_with_handle(f, period).ok().map(Interval)
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        self.0.clear();
    }
}
