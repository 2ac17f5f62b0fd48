//! Closures boxed before they reach Leptos.
//!
//! Leptos's listener, effect, memo and derived-signal code is generic over the closure it runs,
//! and every closure is a type of its own, so each `on:` handler, effect, memo and derived signal
//! brought its own copy of that code into the module. Boxed, they share one copy per event type or
//! value type: about forty handlers became eleven types (5.5 KB less gzipped), and with effects,
//! memos and derived signals the module is 7.5 KB smaller.
//! The panel's views use these instead of `Effect::new`, `Memo::new` and `Signal::derive`.
//!
//! Lists of views are collected type-erased (`collect_any`), so every list shares one copy of
//! Leptos's list code rather than one per kind of item.
//!
//! Views follow the same rule for reactive children: Leptos boxes a closure written in place
//! (`{move || title()}`) and shares its code per output type, but not a closure named by a
//! variable (`{title}`), which brings its own; so views write the closure in place.

use leptos::prelude::{AnyView, Effect, IntoAny, Memo, Signal};

/// A boxed listener for events of type `E`.
pub type Handler<E> = Box<dyn FnMut(E)>;

/// Boxes `listener`, for `on:event=handler(…)` in a view.
pub fn handler<E>(listener: impl FnMut(E) + 'static) -> Handler<E> {
    Box::new(listener)
}

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

/// Collecting views into a type-erased list (`Vec<AnyView>`), for `{items.map(…).collect_any()}`
/// in a view, where `collect_view` would make a list type, and a copy of the list code, per item
/// view.
pub trait CollectAny: Iterator<Item: IntoAny> + Sized {
    fn collect_any(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).collect()
    }
}

impl<I: Iterator<Item: IntoAny>> CollectAny for I {}
