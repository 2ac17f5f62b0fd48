//! The catalogue every string a person sees or hears comes from. English is compiled in (from
//! `locales/en.json`, by the build); other locales are files beside the module, fetched with
//! Subresource Integrity when a host or the browser asks for them (`load.rs`). A host may override
//! any message with its own words (`init.strings`). English plurals and numbers follow English's own
//! rules; every other language's go through the browser's `Intl` (`intl.rs`), so the module
//! carries no locale data.

#[cfg(test)]
pub mod check;
mod intl;
#[cfg(target_arch = "wasm32")]
pub mod load;
pub mod locale;

use crate::model::json_text;
use crate::model::json_value::Value;
use std::fmt;

/// A message of a catalogue: text, or plural forms by CLDR category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry<'a> {
    Text(&'a str),
    Plural(&'a [(&'a str, &'a str)]),
}

/// A locale the panel ships besides English, with the integrity its file is fetched with and the
/// locale it completes (`fr-CA` holds only what differs from `fr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shipped {
    pub tag: &'static str,
    pub integrity: &'static str,
    pub base: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

impl Key {
    pub fn name(self) -> &'static str {
        Key::NAMES[self as usize]
    }

    pub fn from_name(name: &str) -> Option<Key> {
        let at = Key::NAMES.iter().position(|n| *n == name)?;
        Some(Key::ALL[at])
    }
}

/// The locales the panel ships, English first (`ready.payload.locales`).
pub fn shipped_locales() -> Vec<String> {
    std::iter::once("en")
        .chain(SHIPPED.iter().map(|s| s.tag))
        .map(str::to_string)
        .collect()
}

/// What a person is told: a catalogue message with the values of its placeholders, or words that
/// come from outside the catalogue (a host's own error message), shown as they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Msg(Key, Vec<(&'static str, String)>),
    Raw(String),
}

impl Text {
    pub fn key(key: Key) -> Text {
        Text::Msg(key, Vec::new())
    }

    pub fn with(key: Key, args: Vec<(&'static str, String)>) -> Text {
        Text::Msg(key, args)
    }

    /// A plural message: `{count}` picks the form and is written as the locale writes numbers.
    pub fn count(key: Key, count: usize) -> Text {
        Text::Msg(key, vec![("count", count.to_string())])
    }
}

impl From<String> for Text {
    fn from(raw: String) -> Text {
        Text::Raw(raw)
    }
}

#[cfg(test)]
impl From<&str> for Text {
    fn from(raw: &str) -> Text {
        Text::Raw(raw.to_string())
    }
}

/// A text equals the English words it reads as (what native tests compare).
#[cfg(test)]
impl PartialEq<&str> for Text {
    fn eq(&self, english: &&str) -> bool {
        Catalogue::default().render(self) == *english
    }
}

/// In English: logs, native tests, and anywhere no catalogue is at hand.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Catalogue::default().render(self))
    }
}

/// One locale's messages, by key; `None` where the file has none (an overlay's gaps).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Messages(Vec<Option<Owned>>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Owned {
    Text(String),
    Plural(Vec<(String, String)>),
}

impl Messages {
    /// Reads a locale file: an object of key → text or plural forms. Unknown keys and values of
    /// the wrong shape are skipped (the build checked the shipped files); English fills the gaps.
    pub fn parse(json: &str) -> Result<Messages, String> {
        let value = json_text::parse(json).map_err(|e| format!("not JSON ({e})"))?;
        let object = value.as_object().ok_or("not a JSON object")?;
        let mut messages = vec![None; Key::ALL.len()];
        for (name, value) in object {
            let Some(key) = Key::from_name(name) else {
                continue;
            };
            messages[key as usize] = match value {
                Value::String(text) => Some(Owned::Text(text.clone())),
                Value::Object(forms) => Some(Owned::Plural(
                    forms
                        .iter()
                        .filter_map(|(c, t)| Some((c.clone(), t.as_str()?.to_string())))
                        .collect(),
                )),
                _ => None,
            };
        }
        Ok(Messages(messages))
    }

    fn get(&self, key: Key) -> Option<&Owned> {
        self.0.get(key as usize)?.as_ref()
    }
}

/// The active catalogue: a locale (its messages, then its base's), the host's overrides, and
/// English under all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    /// The BCP 47 tag of the messages shown (`lang` on the panel).
    pub locale: String,
    layers: Vec<Messages>,
    overrides: Vec<(Key, String)>,
}

impl Default for Catalogue {
    fn default() -> Self {
        Catalogue {
            locale: "en".into(),
            layers: Vec::new(),
            overrides: Vec::new(),
        }
    }
}

impl Catalogue {
    pub fn new(locale: &str, layers: Vec<Messages>) -> Catalogue {
        Catalogue {
            locale: locale.to_string(),
            layers,
            overrides: Vec::new(),
        }
    }

    /// The host's own wording (`init.strings`); it replaces any earlier overrides.
    pub fn set_overrides(&mut self, overrides: Vec<(Key, String)>) {
        self.overrides = overrides;
    }

    pub fn overrides(&self) -> &[(Key, String)] {
        &self.overrides
    }

    /// Whether the panel is laid out right to left in this locale.
    pub fn is_rtl(&self) -> bool {
        locale::is_rtl(&self.locale)
    }

    /// The `dir` attribute of text in this locale: `"rtl"` or `"ltr"`.
    pub fn dir(&self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// A message with no placeholders.
    pub fn text(&self, key: Key) -> String {
        self.message(key, &[])
    }

    pub fn render(&self, text: &Text) -> String {
        match text {
            Text::Msg(key, args) => self.message(*key, args),
            Text::Raw(raw) => raw.clone(),
        }
    }

    fn message(&self, key: Key, args: &[(&'static str, String)]) -> String {
        let count = args
            .iter()
            .find(|(name, _)| *name == "count")
            .and_then(|(_, n)| n.parse::<u32>().ok());
        let n = count.unwrap_or(0);
        let template = if let Some((_, text)) = self.overrides.iter().find(|(k, _)| *k == key) {
            text.as_str()
        } else if let Some(owned) = self.layers.iter().find_map(|layer| layer.get(key)) {
            match owned {
                Owned::Text(text) => text.as_str(),
                Owned::Plural(forms) => plural_form(
                    forms.iter().map(|(c, t)| (c.as_str(), t.as_str())),
                    &intl::plural_category(&self.locale, n),
                ),
            }
        } else {
            match ENGLISH[key as usize] {
                Entry::Text(text) => text,
                Entry::Plural(forms) => {
                    plural_form(forms.iter().copied(), &intl::plural_category("en", n))
                }
            }
        };
        let rtl = self.is_rtl();
        fill(template, |name| {
            let (_, value) = args.iter().find(|(n, _)| *n == name)?;
            let number = NUMBERS
                .contains(&name)
                .then(|| value.parse::<u32>().ok())
                .flatten();
            Some(match number {
                Some(n) => intl::format_number(&self.locale, n),
                // In a right-to-left language a value from outside (a name, an address) is isolated
                // (FSI … PDI), so its own direction cannot reorder the sentence around it.
                None if rtl => format!("\u{2068}{value}\u{2069}"),
                None => value.clone(),
            })
        })
    }
}

/// The form for a plural category, else the `other` form (every locale has one).
fn plural_form<'a>(
    forms: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    category: &str,
) -> &'a str {
    let form = |wanted: &str| forms.clone().find(|(c, _)| *c == wanted).map(|(_, t)| t);
    form(category).or_else(|| form("other")).unwrap_or("")
}

/// Placeholders that hold a number, written as the locale writes numbers (`10,000`, `10.000`).
const NUMBERS: [&str; 4] = ["count", "checked", "shown", "max"];

/// Replaces each `{name}` in a template by its value; an unknown placeholder stays as written.
fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, value(&after[..close])?)))
        {
            Some((close, filled)) => {
                out.push_str(&filled);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
