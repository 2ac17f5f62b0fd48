use super::check::{check_locale, placeholders};
use super::locale::{is_language_tag, layers, negotiate};
use super::*;
use serde_json::Value;

fn english() -> serde_json::Map<String, Value> {
    let text = include_str!("../../locales/en.json");
    serde_json::from_str::<Value>(text)
        .unwrap()
        .as_object()
        .cloned()
        .unwrap()
}

fn locale_file(tag: &str) -> Value {
    let path = format!("{}/locales/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn every_shipped_locale_is_complete_with_the_english_placeholders() {
    let english = english();
    assert!(SHIPPED.len() >= 7, "{:?}", shipped_locales());
    for shipped in &SHIPPED {
        let problems = check_locale(&english, &locale_file(shipped.tag), shipped.base.is_some());
        assert!(problems.is_empty(), "{}: {problems:#?}", shipped.tag);
    }
}

#[test]
fn the_check_finds_a_missing_key_an_extra_key_and_a_changed_placeholder() {
    let english = english();
    let mut broken = english.clone();
    broken.remove("action.save");
    broken.insert("action.saev".into(), "Save".into());
    broken.insert(
        "error.name.taken".into(),
        "A connection named “{nom}” exists.".into(),
    );
    broken.insert(
        "picker.added".into(),
        serde_json::json!({ "one": "{count} added" }),
    );
    let problems = check_locale(&english, &Value::Object(broken), false);
    let joined = problems.join("\n");
    for expected in [
        "action.save: missing",
        "action.saev: not a key",
        "error.name.taken: the placeholder {name} is missing",
        "error.name.taken: {nom} is not a placeholder",
        "picker.added: plural forms need \"other\"",
    ] {
        assert!(joined.contains(expected), "{expected} not in {joined}");
    }
}

#[test]
fn an_overlay_may_leave_keys_out_but_not_add_any() {
    let english = english();
    let overlay = serde_json::json!({ "action.save": "Enregistrer" });
    assert!(check_locale(&english, &overlay, true).is_empty());
    assert!(!check_locale(&english, &overlay, false).is_empty());
}

#[test]
fn english_is_the_compiled_catalogue_and_keys_round_trip() {
    let english = english();
    assert_eq!(Key::ALL.len(), english.len());
    for key in Key::ALL {
        assert_eq!(Key::from_name(key.name()), Some(key));
    }
    assert_eq!(Key::from_name("no.such.key"), None);
    assert_eq!(
        Catalogue::default().text(Key::FieldNameLabel),
        "Name your connection"
    );
}

#[test]
fn placeholders_are_filled_and_plurals_pick_their_form() {
    let c = Catalogue::default();
    assert_eq!(
        c.render(&Text::with(
            Key::ErrorNameTaken,
            vec![("name", "Prod".into())]
        )),
        "A connection named “Prod” already exists."
    );
    assert_eq!(c.render(&Text::count(Key::PickerAdded, 1)), "1 scope added");
    assert_eq!(
        c.render(&Text::count(Key::PickerAdded, 3)),
        "3 scopes added"
    );
    assert_eq!(c.render(&Text::Raw("As {given}".into())), "As {given}");
    assert_eq!(
        fill("{a} and {b}", |n| (n == "a").then(|| "1".into())),
        "1 and {b}"
    );
}

#[test]
fn a_locale_layer_then_its_base_then_english_and_host_overrides_above_all() {
    let overlay = Messages::parse(r#"{ "action.save": "Enregistrer (CA)" }"#).unwrap();
    let base = Messages::parse(
        r#"{ "action.save": "Enregistrer", "action.cancel": "Annuler",
             "picker.added": { "one": "{count} ajouté", "other": "{count} ajoutés" } }"#,
    )
    .unwrap();
    let mut c = Catalogue::new("fr-CA", vec![overlay, base]);
    assert_eq!(c.text(Key::ActionSave), "Enregistrer (CA)");
    assert_eq!(c.text(Key::ActionCancel), "Annuler");
    assert_eq!(c.text(Key::DiscardKeep), "Keep editing");
    assert_eq!(c.render(&Text::count(Key::PickerAdded, 2)), "2 ajoutés");
    c.set_overrides(vec![(Key::ActionCancel, "Close".into())]);
    assert_eq!(c.text(Key::ActionCancel), "Close");
    assert!(Messages::parse("[1]").is_err());
    assert!(Messages::parse("{").is_err());
}

#[test]
fn locales_are_matched_with_fallback() {
    let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(negotiate(Some("fr-CA"), &[]), "fr-CA");
    assert_eq!(negotiate(Some("fr-ca"), &[]), "fr-CA");
    assert_eq!(negotiate(Some("fr-BE"), &[]), "fr");
    assert_eq!(negotiate(Some("de-AT-1996"), &[]), "de");
    assert_eq!(negotiate(Some("pt"), &[]), "pt-BR");
    assert_eq!(negotiate(Some("pt-PT"), &[]), "pt-BR");
    assert_eq!(negotiate(Some("zh-Hant"), &browser(&["de"])), "en");
    assert_eq!(negotiate(None, &browser(&["zh", "ja-JP", "de"])), "ja");
    assert_eq!(negotiate(None, &browser(&["en-GB", "ar"])), "en");
    assert_eq!(negotiate(None, &[]), "en");
    assert_eq!(layers("fr-CA"), ["fr-CA", "fr"]);
    assert_eq!(layers("ar"), ["ar"]);
    assert!(layers("en").is_empty());
    assert!(locale::is_rtl("ar") && locale::is_rtl("AR-EG") && !locale::is_rtl("fr"));
}

#[test]
fn language_tags_are_checked_for_shape() {
    for good in ["en", "fr-CA", "zh-Hant-TW", "de-AT-1996", "es-419"] {
        assert!(is_language_tag(good), "{good}");
    }
    for bad in [
        "",
        "e",
        "en_US",
        "en-",
        "-en",
        "fr-CA!",
        "x".repeat(9).as_str(),
        "日本",
    ] {
        assert!(!is_language_tag(bad), "{bad}");
    }
}

#[test]
fn placeholders_are_read_as_names_in_braces() {
    assert_eq!(placeholders("{b} {a} {b} {not a name} {}"), ["a", "b"]);
}

#[test]
fn in_a_right_to_left_locale_values_from_outside_are_isolated() {
    let arabic = Messages::parse(r#"{ "error.name.taken": "يوجد اتصال باسم «{name}»." }"#).unwrap();
    let c = Catalogue::new("ar", vec![arabic]);
    assert_eq!((c.dir(), Catalogue::default().dir()), ("rtl", "ltr"));
    let text = Text::with(Key::ErrorNameTaken, vec![("name", "Prod\u{202e}x".into())]);
    assert_eq!(
        c.render(&text),
        "يوجد اتصال باسم «\u{2068}Prod\u{202e}x\u{2069}»."
    );
    assert_eq!(
        Catalogue::default().render(&text),
        "A connection named “Prod\u{202e}x” already exists."
    );
}
