//! "OAuth 2.0 client": the host's clients, with icon buttons to add one or edit the selected one.

use super::select_input::{option, select_input};
use crate::components::client_dialog::client_dialog;
use crate::components::el::{El, el, svg};
use crate::components::field::Frame;
use crate::components::help::{Help, help_disclosure};
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::prelude::*;
use crate::session::state::PanelState;
use crate::session::{ClientDialog, DialogMode, Session};

/// An icon button: the icon hidden from assistive technology, the name in visually hidden text.
fn icon_button(state: PanelState, id: &str, icon: El, name: Key) -> El {
    el("button")
        .attr("type", "button")
        .class("acp-icon-button")
        .attr("id", id)
        .child(icon)
        .child(
            el("span")
                .class("acp-visually-hidden")
                .text_with(state.t(name)),
        )
}

/// The field, its help and its dialog.
pub fn client_field(state: PanelState, session: Session) -> [El; 3] {
    let field = Field::OauthClientId;
    let dialog = session.client_dialog;
    let add_id = state.id("client-add");
    let edit_id = state.id("client-edit");
    let selected = move || {
        state.values.with(|v| {
            state.host.with(|h| {
                h.clients
                    .iter()
                    .find(|c| c.id == v.oauth_client_id)
                    .cloned()
            })
        })
    };
    let frame = Frame::of(
        state,
        field,
        Key::FieldClientLabel,
        Some(Key::FieldClientHint),
    );
    let placeholder = option(state, "", Key::FieldClientPlaceholder, |v| {
        v.oauth_client_id.is_empty()
    });
    // The host's clients, built again whenever the host's context changes (an `init`, a saved
    // client).
    let clients = move || {
        state.host.with(|h| {
            h.clients
                .iter()
                .map(|client| {
                    let id = client.id.clone();
                    el("option")
                        .attr("value", &client.id)
                        .property_with("selected", move || {
                            state.values.with(|v| v.oauth_client_id == id)
                        })
                        .text(&client.name)
                })
                .collect()
        })
    };
    let select = select_input(state, &frame.control(), field, |v, id| {
        v.oauth_client_id = id.to_string()
    })
    .child(placeholder)
    .children_with(clients);
    let plus = el("span")
        .attr("aria-hidden", "true")
        .class("acp-icon-plus")
        .text("+");
    let add = icon_button(state, &add_id, plus, Key::ClientAdd).on("click", move |_| {
        dialog.set(ClientDialog::open(DialogMode::Add))
    });
    let pencil = svg("svg")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .attr("viewBox", "0 0 16 16")
        .class("acp-icon")
        .child(svg("path").attr(
            "d",
            "M11.7 1.3a1 1 0 0 1 1.4 0l1.6 1.6a1 1 0 0 1 0 1.4L5.5 13.5 2 14l.5-3.5z",
        ));
    let edit = icon_button(state, &edit_id, pencil, Key::ClientEdit)
        .flag_with("disabled", move || selected().is_none())
        .on("click", move |_| {
            if let Some(client) = selected() {
                dialog.set(ClientDialog::open(DialogMode::Edit(client)));
            }
        });
    let row = el("div")
        .class("acp-input-row")
        .child(select)
        .child(add)
        .child(edit);
    [
        frame.around([row]),
        help_disclosure(state, Help::ClientCredentials),
        client_dialog(state, session, add_id, edit_id),
    ]
}
