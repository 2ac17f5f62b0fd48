//! Fetching a locale's files (the locale, then its base) from beside the module, each under the
//! integrity the build recorded.

use super::{Catalogue, Messages, SHIPPED, locale};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/js/locales.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchLocale)]
    fn fetch_locale(tag: &str, integrity: &str) -> js_sys::Promise;
}

/// The catalogue of a shipped locale (English needs no fetch), or why it could not be had.
pub async fn catalogue(tag: &'static str) -> Result<Catalogue, String> {
    let mut layers = Vec::new();
    for layer in locale::layers(tag) {
        let shipped = SHIPPED
            .iter()
            .find(|s| s.tag == layer)
            .ok_or_else(|| format!("{layer} is not shipped"))?;
        let text = JsFuture::from(fetch_locale(shipped.tag, shipped.integrity))
            .await
            .map_err(|e| {
                format!(
                    "the {layer} strings could not be loaded ({})",
                    js_sys::Error::from(e).message()
                )
            })?
            .as_string()
            .unwrap_or_default();
        layers.push(Messages::parse(&text).map_err(|e| format!("{layer}.json is {e}"))?);
    }
    Ok(Catalogue::new(tag, layers))
}
