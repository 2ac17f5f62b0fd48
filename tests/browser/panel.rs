//! The panel's fields and behaviours.

use super::support::*;
use auth0_connection_panel::model::connection::{ApiType, ConnectionPrefill, GrantType};
use auth0_connection_panel::model::region::Region;
use auth0_connection_panel::protocol::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn before_init_the_form_is_disabled_and_says_it_is_connecting() {
    clear_storage();
    let t = TestPanel::mount();
    settle().await;
    assert!(t.text().contains("Connecting to the host…"));
    assert!(
        t.input("Name your connection")
            .matches(":disabled")
            .unwrap()
    );
    t.init(create_init()).await;
    assert!(!t.text().contains("Connecting to the host…"));
    assert!(
        !t.input("Name your connection")
            .matches(":disabled")
            .unwrap()
    );
}

#[wasm_bindgen_test]
async fn pasting_a_dashboard_url_sets_tenant_and_region_and_shows_the_domain() {
    let t = TestPanel::started(create_init()).await;
    let tenant = t.input("Tenant domain");
    paste(
        &tenant,
        "https://manage.auth0.com/dashboard/eu/Dev-6ljhqh2ct4wo15by/",
    );
    settle().await;
    assert_eq!(tenant.value(), "dev-6ljhqh2ct4wo15by");
    assert_eq!(t.select("Region").value(), "eu");
    let domain = t.query(".acp-domain").unwrap();
    assert_eq!(
        domain.text_content().unwrap(),
        "dev-6ljhqh2ct4wo15by.eu.auth0.com"
    );
    // The region select is described by the resolved domain.
    let described = t
        .select("Region")
        .get_attribute("aria-describedby")
        .unwrap();
    assert!(described.contains(&domain.id()));
}

#[wasm_bindgen_test]
async fn pasting_the_url_of_the_tenant_already_there_shows_the_tenant_again() {
    // The form's value goes from the tenant to the URL and back to the same tenant within the one
    // paste: the field must show the tenant, not keep the pasted URL.
    let t = TestPanel::started(create_init()).await;
    let tenant = t.input("Tenant domain");
    paste(&tenant, "dev-6ljhqh2ct4wo15by");
    settle().await;
    paste(&tenant, "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/");
    settle().await;
    assert_eq!(tenant.value(), "dev-6ljhqh2ct4wo15by");
    assert_eq!(t.select("Region").value(), "eu");
}

#[wasm_bindgen_test]
async fn a_typed_domain_normalises_on_blur_and_a_bare_auth0_domain_is_legacy_us() {
    let t = TestPanel::started(create_init()).await;
    let tenant = t.input("Tenant domain");
    type_text(&tenant, "dev-6ljhqh2ct4wo15by.auth0.com");
    settle().await;
    assert_eq!(
        tenant.value(),
        "dev-6ljhqh2ct4wo15by.auth0.com",
        "no change while typing"
    );
    blur(&tenant);
    settle().await;
    assert_eq!(tenant.value(), "dev-6ljhqh2ct4wo15by");
    assert_eq!(t.select("Region").value(), "usLegacy");
    assert_eq!(
        t.query(".acp-domain").unwrap().text_content().unwrap(),
        "dev-6ljhqh2ct4wo15by.auth0.com"
    );
}

#[wasm_bindgen_test]
async fn each_broken_tenant_rule_shows_its_message_until_fixed() {
    let t = TestPanel::started(create_init()).await;
    let tenant = t.input("Tenant domain");
    for (typed, expected) in [
        ("ab", "at least 3 characters"),
        ("-abc", "cannot start with a hyphen"),
        ("abc-", "cannot end with a hyphen"),
        ("dev_x", "“_” is not allowed"),
        ("dеv-x", "not plain ASCII"),
    ] {
        type_text(&tenant, typed);
        blur(&tenant);
        settle().await;
        let error = t.error_of(&tenant).unwrap_or_default();
        assert!(error.contains(expected), "{typed}: {error}");
        assert_eq!(
            tenant.get_attribute("aria-invalid").as_deref(),
            Some("true")
        );
    }
    type_text(&tenant, "good-tenant");
    settle().await;
    assert_eq!(
        t.error_of(&tenant),
        None,
        "the error clears as soon as the value is valid"
    );
    assert_eq!(tenant.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn name_is_required_trimmed_and_unique() {
    let t = TestPanel::started(create_init()).await;
    let name = t.input("Name your connection");
    assert_eq!(name.get_attribute("aria-required").as_deref(), Some("true"));
    blur(&name);
    settle().await;
    assert_eq!(
        t.error_of(&name).as_deref(),
        Some("Enter a name for the connection.")
    );
    type_text(&name, "  PRODUCTION ");
    settle().await;
    assert_eq!(
        t.error_of(&name).as_deref(),
        Some("A connection named “PRODUCTION” already exists.")
    );
}

#[wasm_bindgen_test]
async fn save_with_errors_shows_every_error_focuses_the_first_and_sends_nothing() {
    let t = TestPanel::started(create_init()).await;
    type_text(&t.input("Tenant domain"), "dev-6ljhqh2ct4wo15by");
    click(&t.button("Save"));
    settle().await;
    wait(50).await;
    assert!(t.error_of(&t.input("Name your connection")).is_some());
    assert!(t.error_of(&t.select("Region")).is_some());
    assert!(t.error_of(&t.select("OAuth 2.0 client")).is_some());
    assert_eq!(t.error_of(&t.input("Tenant domain")), None);
    assert_eq!(
        active_element().unwrap().id(),
        t.input("Name your connection").id()
    );
    assert!(t.sent_of("submit").is_empty());
}

#[wasm_bindgen_test]
async fn a_focused_field_that_leaves_the_form_still_finds_its_listeners() {
    // Removing a focused control fires `blur` at it while it leaves the page: its listener must
    // still be there (an error thrown from it reaches the window's `error` event).
    let errors = std::rc::Rc::new(std::cell::Cell::new(0));
    let count = errors.clone();
    let on_error =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || count.set(count.get() + 1));
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback(
            "error",
            wasm_bindgen::JsCast::unchecked_ref(on_error.as_ref()),
        )
        .unwrap();
    let t = TestPanel::started(create_init()).await;
    let audience = t.input("Audience");
    audience.focus().unwrap();
    // A programmatic click leaves focus where it is: in the Management audience, which goes.
    t.input("My account").click();
    settle().await;
    window
        .remove_event_listener_with_callback(
            "error",
            wasm_bindgen::JsCast::unchecked_ref(on_error.as_ref()),
        )
        .unwrap();
    assert!(
        !audience.is_connected(),
        "the Management audience left the form"
    );
    assert_eq!(errors.get(), 0, "no listener was missing");
    assert_eq!(t.input("API audience").value(), "");
}

#[wasm_bindgen_test]
async fn switching_api_type_keeps_shared_fields_and_each_types_own() {
    let t = TestPanel::started(create_init()).await;
    type_text(&t.input("Name your connection"), "Shared name");
    paste(
        &t.input("Tenant domain"),
        "dev-6ljhqh2ct4wo15by.jp.auth0.com",
    );
    settle().await;
    type_text(&t.input("Audience"), "https://custom.example.com/api/");
    let my_account = t.input("My account");
    my_account.click();
    settle().await;
    choose(&t.select("Grant type"), "authorizationCode");
    assert_eq!(
        t.input("API audience").value(),
        "https://dev-6ljhqh2ct4wo15by.jp.auth0.com/me/"
    );
    t.input("Management").click();
    settle().await;
    assert_eq!(t.input("Name your connection").value(), "Shared name");
    assert_eq!(
        t.input("Audience").value(),
        "https://custom.example.com/api/"
    );
    t.input("My account").click();
    settle().await;
    assert_eq!(t.select("Grant type").value(), "authorizationCode");
    assert_eq!(t.select("Region").value(), "jp");
}

#[wasm_bindgen_test]
async fn the_audience_follows_the_domain_until_edited_then_resets() {
    let t = TestPanel::started(create_init()).await;
    paste(
        &t.input("Tenant domain"),
        "dev-6ljhqh2ct4wo15by.eu.auth0.com",
    );
    settle().await;
    let audience = t.input("Audience");
    assert_eq!(
        audience.value(),
        "https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/"
    );
    assert!(t.find_button("Reset to default").is_none());
    choose(&t.select("Region"), "au");
    settle().await;
    assert_eq!(
        audience.value(),
        "https://dev-6ljhqh2ct4wo15by.au.auth0.com/api/v2/"
    );
    type_text(&audience, "http://insecure.example.com/");
    blur(&audience);
    settle().await;
    assert!(t.error_of(&audience).unwrap().contains("https://"));
    click(&t.button("Reset to default"));
    settle().await;
    assert_eq!(
        audience.value(),
        "https://dev-6ljhqh2ct4wo15by.au.auth0.com/api/v2/"
    );
    assert_eq!(t.error_of(&audience), None);
}

async fn fill_management(t: &TestPanel) {
    type_text(&t.input("Name your connection"), "EU tenant");
    paste(
        &t.input("Tenant domain"),
        "https://manage.auth0.com/dashboard/eu/dev-6ljhqh2ct4wo15by/",
    );
    choose(&t.select("OAuth 2.0 client"), "c-1");
    settle().await;
}

#[wasm_bindgen_test]
async fn save_sends_one_submit_shows_busy_then_saved_and_read_only() {
    let t = TestPanel::started(create_init()).await;
    fill_management(&t).await;
    let save = t.button("Save");
    click(&save);
    click(&save);
    settle().await;
    let submits = t.sent_of("submit");
    assert_eq!(submits.len(), 1, "a second click sends nothing");
    assert_eq!(save.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(save.get_attribute("aria-disabled").as_deref(), Some("true"));
    let PanelToHost::Submit {
        request_id,
        payload,
    } = &submits[0]
    else {
        unreachable!()
    };
    assert_eq!(payload.connection.region, Region::Eu);
    assert_eq!(payload.connection.oauth_client_id, "c-1");
    assert!(payload.pkce.is_none() && payload.authorization.is_none());
    t.panel.deliver(HostToPanel::SubmitResult {
        request_id: request_id.clone(),
        payload: SubmitResult {
            ok: true,
            message: None,
            field_errors: None,
        },
    });
    settle().await;
    assert!(t.text().contains("Connection saved"));
    assert!(
        t.input("Name your connection")
            .matches(":disabled")
            .unwrap()
    );
    assert!(session_storage_text().is_empty(), "the draft is cleared");
}

#[wasm_bindgen_test]
async fn host_field_errors_appear_beside_fields_and_a_general_message_above_actions() {
    let t = TestPanel::started(create_init()).await;
    fill_management(&t).await;
    click(&t.button("Save"));
    settle().await;
    let PanelToHost::Submit { request_id, .. } = t.sent_of("submit").remove(0) else {
        unreachable!()
    };
    t.panel.deliver(HostToPanel::SubmitResult {
        request_id,
        payload: SubmitResult {
            ok: false,
            message: Some("The platform refused the connection.".into()),
            field_errors: Some([("name", "Names must be unique per workspace.")].into()),
        },
    });
    settle().await;
    wait(50).await;
    let name = t.input("Name your connection");
    assert_eq!(
        t.error_of(&name).as_deref(),
        Some("Names must be unique per workspace.")
    );
    assert!(
        t.query(".acp-form > [role=alert].acp-general-error")
            .unwrap()
            .text_content()
            .unwrap()
            .contains("refused")
    );
    assert_eq!(active_element().unwrap().id(), name.id());
    assert!(
        !name.matches(":disabled").unwrap(),
        "the form is editable again"
    );
    type_text(&name, "EU tenant 2");
    settle().await;
    assert_eq!(
        t.error_of(&name),
        None,
        "editing the field clears the host's error"
    );
}

#[wasm_bindgen_test]
async fn adding_a_client_sends_its_secret_only_in_the_message_and_selects_it() {
    let t = TestPanel::started(create_init()).await;
    click(&t.button("Add OAuth 2.0 client"));
    settle().await;
    let dialog = t.query("dialog[open]").expect("the dialog is open");
    assert_eq!(
        accessible_text(&dialog.query_selector("h3").unwrap().unwrap()),
        "Add OAuth 2.0 client"
    );
    click(&t.button("Save"));
    settle().await;
    assert!(t.text().contains("Enter the client secret from Auth0."));
    let secret = t.input("Client secret");
    assert_eq!(secret.type_(), "password");
    type_text(&t.input("Name"), "Reporting");
    type_text(&t.input("Client ID"), "pub-3");
    type_text(&secret, "top-secret-value");
    let toggle = t.button("Show client secret");
    click(&toggle);
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(secret.type_(), "text");
    let dialog_save = t.query_all("dialog[open] button[type=submit]").remove(0);
    click(&wasm_bindgen::JsCast::unchecked_into(dialog_save));
    settle().await;
    let saves = t.sent_of("saveOAuthClient");
    assert_eq!(saves.len(), 1);
    let PanelToHost::SaveOAuthClient {
        request_id,
        payload: ClientDraftPayload { client },
    } = &saves[0]
    else {
        unreachable!()
    };
    assert_eq!(
        client.client_secret.as_ref().map(|s| s.expose()),
        Some("top-secret-value")
    );
    assert_eq!(client.id, None);
    t.panel.deliver(reporting_saved(request_id.clone()));
    settle().await;
    assert!(t.query("dialog[open]").is_none(), "the dialog closed");
    assert_eq!(t.select("OAuth 2.0 client").value(), "c-3");
    assert!(
        !all_attribute_values()
            .iter()
            .any(|v| v.contains("top-secret-value"))
    );
    assert!(!session_storage_text().contains("top-secret-value"));
    assert!(
        t.query("dialog input").is_none(),
        "the closed dialog holds no form"
    );
    assert_eq!(secret.value(), "", "the typed secret left its input");
    click(&t.button("Add OAuth 2.0 client"));
    settle().await;
    assert_eq!(
        t.input("Client secret").value(),
        "",
        "the secret is forgotten"
    );
}

/// The host's answer to the request `request_id`: it saved the client "Reporting" (`pub-3`) as
/// `c-3`.
fn reporting_saved(request_id: String) -> HostToPanel {
    HostToPanel::OAuthClientSaved {
        request_id,
        payload: ClientPayload {
            client: OAuthClient {
                id: "c-3".into(),
                name: "Reporting".into(),
                client_id: "pub-3".into(),
            },
        },
    }
}

#[wasm_bindgen_test]
async fn a_late_reply_to_a_cancelled_dialog_leaves_the_dialog_opened_again_alone() {
    let t = TestPanel::started(create_init()).await;
    let before = t.select("OAuth 2.0 client").value();
    click(&t.button("Add OAuth 2.0 client"));
    settle().await;
    type_text(&t.input("Name"), "Reporting");
    type_text(&t.input("Client ID"), "pub-3");
    type_text(&t.input("Client secret"), "first-secret");
    click(&t.dialog_button("Save"));
    settle().await;
    let PanelToHost::SaveOAuthClient { request_id, .. } = t.sent_of("saveOAuthClient").remove(0)
    else {
        unreachable!()
    };
    // Cancelled while the host has not answered, then opened again for another client.
    click(&t.dialog_button("Cancel"));
    settle().await;
    assert!(t.query("dialog[open]").is_none());
    click(&t.button("Add OAuth 2.0 client"));
    settle().await;
    type_text(&t.input("Name"), "Billing");
    t.panel.deliver(reporting_saved(request_id));
    settle().await;
    assert!(t.query("dialog[open]").is_some(), "the dialog stays open");
    assert_eq!(t.input("Name").value(), "Billing", "what was typed stays");
    assert_eq!(t.select("OAuth 2.0 client").value(), before);
    assert!(
        t.query_all("option")
            .iter()
            .any(|o| accessible_text(o) == "Reporting"),
        "the saved client joins the list"
    );
    // The dialog opened again sends its own request.
    type_text(&t.input("Client ID"), "pub-4");
    type_text(&t.input("Client secret"), "second-secret");
    click(&t.dialog_button("Save"));
    settle().await;
    assert_eq!(t.sent_of("saveOAuthClient").len(), 2);
}

#[wasm_bindgen_test]
async fn editing_a_client_with_a_blank_secret_leaves_it_unchanged() {
    let t = TestPanel::started(create_init()).await;
    let edit = t.button("Edit OAuth 2.0 client");
    assert!(edit.has_attribute("disabled"), "nothing to edit yet");
    choose(&t.select("OAuth 2.0 client"), "c-2");
    settle().await;
    assert!(!edit.has_attribute("disabled"));
    click(&edit);
    settle().await;
    assert_eq!(t.input("Name").value(), "Portal");
    type_text(&t.input("Name"), "Portal v2");
    let dialog_save = t.query_all("dialog[open] button[type=submit]").remove(0);
    click(&wasm_bindgen::JsCast::unchecked_into(dialog_save));
    settle().await;
    let PanelToHost::SaveOAuthClient {
        payload: ClientDraftPayload { client },
        ..
    } = t.sent_of("saveOAuthClient").remove(0)
    else {
        unreachable!()
    };
    assert_eq!(client.id.as_deref(), Some("c-2"));
    assert_eq!(client.client_secret, None);
}

#[wasm_bindgen_test]
async fn a_draft_survives_a_reload_and_can_be_discarded() {
    clear_storage();
    {
        let t = TestPanel::mount();
        t.init(create_init()).await;
        type_text(&t.input("Name your connection"), "Unsaved work");
        paste(
            &t.input("Tenant domain"),
            "dev-6ljhqh2ct4wo15by.uk.auth0.com",
        );
        settle().await;
        assert!(session_storage_text().contains("Unsaved work"));
    }
    let t = TestPanel::mount();
    t.init(create_init()).await;
    assert_eq!(t.input("Name your connection").value(), "Unsaved work");
    assert_eq!(t.select("Region").value(), "uk");
    assert!(t.text().contains("Your unsaved changes were restored"));
    click(&t.button("Discard them"));
    settle().await;
    assert_eq!(t.input("Name your connection").value(), "");
    assert!(session_storage_text().is_empty());
}

#[wasm_bindgen_test]
async fn a_later_init_for_the_same_connection_keeps_edits_and_another_replaces_the_form() {
    clear_storage();
    let t = TestPanel::mount();
    let edit = |name: &str, tenant: &str| InitPayload {
        mode: Mode::Edit,
        connection: Some(ConnectionPrefill {
            id: Some("conn-1".into()),
            name: Some(name.into()),
            tenant: Some(tenant.into()),
            region: Some(Region::Eu),
            ..ConnectionPrefill::default()
        }),
        oauth_clients: Some(clients()),
        ..InitPayload::default()
    };
    t.init(edit("Prod", "old-tenant")).await;
    assert!(t.text().contains("Edit connection"));
    type_text(&t.input("Name your connection"), "Prod renamed");
    settle().await;
    t.init(edit("Prod", "new-tenant")).await;
    assert_eq!(t.input("Name your connection").value(), "Prod renamed");
    assert_eq!(t.input("Tenant domain").value(), "new-tenant");
    let mut reset = edit("Prod", "new-tenant");
    reset.reset = Some(true);
    t.init(reset).await;
    assert_eq!(t.input("Name your connection").value(), "Prod");
}

#[wasm_bindgen_test]
async fn cancel_with_changes_asks_first_and_discard_sends_cancel() {
    let t = TestPanel::started(create_init()).await;
    type_text(&t.input("Name your connection"), "Something");
    settle().await;
    click(&t.button("Cancel"));
    settle().await;
    let alert = t
        .query("dialog[open][role=alertdialog]")
        .expect("the discard dialog is open");
    assert!(accessible_text(&alert).contains("Discard changes?"));
    click(&t.button("Keep editing"));
    settle().await;
    assert!(t.query("dialog[open]").is_none());
    assert!(t.sent_of("cancel").is_empty());
    click(&t.button("Cancel"));
    settle().await;
    click(&t.button("Discard"));
    settle().await;
    assert_eq!(t.sent_of("cancel").len(), 1);
    assert!(matches!(
        t.sent_of("cancel")[0],
        PanelToHost::Cancel {
            payload: CancelPayload { dirty: true }
        }
    ));
    assert_eq!(
        t.input("Name your connection").value(),
        "Something",
        "the form stays as it is"
    );
}

#[wasm_bindgen_test]
async fn my_account_scopes_from_the_host_show_in_the_summary_with_unknown_ones_marked() {
    clear_storage();
    let t = TestPanel::mount();
    let mut init = create_init();
    init.connection = Some(ConnectionPrefill {
        api_type: Some(ApiType::MyAccount),
        grant_type: Some(GrantType::AuthorizationCode),
        scopes: Some(vec!["legacy:custom".into(), "read:me:factors".into()]),
        ..ConnectionPrefill::default()
    });
    t.init(init).await;
    let summary = t.query(".acp-scope-summary").unwrap();
    let text = summary.text_content().unwrap();
    assert!(text.contains("2 scopes selected"));
    assert!(text.contains("read:me:factors"));
    assert!(text.contains("legacy:customnot in catalogue"));
    let group = t.query(".acp-scope-field").unwrap();
    assert_eq!(group.get_attribute("role").as_deref(), Some("group"));
}

#[wasm_bindgen_test]
async fn the_http_view_lists_the_resolved_settings() {
    let t = TestPanel::started(create_init()).await;
    t.input("My account").click();
    paste(
        &t.input("Tenant domain"),
        "dev-6ljhqh2ct4wo15by.eu.auth0.com",
    );
    settle().await;
    t.input("HTTP").click();
    settle().await;
    let dl = t.query("dl.acp-http").expect("the HTTP settings");
    let text = dl.text_content().unwrap();
    for expected in [
        "Base URIhttps://dev-6ljhqh2ct4wo15by.eu.auth0.com/me/v1",
        "Authorization URLhttps://dev-6ljhqh2ct4wo15by.eu.auth0.com/authorize",
        "Token URLhttps://dev-6ljhqh2ct4wo15by.eu.auth0.com/oauth/token",
        "OAuth grant typeauthorization_code",
        "PKCE methodS256",
        "Audiencehttps://dev-6ljhqh2ct4wo15by.eu.auth0.com/me/",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(
        !text.contains("Scope string"),
        "no scopes chosen yet, the row is left out"
    );
    assert!(t.query(".acp-simple").unwrap().has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn changed_is_posted_after_edits_with_every_error() {
    let t = TestPanel::started(create_init()).await;
    type_text(&t.input("Name your connection"), "x");
    wait(300).await;
    let changed = t.sent_of("changed");
    let Some(PanelToHost::Changed {
        payload:
            ChangedPayload {
                valid,
                dirty,
                errors,
            },
    }) = changed.last()
    else {
        panic!("no changed message")
    };
    assert!(!valid);
    assert!(dirty);
    assert!(errors.get("tenant").is_some() && errors.get("region").is_some());
    assert!(errors.get("name").is_none());
}

#[wasm_bindgen_test]
async fn replies_for_unknown_requests_change_nothing() {
    let t = TestPanel::started(create_init()).await;
    fill_management(&t).await;
    t.panel.deliver(HostToPanel::SubmitResult {
        request_id: "never-sent".into(),
        payload: SubmitResult {
            ok: true,
            message: None,
            field_errors: None,
        },
    });
    t.panel.deliver(HostToPanel::RequestFailed {
        request_id: "never-sent".into(),
        payload: RequestFailedPayload {
            message: "nope".into(),
        },
    });
    settle().await;
    assert!(!t.text().contains("Connection saved"));
    assert!(!t.text().contains("nope"));
    click(&t.button("Save"));
    settle().await;
    let PanelToHost::Submit { request_id, .. } = t.sent_of("submit").remove(0) else {
        unreachable!()
    };
    // A client reply carrying the submit's id is not the submit's answer.
    t.panel.deliver(HostToPanel::OAuthClientSaved {
        request_id: request_id.clone(),
        payload: ClientPayload {
            client: OAuthClient {
                id: "c-9".into(),
                name: "x".into(),
                client_id: "y".into(),
            },
        },
    });
    settle().await;
    let save = t.button("Save");
    assert_eq!(
        save.get_attribute("aria-busy").as_deref(),
        Some("true"),
        "still waiting"
    );
    t.panel.deliver(HostToPanel::SubmitResult {
        request_id,
        payload: SubmitResult {
            ok: true,
            message: None,
            field_errors: None,
        },
    });
    settle().await;
    assert!(t.text().contains("Connection saved"));
}
