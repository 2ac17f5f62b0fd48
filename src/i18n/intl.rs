//! Plural categories and numbers, as the browser's `Intl` gives them for a locale; natively (tests)
//! the English rules, which is all the native suites need.

#[cfg(target_arch = "wasm32")]
pub fn plural_category(locale: &str, n: f64) -> String {
    let locales = js_sys::Array::of1(&locale.into());
    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        .select(n)
        .into()
}

#[cfg(target_arch = "wasm32")]
pub fn format_number(locale: &str, n: f64) -> String {
    js_sys::Number::from(n).to_locale_string(locale).into()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn plural_category(_locale: &str, n: f64) -> String {
    if n == 1.0 { "one" } else { "other" }.to_string()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn format_number(_locale: &str, n: f64) -> String {
    n.to_string()
}
