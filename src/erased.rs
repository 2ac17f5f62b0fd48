//! Closures boxed before they reach Leptos's reactive graph.
//!
//! Leptos's effect, memo and derived-signal code is generic over the closure it runs, and every
//! closure is a type of its own, so each effect, memo and derived signal brought its own copy of
//! that code into the module. Boxed, they share one copy per value type. The panel uses these
//! instead of `Effect::new`, `Memo::new` and `Signal::derive`; its elements box their listeners
//! and reactive values the same way (`components::el`).

use crate::prelude::{Effect, Memo, Signal};

/// An effect: `run` runs once soon after (Leptos schedules the first run; only in the browser)
/// and again whenever a signal it read changes; it receives what it returned the last time
/// (`None` the first time).
pub fn effect<T: 'static>(run: impl FnMut(Option<T>) -> T + 'static) {
    let run: Box<dyn FnMut(Option<T>) -> T> = Box::new(run);
    Effect::new(run);
}

/// A signal computed by `read` each time it is read.
pub fn derived<T: Send + Sync + 'static>(
    read: impl Fn() -> T + Send + Sync + 'static,
) -> Signal<T> {
    let read: Box<dyn Fn() -> T + Send + Sync> = Box::new(read);
    Signal::derive(read)
}

/// What a memo runs: from its last value (if any), the new one.
type Compute<T> = Box<dyn Fn(Option<&T>) -> T + Send + Sync>;

/// A memo: `compute` runs again when a signal it read changes, and readers are told only when
/// the value is different.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    compute: impl Fn(Option<&T>) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let compute: Compute<T> = Box::new(compute);
    Memo::new(compute)
}
