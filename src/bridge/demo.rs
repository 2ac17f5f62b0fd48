//! The built-in demo host of the standalone page: it answers like a real host would (sample
//! clients and existing names, client saves, submits), so the panel works with nothing else.

use super::log::{LogEntry, mask_secrets};
use crate::components::{MountedPanel, PanelOptions, mount_panel};
use crate::protocol::*;
use crate::session::Outbound;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

/// The `init` the demo host sends.
pub fn demo_init() -> InitPayload {
    InitPayload {
        mode: Mode::Create,
        existing_names: Some(vec!["Auth0 production".into(), "Auth0 staging".into()]),
        oauth_clients: Some(vec![
            OAuthClient {
                id: "client-backoffice".into(),
                name: "Back-office integration".into(),
                client_id: "Xq7uBVn2kPzX0v9mEXAMPLE1".into(),
            },
            OAuthClient {
                id: "client-selfservice".into(),
                name: "Self-service portal".into(),
                client_id: "Lm3RtY8wQaZc5dEXAMPLE2".into(),
            },
        ]),
        ..InitPayload::default()
    }
}

/// Mounts the panel with the demo host answering it; `log` receives every message it sends.
pub fn mount_with_demo_host(
    parent: web_sys::HtmlElement,
    log: RwSignal<Vec<LogEntry>>,
) -> Rc<MountedPanel> {
    let panel: Rc<RefCell<Option<Rc<MountedPanel>>>> = Rc::new(RefCell::new(None));
    let next_client = Rc::new(Cell::new(1_u32));
    let answered_ready = Rc::new(Cell::new(false));
    let reply = {
        let panel = panel.clone();
        move |message: HostToPanel, delay_ms: u64| {
            let panel = panel.clone();
            set_timeout(
                move || {
                    if let Some(p) = panel.borrow().as_ref() {
                        p.deliver(message);
                    }
                },
                Duration::from_millis(delay_ms),
            );
        }
    };
    let outbound: Outbound = Rc::new(move |message: PanelToHost| {
        let encoded = message.to_json();
        log.update(|entries| {
            entries.push(LogEntry {
                number: entries.len() + 1,
                kind: encoded["type"].as_str().unwrap_or_default().to_string(),
                text: serde_json::to_string_pretty(&mask_secrets(&encoded)).unwrap_or_default(),
            })
        });
        match message {
            PanelToHost::Ready { .. } if !answered_ready.replace(true) => {
                reply(
                    HostToPanel::Init {
                        payload: Box::new(demo_init()),
                    },
                    150,
                );
            }
            PanelToHost::SaveOAuthClient {
                request_id,
                payload: ClientDraftPayload { client },
            } => {
                let id = client.id.unwrap_or_else(|| {
                    let n = next_client.get();
                    next_client.set(n + 1);
                    format!("client-demo-{n}")
                });
                reply(
                    HostToPanel::OAuthClientSaved {
                        request_id,
                        payload: ClientPayload {
                            client: OAuthClient {
                                id,
                                name: client.name,
                                client_id: client.client_id,
                            },
                        },
                    },
                    400,
                );
            }
            PanelToHost::Submit { request_id, .. } => reply(
                HostToPanel::SubmitResult {
                    request_id,
                    payload: SubmitResult {
                        ok: true,
                        message: None,
                        field_errors: None,
                    },
                },
                600,
            ),
            _ => {}
        }
    });
    crate::bridge::crash::watch(parent.clone(), outbound.clone(), true);
    let origin = window().location().origin().unwrap_or_default();
    let mounted = Rc::new(mount_panel(
        parent,
        PanelOptions {
            host_origin: origin,
            instance_id: None,
            outbound,
        },
    ));
    *panel.borrow_mut() = Some(mounted.clone());
    mounted.announce_ready();
    mounted
}
