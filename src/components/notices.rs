//! Notices above the form: connecting, host silent, draft restored, saved.

use crate::components::shown::shown_while;
use crate::erased::handler;
use crate::i18n::{Key, Text};
use crate::session::Session;
use crate::session::state::{PanelState, Status};
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let session = expect_context::<Session>();
    let status = move || state.status.get();
    view! {
        <div class="acp-notices" role="status">
            {move || match status() {
                Status::Connecting => Some(view! {
                    <p class="acp-notice acp-notice--info">
                        <span class="acp-spinner" aria-hidden="true"></span>
                        {state.t(Key::NoticeConnecting)}
                    </p>
                }.into_any()),
                status @ (Status::HostSilent | Status::LoadFailed(_)) => {
                    let message = match status {
                        Status::LoadFailed(text) => text,
                        _ => Text::key(Key::NoticeHostSilent),
                    };
                    let message = move || state.render(&message);
                    Some(view! {
                        <div class="acp-notice acp-notice--warning">
                            <p role="alert">{move || message()}</p>
                            <button type="button" class="acp-button" on:click=handler(move |_| session.retry())>
                                {state.t(Key::NoticeRetry)}
                            </button>
                        </div>
                    }.into_any())
                }
                Status::Authorizing => Some(view! {
                    <div class="acp-notice acp-notice--info">
                        <p>
                            <span class="acp-spinner" aria-hidden="true"></span>
                            " "
                            {state.t(Key::NoticeAuthorizing)}
                        </p>
                        <button type="button" class="acp-button" on:click=handler(move |_| session.cancel_authorization())>
                            {state.t(Key::NoticeCancelAuthorization)}
                        </button>
                    </div>
                }.into_any()),
                Status::Saved => Some(view! {
                    <p class="acp-notice acp-notice--success">{state.t(Key::NoticeSaved)}</p>
                }.into_any()),
                _ => None,
            }}
            {shown_while(
                move || state.draft_unreadable.get() && state.status.get() == Status::Editing,
                move || view! {
                    <p class="acp-notice acp-notice--warning">
                        {state.t(Key::NoticeDraftUnreadable)}
                    </p>
                }.into_any(),
            )}
            {shown_while(
                move || state.draft_restored.get() && state.status.get() == Status::Editing,
                move || view! {
                    <div class="acp-notice acp-notice--info">
                        <p>{state.t(Key::NoticeDraftRestored)}</p>
                        <button type="button" class="acp-button acp-button--quiet" on:click=handler(move |_| session.discard_restored_draft())>
                            {state.t(Key::NoticeDiscardDraft)}
                        </button>
                    </div>
                }.into_any(),
            )}
        </div>
    }
}
