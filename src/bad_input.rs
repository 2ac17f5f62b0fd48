//! The bad-input matrix: every decoder the panel has, fed what a careless or hostile host, URL,
//! person or storage could give it. Each input must come back as an `Err` with a message that says
//! what is wrong (never a panic, never a silently accepted value).

use crate::model::audience::validate_audience;
use crate::model::callback::parse_callback;
use crate::model::connection::FormValues;
use crate::model::custom_domain::{CustomDomainError, parse_custom_domain};
use crate::model::draft::{decode_draft, encode_draft};
use crate::model::name::validate_name;
use crate::model::tenant::{TenantError, parse_tenant_input};
use crate::model::theme::accept_token;
use crate::protocol::deployment::Deployment;
use crate::protocol::origins::{normalize_origin, read_host_params};
use crate::protocol::*;
use serde_json::{Value, json};

const SCRIPTS: [&str; 4] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "{{constructor.constructor('alert(1)')()}}",
];
const BAD_URLS: [&str; 5] = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
];

fn envelope(kind: &str, payload: Value) -> Value {
    json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": kind, "requestId": "r-1", "payload": payload })
}

fn init_with(path: &[&str], value: Value) -> Value {
    let mut payload = json!({
        "mode": "create",
        "connection": { "name": "n", "apiType": "management" },
        "existingNames": ["a"],
        "oauthClients": [{ "id": "c", "name": "C", "clientId": "p" }],
        "scopeCatalog": { "myAccount": [{ "value": "read:me", "description": "d" }] },
        "theme": "light",
        "themeTokens": { "accent": "#123456" },
        "popup": { "width": 500, "height": 600 },
        "requestTimeoutMs": 1000,
    });
    let (last, parents) = path.split_last().expect("a path");
    let mut slot = &mut payload;
    for key in parents {
        slot = &mut slot[*key];
    }
    slot[*last] = value;
    envelope("init", payload)
}

fn refused(message: &Value) -> DecodeError {
    match decode_host_message(message) {
        Ok(decoded) => panic!("accepted {message}: {decoded:?}"),
        Err(e) => e,
    }
}

#[test]
fn the_baseline_init_of_the_matrix_decodes() {
    assert!(decode_host_message(&init_with(&["reset"], json!(false))).is_ok());
}

#[test]
fn a_wrong_type_in_any_init_field_names_that_field() {
    let cases: [(&[&str], Value, &str); 20] = [
        (&["mode"], json!(1), "mode"),
        (&["mode"], json!("delete"), "mode"),
        (&["connection"], json!("conn"), "connection"),
        (&["connection", "name"], json!(42), "connection.name"),
        (
            &["connection", "apiType"],
            json!("graphql"),
            "connection.apiType",
        ),
        (
            &["connection", "region"],
            json!("mars"),
            "connection.region",
        ),
        (
            &["connection", "scopes"],
            json!("read:me"),
            "connection.scopes",
        ),
        (&["existingNames"], json!("a"), "existingNames"),
        (&["existingNames"], json!([1, 2]), "existingNames[0]"),
        (&["oauthClients"], json!([{ "id": "c" }]), "oauthClients[0]"),
        (
            &["scopeCatalog", "myAccount"],
            json!({}),
            "scopeCatalog.myAccount",
        ),
        (&["theme"], json!("neon"), "theme"),
        (&["themeTokens"], json!(["accent"]), "themeTokens"),
        (&["popup", "width"], json!("wide"), "popup.width"),
        (&["requestTimeoutMs"], json!(-5), "requestTimeoutMs"),
        (&["requestTimeoutMs"], json!(3e9), "requestTimeoutMs"),
        (&["requestTimeoutMs"], json!(999), "requestTimeoutMs"),
        (&["requestTimeoutMs"], json!(600_001), "requestTimeoutMs"),
        (
            &["requestTimeoutMs"],
            json!(2_147_483_648_u64),
            "requestTimeoutMs",
        ),
        (&["reset"], json!("yes"), "reset"),
    ];
    for (path, value, named) in cases {
        let e = refused(&init_with(path, value.clone()));
        assert_eq!(e.code, ErrorCode::InvalidMessage);
        assert!(
            e.message.contains(&format!("`{named}`")),
            "{path:?} = {value}: {}",
            e.message
        );
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
    }
}

#[test]
fn a_wrong_type_in_any_reply_field_names_that_field() {
    let cases = [
        ("submitResult", json!({ "ok": "yes" }), "ok"),
        (
            "submitResult",
            json!({ "ok": false, "message": 3 }),
            "message",
        ),
        (
            "submitResult",
            json!({ "ok": false, "fieldErrors": { "name": 1 } }),
            "fieldErrors.name",
        ),
        ("oauthClientSaved", json!({ "client": "c" }), "client"),
        (
            "oauthClientSaved",
            json!({ "client": { "id": "c", "name": 1, "clientId": "p" } }),
            "client.name",
        ),
        ("requestFailed", json!({ "message": [] }), "message"),
    ];
    for (kind, payload, named) in cases {
        let e = refused(&envelope(kind, payload.clone()));
        assert!(
            e.message.contains(&format!("`{named}`")),
            "{kind} {payload}: {}",
            e.message
        );
    }
}

#[test]
fn envelopes_of_the_wrong_shape_are_refused_with_their_reason() {
    let cases = [
        (json!(null), "JSON object"),
        (json!([1, 2]), "JSON object"),
        (json!("init"), "JSON object"),
        (
            json!({ "protocol": 1, "version": 1, "type": "init" }),
            "`protocol`",
        ),
        (
            json!({ "protocol": PROTOCOL_NAME, "version": "1", "type": "init" }),
            "`version`",
        ),
        (
            json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": ["init"] }),
            "`type`",
        ),
        (
            json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": "init", "payload": "x" }),
            "`payload`",
        ),
        (
            json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": "init", "requestId": 7 }),
            "`requestId`",
        ),
        (
            json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": "submitResult", "payload": { "ok": true } }),
            "`requestId`",
        ),
        (
            json!({ "protocol": PROTOCOL_NAME, "version": 1, "type": "__proto__" }),
            "__proto__",
        ),
    ];
    for (message, reason) in cases {
        let e = refused(&message);
        assert!(e.message.contains(reason), "{message}: {}", e.message);
    }
}

#[test]
fn oversized_or_deeply_nested_text_is_refused_before_it_costs_anything() {
    let big = format!(
        "{{\"protocol\":\"{PROTOCOL_NAME}\",\"version\":1,\"type\":\"init\",\"payload\":{{\"mode\":\"create\",\"existingNames\":[\"{}\"]}}}}",
        "x".repeat(MAX_INIT_BYTES)
    );
    assert!(
        decode_host_text(&big)
            .unwrap_err()
            .message
            .contains("limit")
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let e = decode_host_text(&deep).unwrap_err();
    assert!(e.message.contains("recursion limit"), "{}", e.message);
    let nested = format!("{}1{}", "{\"a\":".repeat(200), "}".repeat(200));
    let deep_payload = format!(
        "{{\"protocol\":\"{PROTOCOL_NAME}\",\"version\":1,\"type\":\"init\",\"payload\":{{\"mode\":\"create\",\"themeTokens\":{nested}}}}}"
    );
    assert!(decode_host_text(&deep_payload).is_err());
    for broken in ["", "{", "{\"protocol\":", "\u{0}", "NaN", "{\"a\":1,}"] {
        let e = decode_host_text(broken).unwrap_err();
        assert!(
            e.message.contains("not valid JSON"),
            "{broken:?}: {}",
            e.message
        );
    }
}

#[test]
fn script_like_text_is_kept_as_text_never_interpreted() {
    for script in SCRIPTS {
        assert_eq!(validate_name(script, &[], None).as_deref(), Ok(script));
        let decoded = decode_host_message(&init_with(&["connection", "name"], json!(script)))
            .expect("a name is any text");
        let HostToPanel::Init { payload: init } = decoded else {
            panic!("not an init")
        };
        assert_eq!(
            init.connection.and_then(|c| c.name).as_deref(),
            Some(script)
        );
        assert!(parse_tenant_input(script).is_err(), "{script}");
        assert!(parse_custom_domain(script).is_err(), "{script}");
    }
}

#[test]
fn script_and_data_urls_are_refused_wherever_a_url_goes() {
    for url in BAD_URLS {
        assert!(validate_audience(url).is_err(), "audience {url}");
        let e = refused(&init_with(&["redirectUri"], json!(url)));
        assert!(e.message.contains("redirectUri"), "{}", e.message);
        assert!(normalize_origin(url).is_err(), "origin {url}");
        let own = "https://panel.example";
        for key in ["endpoint", "hostOrigin"] {
            let query = format!("{key}={}", urlencode(url));
            let refusal = read_host_params(&query, own, &Deployment::default()).unwrap_err();
            assert!(refusal.to_string().contains(url), "{key} {url}: {refusal}");
        }
        assert!(Deployment::parse(url, "").is_err(), "listed host {url}");
        assert!(Deployment::parse("", url).is_err(), "listed endpoint {url}");
        assert!(parse_tenant_input(url).is_err(), "tenant {url}");
        assert!(parse_custom_domain(url).is_err(), "custom domain {url}");
    }
}

#[test]
fn look_alike_tenants_are_refused_with_the_look_alike_message() {
    let look_alikes = [
        "dev-аbc",                           // Cyrillic а
        "dev-abc.us.аuth0.com",              // in the domain
        "https://ｄｅｖ-abc.us.auth0.com",   // full-width letters
        "dev\u{200b}abc",                    // zero-width space
        "https://dev-%D0%B0bc.us.auth0.com", // percent-encoded Cyrillic: an xn-- label
        "xn--dev-bc-6nf",                    // the same, already encoded
    ];
    for input in look_alikes {
        let e = parse_tenant_input(input).unwrap_err();
        assert_eq!(e, TenantError::NotAscii, "{input}");
        assert!(e.to_string().contains("look-alike"), "{input}");
    }
}

#[test]
fn custom_domains_that_are_not_a_plain_host_name_of_ones_own_are_refused() {
    let refused = [
        ("lоgin.example.com", CustomDomainError::NotAscii), // Cyrillic о
        ("ｌogin.example.com", CustomDomainError::NotAscii), // full-width
        ("login\u{200b}.example.com", CustomDomainError::NotAscii), // zero-width space
        ("xn--lgin-53d.example.com", CustomDomainError::Punycode),
        ("tenant.eu.auth0.com", CustomDomainError::Auth0),
        ("https://tenant.auth0.com/", CustomDomainError::Auth0),
        ("login.example.com:443", CustomDomainError::Port),
        ("login.example.com/authorize", CustomDomainError::Path),
        ("https://login.example.com/#x", CustomDomainError::Path),
        ("//login.example.com", CustomDomainError::Path),
        ("127.0.0.1", CustomDomainError::NotADomain),
    ];
    for (input, error) in refused {
        assert_eq!(parse_custom_domain(input), Err(error), "{input}");
    }
}

#[test]
fn stored_drafts_of_the_wrong_shape_are_no_draft() {
    let good = encode_draft(&FormValues::default());
    assert!(decode_draft(&good).is_ok());
    for stored in [
        "",
        "null",
        "[]",
        "{\"name\":5}",
        "{\"apiType\":\"soap\"}",
        "{\"scopes\":\"read:me\"}",
        &"[".repeat(100_000),
        &good[..good.len() / 2],
    ] {
        let e = decode_draft(stored).unwrap_err();
        assert!(e.contains("could not be read"), "{stored:.40}: {e}");
    }
}

#[test]
fn callbacks_that_are_not_a_single_code_and_state_are_refused() {
    for query in [
        "",
        "?",
        "code=",
        "code=a",
        "code=a&code=b&state=s",
        "code=a&state=s&state=t",
        "state=s",
        "%FF%FE=code",
    ] {
        assert!(parse_callback(query).is_err(), "{query}");
    }
    for script in SCRIPTS {
        let query = format!("code=c&state={}", urlencode(script));
        let result = parse_callback(&query).expect("any state is read as text");
        assert_eq!(result.state(), Some(script));
    }
}

#[test]
fn deployment_lists_refuse_anything_but_exact_origins_and_endpoints() {
    for origins in [
        "https://app.example.com/",
        "https://app.example.com/admin",
        "https://*.example.com",
        "https://app.example.com?x=1",
        "https://user:pw@app.example.com",
        "https://xn--bcher-kva.example",
        "https://аpp.example.com",
        "app.example.com",
    ] {
        let e = Deployment::parse(origins, "").unwrap_err();
        assert!(e.to_string().contains(origins), "{e}");
    }
    for endpoints in [
        "https://platform.example/api?next=https://attacker.example",
        "https://platform.example/api#frag",
        "https://user@platform.example/api",
        "https://platform.example/api/../other",
        "//platform.example/api",
    ] {
        let e = Deployment::parse("", endpoints).unwrap_err();
        assert!(e.to_string().contains(endpoints), "{e}");
    }
}

#[test]
fn theme_tokens_that_could_fetch_or_escape_are_refused() {
    for value in [
        "u\\72l(https://attacker.example/a)",
        "\\75 rl(https://attacker.example/a)",
        "image-set(\"https://attacker.example/a\" 1x)",
        "-webkit-image-set(\"https://attacker.example/a\" 1x)",
        "cross-fade(url(a), url(b))",
        "element(#x)",
        "red;background:url(https://attacker.example/a)",
        "expression(alert(1))",
        "<script>alert(1)</script>",
    ] {
        assert!(accept_token("--acp-accent", value).is_err(), "{value}");
    }
    for script in SCRIPTS {
        assert!(accept_token("--acp-accent", script).is_err(), "{script}");
    }
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
