//! Plural categories and numbers. English, the language compiled into the panel, follows its own
//! rules here; every other language asks the browser's `Intl`. Building an `Intl` formatter loads
//! the locale's data: measured, about 50 ms of a cold start, for counts a first render in English
//! shows. Natively (tests) every locale follows the English rules.

/// The plural category of a count: CLDR's rule for English integers, "one" for 1 only.
fn english_plural(n: u32) -> &'static str {
    if n == 1 { "one" } else { "other" }
}

/// A count as English writes it: digits grouped by three with commas (`10,000`).
fn english_number(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The browser's formatters for one locale, made once (`Number.prototype.toLocaleString` would
/// build one on every call).
struct Formatters {
    locale: String,
    plural: js_sys::Intl::PluralRules,
    /// `Intl.NumberFormat.prototype.format`, bound to its formatter.
    number: js_sys::Function,
}

thread_local! {
    // One entry per language shown on the page (at most the languages the panel ships).
    static FORMATTERS: std::cell::RefCell<Vec<Formatters>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with the formatters of `locale`, made the first time it is asked for.
fn with_formatters<T>(locale: &str, f: impl FnOnce(&Formatters) -> T) -> T {
    FORMATTERS.with_borrow_mut(|cached| {
        let at = cached
            .iter()
            .position(|c| c.locale == locale)
            .unwrap_or_else(|| {
                let locales = js_sys::Array::of1(&locale.into());
                let options = js_sys::Object::new();
                cached.push(Formatters {
                    locale: locale.to_string(),
                    plural: js_sys::Intl::PluralRules::new(&locales, &options),
                    number: js_sys::Intl::NumberFormat::new(&locales, &options).format(),
                });
                cached.len() - 1
            });
        f(&cached[at])
    })
}

/// Whether `locale` follows the English rules here: English itself, and natively (tests) every
/// locale, where there is no browser to ask.
fn english_rules(locale: &str) -> bool {
    locale == "en" || cfg!(not(target_arch = "wasm32"))
}

pub fn plural_category(locale: &str, n: u32) -> String {
    if english_rules(locale) {
        return english_plural(n).to_string();
    }
    with_formatters(locale, |f| f.plural.select(f64::from(n)).into())
}

pub fn format_number(locale: &str, n: u32) -> String {
    if english_rules(locale) {
        return english_number(n);
    }
    with_formatters(locale, |f| {
        f.number
            .call1(&wasm_bindgen::JsValue::NULL, &n.into())
            .ok()
            .and_then(|text| text.as_string())
            // A formatter that failed (never seen): the digits as they are.
            .unwrap_or_else(|| n.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_group_digits_by_three() {
        let written: Vec<String> = [0, 7, 999, 1_000, 10_000, 123_456, 1_234_567, u32::MAX]
            .into_iter()
            .map(english_number)
            .collect();
        assert_eq!(
            written,
            [
                "0",
                "7",
                "999",
                "1,000",
                "10,000",
                "123,456",
                "1,234,567",
                "4,294,967,295"
            ]
        );
    }

    #[test]
    fn english_has_one_for_1_only() {
        assert_eq!(english_plural(1), "one");
        for n in [0, 2, 11, 21, 101] {
            assert_eq!(english_plural(n), "other");
        }
    }
}
