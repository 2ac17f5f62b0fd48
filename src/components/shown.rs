//! Content that is on the page only while a condition holds: Leptos's `<Show>` without the
//! fallback, and with the content type-erased, so each use adds less code to the module.

use crate::erased::memo;
use leptos::prelude::*;

/// `content()` while `condition()` holds. The condition is memoised: the content is built when
/// it becomes true and dropped when it becomes false, never rebuilt in between.
pub fn shown_while(
    condition: impl Fn() -> bool + Send + Sync + 'static,
    content: impl Fn() -> AnyView + Send + Sync + 'static,
) -> AnyView {
    shown(memo(move |_| condition()), Box::new(content))
}

/// The one instantiation of the view that every `shown_while` shares.
fn shown(condition: Memo<bool>, content: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    switched(move || condition.get().then(&content))
}

/// The view `view()` returns (if any), built again whenever a signal it read changes.
pub fn switched(view: impl Fn() -> Option<AnyView> + Send + Sync + 'static) -> AnyView {
    let view: Box<dyn Fn() -> Option<AnyView> + Send + Sync> = Box::new(view);
    view.into_any()
}
