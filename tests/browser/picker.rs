//! The scope picker: a modal transfer list.

use super::support::*;
use auth0_connection_panel::model::connection::{ApiType, ConnectionPrefill};
use auth0_connection_panel::model::scopes::ScopeEntry;
use auth0_connection_panel::protocol::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

fn my_account_init(catalogue: Option<Vec<ScopeEntry>>, scopes: &[&str]) -> InitPayload {
    let mut init = create_init();
    init.connection = Some(ConnectionPrefill {
        api_type: Some(ApiType::MyAccount),
        scopes: Some(scopes.iter().map(|s| s.to_string()).collect()),
        ..ConnectionPrefill::default()
    });
    init.scope_catalog = catalogue.map(|c| ScopeCatalog {
        my_account: Some(c),
    });
    init
}

async fn open_picker(t: &TestPanel) -> Element {
    click(&t.button("Scope"));
    settle().await;
    t.query("dialog[open]").expect("the Scopes dialog is open")
}

/// The picker opened with focus on the first available scope: the dialog, the available list
/// and its items.
async fn first_item_focused(t: &TestPanel) -> (Element, Element, Vec<HtmlInputElement>) {
    let dialog = open_picker(t).await;
    let available = list(&dialog, "Available scopes");
    let boxes = items(&available);
    let _ = boxes[0].focus();
    settle().await;
    (dialog, available, boxes)
}

/// Presses one of the dialog's own actions (the form has a Save and a Cancel of its own).
async fn press_in_picker(dialog: &Element, selector: &str) {
    let button = dialog.query_selector(selector).unwrap().unwrap();
    click(&button.unchecked_into());
    settle().await;
}

/// Presses the dialog's Cancel.
async fn cancel_picker(dialog: &Element) {
    press_in_picker(dialog, ".acp-actions button:not(.acp-button--primary)").await;
}

/// Presses the dialog's Save.
async fn save_picker(dialog: &Element) {
    press_in_picker(dialog, ".acp-actions .acp-button--primary").await;
}

/// The list section titled `title` ("Available scopes" or "Selected scopes").
fn list(dialog: &Element, title: &str) -> Element {
    let sections = dialog.query_selector_all("section").unwrap();
    (0..sections.length())
        .map(|i| sections.item(i).unwrap().unchecked_into::<Element>())
        .find(|s| accessible_text(&s.query_selector("h4").unwrap().unwrap()) == title)
        .unwrap_or_else(|| panic!("no list {title}"))
}

fn items(list: &Element) -> Vec<HtmlInputElement> {
    let all = list.query_selector_all("li input[type=checkbox]").unwrap();
    (0..all.length())
        .map(|i| all.item(i).unwrap().unchecked_into())
        .collect()
}

fn item_names(list: &Element) -> Vec<String> {
    let labels = list.query_selector_all("li label").unwrap();
    (0..labels.length())
        .map(|i| labels.item(i).unwrap().text_content().unwrap())
        .collect()
}

fn count(list: &Element) -> String {
    list.query_selector(".acp-transfer-count")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

/// The message a list shows in place of items, if it shows one (hidden otherwise).
fn empty_message(list: &Element) -> Option<String> {
    let message = list.query_selector(".acp-transfer-empty").unwrap().unwrap();
    (!message.has_attribute("hidden")).then(|| message.text_content().unwrap())
}

fn live_region(dialog: &Element) -> String {
    dialog
        .query_selector("[aria-live=polite]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_picker_opens_as_a_modal_with_focus_inside_and_named_checkboxes() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let dialog = open_picker(&t).await;
    assert_eq!(
        accessible_text(&dialog.query_selector("h3").unwrap().unwrap()),
        "Scopes"
    );
    let available = list(&dialog, "Available scopes");
    assert_eq!(items(&available).len(), 13);
    assert_eq!(count(&available), "0/13");
    let first = &items(&available)[0];
    let label = available.query_selector("li label").unwrap().unwrap();
    assert_eq!(
        label.text_content().unwrap(),
        "create:me:authentication_methods"
    );
    assert_eq!(label.get_attribute("for").unwrap(), first.id());
    let desc_id = first
        .get_attribute("aria-describedby")
        .expect("a description");
    let desc = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .get_element_by_id(&desc_id)
        .unwrap();
    assert!(
        desc.text_content()
            .unwrap()
            .contains("authentication method")
    );
    assert!(dialog.contains(active_element().as_ref().map(|e| e.unchecked_ref())));
    for name in [
        "Add all scopes",
        "Add checked scopes",
        "Remove checked scopes",
        "Remove all scopes",
    ] {
        t.button(name);
    }
    assert!(t.button("Add checked scopes").has_attribute("disabled"));
    assert!(t.button("Remove all scopes").has_attribute("disabled"));
    assert!(!t.button("Add all scopes").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn keyboard_moves_focus_within_a_list_and_a_move_keeps_focus_in_it() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let (dialog, available, boxes) = first_item_focused(&t).await;
    key(&boxes[0], "ArrowDown", false);
    settle().await;
    assert_eq!(active_element().unwrap().id(), boxes[1].id());
    assert_eq!(
        boxes[1].tab_index(),
        0,
        "the focused item holds the tab stop"
    );
    assert_eq!(boxes[0].tab_index(), -1);
    key(&boxes[1], "End", false);
    settle().await;
    assert_eq!(active_element().unwrap().id(), boxes[12].id());
    key(&boxes[12], "Home", false);
    settle().await;
    assert_eq!(active_element().unwrap().id(), boxes[0].id());
    // Space on a checkbox is a click.
    boxes[0].click();
    key(&boxes[0], "ArrowDown", false);
    settle().await;
    items(&available)[1].click();
    settle().await;
    assert_eq!(count(&available), "2/13");
    click(&t.button("Add checked scopes"));
    settle().await;
    let selected = list(&dialog, "Selected scopes");
    assert_eq!(
        item_names(&selected),
        [
            "create:me:authentication_methods",
            "read:me:authentication_methods"
        ]
    );
    assert_eq!(live_region(&dialog), "2 scopes added");
    assert!(
        available.contains(active_element().as_ref().map(|e| e.unchecked_ref())),
        "focus stays in the list"
    );
}

#[wasm_bindgen_test]
async fn keys_pressed_within_one_frame_leave_focus_on_the_last_item() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let (_, available, boxes) = first_item_focused(&t).await;
    // A person holding ArrowDown: three presses before the next frame. Each moves focus at once;
    // the frame after them must not move it through the items passed on the way (a focus moved
    // away and back between a Space's keydown and keyup loses the Space's click).
    let moves = Rc::new(Cell::new(0));
    let counter = moves.clone();
    let on_focus = Closure::<dyn FnMut()>::new(move || counter.set(counter.get() + 1));
    available
        .add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref())
        .unwrap();
    for from in &boxes[..3] {
        key(from, "ArrowDown", false);
    }
    assert_eq!(moves.get(), 3);
    settle().await;
    assert_eq!(active_element().unwrap().id(), boxes[3].id());
    assert_eq!(moves.get(), 3, "the next frame moved focus again");
    available
        .remove_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_focus_moved_before_the_next_frame_stays_where_it_was_put() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let (_, _, boxes) = first_item_focused(&t).await;
    key(&boxes[0], "ArrowDown", false);
    // Before the frame that would focus the item the key moved to, the person moves on.
    let add_all = t.dialog_button("Add all scopes");
    let _ = add_all.focus();
    settle().await;
    assert!(
        add_all.is_same_node(active_element().as_ref().map(|e| e.unchecked_ref())),
        "the deferred focus took focus off the button"
    );
}

#[wasm_bindgen_test]
async fn shift_click_checks_a_range_and_double_click_moves_one() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let dialog = open_picker(&t).await;
    let available = list(&dialog, "Available scopes");
    items(&available)[2].click();
    settle().await;
    let fifth: HtmlElement = items(&available)[5].clone().unchecked_into();
    shift_click(&fifth);
    settle().await;
    assert_eq!(count(&available), "4/13");
    double_click(&items(&available)[8].clone().unchecked_into());
    settle().await;
    assert_eq!(
        item_names(&list(&dialog, "Selected scopes")),
        ["read:me:consents"]
    );
    assert_eq!(live_region(&dialog), "1 scope added");
}

#[wasm_bindgen_test]
async fn a_filter_narrows_the_list_and_add_all_moves_only_what_is_shown() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let dialog = open_picker(&t).await;
    let filter = t.input("Filter available scopes");
    type_text(&filter, "CONNECTED");
    settle().await;
    let available = list(&dialog, "Available scopes");
    assert_eq!(count(&available), "0/3");
    assert_eq!(empty_message(&available), None);
    assert_eq!(
        empty_message(&list(&dialog, "Selected scopes")).as_deref(),
        Some("No selected scopes")
    );
    let all = t.input("Check all available scopes");
    all.click();
    settle().await;
    assert_eq!(count(&available), "3/3");
    assert!(all.checked());
    click(&t.button("Add all scopes"));
    settle().await;
    assert_eq!(
        item_names(&list(&dialog, "Selected scopes")),
        [
            "create:me:connected_accounts",
            "read:me:connected_accounts",
            "delete:me:connected_accounts"
        ]
    );
    assert_eq!(live_region(&dialog), "3 scopes added");
    assert_eq!(
        empty_message(&list(&dialog, "Available scopes")).as_deref(),
        Some("No scopes match “CONNECTED”")
    );
    assert_eq!(empty_message(&list(&dialog, "Selected scopes")), None);
    type_text(&filter, "");
    settle().await;
    assert_eq!(count(&list(&dialog, "Available scopes")), "0/10");
}

#[wasm_bindgen_test]
async fn check_all_is_tri_state() {
    let t = TestPanel::started(my_account_init(None, &[])).await;
    let dialog = open_picker(&t).await;
    let available = list(&dialog, "Available scopes");
    items(&available)[0].click();
    settle().await;
    let all = t.input("Check all available scopes");
    assert!(all.indeterminate());
    all.click();
    settle().await;
    assert!(all.checked() && !all.indeterminate());
    assert_eq!(count(&available), "13/13");
}

#[wasm_bindgen_test]
async fn cancel_discards_and_save_applies_to_the_scope_summary() {
    let t = TestPanel::started(my_account_init(None, &["offline_access"])).await;
    let dialog = open_picker(&t).await;
    click(&t.button("Add all scopes"));
    settle().await;
    cancel_picker(&dialog).await;
    assert!(t.query("dialog[open]").is_none());
    assert!(t.text().contains("1 scope selected"));
    assert_eq!(
        active_element().unwrap().id(),
        t.button("Scope").id(),
        "focus returns to Scope"
    );
    let dialog = open_picker(&t).await;
    assert_eq!(
        count(&list(&dialog, "Selected scopes")),
        "0/1",
        "the discarded change is gone"
    );
    items(&list(&dialog, "Available scopes"))[4].click();
    settle().await;
    click(&t.button("Add checked scopes"));
    settle().await;
    save_picker(&dialog).await;
    let summary = t
        .query(".acp-scope-summary")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(summary.contains("2 scopes selected"), "{summary}");
    assert!(
        summary.find("read:me:factors") < summary.find("offline_access"),
        "catalogue order"
    );
}

#[wasm_bindgen_test]
async fn ten_thousand_scopes_open_render_a_window_and_move_all() {
    clear_storage();
    let t = TestPanel::mount();
    let catalogue: Vec<ScopeEntry> = (0..10_000)
        .map(|i| ScopeEntry {
            value: format!("read:resource_{i:05}"),
            description: None,
        })
        .collect();
    t.init(my_account_init(Some(catalogue), &[])).await;
    let dialog = open_picker(&t).await;
    let available = list(&dialog, "Available scopes");
    let rendered = items(&available);
    assert!(
        rendered.len() < 100,
        "only a window is rendered, not {}",
        rendered.len()
    );
    let li = available.query_selector("li").unwrap().unwrap();
    assert_eq!(li.get_attribute("aria-setsize").as_deref(), Some("10000"));
    assert_eq!(li.get_attribute("aria-posinset").as_deref(), Some("1"));
    assert_eq!(count(&available), "0/10,000");
    click(&t.button("Add all scopes"));
    settle().await;
    assert_eq!(count(&list(&dialog, "Selected scopes")), "0/10,000");
    assert_eq!(live_region(&dialog), "10,000 scopes added");
    save_picker(&dialog).await;
    assert!(t.text().contains("10,000 scopes selected"));
    assert!(
        t.text().contains("and 9,960 more"),
        "the summary names the first 40"
    );
    assert_eq!(t.query_all(".acp-chip").len(), 40);
}

#[wasm_bindgen_test]
async fn a_new_catalogue_shows_its_own_scopes_when_the_picker_opens_again() {
    let catalogue = |prefix: &str| -> Vec<ScopeEntry> {
        (0..3)
            .map(|i| ScopeEntry {
                value: format!("{prefix}:scope_{i}"),
                description: None,
            })
            .collect()
    };
    let t = TestPanel::started(my_account_init(Some(catalogue("read")), &[])).await;
    let dialog = open_picker(&t).await;
    assert_eq!(
        item_names(&list(&dialog, "Available scopes")),
        ["read:scope_0", "read:scope_1", "read:scope_2"]
    );
    cancel_picker(&dialog).await;
    // The host sends the catalogue again, changed: the same number of scopes, other names.
    t.init(my_account_init(Some(catalogue("update")), &[]))
        .await;
    let dialog = open_picker(&t).await;
    let available = list(&dialog, "Available scopes");
    assert_eq!(
        item_names(&available),
        ["update:scope_0", "update:scope_1", "update:scope_2"],
        "each row names the scope its checkbox chooses"
    );
    items(&available)[1].click();
    settle().await;
    click(&t.button("Add checked scopes"));
    settle().await;
    assert_eq!(
        item_names(&list(&dialog, "Selected scopes")),
        ["update:scope_1"]
    );
}
