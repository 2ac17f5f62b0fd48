//! "Grant type" (My account): Authorization code, with or without PKCE (default with).

use super::select_input::SelectInput;
use crate::components::field::FieldShell;
use crate::components::shown::shown_while;
use crate::erased::{CollectAny, handler};
use crate::i18n::Key;
use crate::model::connection::{Field, GrantType};
use crate::protocol::AuthorizeMode;
use crate::session::start::redirect_uri;
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn GrantField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::GrantType;
    view! {
        <FieldShell field=field label=Key::FieldGrantLabel>
            <SelectInput field=field choose=|v, code| {
                if let Some(grant) = GrantType::from_code(code) {
                    v.grant_type = grant;
                }
            }>
                {GrantType::MY_ACCOUNT
                    .into_iter()
                    .map(|g| {
                        view! {
                            <option
                                value=g.code()
                                prop:selected=move || state.values.with(|v| v.grant_type == g)
                            >
                                {state.t(g.label())}
                            </option>
                        }
                    })
                    .collect_any()}
            </SelectInput>
        </FieldShell>
        {shown_while(
            move || state.host.with(|h| h.authorize == AuthorizeMode::Panel),
            || view! { <RedirectUri /> }.into_any(),
        )}
    }
}

/// The redirect URI the panel authorizes with, to register among the client's Allowed Callback
/// URLs in Auth0, with a copy button.
#[component]
fn RedirectUri() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let uri = move || state.host.with(redirect_uri);
    let copied = RwSignal::new(false);
    let uri_id = state.id("redirect-uri");
    view! {
        <div class="acp-field acp-redirect">
            <span class="acp-label" id=format!("{uri_id}-label")>{state.t(Key::RedirectLabel)}</span>
            <p class="acp-hint">{state.t(Key::RedirectHint)}</p>
            <div class="acp-input-row">
                <code class="acp-domain" id=uri_id.clone()>{move || uri()}</code>
                <button
                    type="button"
                    class="acp-button acp-button--quiet"
                    on:click=handler(move |_| {
                        let _ = window().navigator().clipboard().write_text(&untrack(uri));
                        copied.set(true);
                    })
                >
                    {state.t(Key::RedirectCopy)}
                </button>
                <span class="acp-hint" role="status">{move || if copied.get() { state.t(Key::RedirectCopied)() } else { String::new() }}</span>
            </div>
        </div>
    }
}
