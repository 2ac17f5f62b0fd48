//! The http transport: the panel is its own page and talks to the platform's API.
//! `GET {endpoint}/init` gives the `init` message; every other message the panel sends is
//! `POST {endpoint}/messages` (JSON, with credentials). A request is answered 200 with its reply,
//! which takes the same decoder and code path as a postMessage reply; a notification gets 204.
//! Redirects are never followed: the endpoint is the one the deployment lists, and a redirect
//! could lead the panel's requests (and a client secret) anywhere.

use super::crash::Report;
use crate::components::{MountedPanel, PanelOptions, mount_panel};
use crate::i18n::{Key, Text};
use crate::model::json_text;
use crate::protocol::decode_host_text;
use crate::protocol::{HostToPanel, PanelToHost};
use crate::session::Outbound;
use crate::session::Session;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    HtmlElement, RequestCredentials, RequestInit, RequestRedirect, Response, ResponseType,
};

/// Starts the panel against an endpoint the deployment lists (the caller has checked).
pub fn start(root: HtmlElement, endpoint: String, host_origin: String) -> Rc<MountedPanel> {
    let endpoint = endpoint.trim_end_matches('/').to_string();
    let session_slot: Rc<std::cell::Cell<Option<Session>>> = Rc::new(std::cell::Cell::new(None));
    let slot = session_slot.clone();
    let messages_url = format!("{endpoint}/messages");
    super::crash::watch(&root, true, Report::Endpoint(messages_url.clone()));
    let outbound: Outbound = Rc::new(move |message: PanelToHost| {
        if matches!(message, PanelToHost::Ready { .. }) || super::crash::has_crashed() {
            return;
        }
        if let Some(session) = slot.get() {
            let url = messages_url.clone();
            wasm_bindgen_futures::spawn_local(async move { post(session, &url, message).await });
        }
    });
    let panel = Rc::new(mount_panel(
        root,
        PanelOptions {
            host_origin,
            instance_id: None,
            outbound,
        },
    ));
    let session = panel.session();
    session_slot.set(Some(session));
    let init_url = format!("{endpoint}/init");
    let load = Rc::new(move || {
        let url = init_url.clone();
        session.loading();
        wasm_bindgen_futures::spawn_local(async move { load_init(session, &url).await });
    });
    session.set_retry(load.clone());
    load();
    panel
}

/// A request with the person's credentials that never follows a redirect: `GET` with `accept`,
/// or `POST` of a JSON body. The error is the browser's, in its words.
async fn send(url: &str, body: Option<String>) -> Result<Response, String> {
    let init = RequestInit::new();
    init.set_credentials(RequestCredentials::Include);
    init.set_redirect(RequestRedirect::Manual);
    let headers = js_sys::Object::new();
    let header = |name: &str, value: &str| {
        js_sys::Reflect::set(&headers, &name.into(), &value.into()).map(drop)
    };
    match body {
        Some(body) => {
            init.set_method("POST");
            header("content-type", "application/json").map_err(js_error)?;
            init.set_body(&body.into());
        }
        None => header("accept", "application/json").map_err(js_error)?,
    }
    init.set_headers(&headers);
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(js_error)?;
    response.dyn_into().map_err(js_error)
}

/// A response's body as text.
async fn text(response: &Response) -> Result<String, String> {
    let promise = response.text().map_err(js_error)?;
    let text = JsFuture::from(promise).await.map_err(js_error)?;
    text.as_string()
        .ok_or_else(|| "the body is not text".into())
}

/// What the browser said went wrong ("TypeError: Failed to fetch"), at most 200 characters.
fn js_error(error: JsValue) -> String {
    let said = match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.to_string()),
        None => error
            .as_string()
            .or_else(|| js_sys::JSON::stringify(&error).ok()?.as_string())
            .unwrap_or_else(|| "an unknown error".into()),
    };
    crate::model::json::shorten(&said, 200)
}

/// Why a response is not the answer the panel needed, in words for the person.
fn status_problem(response: &Response) -> String {
    if response.type_() == ResponseType::Opaqueredirect {
        return "a redirect (status 3xx), which the panel does not follow".into();
    }
    let text = response.status_text();
    let status = response.status();
    if text.is_empty() {
        format!("status {status}")
    } else {
        format!("status {status} {text}")
    }
}

async fn load_init(session: Session, url: &str) {
    let response = send(url, None).await;
    let outcome = match response {
        Err(e) => Err(said(Key::PlatformUnreachable, e)),
        Ok(r) if r.status() != 200 => Err(said(Key::PlatformNoSettings, status_problem(&r))),
        Ok(r) => match text(&r).await {
            Err(e) => Err(said(Key::PlatformUnreadable, e)),
            Ok(body) => match decode_host_text(&body) {
                Ok(message @ HostToPanel::Init { .. }) => Ok(message),
                Ok(_) => Err(Text::key(Key::PlatformNotInit)),
                Err(problem) => Err(said(Key::PlatformBadSettings, problem)),
            },
        },
    };
    match outcome {
        Ok(init) => session.handle(init),
        Err(problem) => session.load_failed(problem),
    }
}

async fn post(session: Session, url: &str, message: PanelToHost) {
    let request_id = message.request_id().map(str::to_string);
    let body = json_text::write(&message.to_json());
    let response = send(url, Some(body)).await;
    let problem = match (response, &request_id) {
        (Err(e), _) => said(Key::PlatformUnreachable, e),
        (Ok(r), None) if r.status() == 204 || r.status() == 200 => return,
        (Ok(r), None) => said(Key::PlatformRefusedUpdate, status_problem(&r)),
        (Ok(r), Some(_)) if r.status() != 200 => said(Key::PlatformNotSaved, status_problem(&r)),
        (Ok(r), Some(id)) => match text(&r).await.map(|body| decode_host_text(&body)) {
            Ok(Ok(reply)) if reply.reply_to() == Some(id.as_str()) => {
                session.handle(reply);
                return;
            }
            Ok(Ok(_)) => Text::key(Key::PlatformWrongReply),
            Ok(Err(problem)) => said(Key::PlatformBadAnswer, problem),
            Err(e) => said(Key::PlatformUnreadable, e),
        },
    };
    match request_id {
        // As a host's requestFailed: the message shows and the form is usable again.
        Some(request_id) => session.fail_request(&request_id, problem),
        None => session.show_problem(problem),
    }
}

/// A catalogue message with the technical detail (`{detail}`) that explains it.
fn said(key: Key, detail: impl std::fmt::Display) -> Text {
    Text::with(key, vec![("detail", detail.to_string())])
}
