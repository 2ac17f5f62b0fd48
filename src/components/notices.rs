//! Notices above the form: connecting, host silent, draft restored, saved.

use crate::components::button::button;
use crate::components::el::{El, el};
use crate::i18n::{Key, Text};
use crate::prelude::*;
use crate::session::Session;
use crate::session::state::{PanelState, Status};

/// A paragraph with a spinner and `text`.
fn busy_notice(state: PanelState, text: Key) -> El {
    el("p")
        .child(el("span").class("acp-spinner").attr("aria-hidden", "true"))
        .text(" ")
        .text_with(state.t(text))
}

pub fn notices(state: PanelState, session: Session) -> El {
    let status = move || match state.status.get() {
        Status::Connecting => {
            Some(busy_notice(state, Key::NoticeConnecting).class("acp-notice acp-notice--info"))
        }
        status @ (Status::HostSilent | Status::LoadFailed(_)) => {
            let message = match status {
                Status::LoadFailed(text) => text,
                _ => Text::key(Key::NoticeHostSilent),
            };
            Some(
                el("div")
                    .class("acp-notice acp-notice--warning")
                    .child(
                        el("p")
                            .attr("role", "alert")
                            .text_with(move || state.render(&message)),
                    )
                    .child(button(state, "acp-button", Key::NoticeRetry, move || {
                        session.retry()
                    })),
            )
        }
        Status::Authorizing => Some(
            el("div")
                .class("acp-notice acp-notice--info")
                .child(busy_notice(state, Key::NoticeAuthorizing))
                .child(button(
                    state,
                    "acp-button",
                    Key::NoticeCancelAuthorization,
                    move || session.cancel_authorization(),
                )),
        ),
        Status::Saved => Some(
            el("p")
                .class("acp-notice acp-notice--success")
                .text_with(state.t(Key::NoticeSaved)),
        ),
        _ => None,
    };
    let unreadable = move || {
        vec![
            el("p")
                .class("acp-notice acp-notice--warning")
                .text_with(state.t(Key::NoticeDraftUnreadable)),
        ]
    };
    let restored = move || {
        vec![
            el("div")
                .class("acp-notice acp-notice--info")
                .child(el("p").text_with(state.t(Key::NoticeDraftRestored)))
                .child(button(
                    state,
                    "acp-button acp-button--quiet",
                    Key::NoticeDiscardDraft,
                    move || session.discard_restored_draft(),
                )),
        ]
    };
    let editing = move || state.status.get() == Status::Editing;
    el("div")
        .class("acp-notices")
        .attr("role", "status")
        .children_with(move || status().into_iter().collect())
        .child_while(
            move || state.draft_unreadable.get() && editing(),
            unreadable,
        )
        .child_while(move || state.draft_restored.get() && editing(), restored)
}
