//! "Grant type" (My account): Authorization code, with or without PKCE (default with).

use super::select_input::{option, select_input};
use crate::components::button::button;
use crate::components::el::{El, el};
use crate::components::field::Frame;
use crate::i18n::Key;
use crate::model::connection::{Field, GrantType};
use crate::prelude::*;
use crate::protocol::AuthorizeMode;
use crate::session::start::redirect_uri;
use crate::session::state::PanelState;

pub fn grant_field(state: PanelState) -> El {
    let field = Field::GrantType;
    let frame = Frame::of(state, field, Key::FieldGrantLabel, None);
    let grants = GrantType::MY_ACCOUNT
        .into_iter()
        .map(|g| option(state, g.code(), g.label(), move |v| v.grant_type == g));
    let select = select_input(state, &frame.control(), field, |v, code| {
        if let Some(grant) = GrantType::from_code(code) {
            v.grant_type = grant;
        }
    })
    .children(grants);
    frame.around([select])
}

/// Whether the panel authorizes (and so shows the redirect URI after the grant type).
pub fn authorizes(state: PanelState) -> bool {
    state.host.with(|h| h.authorize == AuthorizeMode::Panel)
}

/// The redirect URI the panel authorizes with, to register among the client's Allowed Callback
/// URLs in Auth0, with a copy button.
pub fn redirect_uri_field(state: PanelState) -> El {
    let uri = move || state.host.with(redirect_uri);
    let copied = RwSignal::new(false);
    let uri_id = state.id("redirect-uri");
    let row = el("div")
        .class("acp-input-row")
        .child(
            el("code")
                .class("acp-domain")
                .attr("id", &uri_id)
                .text_with(uri),
        )
        .child(button(
            state,
            "acp-button acp-button--quiet",
            Key::RedirectCopy,
            move || {
                let _ = window().navigator().clipboard().write_text(&untrack(uri));
                copied.set(true);
            },
        ))
        .child(
            el("span")
                .class("acp-hint")
                .attr("role", "status")
                .text_with(move || {
                    if copied.get() {
                        state.t(Key::RedirectCopied)()
                    } else {
                        String::new()
                    }
                }),
        );
    el("div")
        .class("acp-field acp-redirect")
        .child(
            el("span")
                .class("acp-label")
                .attr("id", &format!("{uri_id}-label"))
                .text_with(state.t(Key::RedirectLabel)),
        )
        .child(
            el("p")
                .class("acp-hint")
                .text_with(state.t(Key::RedirectHint)),
        )
        .child(row)
}
