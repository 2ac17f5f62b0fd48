//! Notices above the form: connecting, host silent, draft restored, saved.

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
                        "Connecting to the host…"
                    </p>
                }.into_any()),
                status @ (Status::HostSilent | Status::LoadFailed(_)) => {
                    let message = match status {
                        Status::LoadFailed(message) => message,
                        _ => "The host did not answer".to_string(),
                    };
                    Some(view! {
                        <div class="acp-notice acp-notice--warning">
                            <p role="alert">{message}</p>
                            <button type="button" class="acp-button" on:click=move |_| session.retry()>
                                "Try again"
                            </button>
                        </div>
                    }.into_any())
                }
                Status::Authorizing => Some(view! {
                    <div class="acp-notice acp-notice--info">
                        <p>
                            <span class="acp-spinner" aria-hidden="true"></span>
                            " Waiting for the authorization window…"
                        </p>
                        <button type="button" class="acp-button" on:click=move |_| session.cancel_authorization()>
                            "Cancel authorization"
                        </button>
                    </div>
                }.into_any()),
                Status::Saved => Some(view! {
                    <p class="acp-notice acp-notice--success">"Connection saved"</p>
                }.into_any()),
                _ => None,
            }}
            <Show when=move || state.draft_unreadable.get() && state.status.get() == Status::Editing>
                <p class="acp-notice acp-notice--warning">
                    "A saved draft could not be read, so the form starts from the host’s values."
                </p>
            </Show>
            <Show when=move || state.draft_restored.get() && state.status.get() == Status::Editing>
                <div class="acp-notice acp-notice--info">
                    <p>"Your unsaved changes were restored"</p>
                    <button type="button" class="acp-button acp-button--quiet" on:click=move |_| session.discard_restored_draft()>
                        "Discard them"
                    </button>
                </div>
            </Show>
        </div>
    }
}
