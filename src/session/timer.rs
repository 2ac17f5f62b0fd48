//! Browser timers that clear themselves when dropped: replacing, removing or forgetting one is
//! all it takes to stop it, so an unmounted panel leaves no timer behind. One type for both
//! kinds, so the places that keep a timer share one stored-value type.

use crate::prelude::window;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A pending `setTimeout` or a running `setInterval`, by the browser's handle. The callbacks are
/// handed to JavaScript's garbage collector, which frees them once the timer has fired or been
/// cleared and nothing refers to them.
pub enum Timer {
    Once(i32),
    Every(i32),
}

/// A duration in whole milliseconds, as the browser's timers take it.
fn millis(duration: Duration) -> i32 {
    i32::try_from(duration.as_millis()).unwrap_or(i32::MAX)
}

impl Timer {
    /// Runs `f` once after `delay`; `None` when the browser refused the timer.
    pub fn once(f: impl FnOnce() + 'static, delay: Duration) -> Option<Timer> {
        let callback = Closure::once(f).into_js_value();
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                millis(delay),
            )
            .ok()
            .map(Timer::Once)
    }

    /// Runs `f` every `period`; `None` when the browser refused the timer.
    pub fn every(f: impl Fn() + 'static, period: Duration) -> Option<Timer> {
        let f: Box<dyn Fn()> = Box::new(f);
        let callback = Closure::wrap(f).into_js_value();
        window()
            .set_interval_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                millis(period),
            )
            .ok()
            .map(Timer::Every)
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        match *self {
            Timer::Once(handle) => window().clear_timeout_with_handle(handle),
            Timer::Every(handle) => window().clear_interval_with_handle(handle),
        }
    }
}
