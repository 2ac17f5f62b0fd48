//! Notices above the form: connecting, host silent, draft restored, saved.

use crate::components::el::{El, el};
use crate::components::shown::{shown_while, switched};
use crate::i18n::{Key, Text};
use crate::session::Session;
use crate::session::state::{PanelState, Status};
use leptos::prelude::*;

/// A paragraph with a spinner and `text`.
fn busy_notice(state: PanelState, text: Key) -> El {
    el("p")
        .child(el("span").class("acp-spinner").attr("aria-hidden", "true"))
        .text(" ")
        .text_with(state.t(text))
}

/// A button that runs `action`.
fn notice_button(state: PanelState, class: &str, label: Key, action: impl Fn() + 'static) -> El {
    el("button")
        .attr("type", "button")
        .class(class)
        .on("click", move |_| action())
        .text_with(state.t(label))
}

pub fn notices(state: PanelState, session: Session) -> El {
    let status = move || match state.status.get() {
        Status::Connecting => Some(
            busy_notice(state, Key::NoticeConnecting)
                .class("acp-notice acp-notice--info")
                .into_any(),
        ),
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
                    .child(notice_button(
                        state,
                        "acp-button",
                        Key::NoticeRetry,
                        move || session.retry(),
                    ))
                    .into_any(),
            )
        }
        Status::Authorizing => Some(
            el("div")
                .class("acp-notice acp-notice--info")
                .child(busy_notice(state, Key::NoticeAuthorizing))
                .child(notice_button(
                    state,
                    "acp-button",
                    Key::NoticeCancelAuthorization,
                    move || session.cancel_authorization(),
                ))
                .into_any(),
        ),
        Status::Saved => Some(
            el("p")
                .class("acp-notice acp-notice--success")
                .text_with(state.t(Key::NoticeSaved))
                .into_any(),
        ),
        _ => None,
    };
    let unreadable = shown_while(
        move || state.draft_unreadable.get() && state.status.get() == Status::Editing,
        move || {
            el("p")
                .class("acp-notice acp-notice--warning")
                .text_with(state.t(Key::NoticeDraftUnreadable))
                .into_any()
        },
    );
    let restored = shown_while(
        move || state.draft_restored.get() && state.status.get() == Status::Editing,
        move || {
            el("div")
                .class("acp-notice acp-notice--info")
                .child(el("p").text_with(state.t(Key::NoticeDraftRestored)))
                .child(notice_button(
                    state,
                    "acp-button acp-button--quiet",
                    Key::NoticeDiscardDraft,
                    move || session.discard_restored_draft(),
                ))
                .into_any()
        },
    );
    el("div")
        .class("acp-notices")
        .attr("role", "status")
        .child_view(switched(status))
        .child_view(unreadable)
        .child_view(restored)
}
