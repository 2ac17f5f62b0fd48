//! Choosing a shipped locale for a BCP 47 tag, or for the browser's list of languages: the tag
//! itself, then shorter and shorter prefixes (`fr-CA` → `fr`), then a shipped variant of the same
//! language (`pt` → `pt-BR`), then English. Tags compare without regard to case.

use super::SHIPPED;

/// The locales (besides English) whose file the panel fetches for `tag`, most specific first:
/// `fr-CA` → `["fr-CA", "fr"]`; empty for English.
pub fn layers(tag: &str) -> Vec<&'static str> {
    let mut chain = Vec::new();
    let mut next = SHIPPED.iter().find(|s| s.tag == tag);
    while let Some(shipped) = next {
        chain.push(shipped.tag);
        next = shipped
            .base
            .and_then(|base| SHIPPED.iter().find(|s| s.tag == base));
    }
    chain
}

/// The shipped locale for one tag, if any matches it.
fn match_tag(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    let mut candidate = tag;
    loop {
        if candidate.eq_ignore_ascii_case("en") {
            return Some("en");
        }
        if let Some(s) = SHIPPED
            .iter()
            .find(|s| s.tag.eq_ignore_ascii_case(candidate))
        {
            return Some(s.tag);
        }
        match candidate.rsplit_once('-') {
            Some((shorter, _)) => candidate = shorter,
            None => break,
        }
    }
    let language = tag.split('-').next()?;
    SHIPPED
        .iter()
        .find(|s| {
            s.tag
                .split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(language))
        })
        .map(|s| s.tag)
}

/// The locale for a host's `init.locale`, or else the first of the browser's languages the panel
/// ships; English when none matches.
pub fn negotiate(requested: Option<&str>, browser: &[String]) -> &'static str {
    match requested {
        Some(tag) => match_tag(tag),
        None => browser.iter().find_map(|tag| match_tag(tag)),
    }
    .unwrap_or("en")
}

/// Whether a language is written right to left (the ones the panel could ship).
pub fn is_rtl(tag: &str) -> bool {
    let language = tag.split('-').next().unwrap_or(tag);
    ["ar", "he", "fa", "ur"]
        .iter()
        .any(|rtl| rtl.eq_ignore_ascii_case(language))
}

/// A well-formed BCP 47 language tag, as far as the panel needs: a 2–3 letter language (or a
/// 4–8 letter registered one), then subtags of 1–8 letters and digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=8).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
