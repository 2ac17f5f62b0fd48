//! The panel's language: `init.locale`, or else the browser's languages, matched against the
//! locales the panel ships; the host's own wording (`init.strings`) over it. English is compiled
//! in; another locale's file is fetched, and until it arrives the panel keeps the words it shows.
//! Nothing the person typed depends on the language, so a switch loses nothing.

use super::state::PanelState;
use crate::i18n::{Catalogue, Key, locale};
use crate::model::string_map::StringMap;
use crate::prelude::*;

/// The host's overrides, by key (keys were checked when the `init` was decoded).
fn overrides(strings: Option<&StringMap>) -> Vec<(Key, String)> {
    strings
        .into_iter()
        .flat_map(StringMap::iter)
        .filter_map(|(name, text)| Some((Key::from_name(name)?, text.to_string())))
        .collect()
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let languages = window().navigator().languages();
    languages.iter().filter_map(|tag| tag.as_string()).collect()
}

/// Shows the panel in the locale a host asks for (or the browser's), with the host's wording.
pub fn apply(state: PanelState, requested: Option<&str>, strings: Option<&StringMap>) {
    let tag = locale::negotiate(requested, &browser_languages());
    let overrides = overrides(strings);
    // Asked again while its file is on its way (the browser's choice at mount, then `init`).
    let in_flight = state.locale_wanted() == Some(tag);
    state.set_locale_wanted(tag);
    // Every text follows the catalogue: touch it only when something differs.
    let same_words = state
        .i18n
        .with_untracked(|c| c.overrides() == overrides.as_slice());
    if state.i18n.with_untracked(|c| c.locale == tag) {
        if !same_words {
            state.i18n.update(|c| c.set_overrides(overrides));
        }
        return;
    }
    if tag == "en" {
        let mut english = Catalogue::default();
        english.set_overrides(overrides);
        state.i18n.set(english);
        return;
    }
    // The host's words apply at once; the locale's own when its file has arrived.
    if !same_words {
        state.i18n.update(|c| c.set_overrides(overrides));
    }
    if !in_flight {
        load(state, tag);
    }
}

#[cfg(target_arch = "wasm32")]
fn load(state: PanelState, tag: &'static str) {
    any_spawner::Executor::spawn_local(async move {
        let loaded = crate::i18n::load::catalogue(tag).await;
        // A later `init` may have asked for another locale meanwhile; the panel may be gone.
        if state.locale_wanted() != Some(tag) {
            return;
        }
        match loaded {
            Ok(mut catalogue) => {
                catalogue.set_overrides(state.i18n.with_untracked(|c| c.overrides().to_vec()));
                state.i18n.set(catalogue);
            }
            Err(problem) => {
                // Stay in the words shown, and let a later `init` ask for this locale again.
                let shown = state.i18n.with_untracked(|c| c.locale.clone());
                state.set_locale_wanted(locale::negotiate(Some(&shown), &[]));
                crate::prelude::console_warn!("The panel keeps its language: {problem}.");
            }
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn load(_state: PanelState, _tag: &'static str) {}
